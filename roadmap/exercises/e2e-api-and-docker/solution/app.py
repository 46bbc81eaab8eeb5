"""Churn scoring service: FastAPI app around a pickled scikit-learn pipeline."""
import os
import pickle
from typing import Literal

import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel, Field


class Customer(BaseModel):
    # Field bounds and Literal work the same on pydantic v1 and v2; bad input becomes a 422.
    tenure_months: int = Field(..., ge=0, le=600)
    monthly_charges: float = Field(..., gt=0)
    contract: Literal["month-to-month", "one-year", "two-year"]


def create_app(model_path=None):
    path = model_path or os.environ.get("MODEL_PATH", "model.pkl")
    with open(path, "rb") as fh:
        model = pickle.load(fh)  # loaded once, at start-up, not per request
    app = FastAPI(title="churn-api")

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/predict")
    def predict(customer: Customer):
        row = pd.DataFrame([{"tenure_months": customer.tenure_months,
                             "monthly_charges": customer.monthly_charges,
                             "contract": customer.contract}])
        return {"churn_probability": float(model.predict_proba(row)[0, 1])}

    return app
