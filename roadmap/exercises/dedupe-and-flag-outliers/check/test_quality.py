import unittest

import numpy as np
import pandas as pd

import quality


def table():
    return pd.DataFrame({
        "customer_id": [3, 1, 2, 1, 3, 2, 4],
        "updated_at": ["2024-01-05", "2024-03-01", "2024-02-01", "2024-01-01", "2024-01-05", "2024-02-10", "2023-12-31"],
        "spend": [30.0, 11.0, 20.0, 10.0, 31.0, 21.0, 40.0],
    })


class QualityTest(unittest.TestCase):
    def test_keeps_latest_row_per_customer(self):
        got = quality.latest_per_customer(table())
        self.assertEqual(list(got["customer_id"]), [1, 2, 3, 4], f"one row per customer sorted by id, got {list(got['customer_id'])}")
        self.assertEqual(list(got["spend"]), [11.0, 21.0, 31.0, 40.0],
                         f"spend of the latest rows should be [11, 21, 31, 40] (customer 3: equal dates, last row wins), got {list(got['spend'])}")
        self.assertEqual(list(got.index), [0, 1, 2, 3], f"index should be 0..3, got {list(got.index)}")

    def test_does_not_modify_the_input(self):
        df = table(); before = df.copy()
        quality.latest_per_customer(df)
        pd.testing.assert_frame_equal(df, before, obj="the input DataFrame (it must not change)")

    def test_flags_iqr_outliers(self):
        s = pd.Series([10, 12, 11, 13, 12, 11, 100, -50, np.nan], index=list("abcdefghi"), dtype=float)
        got = quality.iqr_outliers(s)
        self.assertEqual(list(got.index), list(s.index), "result should keep the index of the input")
        flagged = [i for i, v in got.items() if bool(v)]
        self.assertEqual(flagged, ["g", "h"], f"only 100 and -50 are outside the IQR fences; got {flagged}")

    def test_k_widens_the_fences(self):
        s = pd.Series([10, 12, 11, 13, 12, 11, 18.0])
        self.assertTrue(bool(quality.iqr_outliers(s, k=1.5).iloc[-1]), "18 is above Q3 + 1.5*IQR and should be flagged")
        self.assertFalse(bool(quality.iqr_outliers(s, k=5).iloc[-1]), "with k=5, 18 is inside the fences")


if __name__ == "__main__":
    unittest.main()
