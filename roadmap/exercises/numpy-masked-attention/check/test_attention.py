import unittest

import numpy as np

import attention


def ref_attention(Q, K, V, mask):
    s = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    m = np.broadcast_to(mask, s.shape)
    s = np.where(m, s, -1e30)
    e = np.exp(s - s.max(axis=-1, keepdims=True)) * m
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ V, w


def close(case, got, want, msg, tol=1e-8):
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    case.assertEqual(got.shape, want.shape, msg=f"{msg}: shape should be {want.shape}, got {got.shape}")
    worst = float(np.max(np.abs(got - want))) if got.size else 0.0
    case.assertTrue(worst <= tol, msg=f"{msg} (largest difference {worst:.3g})")


class TestMasks(unittest.TestCase):
    def test_causal_mask(self):
        got = np.asarray(attention.causal_mask(4))
        want = np.array([[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]], dtype=bool)
        self.assertEqual(got.shape, (4, 4), msg=f"causal_mask(4) should be (4, 4), got {got.shape}")
        self.assertTrue(np.array_equal(got.astype(bool), want), msg=f"causal_mask(4): query i may see keys 0..i only, got {got.astype(int).tolist()}")

    def test_padding_mask(self):
        got = np.asarray(attention.padding_mask([3, 1, 4], 4))
        self.assertEqual(got.shape, (3, 1, 4), msg=f"padding_mask([3,1,4], 4) should be (3, 1, 4), got {got.shape}")
        want = np.array([[[1, 1, 1, 0]], [[1, 0, 0, 0]], [[1, 1, 1, 1]]], dtype=bool)
        self.assertTrue(np.array_equal(got.astype(bool), want), msg=f"padding_mask([3,1,4], 4) wrong: {got.astype(int).tolist()}")


class TestAttention(unittest.TestCase):
    def setUp(self):
        rng = np.random.default_rng(0)
        self.Q = rng.normal(size=(2, 5, 8))
        self.K = rng.normal(size=(2, 6, 8))
        self.V = rng.normal(size=(2, 6, 3))

    def test_unmasked_matches_reference_and_rows_sum_to_one(self):
        out, w = attention.scaled_dot_product_attention(self.Q, self.K, self.V)
        ro, rw = ref_attention(self.Q, self.K, self.V, np.ones((5, 6), dtype=bool))
        close(self, w, rw, "weights should be softmax(Q K^T / sqrt(d)) over the keys")
        close(self, out, ro, "output should be weights @ V")

    def test_scaling_by_sqrt_d(self):
        Q = np.array([[[2.0, 0.0, 0.0, 0.0]]])
        K = np.array([[[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]])
        V = np.array([[[1.0], [0.0]]])
        _, w = attention.scaled_dot_product_attention(Q, K, V)
        want = np.exp(1.0) / (np.exp(1.0) + 1.0)  # score 2/sqrt(4) = 1 against 0
        self.assertAlmostEqual(float(np.asarray(w)[0, 0, 0]), want, places=6, msg=f"scores must be divided by sqrt(d)=2: weight should be {want:.4f}")

    def test_padding_keys_get_zero_weight(self):
        mask = np.array([[[1, 1, 1, 1, 0, 0]], [[1, 1, 0, 0, 0, 0]]], dtype=bool)  # (2, 1, 6)
        out, w = attention.scaled_dot_product_attention(self.Q, self.K, self.V, mask)
        w = np.asarray(w)
        self.assertTrue(np.all(w[0, :, 4:] == 0) and np.all(w[1, :, 2:] == 0), msg="padded keys must get weight exactly 0")
        ro, rw = ref_attention(self.Q, self.K, self.V, mask)
        close(self, w, rw, "masked weights should renormalise over the real keys")
        close(self, out, ro, "masked output should only mix the real values")
        changed = self.V.copy()
        changed[0, 4:] = 1e6
        out2, _ = attention.scaled_dot_product_attention(self.Q, self.K, changed, mask)
        close(self, out2, out, "changing the values of padded positions must not change the output", tol=1e-6)

    def test_causal_attention_in_self_attention(self):
        X = np.random.default_rng(3).normal(size=(4, 8))
        out, w = attention.scaled_dot_product_attention(X, X, X, np.tril(np.ones((4, 4), dtype=bool)))
        close(self, np.asarray(out)[0], X[0], "with a causal mask the first token can only attend to itself")
        self.assertTrue(np.allclose(np.triu(np.asarray(w), k=1), 0), msg="causal mask: no weight on future tokens")

    def test_fully_masked_query_gives_zeros_not_nan(self):
        mask = np.ones((2, 5, 6), dtype=bool)
        mask[1, 2, :] = False
        out, w = attention.scaled_dot_product_attention(self.Q, self.K, self.V, mask)
        out, w = np.asarray(out), np.asarray(w)
        self.assertTrue(np.all(np.isfinite(out)) and np.all(np.isfinite(w)), msg="a query with every key masked must not produce NaN")
        self.assertTrue(np.all(w[1, 2] == 0) and np.all(out[1, 2] == 0), msg="a query with every key masked should get all-zero weights and output")

    def test_large_scores_stay_finite(self):
        out, w = attention.scaled_dot_product_attention(self.Q * 500, self.K * 500, self.V)
        self.assertTrue(np.all(np.isfinite(np.asarray(w))), msg="large scores overflowed: subtract the row max before exp")


if __name__ == "__main__":
    unittest.main()
