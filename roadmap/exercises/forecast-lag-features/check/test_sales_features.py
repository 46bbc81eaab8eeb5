import unittest

import numpy as np
import pandas as pd

from sales_data import make_sales
import sales_features as sf

COLUMNS = ["date", "lag_7", "lag_14", "rolling_mean_7", "dayofweek"]


class LagFeaturesTest(unittest.TestCase):
    def setUp(self):
        self.df = make_sales(days=120, seed=4)
        self.feats = sf.make_features(self.df.sample(frac=1.0, random_state=2))

    def test_columns_and_order(self):
        self.assertEqual(list(self.feats.columns), COLUMNS, f"columns should be {COLUMNS}")
        self.assertEqual(len(self.feats), 120, "one row per day")
        self.assertEqual(list(self.feats["date"]), list(self.df["date"]), "rows sorted by date, even when the input is not")

    def test_values(self):
        s = self.df["sales"].astype(float).to_numpy()
        f = self.feats
        for t in [20, 50, 119]:
            self.assertAlmostEqual(f["lag_7"].iloc[t], s[t - 7], msg=f"lag_7 on row {t} is the sales of 7 days before")
            self.assertAlmostEqual(f["lag_14"].iloc[t], s[t - 14], msg=f"lag_14 on row {t} is the sales of 14 days before")
            self.assertAlmostEqual(f["rolling_mean_7"].iloc[t], s[t - 7:t].mean(), places=6,
                                   msg=f"rolling_mean_7 on row {t} is the mean of the 7 days BEFORE it")
        self.assertEqual(list(f["dayofweek"].iloc[:7]), [0, 1, 2, 3, 4, 5, 6], "the series starts on a Monday: dayofweek 0..6")

    def test_missing_history_is_nan(self):
        f = self.feats
        self.assertTrue(f["lag_7"].iloc[:7].isna().all() and not np.isnan(f["lag_7"].iloc[7]), "lag_7 is NaN exactly on the first 7 days")
        self.assertTrue(f["lag_14"].iloc[:14].isna().all(), "lag_14 is NaN on the first 14 days")
        self.assertTrue(f["rolling_mean_7"].iloc[:7].isna().all() and not np.isnan(f["rolling_mean_7"].iloc[7]),
                        "rolling_mean_7 is NaN until 7 full past days exist")

    def test_features_of_a_day_ignore_that_day_and_later(self):
        changed = self.df.copy()
        changed.loc[60:, "sales"] = changed.loc[60:, "sales"] * 10   # the future from day 60 changes
        after = sf.make_features(changed)
        cols = ["lag_7", "lag_14", "rolling_mean_7"]
        same = np.allclose(self.feats[cols].iloc[:61].to_numpy(float), after[cols].iloc[:61].to_numpy(float), equal_nan=True)
        self.assertTrue(same, "features of day 60 (and before) changed when sales from day 60 on changed: they leak the value being predicted")


if __name__ == "__main__":
    unittest.main()
