"""An honest cross-validated estimate for a model that selects its own features."""


def honest_cv_accuracy(X, y):
    raise NotImplementedError("cross-validate SelectKBest(k=20) + LogisticRegression without leakage")
