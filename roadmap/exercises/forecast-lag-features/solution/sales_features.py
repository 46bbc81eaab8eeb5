"""Lag, rolling-mean and calendar features for a daily sales series, without peeking at the day predicted."""
import pandas as pd


def make_features(df):
    data = df.sort_values("date").reset_index(drop=True)
    sales = data["sales"].astype(float)
    out = pd.DataFrame({"date": data["date"]})
    out["lag_7"] = sales.shift(7)
    out["lag_14"] = sales.shift(14)
    # shift(1) first: the window ends the day BEFORE the one being predicted.
    out["rolling_mean_7"] = sales.shift(1).rolling(7).mean()
    out["dayofweek"] = data["date"].dt.dayofweek
    return out
