"""Turn raw text into padded batches of token ids for a sequence model."""
PAD, UNK = "<pad>", "<unk>"


def tokenize(text):
    """Lower-case tokens: runs of a-z, 0-9 and ' (apostrophe-only runs dropped)."""
    raise NotImplementedError("tokenize")


def build_vocab(texts, min_count=1, max_size=None):
    """{token: id} with <pad> = 0, <unk> = 1, then by frequency (desc), ties alphabetical."""
    raise NotImplementedError("build_vocab")


def encode(text, vocab):
    """List of ids; unknown tokens get the <unk> id."""
    raise NotImplementedError("encode")


def pad_batch(sequences, max_len=None, pad_id=0):
    """(ids, mask): two lists of lists (or arrays) of shape (batch, max_len)."""
    raise NotImplementedError("pad_batch")
