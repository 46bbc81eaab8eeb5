"""One estimator from raw churn rows to predictions."""


def build_pipeline():
    raise NotImplementedError("return an unfitted Pipeline with a ColumnTransformer and a classifier")
