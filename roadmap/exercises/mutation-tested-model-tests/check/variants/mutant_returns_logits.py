"""Credit default scoring model (the version that works).

A record is a dict with "income" (yearly, >= 0), "debt" (>= 0) and "age" (18-100).
"""
import math

FEATURES = ("income", "debt", "age")
BIAS = 3.0
WEIGHTS = (-0.5, 6.0, -2.0)  # log income, debt-to-income ratio, age / 100


def validate(record):
    for name in FEATURES:
        if name not in record:
            raise ValueError(f"missing field: {name}")
        value = record[name]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
    if record["income"] < 0 or record["debt"] < 0:
        raise ValueError("income and debt must be >= 0")
    if not 18 <= record["age"] <= 100:
        raise ValueError("age must be between 18 and 100")


def features(record):
    validate(record)
    income, debt, age = (float(record[name]) for name in FEATURES)
    return (math.log1p(income), debt / (income + 1.0), age / 100.0)


def predict_proba(records):
    """Probability of default for each record, in order."""
    out = []
    for record in records:
        z = BIAS + sum(w * x for w, x in zip(WEIGHTS, features(record)))
        out.append(z)
    return out


def predict(records, threshold=0.5):
    """1 (will default) where the probability is >= threshold, else 0."""
    return [1 if p >= threshold else 0 for p in predict_proba(records)]
