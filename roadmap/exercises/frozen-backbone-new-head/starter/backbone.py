"""A stand-in for a pretrained network: fixed weights that turn raw inputs into features.

Treat it like a downloaded ResNet or BERT body: you call transform(), you do not retrain it.
"""
import numpy as np


class PretrainedBackbone:
    def __init__(self, n_features=256, seed=1234):
        rng = np.random.default_rng(seed)
        self.params = {
            "W": rng.normal(0.0, 1.0, size=(2, n_features)),
            "b": rng.uniform(0.0, 2 * np.pi, size=n_features),
        }

    def transform(self, X):
        """(n, 2) raw inputs -> (n, n_features) features."""
        X = np.asarray(X, dtype=float)
        n_features = self.params["W"].shape[1]
        return np.sqrt(2.0 / n_features) * np.cos(X @ self.params["W"] + self.params["b"])
