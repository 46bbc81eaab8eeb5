"""Your tests for credit_model.py. Run them with:  python -m unittest -v test_credit_model"""
import csv
import os
import unittest

import credit_model

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = {"income": 30000, "debt": 5000, "age": 40}


def load_holdout():
    with open(os.path.join(HERE, "holdout.csv"), newline="") as f:
        return list(csv.DictReader(f))


class TestCreditModel(unittest.TestCase):
    def test_one_probability_per_record(self):
        probs = credit_model.predict_proba([GOOD, GOOD])
        self.assertEqual(len(probs), 2)

    # TODO: add the tests listed in the instructions.


if __name__ == "__main__":
    unittest.main()
