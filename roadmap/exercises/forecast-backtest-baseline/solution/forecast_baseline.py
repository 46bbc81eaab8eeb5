"""Time-aware split, a seasonal-naive baseline and the error metrics for a daily sales series."""
import numpy as np
import pandas as pd


def time_split(df, test_days):
    # Order by time first: rows may arrive in any order, and the test set must be the future.
    ordered = df.sort_values("date").reset_index(drop=True)
    cut = len(ordered) - test_days
    return ordered.iloc[:cut].reset_index(drop=True), ordered.iloc[cut:].reset_index(drop=True)


def seasonal_naive(history, horizon, season=7):
    history = np.asarray(history, dtype=float)
    if len(history) < season:
        raise ValueError(f"need at least {season} past values, got {len(history)}")
    last_season = history[-season:]
    return np.resize(last_season, horizon)  # repeats the last week as often as needed


def mae(actual, predicted):
    return float(np.mean(np.abs(np.asarray(actual, float) - np.asarray(predicted, float))))


def mape(actual, predicted):
    actual, predicted = np.asarray(actual, float), np.asarray(predicted, float)
    keep = actual != 0  # percentage error is undefined on days without sales
    return float(np.mean(np.abs(actual[keep] - predicted[keep]) / np.abs(actual[keep])) * 100)
