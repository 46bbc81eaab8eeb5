"""Classification metrics computed by hand from a confusion matrix."""


def confusion_counts(y_true, y_pred):
    """Return {"tp", "fp", "fn", "tn"} for the positive class 1."""
    raise NotImplementedError("count tp, fp, fn and tn")


def classification_metrics(y_true, y_pred):
    """Return {"accuracy", "precision", "recall", "f1"} as floats."""
    raise NotImplementedError("compute the metrics from confusion_counts")
