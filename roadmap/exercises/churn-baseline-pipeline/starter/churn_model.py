"""Baseline churn model: one reproducible scikit-learn pipeline from the cleaned table to a probability."""

NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
CATEGORICAL = ["contract", "internet", "payment_method"]


def build_model():
    """Return an UNFITTED scikit-learn estimator (e.g. a Pipeline) with fit and predict_proba."""
    raise NotImplementedError("write build_model()")
