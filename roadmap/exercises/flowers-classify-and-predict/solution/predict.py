"""Classify one flower photo stored as a .npy file:  python predict.py MODEL_PATH IMAGE.npy"""
import pickle
import sys

import numpy as np

from flower_model import extract_features


def load_model(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def predict_file(model, image_path):
    image = np.load(image_path)
    return str(model.predict(extract_features([image]))[0])


def main(argv):
    if len(argv) != 2:
        print("usage: python predict.py MODEL_PATH IMAGE.npy", file=sys.stderr)
        return 2
    try:
        model = load_model(argv[0])
        print(predict_file(model, argv[1]))
    except (OSError, ValueError, pickle.UnpicklingError) as err:
        print(f"predict.py: cannot classify {argv[1]}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
