"""First look at the churn table: the numbers you report before any modelling."""
import pandas as pd

ID, TARGET = "customer_id", "churned"


def _blank_to_na(series: pd.Series) -> pd.Series:
    # Text columns from a CRM export hide missing values as "" or " ".
    if series.dtype == object:
        return series.mask(series.astype(str).str.strip() == "").where(series.notna())
    return series


def eda_report(df: pd.DataFrame) -> dict:
    data = df.apply(_blank_to_na)
    missing = {col: int(n) for col, n in data.isna().sum().items() if n > 0}
    numeric, categorical = [], []
    for col in data.columns:
        if col in (ID, TARGET):
            continue
        present = data[col].dropna()
        as_number = pd.to_numeric(present, errors="coerce")
        (numeric if as_number.notna().all() else categorical).append(col)
    churned = data[TARGET] == "Yes"
    by_contract = churned.groupby(data["contract"]).mean()
    return {
        "n_rows": int(len(data)),
        "churn_rate": float(churned.mean()),
        "missing": missing,
        "numeric_columns": sorted(numeric),
        "categorical_columns": sorted(categorical),
        "churn_rate_by_contract": {k: float(v) for k, v in by_contract.items()},
    }
