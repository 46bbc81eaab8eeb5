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
from sklearn.metrics import roc_auc_score

from customers import make_customers

FEATURES = ["tenure_months", "monthly_charges", "contract"]


def run(*args):
    return subprocess.run([sys.executable, "train.py", *args], capture_output=True, text=True, timeout=60)


def run_in_process(*args):
    """Call train.main(argv) directly (one subprocess is enough to prove the command line works)."""
    import train
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = train.main(list(args))
        except SystemExit as exc:
            code = exc.code
    return code, err.getvalue()


class TrainScriptTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.tmp.name, "customers.csv")
        make_customers(1200, seed=3).to_csv(cls.data, index=False)
        cls.out1, cls.out2 = os.path.join(cls.tmp.name, "run1"), os.path.join(cls.tmp.name, "run2")
        cls.runs = [run("--data", cls.data, "--out", cls.out1)]
        cls.second = run_in_process("--data", cls.data, "--out", cls.out2)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def load(self, out):
        with open(os.path.join(out, "model.pkl"), "rb") as fh:
            model = pickle.load(fh)
        with open(os.path.join(out, "metrics.json")) as fh:
            metrics = json.load(fh)
        return model, metrics

    def test_script_exits_zero_and_writes_the_artifacts(self):
        first = self.runs[0]
        self.assertEqual(first.returncode, 0, f"python train.py --data ... --out ... should exit 0; stderr: {first.stderr[-400:]}")
        for name in ["model.pkl", "metrics.json"]:
            self.assertTrue(os.path.isfile(os.path.join(self.out1, name)), f"{name} should be written into the --out folder")

    def test_model_scores_new_customers(self):
        model, _ = self.load(self.out1)
        fresh = make_customers(1000, seed=77)
        auc = roc_auc_score(fresh["churned"], model.predict_proba(fresh[FEATURES])[:, 1])
        self.assertGreaterEqual(auc, 0.72, f"the saved model should reach ROC-AUC >= 0.72 on new customers, got {auc:.3f}")

    def test_reported_metric_is_honest(self):
        model, metrics = self.load(self.out1)
        for key in ["roc_auc", "n_train", "n_test"]:
            self.assertIn(key, metrics, f"metrics.json should contain {key}")
        self.assertEqual(metrics["n_train"] + metrics["n_test"], 1200, "n_train + n_test should be the 1200 rows of the data file")
        self.assertGreater(metrics["n_test"], 0, "hold out some rows for the reported metric")
        fresh = make_customers(2000, seed=78)
        real = roc_auc_score(fresh["churned"], model.predict_proba(fresh[FEATURES])[:, 1])
        self.assertAlmostEqual(metrics["roc_auc"], real, delta=0.06,
                               msg=f"metrics.json says ROC-AUC {metrics['roc_auc']:.3f} but on new customers it is {real:.3f}: "
                                   "measure on rows the model did not train on")

    def test_two_runs_give_the_same_model(self):
        m1, s1 = self.load(self.out1)
        m2, s2 = self.load(self.out2)
        self.assertEqual(s1, s2, "two runs on the same data should write the same metrics (fix the seeds)")
        fresh = make_customers(200, seed=79)[FEATURES]
        self.assertTrue(np.allclose(m1.predict_proba(fresh), m2.predict_proba(fresh)), "two runs should give the same model")

    def test_missing_data_file_is_a_clear_error(self):
        try:
            code, err = run_in_process("--data", os.path.join(self.tmp.name, "nope.csv"), "--out", os.path.join(self.tmp.name, "run3"))
        except Exception as exc:
            self.fail(f"main() with a missing data file should print a message and return non-zero, it raised {exc!r}")
        self.assertNotIn(code, (0, None), "a missing data file must give a non-zero exit code")
        self.assertTrue(err.strip(), "say on stderr what went wrong")


if __name__ == "__main__":
    unittest.main()
