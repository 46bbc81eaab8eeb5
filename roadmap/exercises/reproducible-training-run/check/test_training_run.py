import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import unittest

import numpy as np

SCRIPT = os.path.abspath("train.py")


def make_data(path, seed, n=400):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 4))
    y = (X @ [2.0, -1.0, 0.0, 1.0] + rng.normal(0, 0.5, n) > 0).astype(int)
    with open(path, "w") as f:
        f.write("a,b,c,d,target\n")
        for r, t in zip(X, y):
            f.write(",".join(f"{v:.5f}" for v in r) + f",{t}\n")
    return X, y


class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_in_process(argv, cwd):
    """import train; train.main(argv), from cwd; a SystemExit or an error becomes the result."""
    import contextlib
    import io
    import traceback
    here = os.getcwd()
    err = io.StringIO()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            import train
            code = train.main(argv)
    except SystemExit as e:
        code = e.code
    except Exception:
        code = 1
        err.write(traceback.format_exc())
    finally:
        os.chdir(here)
    return Result(0 if code in (None, 0) else code, "", err.getvalue())


def run_all(runs, cwd):
    procs = {name: subprocess.Popen([sys.executable, SCRIPT] + args, cwd=cwd, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True) for name, args in runs.items()}
    results = {}
    for name, proc in procs.items():
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        results[name] = Result(proc.returncode, out, err)
    return results


class TestReproducibleRun(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        # data lives beside the config, in another folder than the working directory
        cls.cfg_dir = os.path.join(cls.tmp, "conf")
        os.makedirs(cls.cfg_dir)
        cls.X, cls.y = make_data(os.path.join(cls.cfg_dir, "rows.csv"), seed=3)
        cls.config = os.path.join(cls.cfg_dir, "exp.json")
        cls.write_config(cls.config, seed=11)
        other = os.path.join(cls.cfg_dir, "other.json")
        cls.write_config(other, seed=12)
        # two fresh processes with the same config, started together (each imports pandas/sklearn,
        # ~1.5 s of CPU); the run with another seed calls main(argv) in this process to save one
        cls.runs = run_all({
            "a": ["--config", cls.config, "--out", os.path.join(cls.tmp, "out_a")],
            "b": ["--config", cls.config, "--out", os.path.join(cls.tmp, "out_b")],
        }, cwd=cls.tmp)
        cls.runs["c"] = run_in_process(["--config", other, "--out", os.path.join(cls.tmp, "out_c")], cwd=cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def write_config(cls, path, seed):
        with open(path, "w") as f:
            json.dump({"data": "rows.csv", "target": "target", "seed": seed, "test_size": 0.3, "model": {"C": 0.5}}, f)

    def outputs(self, name):
        proc = self.runs[name]
        self.assertEqual(proc.returncode, 0, msg=f"train.py exited {proc.returncode}: {proc.stderr.strip().splitlines()[-1:] }")
        out = os.path.join(self.tmp, "out_" + name)
        self.assertTrue(os.path.isfile(os.path.join(out, "metrics.json")), msg="train.py must write <out>/metrics.json")
        self.assertTrue(os.path.isfile(os.path.join(out, "model.pkl")), msg="train.py must write <out>/model.pkl")
        with open(os.path.join(out, "metrics.json")) as f:
            metrics = json.load(f)
        with open(os.path.join(out, "model.pkl"), "rb") as f:
            model = pickle.load(f)
        return metrics, model

    def test_metrics_have_the_agreed_keys(self):
        metrics, _ = self.outputs("a")
        for key in ("accuracy", "n_train", "n_test", "seed"):
            self.assertIn(key, metrics, msg=f"metrics.json must have key {key!r}, has {sorted(metrics)}")
        self.assertEqual(metrics["n_train"] + metrics["n_test"], 400, msg="n_train + n_test should be the 400 rows of the data")
        self.assertEqual(metrics["n_test"], 120, msg=f"test_size 0.3 of 400 rows is 120 test rows, got {metrics['n_test']}")
        self.assertEqual(metrics["seed"], 11, msg="metrics.json should record the seed from the config")

    def test_model_is_good_and_matches_its_metrics(self):
        metrics, model = self.outputs("a")
        acc_all = float(np.mean(model.predict(self.X) == self.y))
        self.assertGreaterEqual(metrics["accuracy"], 0.85, msg=f"held-out accuracy should be >= 0.85 on this data, got {metrics['accuracy']}")
        self.assertGreaterEqual(acc_all, 0.85, msg=f"the saved model should predict the data with accuracy >= 0.85, got {acc_all:.3f}")

    def test_two_runs_with_same_config_are_identical(self):
        m1, model1 = self.outputs("a")
        m2, model2 = self.outputs("b")
        self.assertEqual(m1, m2, msg=f"same config, different metrics: {m1} vs {m2}")
        p1 = model1.predict_proba(self.X) if hasattr(model1, "predict_proba") else model1.predict(self.X)
        p2 = model2.predict_proba(self.X) if hasattr(model2, "predict_proba") else model2.predict(self.X)
        self.assertTrue(np.array_equal(p1, p2), msg="same config, but the two saved models predict differently: seed every random step")

    def test_seed_comes_from_the_config(self):
        _, model1 = self.outputs("a")
        m3, model3 = self.outputs("c")
        self.assertEqual(m3["seed"], 12, msg="metrics.json should record the seed of the config that was used")
        # another seed means another train/test split, so the fitted model must differ
        f1 = model1.predict_proba(self.X) if hasattr(model1, "predict_proba") else model1.predict(self.X)
        f3 = model3.predict_proba(self.X) if hasattr(model3, "predict_proba") else model3.predict(self.X)
        self.assertFalse(np.array_equal(f1, f3), msg="changing the config's seed gave the very same model: use config['seed'] for the split")


if __name__ == "__main__":
    unittest.main()
