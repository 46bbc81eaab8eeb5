"""Customer table for the training-script checks (fixed seed)."""
import numpy as np
import pandas as pd


def make_customers(n, seed):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({"tenure_months": rng.integers(0, 72, n),
                       "monthly_charges": rng.uniform(20, 120, n).round(2),
                       "contract": rng.choice(["month-to-month", "one-year", "two-year"], n)})
    logit = 0.5 - 0.05 * df["tenure_months"] + 0.02 * (df["monthly_charges"] - 70) + 1.2 * (df["contract"] == "month-to-month")
    df["churned"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return df
