"""Runs YOUR test_credit_model.py against the good model and against broken ones (mutants).

Your tests must pass on the good model and fail on every mutant. The mutants are in
.mlroad/check/variants/: each differs from good.py in one plausible bug.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = os.path.join(HERE, "variants")
LEARNER_TESTS = os.path.abspath("test_credit_model.py")
# unittest builds a difflib diff for every unequal pair of long lists; against a mutant that
# can take seconds per assertion. Nobody reads those diffs here, so skip building them.
RUNNER = ("import difflib; difflib.ndiff = lambda a, b, *args, **kw: iter(['(diff omitted)']); "
          "import unittest; unittest.main(module=None, argv=['unittest', '-v', 'test_credit_model'])")


def run_all_variants():
    """Copy the learner's tests, the holdout data and each model variant into its own folder,
    and run them all at once (they are independent processes)."""
    names = sorted(f[:-3] for f in os.listdir(VARIANTS) if f.endswith(".py"))
    jobs = {}
    for name in names:
        tmp = tempfile.mkdtemp()
        shutil.copy(LEARNER_TESTS, os.path.join(tmp, "test_credit_model.py"))
        shutil.copy(os.path.join(VARIANTS, "holdout.csv"), os.path.join(tmp, "holdout.csv"))
        shutil.copy(os.path.join(VARIANTS, name + ".py"), os.path.join(tmp, "credit_model.py"))
        proc = subprocess.Popen([sys.executable, "-c", RUNNER], cwd=tmp,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        jobs[name] = (tmp, proc)
    results = {}
    for name, (tmp, proc) in jobs.items():
        try:
            _, err = proc.communicate(timeout=15)  # below the check's own 20 s, so this message is seen
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            err += "\nyour tests took longer than 15 s on one model version: make them faster"
        shutil.rmtree(tmp, ignore_errors=True)
        ran = re.search(r"Ran (\d+) test", err)
        results[name] = (proc.returncode, int(ran.group(1)) if ran else 0, err)
    return results


class TestYourTestsCatchBugs(unittest.TestCase):
    results = None

    @classmethod
    def setUpClass(cls):
        if os.path.isfile(LEARNER_TESTS):
            cls.results = run_all_variants()

    def setUp(self):
        self.assertTrue(os.path.isfile(LEARNER_TESTS), msg="write your tests in test_credit_model.py")

    def assert_caught(self, mutant, what):
        rc, ran, _ = self.results[mutant]
        self.assertNotEqual(rc, 0, msg=f"your tests all pass on a broken model ({mutant}: {what}); add a test that catches it")

    def test_your_tests_pass_on_the_good_model(self):
        rc, ran, err = self.results["good"]
        failed = [line for line in err.splitlines() if line.startswith(("FAIL:", "ERROR:"))]
        self.assertEqual(rc, 0, msg=f"your tests must pass on the correct credit_model.py, but these fail: {failed[:3] or err.strip().splitlines()[-1:]}")
        self.assertGreaterEqual(ran, 5, msg=f"expected at least 5 test methods, found {ran}")

    def test_catches_probabilities_out_of_range(self):
        self.assert_caught("mutant_returns_logits", "predict_proba returns raw scores, not probabilities in [0, 1]")

    def test_catches_wrong_direction_of_debt(self):
        self.assert_caught("mutant_debt_sign_flipped", "more debt gives LOWER risk")

    def test_catches_unvalidated_age(self):
        self.assert_caught("mutant_age_not_validated", "ages outside 18-100 are accepted")

    def test_catches_missing_field_silently_filled(self):
        self.assert_caught("mutant_missing_debt_defaults_to_zero", "a record without debt is scored as debt 0 instead of rejected")

    def test_catches_ignored_threshold(self):
        self.assert_caught("mutant_threshold_ignored", "predict ignores its threshold argument")

    def test_catches_dependence_on_key_order(self):
        self.assert_caught("mutant_depends_on_key_order", "features are read by key position, so key order changes the score")

    def test_catches_quality_drop(self):
        self.assert_caught("mutant_age_scaled_wrong", "a feature scaling bug drops holdout accuracy to about 0.58")


if __name__ == "__main__":
    unittest.main()
