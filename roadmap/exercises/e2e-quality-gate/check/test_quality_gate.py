import json
import os
import pickle
import subprocess
import sys
import tempfile
import contextlib
import io
import unittest

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from customers import make_customers
import quality_gate

FEATURES = ["tenure_months", "monthly_charges", "contract"]


def fit(df, y):
    pre = ColumnTransformer([("n", StandardScaler(), ["tenure_months", "monthly_charges"]),
                             ("c", OneHotEncoder(handle_unknown="ignore"), ["contract"])])
    return Pipeline([("p", pre), ("m", LogisticRegression(max_iter=1000))]).fit(df[FEATURES], y)


class QualityGateTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        train = make_customers(800, seed=1)
        ref = make_customers(600, seed=2)
        cls.data = os.path.join(cls.tmp.name, "reference.csv")
        ref.to_csv(cls.data, index=False)
        good = fit(train, train["churned"])
        bad = fit(train, np.random.default_rng(0).permutation(train["churned"].to_numpy()))  # labels shuffled
        cls.good_auc = roc_auc_score(ref["churned"], good.predict_proba(ref[FEATURES])[:, 1])
        cls.bad_auc = roc_auc_score(ref["churned"], bad.predict_proba(ref[FEATURES])[:, 1])
        cls.good, cls.bad = os.path.join(cls.tmp.name, "good.pkl"), os.path.join(cls.tmp.name, "bad.pkl")
        for path, model in [(cls.good, good), (cls.bad, bad)]:
            with open(path, "wb") as fh:
                pickle.dump(model, fh)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_evaluate_reports_the_real_auc(self):
        res = quality_gate.evaluate(self.good, self.data, 0.7)
        self.assertAlmostEqual(res["roc_auc"], self.good_auc, places=6, msg=f"roc_auc should be {self.good_auc:.4f}, got {res.get('roc_auc')}")
        self.assertTrue(res["passed"] is True or res["passed"] == True, "a model above min_auc passes")
        res = quality_gate.evaluate(self.bad, self.data, 0.7)
        self.assertAlmostEqual(res["roc_auc"], self.bad_auc, places=6, msg=f"roc_auc of the bad model should be {self.bad_auc:.4f}")
        self.assertTrue(res["passed"] == False, f"a model with ROC-AUC {self.bad_auc:.3f} must not pass min_auc 0.7")

    def test_threshold_is_respected(self):
        self.assertTrue(quality_gate.evaluate(self.good, self.data, float(self.good_auc) + 0.01)["passed"] == False,
                      "raising min_auc above the model's ROC-AUC must make it fail")

    def test_missing_column_raises_value_error(self):
        import pandas as pd
        partial = os.path.join(self.tmp.name, "no_contract.csv")
        pd.read_csv(self.data).drop(columns=["contract"]).to_csv(partial, index=False)
        try:
            quality_gate.evaluate(self.good, partial, 0.7)
        except ValueError:
            return
        except Exception as exc:
            self.fail(f"a reference CSV without the 'contract' column should raise ValueError, it raised {exc!r}")
        self.fail("a reference CSV without the 'contract' column should raise ValueError, evaluate returned normally")

    def run_main(self, *args):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = quality_gate.main(list(args))
            except SystemExit as exc:
                code = exc.code
        return code, err.getvalue()

    def run_cli(self, *args):
        return subprocess.run([sys.executable, "quality_gate.py", *args], capture_output=True, text=True, timeout=30)

    def test_cli_exit_codes_gate_the_pipeline(self):
        ok = self.run_cli(self.good, self.data, "--min-auc", "0.7")
        self.assertEqual(ok.returncode, 0, f"the good model should exit 0; stderr: {ok.stderr[-300:]}")
        self.assertAlmostEqual(json.loads(ok.stdout)["roc_auc"], self.good_auc, places=6, msg="stdout should be the JSON result")
        code, _ = self.run_main(self.bad, self.data, "--min-auc", "0.7")
        self.assertEqual(code, 1, f"a model below the bar must make main() return 1 so CI stops, got {code}")

    def test_cli_unreadable_input_is_exit_2(self):
        try:
            code, err = self.run_main(os.path.join(self.tmp.name, "missing.pkl"), self.data, "--min-auc", "0.7")
        except Exception as exc:
            self.fail(f"main() with a missing model file should print a message and return 2, it raised {exc!r}")
        self.assertEqual(code, 2, f"a missing model file should give 2 (not 1: that means 'below the bar'), got {code}")
        self.assertTrue(err.strip(), "say on stderr what went wrong")


if __name__ == "__main__":
    unittest.main()
