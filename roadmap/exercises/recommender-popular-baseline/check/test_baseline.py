import unittest

import numpy as np
import pandas as pd

import baseline


def make_log(seed=0, n_users=60, n_items=40):
    rng = np.random.default_rng(seed)
    rows = []
    pop = rng.zipf(1.6, n_items).astype(float)
    p = pop / pop.sum()
    for u in range(n_users):
        k = int(rng.integers(1, 12))
        items = rng.choice(n_items, size=min(k, n_items), replace=False, p=p)
        times = np.sort(rng.integers(1_600_000_000, 1_700_000_000, len(items)))
        for item, t in zip(items, rng.permutation(times)):
            rows.append((u, int(item), float(rng.integers(1, 6)), int(t)))
    df = pd.DataFrame(rows, columns=["user", "item", "rating", "timestamp"])
    return df.sample(frac=1.0, random_state=seed).reset_index(drop=True)


class BaselineTest(unittest.TestCase):
    def setUp(self):
        self.log = make_log()
        self.train, self.test = baseline.split_last_per_user(self.log, n_last=2)

    def test_split_keeps_every_rating_once(self):
        both = pd.concat([self.train, self.test])
        self.assertEqual(len(both), len(self.log), "train + test must hold every rating exactly once")
        key = lambda d: sorted(map(tuple, d[["user", "item", "timestamp"]].to_numpy().tolist()))
        self.assertEqual(key(both), key(self.log), "the split must not change, drop or duplicate ratings")

    def test_test_holds_each_users_latest_ratings(self):
        for user, group in self.log.groupby("user"):
            test_u = self.test[self.test["user"] == user]
            if len(group) <= 2:
                self.assertEqual(len(test_u), 0, f"user {user} has {len(group)} ratings: keep them all in train")
                continue
            self.assertEqual(len(test_u), 2, f"user {user} should have their 2 latest ratings in test, has {len(test_u)}")
            train_u = self.train[self.train["user"] == user]
            self.assertLessEqual(train_u["timestamp"].max(), test_u["timestamp"].min(),
                                 f"user {user}: a training rating is later than a test rating (split by time, not at random)")

    def test_most_popular_counts_distinct_users(self):
        train = pd.DataFrame({"user": [0, 0, 0, 1, 2, 2, 3], "item": [5, 5, 5, 7, 7, 9, 9],
                              "rating": [5.0] * 7, "timestamp": range(7)})
        got = list(baseline.most_popular(train, 3))
        self.assertEqual(got, [7, 9, 5], f"items 7 and 9 have 2 users each (ties by smaller id), item 5 one user rating it 3 times: want [7, 9, 5], got {got}")
        got = list(baseline.most_popular(train, 2, exclude={7}))
        self.assertEqual(got, [9, 5], f"excluded items are skipped: want [9, 5], got {got}")

    def test_baseline_uses_only_training_data(self):
        got = list(baseline.most_popular(self.train, 5))
        counts = self.train.groupby("item")["user"].nunique()
        want = sorted(counts.index, key=lambda i: (-counts[i], i))[:5]
        self.assertEqual(got, [int(i) for i in want], f"the top 5 from the training ratings should be {want}, got {got}")


if __name__ == "__main__":
    unittest.main()
