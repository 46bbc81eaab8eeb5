import unittest

import numpy as np

from ratings_data import make_ratings, split
import recommender

N_USERS, N_ITEMS = 200, 120
RMSE_MAX, GAIN = 0.80, 0.80


def rmse(a, b):
    return float(np.sqrt(np.mean((np.asarray(a, float) - np.asarray(b, float)) ** 2)))


class MatrixFactorisationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.train, cls.held = split(make_ratings(n_users=N_USERS, n_items=N_ITEMS, seed=0))
        cls.model = recommender.fit(cls.train.copy(), N_USERS, N_ITEMS, seed=0)
        cls.pred = np.asarray(recommender.predict(cls.model, cls.held["user"].to_numpy(), cls.held["item"].to_numpy()), float)

    def test_one_prediction_per_pair(self):
        self.assertEqual(self.pred.shape, (len(self.held),), "predict returns one rating per (user, item) pair")
        self.assertFalse(np.isnan(self.pred).any(), "predictions must not be NaN")

    def test_beats_the_global_mean_on_held_out_ratings(self):
        got = rmse(self.held["rating"], self.pred)
        base = rmse(self.held["rating"], np.full(len(self.held), self.train["rating"].mean()))
        self.assertLessEqual(got, RMSE_MAX, f"held-out RMSE should be <= {RMSE_MAX}, got {got:.3f}")
        self.assertLessEqual(got, GAIN * base,
                             f"held-out RMSE should be at most {GAIN:.0%} of the global-mean baseline ({base:.3f}), got {got:.3f}")

    def test_item_embeddings_shape(self):
        emb = np.asarray(recommender.item_embeddings(self.model), float)
        self.assertEqual(emb.ndim, 2, "item_embeddings returns a 2-D array")
        self.assertEqual(emb.shape[0], N_ITEMS, f"one vector per movie: want {N_ITEMS} rows, got {emb.shape[0]}")
        self.assertTrue(2 <= emb.shape[1] <= 64, f"embedding size should be between 2 and 64, got {emb.shape[1]}")


if __name__ == "__main__":
    unittest.main()
