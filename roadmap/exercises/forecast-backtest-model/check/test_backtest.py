import unittest

import numpy as np

from sales_data import make_sales
import sales_forecast

HORIZON, FOLDS, RATIO = 28, 4, 0.90


def backtest(df, fn):
    """Rolling origin: each fold forecasts the next 28 days from everything before them."""
    errors = []
    for k in range(FOLDS):
        cut = len(df) - HORIZON * (FOLDS - k)
        history = df.iloc[:cut].copy()
        actual = df["sales"].to_numpy(float)[cut:cut + HORIZON]
        errors.append(float(np.mean(np.abs(actual - np.asarray(fn(history, HORIZON), float)))))
    return float(np.mean(errors))


def seasonal_naive(history, horizon):
    return np.resize(history["sales"].to_numpy(float)[-7:], horizon)


class BacktestTest(unittest.TestCase):
    def setUp(self):
        self.df = make_sales(days=400, seed=0)

    def test_forecast_shape(self):
        history = self.df.iloc[:300].copy()
        before = history.copy()
        out = np.asarray(sales_forecast.forecast(history, 28), float)
        self.assertEqual(out.shape, (28,), f"forecast(history, 28) returns 28 values, got shape {out.shape}")
        self.assertFalse(np.isnan(out).any(), "forecasts must not be NaN")
        self.assertTrue(history.equals(before), "forecast must not modify the history it is given")
        self.assertEqual(np.asarray(sales_forecast.forecast(history, 5)).shape, (5,), "the horizon is a parameter")

    def test_beats_seasonal_naive_in_a_rolling_backtest(self):
        mine = backtest(self.df, sales_forecast.forecast)
        base = backtest(self.df, seasonal_naive)
        self.assertLessEqual(mine, RATIO * base,
                             f"backtest MAE (4 folds x 28 days) should be <= {RATIO:.0%} of seasonal-naive's {base:.1f} "
                             f"units/day, got {mine:.1f}")

    def test_beats_seasonal_naive_on_another_store(self):
        other = make_sales(days=400, seed=5)
        mine, base = backtest(other, sales_forecast.forecast), backtest(other, seasonal_naive)
        self.assertLessEqual(mine, RATIO * base, f"on a second store: MAE {mine:.1f} vs seasonal-naive {base:.1f} (need <= {RATIO:.0%})")


if __name__ == "__main__":
    unittest.main()
