import unittest

import numpy as np

import quality_gate as qg


def brute_auc(y, s):
    pos, neg = s[y == 1], s[y == 0]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def world(seed=0, n=2000):
    """Labels, segments, and a score made of signal plus noise."""
    rng = np.random.default_rng(seed)
    segments = rng.choice(["enterprise", "new_customers", "retail"], size=n, p=[0.3, 0.2, 0.5])
    y = rng.integers(0, 2, size=n)
    signal = y + rng.normal(0, 0.8, size=n)
    return rng, y, segments, signal


class TestAuc(unittest.TestCase):
    def test_auc_matches_pairwise_definition_with_ties(self):
        rng = np.random.default_rng(1)
        for _ in range(3):
            y = rng.integers(0, 2, 120)
            s = np.round(rng.normal(size=120) + y * 0.7, 1)  # rounding creates ties
            got, want = qg.roc_auc(y, s), brute_auc(y, s)
            self.assertAlmostEqual(got, want, places=9, msg=f"roc_auc should be P(score_pos > score_neg) + 0.5 P(tie) = {want:.4f}, got {got}")

    def test_auc_edges(self):
        self.assertAlmostEqual(qg.roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]), 1.0, msg="perfect ranking: AUC 1")
        self.assertAlmostEqual(qg.roc_auc([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1]), 0.0, msg="inverted ranking: AUC 0")
        self.assertAlmostEqual(qg.roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]), 0.5, msg="constant scores: AUC 0.5")
        with self.assertRaises(ValueError, msg="a single class makes AUC undefined: raise ValueError"):
            qg.roc_auc([1, 1, 1], [0.2, 0.4, 0.9])


class TestGate(unittest.TestCase):
    def test_good_candidate_passes(self):
        rng, y, seg, signal = world(0)
        prod = signal + rng.normal(0, 0.5, len(y))
        res = qg.evaluate_candidate(y, signal, prod, seg)
        self.assertEqual(res.get("failures"), [], msg=f"a candidate better than production everywhere should have no failures, got {res.get('failures')}")
        passed = res.get("passed")
        self.assertTrue(isinstance(passed, (bool, np.bool_)) and bool(passed), msg=f"passed should be True when there are no failures, got {passed!r}")
        sub = slice(0, 300)
        small = qg.evaluate_candidate(y[sub], signal[sub], prod[sub], seg[sub])
        self.assertAlmostEqual(small["auc"]["candidate"], brute_auc(y[sub], signal[sub]), places=9, msg="auc.candidate should be the candidate's AUC")
        self.assertAlmostEqual(small["auc"]["production"], brute_auc(y[sub], prod[sub]), places=9, msg="auc.production should be the production model's AUC")

        self.assertEqual(sorted(res["segments"]), ["enterprise", "new_customers", "retail"], msg=f"segments should have one entry per segment name, got {sorted(res['segments'])}")

    def test_regression_against_production_fails(self):
        rng, y, seg, signal = world(2)
        worse = signal + rng.normal(0, 0.4, len(y))  # still above min_auc, clearly below production
        res = qg.evaluate_candidate(y, worse, signal, seg)
        self.assertGreater(res["auc"]["candidate"], 0.75, msg="(check data) candidate AUC should be above the minimum")
        self.assertEqual(res["failures"], ["worse_than_production"], msg=f"a candidate more than 0.01 AUC below production should fail with ['worse_than_production'], got {res['failures']}")
        passed = res["passed"]
        self.assertTrue(isinstance(passed, (bool, np.bool_)) and not bool(passed), msg=f"passed should be False when there is a failure, got {passed!r}")
        tolerant = qg.evaluate_candidate(y, worse, signal, seg, max_drop=0.5)
        self.assertEqual(tolerant["failures"], [], msg="with max_drop=0.5 the same drop is tolerated")

    def test_weak_model_fails_minimum(self):
        rng, y, seg, signal = world(3)
        weak = signal + rng.normal(0, 3.0, len(y))
        res = qg.evaluate_candidate(y, weak, weak, seg, min_segment_auc=0.0)
        self.assertEqual(res["failures"], ["auc_below_minimum"], msg=f"AUC {res['auc']['candidate']:.3f} < 0.75 should fail with ['auc_below_minimum'] only, got {res['failures']}")

    def test_bad_segment_fails_even_when_average_is_fine(self):
        rng, y, seg, signal = world(4)
        cand = signal.copy()
        broken = seg == "new_customers"
        cand[broken] = rng.normal(0.5, 0.8, broken.sum())  # useless on one slice
        res = qg.evaluate_candidate(y, cand, cand, seg)
        self.assertGreater(res["auc"]["candidate"], 0.75, msg="(check data) the global AUC still looks fine")
        self.assertEqual(res["failures"], ["segment:new_customers"], msg=f"a useless model on new_customers should fail with ['segment:new_customers'], got {res['failures']}")
        self.assertLess(res["segments"]["new_customers"], 0.65, msg="segments.new_customers should hold that slice's AUC")

    def test_tiny_or_single_class_segments_are_not_judged(self):
        rng, y, seg, signal = world(5, n=600)
        seg = seg.astype(object)
        seg[:10] = "pilot"            # 10 rows: too few
        y[10:60] = 1
        seg[10:60] = "all_churned"    # 50 rows, one class
        seg[60:90] = "exactly_30"     # 30 rows: exactly min_segment_size, so it IS judged
        cand = signal.copy()
        cand[:10] = -signal[:10]
        cand[60:90] = -signal[60:90]  # inverted ranking on that segment
        res = qg.evaluate_candidate(y, cand, cand, seg)
        self.assertIsNotNone(res["segments"].get("exactly_30"), msg="a segment with exactly min_segment_size (30) rows and both classes must get its AUC, not None")
        self.assertIn("segment:exactly_30", res["failures"], msg=f"the 30-row segment with an inverted ranking should fail the gate, got {res['failures']}")
        self.assertIsNone(res["segments"].get("pilot", "missing"), msg="a segment below min_segment_size should be reported as None")
        self.assertIsNone(res["segments"].get("all_churned", "missing"), msg="a segment with one class has no AUC: report None")
        self.assertFalse(any(f in res["failures"] for f in ("segment:pilot", "segment:all_churned")), msg=f"unjudged segments must not fail the gate, got {res['failures']}")

    def test_failure_order(self):
        rng, y, seg, signal = world(6)
        cand = rng.normal(size=len(y))  # useless everywhere
        res = qg.evaluate_candidate(y, cand, signal, seg)
        want = ["auc_below_minimum", "worse_than_production", "segment:enterprise", "segment:new_customers", "segment:retail"]
        self.assertEqual(res["failures"], want, msg=f"failures should be listed as {want}, got {res['failures']}")


if __name__ == "__main__":
    unittest.main()
