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
    # (n, k) matrix of squared distances by broadcasting; argmin keeps the first minimum.
    diff = X[:, None, :] - centroids[None, :, :]
    return np.argmin((diff ** 2).sum(axis=2), axis=1).astype(int)
