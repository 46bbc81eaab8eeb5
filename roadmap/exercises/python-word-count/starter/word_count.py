def top_words(lines, n):
    """The n most frequent words of `lines` as (word, count), highest first, ties alphabetical."""
    raise NotImplementedError("write top_words")
