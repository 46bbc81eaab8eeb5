"""Data-quality steps: one row per customer, and outliers by the IQR rule."""
import pandas as pd


def latest_per_customer(df):
    out = df.assign(_when=pd.to_datetime(df["updated_at"]))
    out = out.sort_values("_when", kind="mergesort")  # stable: equal dates keep input order
    out = out.drop_duplicates("customer_id", keep="last").drop(columns="_when")
    return out.sort_values("customer_id").reset_index(drop=True)


def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    spread = q3 - q1
    return (values < q1 - k * spread) | (values > q3 + k * spread)
