"""Nightly batch scoring: read customers from a CSV, score them, write the results."""


def run_batch(input_path, output_path, rejects_path, model, features, threshold=0.5, chunksize=1000):
    """Score every valid row of input_path; return {"scored": int, "rejected": int}."""
    raise NotImplementedError("run_batch")
