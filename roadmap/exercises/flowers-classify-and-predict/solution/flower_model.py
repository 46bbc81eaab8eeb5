"""Train a flower classifier on features extracted from the pixels, and export it."""
import pickle

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

BINS = 8


def _one(image):
    pixels = np.asarray(image).reshape(-1, 3)
    # Colour histograms divided by the pixel count: independent of image size and of mirroring.
    hists = [np.histogram(pixels[:, c], bins=BINS, range=(0, 256))[0] / len(pixels) for c in range(3)]
    return np.concatenate(hists)


def extract_features(images):
    return np.array([_one(img) for img in images], dtype=float)


def train(images, labels):
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000))
    return model.fit(extract_features(images), np.asarray(labels))


def save_model(model, path):
    with open(path, "wb") as fh:
        pickle.dump(model, fh)
