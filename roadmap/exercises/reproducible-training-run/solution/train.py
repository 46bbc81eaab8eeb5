"""Training step of a pipeline: config in, metrics and model artifact out.

Usage: python train.py --config config.json --out runs/latest
"""
import argparse
import json
import os
import pickle
import sys

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


def load_config(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def run(config, config_dir, out_dir):
    data_path = os.path.join(config_dir, config["data"])  # relative to the config file
    df = pd.read_csv(data_path)
    y = df[config["target"]]
    X = df.drop(columns=[config["target"]])
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=config["test_size"], random_state=config["seed"], stratify=y)
    model = LogisticRegression(C=config["model"]["C"], max_iter=1000)
    model.fit(X_train, y_train)
    metrics = {
        "accuracy": float(model.score(X_test, y_test)),
        "n_train": int(len(X_train)),
        "n_test": int(len(X_test)),
        "seed": int(config["seed"]),
    }
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=2, sort_keys=True)
    with open(os.path.join(out_dir, "model.pkl"), "wb") as f:
        pickle.dump(model, f)
    return metrics


def main(argv=None):
    parser = argparse.ArgumentParser(description="Train the model described by a config file.")
    parser.add_argument("--config", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except FileNotFoundError:
        print(f"error: config file not found: {args.config}", file=sys.stderr)
        return 2
    run(config, os.path.dirname(os.path.abspath(args.config)), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
