"""Turn raw text into padded batches of token ids for a sequence model."""
import re
from collections import Counter

import numpy as np

PAD, UNK = "<pad>", "<unk>"
TOKEN = re.compile(r"[a-z0-9']+")


def tokenize(text):
    return [t for t in TOKEN.findall(text.lower()) if t.strip("'")]


def build_vocab(texts, min_count=1, max_size=None):
    counts = Counter(tok for text in texts for tok in tokenize(text))
    ranked = sorted((tok for tok, c in counts.items() if c >= min_count), key=lambda t: (-counts[t], t))
    if max_size is not None:
        ranked = ranked[:max(0, max_size - 2)]  # the two special tokens count towards max_size
    vocab = {PAD: 0, UNK: 1}
    for tok in ranked:
        vocab[tok] = len(vocab)
    return vocab


def encode(text, vocab):
    unk = vocab[UNK]
    return [vocab.get(tok, unk) for tok in tokenize(text)]


def pad_batch(sequences, max_len=None, pad_id=0):
    if max_len is None:
        max_len = max((len(s) for s in sequences), default=0)
    ids = np.full((len(sequences), max_len), pad_id, dtype=np.int64)
    mask = np.zeros((len(sequences), max_len), dtype=bool)
    for i, seq in enumerate(sequences):
        kept = list(seq)[:max_len]  # truncate at the end: keep the first max_len tokens
        ids[i, :len(kept)] = kept
        mask[i, :len(kept)] = True
    return ids, mask
