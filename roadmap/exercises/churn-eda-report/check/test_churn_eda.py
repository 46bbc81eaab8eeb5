import unittest

import numpy as np
import pandas as pd

from churn_data import make_customers
import churn_eda


class EdaReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.raw = make_customers(n=1500, seed=11)
        cls.before = cls.raw.copy()
        cls.report = churn_eda.eda_report(cls.raw)

    def test_returns_a_dict_with_every_key(self):
        self.assertIsInstance(self.report, dict, "eda_report must return a dict")
        keys = {"n_rows", "churn_rate", "missing", "numeric_columns",
                "categorical_columns", "churn_rate_by_contract"}
        self.assertEqual(keys - set(self.report), set(), "keys missing from the report")

    def test_row_count_and_churn_rate(self):
        self.assertEqual(self.report["n_rows"], 1500, "n_rows should be the number of rows")
        want = float((self.raw["churned"] == "Yes").mean())
        got = self.report["churn_rate"]
        self.assertAlmostEqual(got, want, places=4,
                               msg=f"churn_rate should be the share of 'Yes' ({want:.4f}), got {got}")

    def test_missing_counts_blank_text_as_missing(self):
        raw = self.raw
        want = {
            "internet": int(raw["internet"].isna().sum()),
            "support_calls": int(raw["support_calls"].isna().sum()),
            "total_charges": int((raw["total_charges"].str.strip() == "").sum()),
            "churn_reason": int(raw["churn_reason"].isna().sum()),
        }
        got = {k: int(v) for k, v in self.report["missing"].items()}
        self.assertEqual(got, want,
                         "missing should count NaN/None and blank strings, only for columns that have any")

    def test_column_types(self):
        self.assertEqual(list(self.report["numeric_columns"]),
                         ["monthly_charges", "support_calls", "tenure_months", "total_charges"],
                         "numeric_columns (sorted) should include total_charges once blanks are missing")
        self.assertEqual(list(self.report["categorical_columns"]),
                         ["churn_reason", "contract", "internet", "payment_method"],
                         "categorical_columns (sorted) should exclude customer_id and churned")

    def test_churn_rate_by_contract(self):
        raw = self.raw
        got = self.report["churn_rate_by_contract"]
        for contract in ["month-to-month", "one-year", "two-year"]:
            want = float((raw.loc[raw["contract"] == contract, "churned"] == "Yes").mean())
            self.assertIn(contract, got, f"churn_rate_by_contract lacks '{contract}'")
            self.assertAlmostEqual(got[contract], want, places=4,
                                   msg=f"churn rate for {contract} should be {want:.4f}, got {got[contract]}")
        self.assertEqual(len(got), 3, "churn_rate_by_contract should have one entry per contract type")

    def test_does_not_modify_the_input(self):
        pd.testing.assert_frame_equal(self.raw, self.before, obj="the DataFrame passed to eda_report")

    def test_works_on_another_sample(self):
        other = make_customers(n=400, seed=99)
        report = churn_eda.eda_report(other)
        self.assertEqual(report["n_rows"], 400)
        self.assertAlmostEqual(report["churn_rate"], float((other["churned"] == "Yes").mean()), places=4,
                               msg="churn_rate wrong on a second sample (values must be computed, not fixed)")
        self.assertNotIn("tenure_months", report["missing"], "columns with no missing values must not appear")


if __name__ == "__main__":
    unittest.main()
