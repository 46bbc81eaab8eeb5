"""CI quality gate: refuse to ship a model whose ROC-AUC on a reference set is below a minimum.
Usage: python quality_gate.py MODEL.pkl DATA.csv --min-auc 0.75"""
import argparse
import json
import pickle
import sys

import pandas as pd
from sklearn.metrics import roc_auc_score

FEATURES = ["tenure_months", "monthly_charges", "contract"]
LABEL = "churned"


def evaluate(model_path, data_path, min_auc):
    with open(model_path, "rb") as fh:
        model = pickle.load(fh)
    data = pd.read_csv(data_path)
    missing = [c for c in FEATURES + [LABEL] if c not in data.columns]
    if missing:
        raise ValueError(f"{data_path} lacks the columns {missing}")
    auc = float(roc_auc_score(data[LABEL], model.predict_proba(data[FEATURES])[:, 1]))
    return {"roc_auc": auc, "min_auc": float(min_auc), "passed": bool(auc >= min_auc)}


def main(argv):
    parser = argparse.ArgumentParser(description="Fail (exit 1) when the model is below the quality bar.")
    parser.add_argument("model")
    parser.add_argument("data")
    parser.add_argument("--min-auc", type=float, default=0.75)
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.model, args.data, args.min_auc)
    except (OSError, ValueError, pickle.UnpicklingError) as err:
        print(f"quality_gate: {err}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
