import unittest

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from churn_data import clean, make_customers
import churn_threshold as ct

COST_FN, COST_FP = 500.0, 50.0   # a lost customer vs. a retention offer


def brute_force_cost(y, p, cost_fn, cost_fp):
    y = np.asarray(y).astype(bool)
    best = np.inf
    for t in np.append(np.unique(p), np.inf):
        flagged = p >= t
        best = min(best, np.sum(y & ~flagged) * cost_fn + np.sum(~y & flagged) * cost_fp)
    return float(best)


def cost(y, p, t, cost_fn, cost_fp):
    y = np.asarray(y).astype(bool)
    flagged = p >= t
    return float(np.sum(y & ~flagged) * cost_fn + np.sum(~y & flagged) * cost_fp)


class ThresholdTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        df = clean(make_customers(n=3000, seed=21))
        X, y = df.drop(columns=["churned", "churn_reason", "customer_id"]), df["churned"].to_numpy()
        num = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
        cat = ["contract", "internet", "payment_method"]
        model = Pipeline([
            ("f", ColumnTransformer([
                ("n", Pipeline([("i", SimpleImputer(strategy="median")), ("s", StandardScaler())]), num),
                ("c", Pipeline([("i", SimpleImputer(strategy="most_frequent")),
                                ("o", OneHotEncoder(handle_unknown="ignore"))]), cat)])),
            ("m", LogisticRegression(max_iter=1000))]).fit(X.iloc[:1500], y[:1500])
        cls.y_val, cls.p_val = y[1500:2250], model.predict_proba(X.iloc[1500:2250])[:, 1]
        cls.y_test, cls.p_test = y[2250:], model.predict_proba(X.iloc[2250:])[:, 1]

    def test_total_cost_on_a_small_example(self):
        y = [1, 0, 1, 0, 0]
        p = [0.9, 0.8, 0.3, 0.2, 0.6]
        got = ct.total_cost(y, p, 0.5, 100, 10)
        self.assertAlmostEqual(got, 120.0, msg=f"threshold 0.5 flags 0.9, 0.8, 0.6: one missed churner (100) + two wasted offers (20) = 120, got {got}")
        got = ct.total_cost(y, p, 0.9, 100, 10)
        self.assertAlmostEqual(got, 100.0, msg=f"proba >= threshold counts as flagged: threshold 0.9 flags 0.9, so the cost is 100, got {got}")

    def test_threshold_minimises_cost_on_validation(self):
        t = ct.choose_threshold(self.y_val, self.p_val, COST_FN, COST_FP)
        got = cost(self.y_val, self.p_val, float(t), COST_FN, COST_FP)
        best = brute_force_cost(self.y_val, self.p_val, COST_FN, COST_FP)
        self.assertAlmostEqual(got, best, places=6,
                               msg=f"the cheapest validation cost is {best:.0f}; your threshold {t} costs {got:.0f}")

    def test_chosen_threshold_pays_off_on_test(self):
        t = float(ct.choose_threshold(self.y_val, self.p_val, COST_FN, COST_FP))
        mine = cost(self.y_test, self.p_test, t, COST_FN, COST_FP)
        default = cost(self.y_test, self.p_test, 0.5, COST_FN, COST_FP)
        nobody = cost(self.y_test, self.p_test, np.inf, COST_FN, COST_FP)
        self.assertLess(mine, default, f"on test data your threshold should beat 0.5 ({default:.0f}), got {mine:.0f}")
        self.assertLess(mine, nobody, f"on test data your threshold should beat contacting nobody ({nobody:.0f}), got {mine:.0f}")

    def test_threshold_follows_the_costs(self):
        cheap_offer = float(ct.choose_threshold(self.y_val, self.p_val, 500.0, 10.0))
        dear_offer = float(ct.choose_threshold(self.y_val, self.p_val, 500.0, 400.0))
        self.assertLess(cheap_offer, dear_offer,
                        f"a cheaper offer should lower the threshold: got {cheap_offer:.3f} (offer 10) vs {dear_offer:.3f} (offer 400)")
        for c_fn, c_fp in [(500.0, 10.0), (500.0, 400.0), (100.0, 100.0)]:
            t = ct.choose_threshold(self.y_val, self.p_val, c_fn, c_fp)
            got, best = cost(self.y_val, self.p_val, float(t), c_fn, c_fp), brute_force_cost(self.y_val, self.p_val, c_fn, c_fp)
            self.assertAlmostEqual(got, best, places=6, msg=f"with cost_fn={c_fn}, cost_fp={c_fp} the minimum is {best:.0f}, got {got:.0f}")

    def test_flagging_nobody_when_offers_cost_more_than_churn(self):
        y = np.array([0, 1, 0, 0, 1, 0])
        p = np.array([0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
        t = float(ct.choose_threshold(y, p, 10.0, 1000.0))
        got = cost(y, p, t, 10.0, 1000.0)
        self.assertAlmostEqual(got, 20.0, msg=f"when an offer costs 1000 and a churner 10, the best is to flag nobody (cost 20), got {got} with threshold {t}")


if __name__ == "__main__":
    unittest.main()
