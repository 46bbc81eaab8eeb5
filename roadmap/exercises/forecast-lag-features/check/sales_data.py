"""Daily sales of one store (fixed seed): trend + weekly seasonality + noise, a few closed days."""
import numpy as np
import pandas as pd


def make_sales(days=400, seed=0):
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2023-01-02", periods=days, freq="D")
    weekly = np.array([0.9, 0.85, 0.9, 1.0, 1.2, 1.45, 0.7])[dates.dayofweek]
    level = 200 + 0.25 * np.arange(days)
    sales = np.round(level * weekly * rng.normal(1, 0.06, days)).clip(0)
    sales[rng.choice(days, 4, replace=False)] = 0            # store closed
    return pd.DataFrame({"date": dates, "sales": sales})
