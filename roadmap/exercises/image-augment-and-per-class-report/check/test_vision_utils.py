import unittest

import numpy as np

import vision_utils as vu


def find_crop(original, augmented, pad):
    """(flipped, top, left) such that augmented is that crop of the padded original, or None."""
    h, w = original.shape[:2]
    padded = np.pad(original, ((pad, pad), (pad, pad), (0, 0)))
    for flipped in (False, True):
        src = padded[:, ::-1] if flipped else padded
        for top in range(2 * pad + 1):
            for left in range(2 * pad + 1):
                if np.array_equal(src[top:top + h, left:left + w], augmented):
                    return flipped, top, left
    return None


class TestAugment(unittest.TestCase):
    def setUp(self):
        rng = np.random.default_rng(0)
        self.images = rng.integers(1, 256, size=(40, 12, 10, 3)).astype(np.uint8)  # no zeros: padding is recognisable

    def test_shape_and_dtype_kept(self):
        out = np.asarray(vu.augment_batch(self.images, np.random.default_rng(1)))
        self.assertEqual(out.shape, self.images.shape, msg=f"augment_batch must keep the shape {self.images.shape}, got {out.shape}")
        self.assertEqual(out.dtype, self.images.dtype, msg=f"augment_batch must keep the dtype {self.images.dtype}, got {out.dtype}")

    def test_each_output_is_a_flip_and_crop_of_its_own_image(self):
        out = np.asarray(vu.augment_batch(self.images, np.random.default_rng(2), pad=2))
        found = [find_crop(self.images[i], out[i], 2) for i in range(len(out))]
        bad = [i for i, f in enumerate(found) if f is None]
        self.assertEqual(bad, [], msg=f"images {bad[:5]} are not a (flipped) crop of the zero-padded original at the same index")
        flips = {f[0] for f in found}
        offsets = {(f[1], f[2]) for f in found}
        self.assertEqual(flips, {False, True}, msg="with flip_prob=0.5 some of 40 images should be flipped and some not")
        self.assertGreater(len(offsets), 5, msg=f"crops should use random offsets in 0..2*pad, found only {sorted(offsets)}")
        used = sorted({v for pair in offsets for v in pair})
        self.assertTrue(0 in used and 2 * 2 in used, msg=f"offsets are uniform over 0..2*pad INCLUSIVE (0..4 for pad=2); over 40 images both ends should appear, found only {used}")

    def test_no_flip_and_no_pad_is_identity(self):
        out = np.asarray(vu.augment_batch(self.images, np.random.default_rng(3), pad=0, flip_prob=0.0))
        self.assertTrue(np.array_equal(out, self.images), msg="pad=0 and flip_prob=0 must return the images unchanged")
        flipped = np.asarray(vu.augment_batch(self.images, np.random.default_rng(3), pad=0, flip_prob=1.0))
        self.assertTrue(np.array_equal(flipped, self.images[:, :, ::-1]), msg="flip_prob=1 must mirror every image left-right (the width axis)")

    def test_reproducible_and_input_untouched(self):
        before = self.images.copy()
        a = np.asarray(vu.augment_batch(self.images, np.random.default_rng(4)))
        b = np.asarray(vu.augment_batch(self.images, np.random.default_rng(4)))
        self.assertTrue(np.array_equal(a, b), msg="the same rng seed must give the same augmented batch")
        self.assertTrue(np.array_equal(self.images, before), msg="augment_batch must not modify its input")


class TestReport(unittest.TestCase):
    y_true = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2]
    y_pred = [0, 0, 1, 0, 1, 2, 1, 2, 0, 2, 0, 0]

    def test_confusion_matrix(self):
        got = np.asarray(vu.confusion_matrix(self.y_true, self.y_pred, 4))
        want = np.array([[3, 1, 0, 0], [0, 2, 1, 0], [3, 0, 2, 0], [0, 0, 0, 0]])
        self.assertEqual(got.tolist(), want.tolist(), msg=f"rows are true classes, columns predictions: want {want.tolist()}, got {got.tolist()}")

    def test_per_class_metrics_and_worst_class(self):
        rep = vu.per_class_report(self.y_true, self.y_pred, ["daisy", "rose", "tulip", "sunflower"])
        want = {"daisy": (0.5, 0.75, 0.6, 4), "rose": (2 / 3, 2 / 3, 2 / 3, 3), "tulip": (2 / 3, 0.4, 0.5, 5), "sunflower": (0.0, 0.0, 0.0, 0)}
        for name, (p, r, f, s) in want.items():
            got = rep.get(name, {})
            self.assertAlmostEqual(got.get("precision", -1), p, places=6, msg=f"{name}: precision should be {p:.3f}, got {got.get('precision')}")
            self.assertAlmostEqual(got.get("recall", -1), r, places=6, msg=f"{name}: recall should be {r:.3f}, got {got.get('recall')}")
            self.assertAlmostEqual(got.get("f1", -1), f, places=6, msg=f"{name}: f1 should be {f:.3f}, got {got.get('f1')}")
            self.assertEqual(got.get("support"), s, msg=f"{name}: support should be {s}, got {got.get('support')}")
        self.assertEqual(rep.get("worst_class"), "tulip", msg=f"worst_class is the lowest recall among classes with support > 0: tulip, got {rep.get('worst_class')}")

    def test_worst_class_ties_and_no_support(self):
        rep = vu.per_class_report([0, 0, 1, 1, 2, 2], [0, 1, 1, 0, 2, 2], ["cat", "dog", "fox"])
        self.assertEqual(rep.get("worst_class"), "cat", msg=f"cat and dog both have recall 0.5: the tie goes to the first in class_names order (cat), got {rep.get('worst_class')}")
        no_labels = np.array([], dtype=int)
        empty = vu.per_class_report(no_labels, no_labels, ["cat", "dog"])
        self.assertIsNone(empty.get("worst_class", "missing"), msg=f"no class has support > 0: worst_class should be None, got {empty.get('worst_class', 'missing')}")
        self.assertEqual(empty.get("cat", {}).get("recall"), 0.0, msg=f"a ratio with a zero denominator is 0.0 (never NaN), got {empty.get('cat')}")


if __name__ == "__main__":
    unittest.main()
