"""Image-classifier helpers: training-time augmentation and a per-class evaluation report.

Images are a batch array of shape (n, H, W, C) (channels last, as Keras and PIL use).
"""
import numpy as np


def augment_batch(images, rng, pad=4, flip_prob=0.5):
    """Random horizontal flip + random crop after zero padding; same shape as the input."""
    raise NotImplementedError("augment_batch")


def confusion_matrix(y_true, y_pred, n_classes):
    """(n_classes, n_classes) int array: rows = true class, columns = predicted class."""
    raise NotImplementedError("confusion_matrix")


def per_class_report(y_true, y_pred, class_names):
    """{name: {"precision", "recall", "f1", "support"}} plus "worst_class": lowest-recall name."""
    raise NotImplementedError("per_class_report")
