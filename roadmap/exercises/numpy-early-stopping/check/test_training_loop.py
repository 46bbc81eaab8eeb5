import unittest

import numpy as np

import training_loop as tl


class TestMinibatches(unittest.TestCase):
    def test_every_index_once_and_sizes(self):
        batches = tl.minibatches(103, 10, np.random.default_rng(0))
        sizes = [len(b) for b in batches]
        self.assertEqual(sizes, [10] * 10 + [3], msg=f"103 rows in batches of 10: ten of 10 and a last one of 3, got {sizes}")
        flat = np.concatenate([np.asarray(b) for b in batches])
        self.assertEqual(sorted(flat.tolist()), list(range(103)), msg="every index 0..102 must appear exactly once per epoch")
        self.assertNotEqual(flat.tolist(), list(range(103)), msg="batches must be shuffled, not in the original order")

    def test_shuffle_follows_the_rng(self):
        a = np.concatenate(tl.minibatches(50, 8, np.random.default_rng(7)))
        b = np.concatenate(tl.minibatches(50, 8, np.random.default_rng(7)))
        c = np.concatenate(tl.minibatches(50, 8, np.random.default_rng(8)))
        self.assertEqual(a.tolist(), b.tolist(), msg="the same rng seed must give the same batches (reproducible runs)")
        self.assertNotEqual(a.tolist(), c.tolist(), msg="another rng seed should give another order: shuffle with the rng you are given")


class TestEarlyStopping(unittest.TestCase):
    def test_stops_after_patience_epochs_without_improvement(self):
        stopper = tl.EarlyStopping(patience=3)
        losses = [1.0, 0.8, 0.7, 0.72, 0.71, 0.75, 0.6]
        stops = [stopper.step(l, {"epoch": i}) for i, l in enumerate(losses[:6])]
        self.assertEqual(stops, [False, False, False, False, False, True], msg=f"patience 3: stop at the 3rd epoch in a row without a new best, got {stops}")
        self.assertEqual((stopper.best_loss, stopper.best_epoch), (0.7, 2), msg=f"best_loss/best_epoch should be 0.7 at epoch 2 (0-based), got {stopper.best_loss}, {stopper.best_epoch}")
        self.assertEqual(stopper.best_params, {"epoch": 2}, msg=f"best_params should be the params passed with the best loss, got {stopper.best_params}")

    def test_improvement_resets_the_counter(self):
        stopper = tl.EarlyStopping(patience=2)
        stops = [stopper.step(l, None) for l in [1.0, 1.1, 0.9, 1.0, 0.8, 0.85, 0.86]]
        self.assertEqual(stops, [False, False, False, False, False, False, True], msg=f"a new best resets the count of bad epochs, got {stops}")

    def test_an_equal_loss_is_not_an_improvement(self):
        stopper = tl.EarlyStopping(patience=2)
        stops = [stopper.step(l, {"epoch": i}) for i, l in enumerate([0.5, 0.5, 0.5])]
        self.assertEqual(stops, [False, False, True], msg=f"improving means val_loss < best_loss - min_delta (strictly): a plateau at 0.5 must stop after 2 epochs, got {stops}")
        self.assertEqual((stopper.best_epoch, stopper.best_params), (0, {"epoch": 0}), msg=f"the best epoch of a plateau is its first one (epoch 0), got {stopper.best_epoch}, {stopper.best_params}")

    def test_min_delta(self):
        stopper = tl.EarlyStopping(patience=2, min_delta=0.05)
        stops = [stopper.step(l, None) for l in [1.0, 0.97, 0.96]]
        self.assertEqual(stops, [False, False, True], msg=f"improvements smaller than min_delta (0.05) do not count, got {stops}")
        self.assertEqual(stopper.best_loss, 1.0, msg=f"best_loss should stay 1.0 when no improvement beats min_delta, got {stopper.best_loss}")

    def test_best_params_is_a_copy(self):
        stopper = tl.EarlyStopping(patience=5)
        params = {"W": np.zeros(3)}
        stopper.step(0.5, params)
        params["W"] += 1.0  # the training loop keeps updating the same arrays in place
        stopper.step(0.9, params)
        self.assertTrue(np.array_equal(stopper.best_params["W"], np.zeros(3)), msg="best_params must be a deep copy: later in-place updates must not change it")


class TestTrainLoop(unittest.TestCase):
    def scripted(self, losses):
        calls = {"train": 0}

        def train_epoch(params):
            calls["train"] += 1
            return {"w": params["w"] + 1}  # epoch k gives w == k

        def val_loss(params):
            return losses[params["w"] - 1]

        return train_epoch, val_loss, calls

    def test_returns_best_not_last_params(self):
        losses = [0.9, 0.7, 0.5, 0.55, 0.6, 0.65, 0.7, 0.1]
        train_epoch, val_loss, calls = self.scripted(losses)
        best, history = tl.train({"w": 0}, train_epoch, val_loss, max_epochs=8, stopper=tl.EarlyStopping(patience=3))
        self.assertEqual(list(history), [0.9, 0.7, 0.5, 0.55, 0.6, 0.65], msg=f"history should hold each epoch's validation loss until the stop, got {list(history)}")
        self.assertEqual(calls["train"], 6, msg=f"training must stop after epoch 6 (3 epochs without improvement), ran {calls['train']} epochs")
        self.assertEqual(best, {"w": 3}, msg=f"train should return the params of the best epoch (w=3), got {best}")

    def test_max_epochs_caps_training(self):
        train_epoch, val_loss, calls = self.scripted([1.0 - 0.1 * i for i in range(10)])
        best, history = tl.train({"w": 0}, train_epoch, val_loss, max_epochs=4, stopper=tl.EarlyStopping(patience=2))
        self.assertEqual((calls["train"], len(history)), (4, 4), msg=f"max_epochs=4 must run exactly 4 epochs when the loss keeps improving, ran {calls['train']}")
        self.assertEqual(best, {"w": 4}, msg=f"the last epoch was the best here, got {best}")


if __name__ == "__main__":
    unittest.main()
