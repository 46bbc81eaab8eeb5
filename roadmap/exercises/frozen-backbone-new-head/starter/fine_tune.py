"""Transfer learning: keep a pretrained backbone frozen, train only a new head."""
import numpy as np


def build_model(backbone):
    """Return an unfitted model with fit(X, y) and predict(X) that uses backbone.transform(X)
    as fixed features and trains only a new classification head on them."""
    raise NotImplementedError("build_model")


def sgd_step(params, grads, lr, frozen):
    """Return a NEW dict: frozen names keep their values, the others become p - lr * grad.
    Do not modify the arrays in params. Raise ValueError for a frozen name not in params."""
    raise NotImplementedError("sgd_step")


def count_trainable(params, frozen):
    """Number of scalar parameters that sgd_step would update."""
    raise NotImplementedError("count_trainable")
