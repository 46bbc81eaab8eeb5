import unittest

import numpy as np


def assert_close(case, got, want, msg, rtol=1e-7, atol=1e-9):
    """One-line failure message (mlroad shows the last line of the traceback)."""
    got = np.asarray(got, dtype=float)
    want = np.asarray(want, dtype=float)
    case.assertEqual(got.shape, want.shape, msg=f"{msg}: shape should be {want.shape}, got {got.shape}")
    ok = np.allclose(got, want, rtol=rtol, atol=atol)
    worst = float(np.max(np.abs(got - want))) if got.size else 0.0
    case.assertTrue(ok, msg=f"{msg} (largest difference {worst:.3g})")

import conv


def ref_conv(x, w, b, stride, padding):
    c_out, c_in, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    ho = (x.shape[1] + 2 * padding - kh) // stride + 1
    wo = (x.shape[2] + 2 * padding - kw) // stride + 1
    out = np.zeros((c_out, ho, wo))
    for o in range(c_out):
        for i in range(ho):
            for j in range(wo):
                out[o, i, j] = np.sum(xp[:, i * stride:i * stride + kh, j * stride:j * stride + kw] * w[o]) + b[o]
    return out


class TestOutputSize(unittest.TestCase):
    def test_output_size_formula(self):
        cases = [((32, 3, 1, 1), 32), ((32, 3, 1, 0), 30), ((28, 5, 2, 0), 12), ((7, 3, 2, 1), 4),
                 ((224, 7, 2, 3), 112), ((5, 5, 1, 0), 1), ((6, 2, 2, 0), 3), ((10, 3, 3, 0), 3)]
        for (n, k, s, p), want in cases:
            got = conv.conv_output_size(n, k, stride=s, padding=p)
            self.assertEqual(got, want, msg=f"conv_output_size(n={n}, k={k}, stride={s}, padding={p}) should be {want}, got {got}")

    def test_kernel_larger_than_input_is_rejected(self):
        with self.assertRaises(ValueError, msg="a 5x5 kernel on a 3-pixel input without padding must raise ValueError"):
            conv.conv_output_size(3, 5, stride=1, padding=0)


class TestConv2d(unittest.TestCase):
    def test_vertical_edge_filter_on_step_image(self):
        img = np.zeros((1, 4, 6))
        img[:, :, 3:] = 1.0  # dark left half, bright right half
        w = np.array([[[[-1.0, 0.0, 1.0]] * 3]])  # (1, 1, 3, 3) horizontal gradient
        got = np.asarray(conv.conv2d(img, w, np.array([0.5])))
        want = np.array([[[0.5, 3.5, 3.5, 0.5], [0.5, 3.5, 3.5, 0.5]]])
        self.assertEqual(got.shape, (1, 2, 4), msg=f"3x3 filter on 4x6 image, no padding: shape should be (1, 2, 4), got {got.shape}")
        assert_close(self, got, want, msg="edge filter response (bias 0.5) is wrong: conv2d is cross-correlation, no kernel flip")

    def test_multichannel_stride_and_padding_match_reference(self):
        rng = np.random.default_rng(0)
        for (c_in, c_out, h, wd, k, s, p) in [(3, 4, 9, 7, 3, 1, 1), (2, 5, 10, 10, 3, 2, 1), (3, 2, 8, 11, 5, 2, 2), (1, 3, 6, 6, 2, 2, 0)]:
            x = rng.normal(size=(c_in, h, wd))
            w = rng.normal(size=(c_out, c_in, k, k))
            b = rng.normal(size=c_out)
            got = np.asarray(conv.conv2d(x, w, b, stride=s, padding=p))
            want = ref_conv(x, w, b, s, p)
            self.assertEqual(got.shape, want.shape, msg=f"conv2d shape with C_in={c_in}, C_out={c_out}, {h}x{wd}, k={k}, stride={s}, padding={p}: want {want.shape}, got {got.shape}")
            assert_close(self, got, want, rtol=1e-9, atol=1e-9, msg=f"conv2d values wrong for k={k}, stride={s}, padding={p}")

    def test_channel_mismatch_is_rejected(self):
        with self.assertRaises(ValueError, msg="a 2-channel image with filters for 3 channels must raise ValueError"):
            conv.conv2d(np.zeros((2, 5, 5)), np.zeros((1, 3, 3, 3)), np.zeros(1))


class TestMaxPool(unittest.TestCase):
    def test_max_pool_values(self):
        x = np.arange(32, dtype=float).reshape(2, 4, 4)
        x[1] = -x[1]
        got = np.asarray(conv.max_pool2d(x))
        want = np.array([[[5, 7], [13, 15]], [[-16, -18], [-24, -26]]], dtype=float)
        assert_close(self, got, want, msg="2x2 max-pool with stride 2: wrong values (negative channels too)")

    def test_max_pool_odd_size_and_overlap(self):
        rng = np.random.default_rng(1)
        x = rng.normal(size=(3, 7, 5))
        got = np.asarray(conv.max_pool2d(x, size=3, stride=2))
        self.assertEqual(got.shape, (3, 3, 2), msg=f"3x3 pool, stride 2 on 7x5: shape should be (3, 3, 2), got {got.shape}")
        self.assertAlmostEqual(float(got[1, 2, 1]), float(x[1, 4:7, 2:5].max()), msg="overlapping window [4:7, 2:5] of channel 1 has the wrong max")
        got2 = np.asarray(conv.max_pool2d(x[:, :5, :5]))
        self.assertEqual(got2.shape, (3, 2, 2), msg=f"2x2 pool on 5x5 drops the last row/column: shape (3, 2, 2), got {got2.shape}")


if __name__ == "__main__":
    unittest.main()
