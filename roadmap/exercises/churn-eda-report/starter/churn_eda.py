"""First look at the churn table: the numbers you report before any modelling."""
import pandas as pd


def eda_report(df: pd.DataFrame) -> dict:
    """Return the EDA summary described in the instructions. Do not modify df."""
    raise NotImplementedError("write eda_report(df)")
