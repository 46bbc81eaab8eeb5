import unittest

from word_count import top_words


class TopWords(unittest.TestCase):
    def test_counts_case_and_punctuation_as_one_word(self):
        got = top_words(["Red shoes,", "red SHOES", "shoes"], 2)
        self.assertEqual(got, [("shoes", 3), ("red", 2)], msg=f"expected shoes 3, red 2; got {got}")

    def test_breaks_ties_alphabetically(self):
        got = top_words(["b a", "c"], 3)
        self.assertEqual(got, [("a", 1), ("b", 1), ("c", 1)], msg=f"ties must be alphabetical; got {got}")

    def test_returns_all_when_fewer_than_n(self):
        got = top_words(["one two"], 10)
        self.assertEqual(len(got), 2, msg=f"only 2 distinct words exist; got {got}")

    def test_non_positive_n_gives_empty_list(self):
        self.assertEqual(top_words(["a b"], 0), [], msg="n = 0 must return []")


if __name__ == "__main__":
    unittest.main()
