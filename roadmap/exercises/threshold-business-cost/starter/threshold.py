"""Choose a decision threshold by the business cost of each kind of error."""


def total_cost(y_true, scores, threshold, cost_fp, cost_fn):
    raise NotImplementedError("count false positives and false negatives at this threshold")


def best_threshold(y_true, scores, cost_fp, cost_fn):
    raise NotImplementedError("return (threshold, cost) with the lowest cost")
