import pickle
import unittest

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

import pipeline


def churn(n, seed, unseen=False):
    rng = np.random.RandomState(seed)
    contract = rng.choice(["monthly", "one_year", "two_year"], n)
    payment = rng.choice(["card", "transfer", "check"], n)
    tenure = rng.exponential(24, n)
    charges = rng.normal(70, 20, n)
    z = -0.06 * tenure + 0.03 * (charges - 70) + np.where(contract == "monthly", 1.5, -1.0) + (payment == "check") * 0.8
    y = (rng.rand(n) < 1 / (1 + np.exp(-z))).astype(int)
    df = pd.DataFrame({"tenure_months": tenure, "monthly_charges": charges, "contract": contract, "payment": payment})
    for col in df.columns:
        df.loc[rng.rand(n) < 0.08, col] = np.nan
    if unseen:
        df.loc[df.index[:20], "payment"] = "crypto"
    return df, y


class PipelineTest(unittest.TestCase):
    def setUp(self):
        self.X_train, self.y_train = churn(800, 0)
        self.X_test, self.y_test = churn(400, 1, unseen=True)

    def test_returns_an_unfitted_estimator(self):
        est = pipeline.build_pipeline()
        self.assertTrue(hasattr(est, "fit") and hasattr(est, "predict_proba"), "build_pipeline() should return an estimator with fit and predict_proba")

    def test_held_out_auc_with_nulls_and_unseen_categories(self):
        est = pipeline.build_pipeline().fit(self.X_train, self.y_train)
        auc = roc_auc_score(self.y_test, est.predict_proba(self.X_test)[:, 1])
        self.assertGreaterEqual(auc, 0.80, f"held-out ROC AUC should be >= 0.80, got {auc:.3f}")

    def test_pickle_round_trip_gives_same_predictions(self):
        est = pipeline.build_pipeline().fit(self.X_train, self.y_train)
        again = pickle.loads(pickle.dumps(est))
        self.assertTrue(np.allclose(est.predict_proba(self.X_test), again.predict_proba(self.X_test)), "predictions changed after pickling")


if __name__ == "__main__":
    unittest.main()
