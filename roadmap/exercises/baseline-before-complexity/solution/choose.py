"""Measure a baseline first; add complexity only when it pays."""
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

SIMPLEST_FIRST = ["baseline", "logistic", "forest"]


def cv_scores(X, y):
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    models = {
        "baseline": DummyClassifier(strategy="most_frequent"),
        "logistic": LogisticRegression(max_iter=1000),
        "forest": RandomForestClassifier(n_estimators=100, random_state=0),
    }
    return {name: float(cross_val_score(m, X, y, cv=folds).mean()) for name, m in models.items()}


def recommend(scores, tolerance=0.01):
    best = max(scores.values())
    return next(name for name in SIMPLEST_FIRST if scores[name] >= best - tolerance)
