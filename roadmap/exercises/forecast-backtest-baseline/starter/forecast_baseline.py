"""Time-aware split, a seasonal-naive baseline and the error metrics for a daily sales series."""
import numpy as np
import pandas as pd


def time_split(df, test_days):
    raise NotImplementedError("write time_split")


def seasonal_naive(history, horizon, season=7):
    raise NotImplementedError("write seasonal_naive")


def mae(actual, predicted):
    raise NotImplementedError("write mae")


def mape(actual, predicted):
    raise NotImplementedError("write mape")
