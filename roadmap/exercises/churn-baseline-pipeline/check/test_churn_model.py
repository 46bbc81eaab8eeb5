import unittest

import numpy as np
from sklearn.base import clone
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from churn_data import clean, make_customers
import churn_model

ROC_MIN, PR_MIN, BRIER_MAX = 0.80, 0.60, 0.17


def split():
    """Train on 2000 customers; score on 1000 the model never saw, as seen at prediction time."""
    df = clean(make_customers(n=3000, seed=7))
    train, held = df.iloc[:2000], df.iloc[2000:].copy()
    held["churn_reason"] = None                          # not known before the customer leaves
    held.iloc[:25, held.columns.get_loc("payment_method")] = "crypto"  # a category new in production
    return (train.drop(columns="churned"), train["churned"].to_numpy(),
            held.drop(columns="churned"), held["churned"].to_numpy())


class ChurnBaselineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.X_train, cls.y_train, cls.X_held, cls.y_held = split()
        cls.model = churn_model.build_model()
        if not hasattr(cls.model, "fit"):
            raise AssertionError("build_model() must return a scikit-learn estimator with fit()")
        cls.fitted = clone(cls.model).fit(cls.X_train, cls.y_train)
        cls.proba = np.asarray(cls.fitted.predict_proba(cls.X_held))[:, 1]

    def test_build_model_returns_an_unfitted_estimator(self):
        self.assertTrue(hasattr(self.model, "predict_proba"),
                        "the estimator must offer predict_proba (a classifier)")
        self.assertFalse(hasattr(self.model, "classes_"),
                         "build_model() must return an UNFITTED estimator; the check fits it")

    def test_probabilities_are_valid(self):
        self.assertEqual(self.proba.shape, (len(self.y_held),), "one probability per held-out customer")
        self.assertTrue(np.all((self.proba >= 0) & (self.proba <= 1)), "probabilities must be in [0, 1]")
        self.assertFalse(np.isnan(self.proba).any(), "no NaN probabilities (impute the missing values)")

    def test_ranks_churners_on_held_out_customers(self):
        roc = roc_auc_score(self.y_held, self.proba)
        self.assertGreaterEqual(roc, ROC_MIN, f"held-out ROC-AUC should be >= {ROC_MIN}, got {roc:.3f}")

    def test_pr_auc_beats_the_churn_rate(self):
        pr = average_precision_score(self.y_held, self.proba)
        base = self.y_held.mean()
        self.assertGreaterEqual(pr, PR_MIN,
                                f"held-out PR-AUC should be >= {PR_MIN} (random ranking gives {base:.2f}), got {pr:.3f}")

    def test_probabilities_are_usable_without_leakage(self):
        brier = brier_score_loss(self.y_held, self.proba)
        trivial = brier_score_loss(self.y_held, np.full(len(self.y_held), self.y_train.mean()))
        self.assertLessEqual(brier, BRIER_MAX,
                             f"held-out Brier score should be <= {BRIER_MAX} (predicting the churn rate gives "
                             f"{trivial:.3f}), got {brier:.3f}; does the model lean on churn_reason?")

    def test_training_is_reproducible(self):
        again = np.asarray(clone(self.model).fit(self.X_train, self.y_train).predict_proba(self.X_held))[:, 1]
        self.assertTrue(np.allclose(again, self.proba),
                        "fitting the same pipeline twice on the same data must give the same probabilities (fix random_state)")


if __name__ == "__main__":
    unittest.main()
