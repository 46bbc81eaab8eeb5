"""Image-classifier helpers: training-time augmentation and a per-class evaluation report.

Images are a batch array of shape (n, H, W, C) (channels last, as Keras and PIL use).
"""
import numpy as np


def augment_batch(images, rng, pad=4, flip_prob=0.5):
    images = np.asarray(images)
    n, h, w, _ = images.shape
    padded = np.pad(images, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
    out = np.empty_like(images)
    flips = rng.random(n) < flip_prob
    tops = rng.integers(0, 2 * pad + 1, size=n)
    lefts = rng.integers(0, 2 * pad + 1, size=n)
    for i in range(n):
        img = padded[i, :, ::-1] if flips[i] else padded[i]
        out[i] = img[tops[i]:tops[i] + h, lefts[i]:lefts[i] + w]
    return out


def confusion_matrix(y_true, y_pred, n_classes):
    cm = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(cm, (np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)), 1)
    return cm


def _ratio(a, b):
    return float(a) / float(b) if b else 0.0  # no predictions / no examples: report 0, not NaN


def per_class_report(y_true, y_pred, class_names):
    cm = confusion_matrix(y_true, y_pred, len(class_names))
    report = {}
    for k, name in enumerate(class_names):
        tp = cm[k, k]
        precision = _ratio(tp, cm[:, k].sum())
        recall = _ratio(tp, cm[k, :].sum())
        f1 = _ratio(2 * precision * recall, precision + recall)
        report[name] = {"precision": precision, "recall": recall, "f1": f1, "support": int(cm[k, :].sum())}
    judged = [name for name in class_names if report[name]["support"] > 0]
    report["worst_class"] = min(judged, key=lambda name: report[name]["recall"]) if judged else None
    return report
