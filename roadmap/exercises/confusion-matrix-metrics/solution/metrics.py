"""Classification metrics computed by hand from a confusion matrix."""


def _ratio(num, den):
    return float(num) / den if den else 0.0


def confusion_counts(y_true, y_pred):
    """Return {"tp", "fp", "fn", "tn"} for the positive class 1."""
    truth = [int(v) for v in y_true]
    pred = [int(v) for v in y_pred]
    if len(truth) != len(pred) or not truth:
        raise ValueError(f"need two non-empty label lists of equal length, got {len(truth)} and {len(pred)}")
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for t, p in zip(truth, pred):
        key = ("tp" if t == 1 else "fp") if p == 1 else ("fn" if t == 1 else "tn")
        counts[key] += 1
    return counts


def classification_metrics(y_true, y_pred):
    """Return {"accuracy", "precision", "recall", "f1"} as floats."""
    c = confusion_counts(y_true, y_pred)
    total = c["tp"] + c["fp"] + c["fn"] + c["tn"]
    precision = _ratio(c["tp"], c["tp"] + c["fp"])
    recall = _ratio(c["tp"], c["tp"] + c["fn"])
    return {
        "accuracy": _ratio(c["tp"] + c["tn"], total),
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
    }
