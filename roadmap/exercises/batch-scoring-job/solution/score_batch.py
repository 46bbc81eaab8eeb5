"""Nightly batch scoring: read customers from a CSV, score them, write the results."""
import os
import tempfile

import pandas as pd


def _reject_reasons(raw, numeric, features):
    """One reason per row (None = valid), naming the first bad feature in features order."""
    reasons = pd.Series([None] * len(raw), index=raw.index, dtype=object)
    for col in reversed(features):  # earlier features overwrite later ones
        missing = raw[col].isna()
        reasons[~missing & numeric[col].isna()] = f"not_numeric:{col}"
        reasons[missing] = f"missing:{col}"
    return reasons


def _atomic_csv(df, path):
    """Write beside the target, then rename: readers never see a half-written file."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    os.close(fd)
    try:
        df.to_csv(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        os.remove(tmp)
        raise


def run_batch(input_path, output_path, rejects_path, model, features, threshold=0.5, chunksize=1000):
    features = list(features)
    scored_parts, reject_parts = [], []
    reader = pd.read_csv(input_path, dtype=str, keep_default_na=False, na_values=[""], chunksize=chunksize)
    with reader:  # closes the file even when the model raises halfway
        for chunk in reader:
            numeric = chunk[features].apply(pd.to_numeric, errors="coerce")
            reasons = _reject_reasons(chunk, numeric, features)
            valid = reasons.isna()
            if valid.any():
                scores = model.predict_proba(numeric.loc[valid, features].to_numpy(dtype=float))[:, 1]
                scored_parts.append(pd.DataFrame({"id": chunk.loc[valid, "id"].to_numpy(), "score": scores,
                                                  "label": (scores >= threshold).astype(int)}))
            if (~valid).any():
                reject_parts.append(pd.DataFrame({"id": chunk.loc[~valid, "id"].to_numpy(), "reason": reasons[~valid].to_numpy()}))
    scored = pd.concat(scored_parts) if scored_parts else pd.DataFrame(columns=["id", "score", "label"])
    rejects = pd.concat(reject_parts) if reject_parts else pd.DataFrame(columns=["id", "reason"])
    _atomic_csv(scored, output_path)
    _atomic_csv(rejects, rejects_path)
    return {"scored": int(len(scored)), "rejected": int(len(rejects))}
