"""Data drift checks: compare live inputs with the training data."""
import numpy as np


def psi(expected, actual, bins=10):
    """Population stability index of actual against expected (bins from expected's quantiles)."""
    raise NotImplementedError("psi")


def ks_statistic(a, b):
    """Two-sample Kolmogorov-Smirnov statistic: max |F_a(x) - F_b(x)|."""
    raise NotImplementedError("ks_statistic")


def drift_report(reference, live, psi_threshold=0.2, ks_threshold=0.1):
    """{column: {"psi": float, "ks": float, "drift": bool}} for every numeric column."""
    raise NotImplementedError("drift_report")
