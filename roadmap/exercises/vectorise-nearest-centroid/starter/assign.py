import numpy as np


def assign_slow(X, centroids):
    """Index of the nearest centroid for each row (squared Euclidean, lowest index on ties)."""
    out = []
    for x in X.tolist():
        best, best_d = 0, None
        for j, c in enumerate(centroids.tolist()):
            d = sum((a - b) ** 2 for a, b in zip(x, c))
            if best_d is None or d < best_d:
                best, best_d = j, d
        out.append(best)
    return np.array(out, dtype=int)


def assign_fast(X, centroids):
    raise NotImplementedError("vectorise assign_slow")
