"""CI quality gate: refuse to ship a model whose ROC-AUC on a reference set is below a minimum.
Usage: python quality_gate.py MODEL.pkl DATA.csv --min-auc 0.75"""
import sys


def evaluate(model_path, data_path, min_auc):
    raise NotImplementedError("write evaluate")


def main(argv):
    raise NotImplementedError("write main")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
