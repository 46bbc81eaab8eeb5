"""Lag, rolling-mean and calendar features for a daily sales series, without peeking at the day predicted."""
import pandas as pd


def make_features(df):
    raise NotImplementedError("write make_features")
