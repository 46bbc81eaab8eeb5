"""Synthetic customer table shared by the churn checks (fixed seed, Telco-like columns)."""
import numpy as np
import pandas as pd

CONTRACTS = ["month-to-month", "one-year", "two-year"]
INTERNET = ["dsl", "fiber", "none"]
PAYMENTS = ["card", "bank_transfer", "electronic_check", "mailed_check"]
REASONS = ["price", "competitor", "service", "moved"]


def make_customers(n=3000, seed=7):
    """Raw table as it comes out of the CRM: total_charges is text, churned is Yes/No."""
    rng = np.random.default_rng(seed)
    tenure = rng.integers(0, 72, n)
    contract = rng.choice(CONTRACTS, n, p=[0.55, 0.25, 0.20])
    internet = rng.choice(INTERNET, n, p=[0.35, 0.45, 0.20])
    payment = rng.choice(PAYMENTS, n, p=[0.25, 0.25, 0.35, 0.15])
    monthly = np.round(np.clip(rng.normal(70, 25, n), 18, 120), 2)
    calls = rng.poisson(1.5, n)
    logit = (-1.5 - 0.045 * tenure + 1.4 * (contract == "month-to-month")
             - 0.9 * (contract == "two-year") + 0.02 * (monthly - 70)
             + 0.7 * (internet == "fiber") + 0.4 * calls + 0.6 * (payment == "electronic_check"))
    churn = rng.random(n) < 1 / (1 + np.exp(-logit))
    total = np.round(tenure * monthly * rng.uniform(0.9, 1.1, n), 2)
    total_text = np.where(tenure == 0, " ", total.astype(str))
    internet_obj = internet.astype(object)
    internet_obj[rng.random(n) < 0.03] = np.nan  # a few unknown plans
    calls_f = calls.astype(float)
    calls_f[rng.random(n) < 0.05] = np.nan       # support log not joined for some
    reason = np.where(churn, rng.choice(REASONS, n), None)
    return pd.DataFrame({
        "customer_id": [f"C{100000 + i}" for i in range(n)],
        "tenure_months": tenure,
        "contract": contract,
        "internet": internet_obj,
        "payment_method": payment,
        "monthly_charges": monthly,
        "total_charges": total_text,
        "support_calls": calls_f,
        "churn_reason": reason,
        "churned": np.where(churn, "Yes", "No"),
    })


def clean(raw):
    """The cleaned table used for modelling: total_charges float (NaN when blank), churned 0/1."""
    df = raw.copy()
    df["total_charges"] = pd.to_numeric(df["total_charges"].str.strip().replace("", np.nan))
    df["churned"] = (df["churned"] == "Yes").astype(int)
    return df
