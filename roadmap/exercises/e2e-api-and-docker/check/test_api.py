import os
import pickle
import tempfile
import unittest

import numpy as np
import pandas as pd
from fastapi.testclient import TestClient
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

import app as service

GOOD = {"tenure_months": 3, "monthly_charges": 89.5, "contract": "month-to-month"}


def train_model():
    rng = np.random.default_rng(0)
    n = 400
    df = pd.DataFrame({"tenure_months": rng.integers(0, 72, n),
                       "monthly_charges": rng.uniform(20, 120, n).round(2),
                       "contract": rng.choice(["month-to-month", "one-year", "two-year"], n)})
    logit = 1 - 0.05 * df["tenure_months"] + 0.02 * (df["monthly_charges"] - 70) + 1.2 * (df["contract"] == "month-to-month")
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    pre = ColumnTransformer([("n", StandardScaler(), ["tenure_months", "monthly_charges"]),
                             ("c", OneHotEncoder(handle_unknown="ignore"), ["contract"])])
    return Pipeline([("p", pre), ("m", LogisticRegression())]).fit(df, y)


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.model = train_model()
        cls.path = os.path.join(cls.tmp.name, "model.pkl")
        with open(cls.path, "wb") as fh:
            pickle.dump(cls.model, fh)
        cls.client = TestClient(service.create_app(cls.path))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_health(self):
        res = self.client.get("/health")
        self.assertEqual(res.status_code, 200, f"GET /health should answer 200, got {res.status_code}")
        self.assertEqual(res.json(), {"status": "ok"}, f"GET /health should return {{\"status\": \"ok\"}}, got {res.text[:200]}")

    def test_predict_returns_the_model_probability(self):
        for body in [GOOD, {"tenure_months": 60, "monthly_charges": 25.0, "contract": "two-year"}]:
            res = self.client.post("/predict", json=body)
            self.assertEqual(res.status_code, 200, f"POST /predict {body} should answer 200, got {res.status_code}: {res.text[:200]}")
            want = float(self.model.predict_proba(pd.DataFrame([body]))[0, 1])
            got = res.json().get("churn_probability")
            self.assertIsInstance(got, float, f"churn_probability should be a number, got {got!r}")
            self.assertAlmostEqual(got, want, places=6, msg=f"churn_probability for {body} should be the model's {want:.6f}, got {got}")

    def test_bad_input_is_422(self):
        bad = [({k: v for k, v in GOOD.items() if k != "contract"}, "a missing field"),
               (dict(GOOD, tenure_months=-1), "a negative tenure_months"),
               (dict(GOOD, contract="weekly"), "an unknown contract"),
               (dict(GOOD, monthly_charges="lots"), "a non-numeric monthly_charges"),
               (dict(GOOD, monthly_charges=0), "monthly_charges of 0")]
        for body, what in bad:
            res = self.client.post("/predict", json=body)
            self.assertEqual(res.status_code, 422, f"POST /predict with {what} should answer 422, got {res.status_code}")

    def test_model_path_from_environment(self):
        old = os.environ.get("MODEL_PATH")
        os.environ["MODEL_PATH"] = self.path
        try:
            client = TestClient(service.create_app())
        finally:
            if old is None:
                os.environ.pop("MODEL_PATH", None)
            else:
                os.environ["MODEL_PATH"] = old
        self.assertEqual(client.post("/predict", json=GOOD).status_code, 200,
                         "create_app() with no argument should load the model named by MODEL_PATH")
