import unittest

import numpy as np
import pandas as pd

import prep


class TrainOnlyPrepTest(unittest.TestCase):
    def setUp(self):
        self.train = pd.DataFrame({"income": [10.0, 20.0, 30.0, 40.0], "city": ["Lima", "Madrid", "Lima", "Bogota"]})
        self.test = pd.DataFrame({"income": [100.0, 120.0], "city": ["Madrid", "Quito"]}, index=[7, 9])

    def test_uses_training_mean_and_std(self):
        got = prep.TrainOnlyPrep().fit(self.train).transform(self.test)
        want = (np.array([100.0, 120.0]) - 25.0) / np.std([10, 20, 30, 40])
        self.assertTrue(np.allclose(got["income"].values, want),
                        f"test income must use the training mean 25 and std {np.std([10, 20, 30, 40]):.3f}: want {want}, got {got['income'].values}")

    def test_columns_and_index(self):
        got = prep.TrainOnlyPrep().fit(self.train).transform(self.test)
        self.assertEqual(list(got.columns), ["income", "city=Bogota", "city=Lima", "city=Madrid"], f"got columns {list(got.columns)}")
        self.assertEqual(list(got.index), [7, 9], f"index should be kept, got {list(got.index)}")

    def test_unseen_city_is_all_zeros(self):
        got = prep.TrainOnlyPrep().fit(self.train).transform(self.test)
        row = got.loc[9, ["city=Bogota", "city=Lima", "city=Madrid"]].astype(int).tolist()
        self.assertEqual(row, [0, 0, 0], f"Quito was not in training, its one-hot row should be zeros, got {row}")
        self.assertEqual(int(got.loc[7, "city=Madrid"]), 1, "Madrid row should have city=Madrid = 1")

    def test_transform_before_fit_raises(self):
        with self.assertRaises(RuntimeError, msg="transform before fit should raise RuntimeError"):
            prep.TrainOnlyPrep().transform(self.test)


if __name__ == "__main__":
    unittest.main()
