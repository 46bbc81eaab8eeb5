import re
from collections import Counter


def top_words(lines, n):
    """The n most frequent words of `lines` as (word, count), highest first, ties alphabetical."""
    if n <= 0:
        return []
    counts = Counter(word for line in lines for word in re.findall(r"[a-z0-9]+", line.lower()))
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]
