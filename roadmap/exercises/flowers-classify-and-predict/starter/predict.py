"""Classify one flower photo stored as a .npy file:  python predict.py MODEL_PATH IMAGE.npy"""
import sys


def load_model(path):
    raise NotImplementedError("write load_model")


def predict_file(model, image_path):
    """Return the predicted class name (str) of the image saved at image_path."""
    raise NotImplementedError("write predict_file")


def main(argv):
    raise NotImplementedError("write main")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
