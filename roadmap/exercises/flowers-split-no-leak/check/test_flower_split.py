import unittest
from collections import Counter

import numpy as np

from flower_data import CLASSES, make_flowers
import flower_split


def dataset_with_duplicates(seed):
    """A scraped set: 40 photos per class, 45 of them saved twice (or three times) under new names."""
    images, labels = make_flowers(n_per_class=40, seed=seed)
    rng = np.random.default_rng(seed + 100)
    dup = rng.choice(len(images), 45, replace=False)
    extra = np.concatenate([dup, dup[:10]])
    images = np.concatenate([images, images[extra]])
    labels = np.concatenate([labels, labels[extra]])
    order = rng.permutation(len(images))
    return images[order], labels[order]


class FlowerSplitTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.images, cls.labels = dataset_with_duplicates(seed=3)
        out = flower_split.split_indices(cls.images, cls.labels, val_frac=0.15, test_frac=0.15, seed=0)
        cls.parts = [np.asarray(p, dtype=int) for p in out]

    def test_splits_are_disjoint_and_cover_every_image(self):
        self.assertEqual(len(self.parts), 3, "split_indices must return (train_idx, val_idx, test_idx)")
        together = np.concatenate(self.parts)
        self.assertEqual(len(together), len(set(together.tolist())), "an index appears in more than one split (or twice)")
        self.assertEqual(sorted(together.tolist()), list(range(len(self.images))),
                         "every image must be in exactly one split")

    def test_split_sizes_follow_the_fractions(self):
        n = len(self.images)
        for name, part, frac in [("val", self.parts[1], 0.15), ("test", self.parts[2], 0.15)]:
            share = len(part) / n
            self.assertAlmostEqual(share, frac, delta=0.03, msg=f"{name} should hold about {frac:.0%} of the images, holds {share:.1%}")

    def test_no_duplicate_photo_crosses_splits(self):
        owner = {}
        for name, part in zip(["train", "val", "test"], self.parts):
            for i in part:
                key = self.images[i].tobytes()
                other = owner.setdefault(key, name)
                if other != name:
                    self.fail(f"image {i} has an identical copy in {other} and in {name}: duplicates leak between splits")

    def test_every_split_keeps_the_class_balance(self):
        overall = Counter(self.labels.tolist())
        n = len(self.labels)
        for name, part in zip(["train", "val", "test"], self.parts):
            got = Counter(self.labels[part].tolist())
            for cls in CLASSES:
                want, have = overall[cls] / n, got[cls] / len(part)
                self.assertAlmostEqual(have, want, delta=0.06,
                                       msg=f"{cls} is {want:.0%} of all images but {have:.0%} of {name} (stratify by class)")

    def test_same_seed_same_split_other_seed_other_split(self):
        again = flower_split.split_indices(self.images, self.labels, val_frac=0.15, test_frac=0.15, seed=0)
        for a, b in zip(self.parts, again):
            self.assertEqual(sorted(np.asarray(a).tolist()), sorted(np.asarray(b).tolist()), "the same seed must give the same split")
        other = flower_split.split_indices(self.images, self.labels, val_frac=0.15, test_frac=0.15, seed=1)
        self.assertNotEqual(sorted(np.asarray(other[2]).tolist()), sorted(self.parts[2].tolist()),
                            "a different seed should give a different test split")

    def test_other_fractions(self):
        images, labels = dataset_with_duplicates(seed=8)
        parts = flower_split.split_indices(images, labels, val_frac=0.2, test_frac=0.1, seed=5)
        n = len(images)
        self.assertAlmostEqual(len(parts[1]) / n, 0.2, delta=0.03, msg=f"val should be ~20% with val_frac=0.2, got {len(parts[1]) / n:.1%}")
        self.assertAlmostEqual(len(parts[2]) / n, 0.1, delta=0.03, msg=f"test should be ~10% with test_frac=0.1, got {len(parts[2]) / n:.1%}")


if __name__ == "__main__":
    unittest.main()
