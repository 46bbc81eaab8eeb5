import importlib.util
import os
import unittest

import numpy as np

import fine_tune

# The check's own copy of the backbone, so an edited backbone.py in the workspace changes nothing.
_spec = importlib.util.spec_from_file_location("reference_backbone", os.path.join(os.path.dirname(__file__), "backbone.py"))
reference_backbone = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reference_backbone)


def rings(n, seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=n)
    r = np.where(y == 0, 1.0, 2.2) + rng.normal(0, 0.12, size=n)
    a = rng.uniform(0, 2 * np.pi, size=n)
    return np.c_[r * np.cos(a), r * np.sin(a)], y


class TestNewHead(unittest.TestCase):
    def test_head_on_frozen_features_generalises_from_few_labels(self):
        backbone = reference_backbone.PretrainedBackbone()
        before = {k: v.copy() for k, v in backbone.params.items()}
        X, y = rings(80, seed=20)
        Xt, yt = rings(500, seed=21)
        model = fine_tune.build_model(backbone)
        model.fit(X, y)
        acc = float(np.mean(np.asarray(model.predict(Xt)) == yt))
        for k in before:
            self.assertTrue(np.array_equal(before[k], backbone.params[k]), msg=f"the backbone is frozen: its parameter {k!r} changed during fit")
        self.assertGreaterEqual(acc, 0.90, msg=f"with 80 labelled examples the new head should reach accuracy >= 0.90 on 500 held-out points, got {acc:.3f}")

    def test_build_model_returns_a_fresh_model(self):
        backbone = reference_backbone.PretrainedBackbone()
        X, y = rings(80, seed=22)
        m = fine_tune.build_model(backbone)
        m.fit(X, 1 - y)
        Xt, _ = rings(50, seed=23)
        m2 = fine_tune.build_model(backbone)
        m2.fit(X, y)
        self.assertTrue(np.mean(np.asarray(m.predict(Xt)) != np.asarray(m2.predict(Xt))) > 0.8,
                        msg="two models built by build_model must not share a fitted head (flipped labels should flip predictions)")


    def test_model_uses_the_backbone_features(self):
        backbone = reference_backbone.PretrainedBackbone()
        calls = {"n": 0}
        real_transform = backbone.transform

        def counting_transform(X):
            calls["n"] += 1
            return real_transform(X)

        backbone.transform = counting_transform
        X, y = rings(80, seed=24)
        model = fine_tune.build_model(backbone)
        model.fit(X, y)
        after_fit = calls["n"]
        model.predict(X[:10])
        self.assertGreater(after_fit, 0, msg="fit never called backbone.transform: the head must be trained on the backbone's features, not on the raw inputs")
        self.assertGreater(calls["n"], after_fit, msg="predict never called backbone.transform: new inputs must go through the same backbone before the head")


class TestFreezing(unittest.TestCase):
    def setUp(self):
        rng = np.random.default_rng(0)
        self.params = {"backbone.W": rng.normal(size=(4, 3)), "backbone.b": rng.normal(size=3),
                       "head.W": rng.normal(size=(3, 2)), "head.b": rng.normal(size=2)}
        self.grads = {k: np.ones_like(v) for k, v in self.params.items()}
        self.copy = {k: v.copy() for k, v in self.params.items()}

    def test_sgd_step_updates_only_unfrozen(self):
        new = fine_tune.sgd_step(self.params, self.grads, 0.1, frozen=["backbone.W", "backbone.b"])
        self.assertEqual(set(new), set(self.params), msg="sgd_step must return every parameter name")
        for k in ("backbone.W", "backbone.b"):
            self.assertTrue(np.array_equal(new[k], self.copy[k]), msg=f"frozen parameter {k} must not change")
        for k in ("head.W", "head.b"):
            self.assertTrue(np.allclose(new[k], self.copy[k] - 0.1), msg=f"trainable parameter {k} should become p - lr * grad")
        for k in self.params:
            self.assertTrue(np.array_equal(self.params[k], self.copy[k]), msg=f"sgd_step must not modify the input arrays in place ({k} changed)")

    def test_nothing_frozen_is_full_fine_tuning(self):
        new = fine_tune.sgd_step(self.params, self.grads, 0.5, frozen=[])
        for k in self.params:
            self.assertTrue(np.allclose(new[k], self.copy[k] - 0.5), msg=f"with nothing frozen {k} should be updated")

    def test_unknown_frozen_name_is_an_error(self):
        with self.assertRaises(ValueError, msg="freezing a name that is not a parameter (a typo) must raise ValueError, not silently train everything"):
            fine_tune.sgd_step(self.params, self.grads, 0.1, frozen=["backbone.w"])

    def test_count_trainable(self):
        got = fine_tune.count_trainable(self.params, frozen=["backbone.W", "backbone.b"])
        self.assertEqual(got, 8, msg=f"head.W (3x2) + head.b (2) = 8 trainable parameters, got {got}")
        got_all = fine_tune.count_trainable(self.params, frozen=[])
        self.assertEqual(got_all, 23, msg=f"nothing frozen: 12 + 3 + 6 + 2 = 23 trainable parameters, got {got_all}")
        with self.assertRaises(ValueError, msg="count_trainable with a frozen name that is not a parameter (a typo) must raise ValueError"):
            fine_tune.count_trainable(self.params, frozen=["head.w"])


if __name__ == "__main__":
    unittest.main()
