"""Training script: python train.py --data customers.csv --out artifacts/"""
import argparse
import json
import os
import pickle
import sys

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 42
FEATURES = ["tenure_months", "monthly_charges", "contract"]


def build_pipeline():
    pre = ColumnTransformer([("num", StandardScaler(), ["tenure_months", "monthly_charges"]),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), ["contract"])])
    return Pipeline([("pre", pre), ("model", LogisticRegression(max_iter=1000))])


def main(argv):
    parser = argparse.ArgumentParser(description="Train the churn model and save it with its metrics.")
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    if not os.path.isfile(args.data):
        print(f"train.py: data file not found: {args.data}", file=sys.stderr)
        return 1
    df = pd.read_csv(args.data)
    X, y = df[FEATURES], df["churned"]
    # The reported metric comes from rows the model never saw, with a fixed seed.
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)
    model = build_pipeline().fit(X_tr, y_tr)
    metrics = {"roc_auc": float(roc_auc_score(y_te, model.predict_proba(X_te)[:, 1])),
               "n_train": int(len(X_tr)), "n_test": int(len(X_te))}
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "model.pkl"), "wb") as fh:
        pickle.dump(model, fh)
    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(metrics, fh, indent=2)
    print(json.dumps(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
