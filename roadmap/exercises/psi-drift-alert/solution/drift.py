"""Data drift checks: compare live inputs with the training data."""
import numpy as np
import pandas as pd

EPS = 1e-4


def _clean(values):
    values = np.asarray(values, dtype=float).ravel()
    return values[~np.isnan(values)]


def psi(expected, actual, bins=10):
    expected, actual = _clean(expected), _clean(actual)
    inner = np.unique(np.quantile(expected, np.linspace(0, 1, bins + 1))[1:-1])
    # bin i holds edges[i-1] <= x < edges[i]; the outer bins are open-ended
    e_counts = np.bincount(np.searchsorted(inner, expected, side="right"), minlength=len(inner) + 1)
    a_counts = np.bincount(np.searchsorted(inner, actual, side="right"), minlength=len(inner) + 1)
    e = np.maximum(e_counts / len(expected), EPS)
    a = np.maximum(a_counts / len(actual), EPS)
    return float(np.sum((a - e) * np.log(a / e)))


def ks_statistic(a, b):
    a, b = np.sort(_clean(a)), np.sort(_clean(b))
    grid = np.concatenate([a, b])
    fa = np.searchsorted(a, grid, side="right") / len(a)
    fb = np.searchsorted(b, grid, side="right") / len(b)
    return float(np.max(np.abs(fa - fb)))


def drift_report(reference, live, psi_threshold=0.2, ks_threshold=0.1):
    reference, live = pd.DataFrame(reference), pd.DataFrame(live)
    report = {}
    for col in reference.select_dtypes("number").columns:
        p = psi(reference[col], live[col])
        k = ks_statistic(reference[col], live[col])
        report[col] = {"psi": p, "ks": k, "drift": bool(p > psi_threshold or k > ks_threshold)}
    return report
