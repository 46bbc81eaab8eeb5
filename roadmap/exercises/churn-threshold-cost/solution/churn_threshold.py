"""Turn churn probabilities into a decision: whom do we send a retention offer?"""
import numpy as np


def total_cost(y_true, proba, threshold, cost_fn, cost_fp):
    y = np.asarray(y_true).astype(bool)
    flagged = np.asarray(proba, dtype=float) >= threshold
    missed = np.sum(y & ~flagged)          # churners we did not contact
    wasted = np.sum(~y & flagged)          # offers sent to customers who would have stayed
    return float(missed * cost_fn + wasted * cost_fp)


def choose_threshold(y_true, proba, cost_fn, cost_fp):
    proba = np.asarray(proba, dtype=float)
    # The cost only changes at observed probabilities; 1.0 + tiny flags nobody.
    candidates = np.append(np.unique(proba), np.nextafter(1.0, 2.0))
    costs = [total_cost(y_true, proba, t, cost_fn, cost_fp) for t in candidates]
    return float(candidates[int(np.argmin(costs))])
