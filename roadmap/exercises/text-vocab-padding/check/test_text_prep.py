import unittest

import numpy as np

import text_prep as tp

REVIEWS = [
    "Great phone, GREAT battery!",
    "The battery died. The screen is great.",
    "Don't buy: the screen cracked.",
    "Battery life? Great.",
]


class TestTokenize(unittest.TestCase):
    def test_lowercase_words_without_punctuation(self):
        got = tp.tokenize("Don't buy: the SCREEN cracked... 2 times!")
        want = ["don't", "buy", "the", "screen", "cracked", "2", "times"]
        self.assertEqual(list(got), want, msg=f"tokenize should give {want}, got {list(got)}")
        self.assertEqual(list(tp.tokenize("  ...  ")), [], msg="punctuation only: no tokens")
        got = list(tp.tokenize("it's '' ok ' fine"))
        self.assertEqual(got, ["it's", "ok", "fine"], msg=f"runs made only of apostrophes are dropped: want ['it\'s', 'ok', 'fine'], got {got}")


class TestVocab(unittest.TestCase):
    def test_specials_then_frequency_then_alphabetical(self):
        vocab = tp.build_vocab(REVIEWS)
        self.assertEqual((vocab.get("<pad>"), vocab.get("<unk>")), (0, 1), msg="<pad> must be 0 and <unk> must be 1")
        # great x4, battery x3, the x3, screen x2, then the singletons alphabetically
        order = sorted(vocab, key=vocab.get)
        want = ["<pad>", "<unk>", "great", "battery", "the", "screen", "buy", "cracked", "died", "don't", "is", "life", "phone"]
        self.assertEqual(order, want, msg=f"tokens should be ordered by count (desc), ties alphabetically: {want}, got {order}")
        self.assertEqual(sorted(vocab.values()), list(range(len(vocab))), msg="ids should be 0..len(vocab)-1 with no gaps")

    def test_min_count_and_max_size(self):
        vocab = tp.build_vocab(REVIEWS, min_count=2)
        self.assertEqual(sorted(vocab, key=vocab.get), ["<pad>", "<unk>", "great", "battery", "the", "screen"], msg=f"min_count=2 keeps only tokens seen at least twice, got {sorted(vocab, key=vocab.get)}")
        small = tp.build_vocab(REVIEWS, max_size=4)
        self.assertEqual(sorted(small, key=small.get), ["<pad>", "<unk>", "great", "battery"], msg=f"max_size=4 counts the two special tokens: got {sorted(small, key=small.get)}")


class TestEncodePad(unittest.TestCase):
    def test_encode_uses_unk_for_unseen_tokens(self):
        vocab = tp.build_vocab(REVIEWS, min_count=2)
        got = list(tp.encode("GREAT screen, terrible battery", vocab))
        self.assertEqual(got, [vocab["great"], vocab["screen"], 1, vocab["battery"]], msg=f"unknown 'terrible' should become <unk> (1), got {got}")

    def test_pad_to_longest_with_mask(self):
        ids, mask = tp.pad_batch([[5, 6, 7], [8], []])
        ids, mask = np.asarray(ids), np.asarray(mask)
        self.assertEqual(ids.shape, (3, 3), msg=f"without max_len, pad to the longest sequence: shape (3, 3), got {ids.shape}")
        self.assertEqual(ids.tolist(), [[5, 6, 7], [8, 0, 0], [0, 0, 0]], msg=f"pad at the end with pad_id 0, got {ids.tolist()}")
        self.assertEqual(mask.astype(bool).tolist(), [[True] * 3, [True, False, False], [False] * 3], msg=f"mask should be True on real tokens only, got {mask.tolist()}")

    def test_truncate_and_custom_pad(self):
        ids, mask = tp.pad_batch([[1, 2, 3, 4, 5], [9, 9]], max_len=3, pad_id=-1)
        ids, mask = np.asarray(ids), np.asarray(mask)
        self.assertEqual(ids.tolist(), [[1, 2, 3], [9, 9, -1]], msg=f"max_len=3 keeps the first 3 tokens and pads with pad_id, got {ids.tolist()}")
        self.assertEqual(mask.astype(bool).tolist(), [[True, True, True], [True, True, False]], msg=f"mask after truncation is wrong: {mask.tolist()}")

    def test_end_to_end_batch(self):
        vocab = tp.build_vocab(REVIEWS)
        ids, mask = tp.pad_batch([tp.encode(t, vocab) for t in REVIEWS], max_len=6)
        ids, mask = np.asarray(ids), np.asarray(mask)
        self.assertEqual(ids.shape, (4, 6), msg="4 reviews, max_len 6")
        self.assertEqual(mask.sum(axis=1).tolist(), [4, 6, 5, 3], msg=f"real tokens per review should be [4, 6, 5, 3] (second truncated from 7), got {mask.sum(axis=1).tolist()}")
        self.assertTrue(np.all(ids[~mask.astype(bool)] == 0), msg="padded positions must hold the <pad> id 0")


if __name__ == "__main__":
    unittest.main()
