"""Tests for credit_model.py. Run them with:  python -m unittest -v test_credit_model"""
import csv
import os
import unittest

import credit_model

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = {"income": 30000, "debt": 5000, "age": 40}


def load_holdout():
    with open(os.path.join(HERE, "holdout.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    records = [{"income": float(r["income"]), "debt": float(r["debt"]), "age": float(r["age"])} for r in rows]
    return records, [int(r["default"]) for r in rows]


class TestOutputs(unittest.TestCase):
    def test_one_probability_per_record_in_range(self):
        records, _ = load_holdout()
        probs = credit_model.predict_proba(records)
        self.assertEqual(len(probs), len(records))
        self.assertTrue(all(0.0 <= p <= 1.0 for p in probs), "probabilities must be in [0, 1]")

    def test_empty_batch(self):
        self.assertEqual(list(credit_model.predict_proba([])), [])

    def test_batch_matches_single_records(self):
        records, _ = load_holdout()
        batch = credit_model.predict_proba(records[:20])
        single = [credit_model.predict_proba([r])[0] for r in records[:20]]
        self.assertEqual(list(batch), single)


class TestBehaviour(unittest.TestCase):
    def test_more_debt_never_lowers_risk(self):
        for income in (8000, 30000, 90000):
            for age in (18, 45, 90):
                probs = credit_model.predict_proba(
                    [{"income": income, "debt": d, "age": age} for d in (0, 1000, 5000, 20000, 60000)])
                self.assertEqual(list(probs), sorted(probs), f"risk fell as debt rose (income {income}, age {age})")
                self.assertLess(probs[0], probs[-1])

    def test_key_order_and_extra_fields_do_not_matter(self):
        base = credit_model.predict_proba([GOOD])[0]
        shuffled = {"age": 40, "debt": 5000, "income": 30000}
        extra = {"customer_name": "Ana", "debt": 5000, "income": 30000, "age": 40}
        self.assertEqual(credit_model.predict_proba([shuffled])[0], base)
        self.assertEqual(credit_model.predict_proba([extra])[0], base)


class TestValidation(unittest.TestCase):
    def assert_rejected(self, record):
        with self.assertRaises(ValueError, msg=f"{record} should be rejected"):
            credit_model.predict_proba([record])

    def test_missing_fields(self):
        for name in ("income", "debt", "age"):
            record = dict(GOOD)
            del record[name]
            self.assert_rejected(record)

    def test_non_numbers(self):
        for bad in ("30000", None, float("nan"), True):
            self.assert_rejected(dict(GOOD, income=bad))
            self.assert_rejected(dict(GOOD, debt=bad))

    def test_out_of_range(self):
        self.assert_rejected(dict(GOOD, income=-1))
        self.assert_rejected(dict(GOOD, debt=-0.01))
        self.assert_rejected(dict(GOOD, age=17))
        self.assert_rejected(dict(GOOD, age=101))

    def test_edges_are_accepted(self):
        self.assertEqual(len(credit_model.predict_proba([dict(GOOD, age=18), dict(GOOD, age=100), dict(GOOD, income=0, debt=0)])), 3)


class TestDecisions(unittest.TestCase):
    def test_threshold_is_applied(self):
        records, _ = load_holdout()
        probs = credit_model.predict_proba(records)
        for t in (0.1, 0.3, 0.5, 0.8):
            want = [1 if p >= t else 0 for p in probs]
            self.assertEqual(list(credit_model.predict(records, threshold=t)), want, f"threshold {t}")

    def test_quality_gate_on_holdout(self):
        records, labels = load_holdout()
        preds = credit_model.predict(records)
        acc = sum(int(p == y) for p, y in zip(preds, labels)) / len(labels)
        self.assertGreaterEqual(acc, 0.85, f"holdout accuracy {acc:.3f} is below the 0.85 gate")


if __name__ == "__main__":
    unittest.main()
