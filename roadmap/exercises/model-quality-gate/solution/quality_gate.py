"""Quality gate for a candidate model: run in CI before anything reaches production."""
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    pos, neg = s[y == 1], s[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("ROC AUC needs both classes in y_true")
    # probability that a random positive outranks a random negative (Mann-Whitney U)
    order = np.sort(neg)
    below = np.searchsorted(order, pos, side="left")
    ties = np.searchsorted(order, pos, side="right") - below
    return float((below.sum() + 0.5 * ties.sum()) / (len(pos) * len(neg)))


def evaluate_candidate(y_true, candidate_scores, production_scores, segments,
                       min_auc=0.75, max_drop=0.01, min_segment_auc=0.65, min_segment_size=30):
    y = np.asarray(y_true).astype(int)
    cand = np.asarray(candidate_scores, dtype=float)
    segments = np.asarray(segments).astype(str)
    result = {"auc": {"candidate": roc_auc(y, cand), "production": roc_auc(y, production_scores)},
              "segments": {}, "failures": []}
    if result["auc"]["candidate"] < min_auc:
        result["failures"].append("auc_below_minimum")
    if result["auc"]["candidate"] < result["auc"]["production"] - max_drop:
        result["failures"].append("worse_than_production")
    for name in sorted(set(segments.tolist())):
        mask = segments == name
        if mask.sum() < min_segment_size or len(set(y[mask].tolist())) < 2:
            result["segments"][name] = None  # too little evidence to judge this slice
            continue
        auc = roc_auc(y[mask], cand[mask])
        result["segments"][name] = auc
        if auc < min_segment_auc:
            result["failures"].append(f"segment:{name}")
    result["passed"] = not result["failures"]
    return result
