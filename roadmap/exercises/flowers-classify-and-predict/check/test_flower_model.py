import contextlib
import io
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

from flower_data import CLASSES, make_flowers
import flower_model
import predict

MIN_ACC = 0.80


class FlowerModelTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.train_x, cls.train_y = make_flowers(n_per_class=60, seed=1)
        cls.model_path = os.path.join(cls.tmp.name, "flowers.model")
        flower_model.save_model(flower_model.train(cls.train_x, cls.train_y), cls.model_path)
        cls.loaded = predict.load_model(cls.model_path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def accuracy_from_disk(self, images, labels, tag):
        hits = 0
        for i, (img, label) in enumerate(zip(images, labels)):
            path = os.path.join(self.tmp.name, f"{tag}_{i}.npy")
            np.save(path, img)
            got = predict.predict_file(self.loaded, path)
            self.assertIsInstance(got, str, f"predict_file must return the class name as str, got {type(got).__name__}")
            hits += got == label
        return hits / len(labels)

    def test_features_are_computed_per_image(self):
        feats = np.asarray(flower_model.extract_features(self.train_x[:10]))
        self.assertEqual(feats.ndim, 2, f"extract_features returns a 2-D array (N, D), got shape {feats.shape}")
        self.assertEqual(feats.shape[0], 10, "one row of features per image")
        alone = np.asarray(flower_model.extract_features(self.train_x[3:4]))
        self.assertTrue(np.allclose(alone[0], feats[3]),
                        "an image's features must not depend on the other images in the batch")

    def test_held_out_photos_classified_from_disk(self):
        x, y = make_flowers(n_per_class=20, seed=2)
        acc = self.accuracy_from_disk(x, y, "held")
        self.assertGreaterEqual(acc, MIN_ACC, f"accuracy on 100 held-out photos should be >= {MIN_ACC} (guessing gives 0.20), got {acc:.2f}")

    def test_bigger_and_mirrored_photos(self):
        x, y = make_flowers(n_per_class=12, seed=3, size=32)
        acc = self.accuracy_from_disk(x[:, :, ::-1], y, "big")
        self.assertGreaterEqual(acc, MIN_ACC, f"accuracy on mirrored 32x32 photos should be >= {MIN_ACC}, got {acc:.2f}")

    def test_command_line_prints_the_class(self):
        x, y = make_flowers(n_per_class=1, seed=4)
        path = os.path.join(self.tmp.name, "one.npy")
        np.save(path, x[0])
        run = subprocess.run([sys.executable, "predict.py", self.model_path, path],
                             capture_output=True, text=True, timeout=15)
        self.assertEqual(run.returncode, 0, f"`python predict.py MODEL IMAGE.npy` should exit 0; stderr: {run.stderr[-300:]}")
        printed = run.stdout.strip()
        self.assertIn(printed, CLASSES, f"predict.py should print only a class name, printed {printed!r}")
        self.assertEqual(printed, predict.predict_file(self.loaded, path), "the command line and predict_file disagree")

    def test_command_line_missing_file_is_a_clear_error(self):
        err = io.StringIO()
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                code = predict.main([self.model_path, os.path.join(self.tmp.name, "nope.npy")])
        except SystemExit as exc:
            code = exc.code
        except Exception as exc:
            self.fail(f"main() with a missing image file should print a message and return non-zero, it raised {exc!r}")
        self.assertNotIn(code, (0, None), "a missing image file must give a non-zero exit code")
        self.assertTrue(err.getvalue().strip(), "say on stderr what went wrong")


if __name__ == "__main__":
    unittest.main()
