"""Transfer learning: keep a pretrained backbone frozen, train only a new head."""
import numpy as np
from sklearn.linear_model import LogisticRegression


class FrozenBackboneClassifier:
    """The backbone only computes features; the head is the only part that learns."""

    def __init__(self, backbone, C=10.0):
        self.backbone = backbone
        self.head = LogisticRegression(C=C, max_iter=2000)

    def fit(self, X, y):
        self.head.fit(self.backbone.transform(X), y)
        return self

    def predict(self, X):
        return self.head.predict(self.backbone.transform(X))


def build_model(backbone):
    return FrozenBackboneClassifier(backbone)


def _check_frozen(params, frozen):
    unknown = sorted(set(frozen) - set(params))
    if unknown:
        raise ValueError(f"unknown parameter names to freeze: {unknown}")


def sgd_step(params, grads, lr, frozen):
    _check_frozen(params, frozen)
    frozen = set(frozen)
    return {name: value if name in frozen else value - lr * grads[name]
            for name, value in params.items()}


def count_trainable(params, frozen):
    _check_frozen(params, frozen)
    return int(sum(np.size(v) for name, v in params.items() if name not in set(frozen)))
