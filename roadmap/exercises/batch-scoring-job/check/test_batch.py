import csv
import os
import shutil
import tempfile
import unittest

import numpy as np
from sklearn.linear_model import LogisticRegression

import score_batch

FEATURES = ["tenure", "spend", "calls"]


def fitted_model():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 3)) * [12, 30, 2] + [24, 70, 3]
    y = (X @ [-0.1, 0.03, 0.5] + rng.normal(0, 1, 500) > 0).astype(int)
    return LogisticRegression(max_iter=1000).fit(X, y)


def write_input(path, n=2500, seed=1):
    """Customers with a few broken rows, an extra column, and features not in model order."""
    rng = np.random.default_rng(seed)
    rows, expected_rejects = [], {}
    for i in range(n):
        cid = f"C{i:05d}"
        tenure, spend, calls = rng.normal(24, 12), rng.normal(70, 30), rng.integers(0, 8)
        row = {"id": cid, "calls": str(calls), "note": "vip" if i % 7 == 0 else "", "spend": f"{spend:.2f}", "tenure": f"{tenure:.1f}"}
        if i % 97 == 5:
            row["spend"] = ""
            expected_rejects[cid] = "missing:spend"
        elif i % 131 == 7:
            row["tenure"] = "n/a"
            expected_rejects[cid] = "not_numeric:tenure"
        elif i % 211 == 3:
            row["tenure"], row["calls"] = "", "many"
            expected_rejects[cid] = "missing:tenure"
        rows.append(row)
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "calls", "note", "spend", "tenure"])
        w.writeheader()
        w.writerows(rows)
    return rows, expected_rejects


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


class FailsOnSecondCall:
    def __init__(self, model):
        self.model, self.calls = model, 0

    def predict_proba(self, X):
        self.calls += 1
        if self.calls > 1 or len(X) > 1500:
            raise RuntimeError("model server went away")
        return self.model.predict_proba(X)


class TestBatchScoring(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = fitted_model()

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.inp = os.path.join(self.tmp, "customers.csv")
        self.out = os.path.join(self.tmp, "scores.csv")
        self.rej = os.path.join(self.tmp, "rejects.csv")
        self.rows, self.expected_rejects = write_input(self.inp)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_job(self, model=None, threshold=0.5):
        return score_batch.run_batch(self.inp, self.out, self.rej, model or self.model, FEATURES, threshold=threshold, chunksize=1000)

    def test_scores_match_the_model_in_input_order(self):
        summary = self.run_job()
        out = read(self.out)
        self.assertEqual(list(out[0].keys()) if out else [], ["id", "score", "label"], msg="scores.csv columns should be exactly id,score,label")
        valid = [r for r in self.rows if r["id"] not in self.expected_rejects]
        self.assertEqual([r["id"] for r in out], [r["id"] for r in valid], msg="scores.csv should hold every valid id once, in input order")
        X = np.array([[float(r[c]) for c in FEATURES] for r in valid])
        want = self.model.predict_proba(X)[:, 1]
        got = np.array([float(r["score"]) for r in out])
        worst = float(np.max(np.abs(got - want)))
        self.assertLess(worst, 1e-6, msg=f"score should be predict_proba[:, 1] with features in the order {FEATURES} (largest difference {worst:.3g})")
        labels = [int(r["label"]) for r in out]
        self.assertEqual(labels, [int(p >= 0.5) for p in want], msg="label should be 1 where score >= threshold, else 0")
        self.assertEqual(summary, {"scored": len(valid), "rejected": len(self.expected_rejects)},
                         msg=f"run_batch should return the counts {{'scored': {len(valid)}, 'rejected': {len(self.expected_rejects)}}}, got {summary}")

    def test_rejects_name_the_first_bad_feature(self):
        self.run_job()
        rej = read(self.rej)
        self.assertEqual(list(rej[0].keys()) if rej else [], ["id", "reason"], msg="rejects.csv columns should be exactly id,reason")
        got = {r["id"]: r["reason"] for r in rej}
        self.assertEqual(got, self.expected_rejects, msg="rejects.csv should list each bad row with missing:<col> or not_numeric:<col> for its first bad feature")

    def test_threshold_is_used(self):
        self.run_job(threshold=0.8)
        out = read(self.out)
        bad = [r["id"] for r in out if int(r["label"]) != int(float(r["score"]) >= 0.8)]
        self.assertEqual(bad, [], msg=f"with threshold 0.8, label must be score >= 0.8; wrong for {bad[:3]}")

    def test_score_equal_to_threshold_is_labelled_1(self):
        class CoinFlip:
            def predict_proba(self, X):
                return np.full((len(X), 2), 0.5)

        write_input(self.inp, n=200)
        self.run_job(model=CoinFlip(), threshold=0.5)
        labels = sorted({int(r["label"]) for r in read(self.out)})
        self.assertEqual(labels, [1], msg=f"label is 1 when score >= threshold: every score 0.5 with threshold 0.5 should give label 1, got labels {labels}")

    def test_rerun_overwrites_instead_of_appending(self):
        self.run_job()
        first = read(self.out)
        self.run_job()
        self.assertEqual(read(self.out), first, msg="running the job twice must give the same scores.csv (overwrite, never append)")

    def test_failed_run_leaves_previous_output_intact(self):
        self.run_job()
        with open(self.out, "rb") as f:
            before = f.read()
        with self.assertRaises(RuntimeError, msg="a failing model must make run_batch raise, not swallow the error"):
            self.run_job(model=FailsOnSecondCall(self.model))
        with open(self.out, "rb") as f:
            after = f.read()
        self.assertEqual(after, before, msg="a run that fails halfway must not leave a half-written scores.csv: write to a temp file and rename")
        leftovers = sorted(set(os.listdir(self.tmp)) - {"customers.csv", "scores.csv", "rejects.csv"})
        self.assertEqual(leftovers, [], msg=f"a failed run should clean up its temporary files, found {leftovers}")

    def test_ids_stay_text(self):
        with open(self.inp, "w", newline="") as f:
            f.write("id,tenure,spend,calls\n007,10,50,1\n0012,30,80,2\n")
        self.run_job()
        self.assertEqual([r["id"] for r in read(self.out)], ["007", "0012"], msg="ids must be copied as text: 007 must not become 7")


if __name__ == "__main__":
    unittest.main()
