import unittest

import numpy as np
import pandas as pd

from sales_data import make_sales
import forecast_baseline as fb


class ForecastBaselineTest(unittest.TestCase):
    def setUp(self):
        self.df = make_sales(days=400, seed=0)
        self.shuffled = self.df.sample(frac=1.0, random_state=1).reset_index(drop=True)

    def test_time_split_keeps_the_future_for_test(self):
        train, test = fb.time_split(self.shuffled, 28)
        self.assertEqual((len(train), len(test)), (372, 28), f"want 372 train and 28 test rows, got {len(train)} and {len(test)}")
        self.assertLess(train["date"].max(), test["date"].min(), "every train date must be before every test date (no shuffling)")
        self.assertEqual(list(test["date"]), list(self.df["date"].iloc[-28:]), "test must be the last 28 days, in date order")
        self.assertTrue(train["date"].is_monotonic_increasing, "train must be in date order, even when the input rows are not")

    def test_seasonal_naive_repeats_last_week(self):
        history = np.arange(1, 16, dtype=float)            # 1..15
        got = np.asarray(fb.seasonal_naive(history, 10, season=7), float)
        want = np.array([9, 10, 11, 12, 13, 14, 15, 9, 10, 11], float)
        self.assertTrue(np.array_equal(got, want), f"seasonal_naive(1..15, 10) should be {want.tolist()}, got {got.tolist()}")
        got = np.asarray(fb.seasonal_naive([5, 6, 7], 4, season=1), float)
        self.assertTrue(np.array_equal(got, [7, 7, 7, 7]), f"season=1 is the naive forecast [7, 7, 7, 7], got {got.tolist()}")

    def test_metrics(self):
        self.assertAlmostEqual(fb.mae([10, 20, 30], [12, 18, 33]), 7 / 3, places=6, msg="mae([10,20,30],[12,18,33]) should be 2.333")
        got = fb.mape([100, 0, 50], [110, 5, 40])
        self.assertAlmostEqual(got, 15.0, places=6, msg=f"mape skips zero actuals and is in percent: (10% + 20%) / 2 = 15.0, got {got}")

    def test_baseline_error_on_the_last_four_weeks(self):
        train, test = fb.time_split(self.shuffled, 28)
        pred = np.asarray(fb.seasonal_naive(train["sales"].to_numpy(), 28), float)
        self.assertEqual(pred.shape, (28,), "one forecast per test day")
        history = self.df["sales"].to_numpy()[:-28]
        want = np.resize(history[-7:], 28)
        self.assertTrue(np.allclose(pred, want), "seasonal-naive forecast of the test days is the last training week repeated")
        naive = np.full(28, history[-1])
        actual = self.df["sales"].to_numpy()[-28:]
        self.assertLess(fb.mae(actual, pred), fb.mae(actual, naive),
                        "on weekly-seasonal sales the seasonal-naive baseline should beat repeating the last day")


if __name__ == "__main__":
    unittest.main()
