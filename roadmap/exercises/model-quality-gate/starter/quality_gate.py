"""Quality gate for a candidate model: run in CI before anything reaches production."""


def roc_auc(y_true, scores):
    """Area under the ROC curve (ties count one half). ValueError if y_true has one class."""
    raise NotImplementedError("roc_auc")


def evaluate_candidate(y_true, candidate_scores, production_scores, segments,
                       min_auc=0.75, max_drop=0.01, min_segment_auc=0.65, min_segment_size=30):
    """{"passed": bool, "auc": {"candidate", "production"}, "segments": {name: auc or None}, "failures": [...]}"""
    raise NotImplementedError("evaluate_candidate")
