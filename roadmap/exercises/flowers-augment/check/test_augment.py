import unittest

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from flower_data import make_flowers
import augment


def source_of(crop_img, images):
    """Indices of the images (plain or mirrored) that contain crop_img as a window, and whether mirrored."""
    size = crop_img.shape[0]
    found = []
    for i, img in enumerate(images):
        for mirrored, version in ((False, img), (True, img[:, ::-1, :])):
            windows = sliding_window_view(version, (size, size, 3))[:, :, 0]
            if np.any(np.all(windows == crop_img, axis=(2, 3, 4))):
                found.append((i, mirrored))
    return found


class AugmentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.images, cls.labels = make_flowers(n_per_class=4, seed=5)   # 20 images 24x24

    def test_hflip_mirrors_left_right(self):
        img = self.images[0]
        before = img.copy()
        out = augment.hflip(img)
        self.assertEqual(out.shape, img.shape, "hflip keeps the shape")
        self.assertEqual(out.dtype, np.uint8, "hflip keeps uint8")
        self.assertTrue(np.array_equal(out[:, 0], img[:, -1]), "the first column after hflip is the last column before")
        self.assertTrue(np.array_equal(augment.hflip(out), img), "flipping twice gives the original image")
        self.assertTrue(np.array_equal(img, before), "hflip must not modify its input")

    def test_random_crop_is_a_window_of_the_image(self):
        rng = np.random.default_rng(0)
        img = self.images[1]
        tops = set()
        for _ in range(30):
            out = augment.random_crop(img, 16, rng)
            self.assertEqual(out.shape, (16, 16, 3), f"random_crop(img, 16, rng) must be 16x16x3, got {out.shape}")
            self.assertEqual(out.dtype, np.uint8, "random_crop keeps uint8")
            where = source_of(out, [img])
            self.assertIn((0, False), where, "a crop must be an unflipped window of the image")
            tops.add(out.tobytes())
        self.assertGreater(len(tops), 5, "30 crops should land at several different positions")

    def test_random_crop_full_size_and_too_big(self):
        img = self.images[2]
        self.assertTrue(np.array_equal(augment.random_crop(img, 24, np.random.default_rng(1)), img),
                        "a crop as big as the image is the image")
        with self.assertRaises(ValueError, msg="a crop larger than the image must raise ValueError"):
            augment.random_crop(img, 25, np.random.default_rng(1))

    def test_channel_stats_and_normalise(self):
        mean, std = augment.channel_stats(self.images)
        mean, std = np.asarray(mean), np.asarray(std)
        want_mean = (self.images / 255.0).reshape(-1, 3).mean(axis=0)
        want_std = (self.images / 255.0).reshape(-1, 3).std(axis=0)
        self.assertEqual(mean.shape, (3,), "channel_stats gives one mean per channel")
        self.assertTrue(np.allclose(mean, want_mean, atol=1e-4), f"channel means on the 0-1 scale should be {want_mean}, got {mean}")
        self.assertTrue(np.allclose(std, want_std, atol=1e-4), f"channel stds on the 0-1 scale should be {want_std}, got {std}")
        before = self.images.copy()
        out = augment.normalise(self.images, mean, std)
        self.assertEqual(out.dtype, np.float32, f"normalise returns float32, got {out.dtype}")
        self.assertEqual(out.shape, self.images.shape, "normalise keeps the shape")
        flat = out.reshape(-1, 3)
        self.assertTrue(np.allclose(flat.mean(axis=0), 0, atol=1e-3) and np.allclose(flat.std(axis=0), 1, atol=1e-3),
                        "normalising with the set's own stats gives mean 0 and std 1 per channel")
        one = augment.normalise(self.images[0], mean, std)
        self.assertTrue(np.allclose(one, out[0], atol=1e-5), "normalise works on one image (H, W, 3) too")
        self.assertTrue(np.array_equal(self.images, before), "normalise must not modify its input")

    def test_augment_batch_shapes_and_labels(self):
        rng = np.random.default_rng(7)
        out, out_labels = augment.augment_batch(self.images, self.labels, rng, copies=3, crop=20)
        out, out_labels = np.asarray(out), np.asarray(out_labels)
        self.assertEqual(out.shape, (60, 20, 20, 3), f"20 images x 3 copies, 20x20 crops: want (60, 20, 20, 3), got {out.shape}")
        self.assertEqual(out.dtype, np.uint8, "augmented images stay uint8")
        self.assertEqual(len(out_labels), 60, "one label per augmented image")
        flips = set()
        for k, (img, label) in enumerate(zip(out, out_labels)):
            where = source_of(img, self.images)
            if not where:
                self.fail(f"augmented image {k} is not a crop of any input image (plain or mirrored)")
            sources = {self.labels[i] for i, _ in where}
            if label not in sources:
                self.fail(f"augmented image {k} is labelled {label!r} but comes from an image labelled {sorted(sources)}")
            flips.update(m for _, m in where)
        self.assertEqual(flips, {False, True}, "across 60 copies some should be mirrored and some not")

    def test_augment_batch_is_reproducible(self):
        a, _ = augment.augment_batch(self.images, self.labels, np.random.default_rng(3), copies=2, crop=18)
        b, _ = augment.augment_batch(self.images, self.labels, np.random.default_rng(3), copies=2, crop=18)
        self.assertTrue(np.array_equal(np.asarray(a), np.asarray(b)), "the same rng seed must give the same batch (use only the rng passed in)")


if __name__ == "__main__":
    unittest.main()
