import unittest

import numpy as np
import pandas as pd

import drift


def ref_psi(expected, actual, bins=10, eps=1e-4):
    edges = np.unique(np.quantile(expected, np.linspace(0, 1, bins + 1))[1:-1])
    e = np.array([np.sum(expected < edges[0])] + [np.sum((expected >= lo) & (expected < hi)) for lo, hi in zip(edges[:-1], edges[1:])] + [np.sum(expected >= edges[-1])]) / len(expected)
    a = np.array([np.sum(actual < edges[0])] + [np.sum((actual >= lo) & (actual < hi)) for lo, hi in zip(edges[:-1], edges[1:])] + [np.sum(actual >= edges[-1])]) / len(actual)
    e, a = np.maximum(e, eps), np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e)))


def ref_ks(a, b):
    grid = np.concatenate([a, b])
    return float(max(abs(np.mean(a <= x) - np.mean(b <= x)) for x in grid))


class TestPsi(unittest.TestCase):
    def setUp(self):
        rng = np.random.default_rng(0)
        self.train = rng.normal(50, 10, 2000)
        self.same = rng.normal(50, 10, 1500)
        self.shifted = rng.normal(56, 10, 1500)

    def test_psi_matches_the_definition(self):
        for actual, what in ((self.same, "same distribution"), (self.shifted, "mean shifted by 0.6 sd")):
            got, want = drift.psi(self.train, actual), ref_psi(self.train, actual)
            self.assertAlmostEqual(got, want, delta=max(1e-3, 0.01 * want), msg=f"PSI for {what} should be {want:.4f}, got {got:.4f}")

    def test_psi_is_zero_for_identical_data_and_small_for_same_distribution(self):
        self.assertAlmostEqual(drift.psi(self.train, self.train), 0.0, places=9, msg="PSI of a sample against itself must be 0")
        self.assertLess(drift.psi(self.train, self.same), 0.05, msg="PSI between two samples of the same distribution should be < 0.05")

    def test_psi_flags_a_shift(self):
        self.assertGreater(drift.psi(self.train, self.shifted), 0.2, msg="a 0.6 sd mean shift should give PSI > 0.2")

    def test_psi_survives_empty_bins_and_values_outside_training_range(self):
        live = np.full(500, 1000.0)  # everything beyond the training maximum
        got = drift.psi(self.train, live)
        self.assertTrue(np.isfinite(got) and got > 1.0, msg=f"PSI with every live value out of range should be a large finite number (floor empty bins at 1e-4), got {got}")

    def test_psi_ignores_nan(self):
        with_nan = np.concatenate([self.same, [np.nan] * 50])
        self.assertAlmostEqual(drift.psi(self.train, with_nan), drift.psi(self.train, self.same), places=9, msg="NaN live values should be dropped before computing PSI")

    def test_psi_with_discrete_values(self):
        rng = np.random.default_rng(1)
        train, live = rng.integers(0, 4, 1000).astype(float), rng.integers(0, 4, 1000).astype(float)
        got, want = drift.psi(train, live), ref_psi(train, live)
        self.assertAlmostEqual(got, want, delta=1e-3, msg=f"with repeated quantile edges (few distinct values) merge equal edges: PSI should be {want:.4f}, got {got:.4f}")

    def test_value_on_an_edge_goes_to_the_bin_above(self):
        expected = np.arange(101.0)  # quantile edges at exactly 25, 50 and 75
        actual = np.concatenate([np.full(50, 75.0), np.arange(0.0, 100.0, 2.0)])
        got, want = drift.psi(expected, actual, bins=4), ref_psi(expected, actual, bins=4)
        self.assertAlmostEqual(got, want, delta=1e-6, msg=f"bins are [lo, hi): a value equal to an edge (75) belongs to the bin above it; PSI should be {want:.4f}, got {got:.4f}")


class TestKs(unittest.TestCase):
    def test_ks_matches_the_definition(self):
        rng = np.random.default_rng(2)
        for a, b in ((rng.normal(0, 1, 300), rng.normal(0, 1, 200)), (rng.normal(0, 1, 300), rng.normal(0.5, 1.5, 250)),
                     (rng.integers(0, 5, 200).astype(float), rng.integers(0, 6, 150).astype(float))):
            got, want = drift.ks_statistic(a, b), ref_ks(a, b)
            self.assertAlmostEqual(got, want, places=9, msg=f"KS statistic should be max |F_a - F_b| = {want:.4f}, got {got:.4f}")

    def test_ks_extremes(self):
        self.assertAlmostEqual(drift.ks_statistic([1, 2, 3], [1, 2, 3]), 0.0, msg="identical samples: KS 0")
        self.assertAlmostEqual(drift.ks_statistic([1, 2, 3], [10, 11]), 1.0, msg="samples that do not overlap: KS 1")


class TestReport(unittest.TestCase):
    def test_report_flags_only_the_drifted_column(self):
        rng = np.random.default_rng(3)
        train = pd.DataFrame({"age": rng.normal(40, 12, 3000), "income": rng.lognormal(10, 0.5, 3000),
                              "segment": rng.choice(["a", "b"], 3000)})
        live = pd.DataFrame({"age": rng.normal(40, 12, 1000), "income": rng.lognormal(10.4, 0.5, 1000),
                             "segment": rng.choice(["a", "b"], 1000)})
        report = drift.drift_report(train, live)
        self.assertEqual(sorted(report), ["age", "income"], msg=f"the report should cover the numeric columns age and income, got {sorted(report)}")
        self.assertFalse(report["age"]["drift"], msg=f"age did not change, it must not be flagged: {report['age']}")
        self.assertTrue(report["income"]["drift"], msg=f"income shifted, it must be flagged: {report['income']}")
        self.assertAlmostEqual(report["income"]["psi"], ref_psi(train["income"].to_numpy(), live["income"].to_numpy()), delta=0.01, msg="report psi should be psi() of the column")
        flag = report["age"]["drift"]
        self.assertIsInstance(flag, (bool, np.bool_), msg=f"drift should be a bool (True/False), got {flag!r} of type {type(flag).__name__}")

    def test_thresholds_are_parameters(self):
        rng = np.random.default_rng(4)
        train = pd.DataFrame({"x": rng.normal(0, 1, 2000)})
        live = pd.DataFrame({"x": rng.normal(0.15, 1, 2000)})
        strict = drift.drift_report(train, live, psi_threshold=0.001, ks_threshold=0.01)
        loose = drift.drift_report(train, live, psi_threshold=5, ks_threshold=0.9)
        self.assertTrue(strict["x"]["drift"] and not loose["x"]["drift"], msg="drift must use psi_threshold and ks_threshold (drift when psi > psi_threshold OR ks > ks_threshold)")


if __name__ == "__main__":
    unittest.main()
