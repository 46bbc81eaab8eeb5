"""Data-quality steps: one row per customer, and outliers by the IQR rule."""
import pandas as pd


def latest_per_customer(df):
    raise NotImplementedError("keep the latest row per customer_id")


def iqr_outliers(values, k=1.5):
    raise NotImplementedError("flag values outside [Q1 - k*IQR, Q3 + k*IQR]")
