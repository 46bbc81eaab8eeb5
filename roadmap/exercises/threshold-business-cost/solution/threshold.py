"""Choose a decision threshold by the business cost of each kind of error."""
import numpy as np


def total_cost(y_true, scores, threshold, cost_fp, cost_fn):
    truth = np.asarray(y_true).astype(int)
    predicted = np.asarray(scores, dtype=float) >= threshold
    fp = int(np.sum(predicted & (truth == 0)))
    fn = int(np.sum(~predicted & (truth == 1)))
    return float(cost_fp * fp + cost_fn * fn)


def best_threshold(y_true, scores, cost_fp, cost_fn):
    s = np.asarray(scores, dtype=float)
    candidates = sorted(set(s.tolist()) | {1.0 + float(s.max())}, reverse=True)
    best = None
    for t in candidates:  # highest first, so a strict < keeps the highest on ties
        cost = total_cost(y_true, s, t, cost_fp, cost_fn)
        if best is None or cost < best[1]:
            best = (t, cost)
    return best
