import os
import shutil
import tempfile
import unittest

from pipeline import run_pipeline


class World:
    """Three steps that write files, count their calls, and can be told to fail."""

    def __init__(self, workdir):
        self.dir = workdir
        self.calls = {"ingest": 0, "clean": 0, "train": 0}
        self.source = "id,amount\n1,10\n2,20\n"
        self.fail_times = {"ingest": 0, "clean": 0, "train": 0}

    def path(self, rel):
        return os.path.join(self.dir, rel)

    def _maybe_fail(self, name):
        self.calls[name] += 1
        if self.fail_times[name] > 0:
            self.fail_times[name] -= 1
            raise RuntimeError(f"{name}: transient error")

    def ingest(self, workdir):
        self._maybe_fail("ingest")
        with open(os.path.join(workdir, "raw.csv"), "w") as f:
            f.write(self.source)

    def clean(self, workdir):
        self._maybe_fail("clean")
        with open(os.path.join(workdir, "raw.csv")) as f:
            lines = f.read().splitlines()
        # drops the header's case and any trailing spaces: different raw bytes can clean the same
        with open(os.path.join(workdir, "clean.csv"), "w") as f:
            f.write("\n".join(l.strip().lower() for l in lines) + "\n")

    def train(self, workdir):
        self._maybe_fail("train")
        with open(os.path.join(workdir, "clean.csv")) as f:
            n = len(f.read().splitlines()) - 1
        with open(os.path.join(workdir, "model.txt"), "w") as f:
            f.write(f"rows={n}\n")

    def steps(self):
        return [
            {"name": "ingest", "inputs": [], "outputs": ["raw.csv"], "fn": self.ingest},
            {"name": "clean", "inputs": ["raw.csv"], "outputs": ["clean.csv"], "fn": self.clean},
            {"name": "train", "inputs": ["clean.csv"], "outputs": ["model.txt"], "fn": self.train},
        ]


class TestRunner(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.w = World(self.tmp)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_it(self, **kw):
        return dict(run_pipeline(self.w.steps(), self.tmp, **kw))

    def test_first_run_runs_everything(self):
        got = self.run_it()
        self.assertEqual(got, {"ingest": "ran", "clean": "ran", "train": "ran"}, msg=f"a first run should run every step, got {got}")
        with open(self.w.path("model.txt")) as f:
            self.assertEqual(f.read(), "rows=2\n", msg="the steps should have produced model.txt")

    def test_second_run_skips_everything(self):
        self.run_it()
        got = self.run_it()
        self.assertEqual(got, {"ingest": "skipped", "clean": "skipped", "train": "skipped"}, msg=f"nothing changed: every step should be skipped, got {got}")
        self.assertEqual(self.w.calls, {"ingest": 1, "clean": 1, "train": 1}, msg=f"skipped steps must not be called, calls were {self.w.calls}")

    def test_state_survives_a_new_process(self):
        self.run_it()
        self.w = World(self.tmp)  # a fresh runner invocation: only files on disk remain
        got = self.run_it()
        self.assertEqual(set(got.values()), {"skipped"}, msg=f"the runner must keep its state in the work folder so a new run can skip, got {got}")

    def test_changed_input_reruns_only_what_it_affects(self):
        self.run_it()
        with open(self.w.path("raw.csv"), "w") as f:
            f.write("ID,amount  \n1,10\n2,20\n")  # edited by hand: different bytes, same cleaned result
        got = self.run_it()
        self.assertEqual(got, {"ingest": "skipped", "clean": "ran", "train": "skipped"},
                         msg=f"raw.csv changed, so clean re-runs; clean.csv came out identical, so train is skipped; got {got}")

    def test_deleted_output_reruns_the_step(self):
        self.run_it()
        os.remove(self.w.path("model.txt"))
        got = self.run_it()
        self.assertEqual(got["train"], "ran", msg=f"a step whose output is missing must run again, got {got}")
        self.assertTrue(os.path.exists(self.w.path("model.txt")), msg="model.txt should exist again")

    def test_transient_failure_is_retried(self):
        self.w.fail_times["clean"] = 2
        got = self.run_it(max_retries=2)
        self.assertEqual(got, {"ingest": "ran", "clean": "ran", "train": "ran"}, msg=f"clean fails twice then works: with max_retries=2 it should succeed, got {got}")
        self.assertEqual(self.w.calls["clean"], 3, msg=f"clean should have been tried 3 times (1 + 2 retries), was tried {self.w.calls['clean']}")

    def test_persistent_failure_stops_downstream_and_is_retried_next_time(self):
        self.w.fail_times["clean"] = 10
        got = self.run_it(max_retries=1)
        self.assertEqual(got, {"ingest": "ran", "clean": "failed", "train": "not_run"}, msg=f"clean always fails: it is 'failed' and train 'not_run', got {got}")
        self.assertEqual(self.w.calls["clean"], 2, msg=f"max_retries=1 means 2 attempts, got {self.w.calls['clean']}")
        self.assertEqual(self.w.calls["train"], 0, msg="train must not be called after clean failed")
        self.w.fail_times["clean"] = 0
        got = self.run_it(max_retries=1)
        self.assertEqual(got, {"ingest": "skipped", "clean": "ran", "train": "ran"}, msg=f"after the failure is fixed, the next run resumes where it failed, got {got}")

    def test_missing_input_fails_the_step(self):
        steps = [{"name": "train", "inputs": ["nope.csv"], "outputs": ["m.txt"], "fn": self.w.train}]
        got = dict(run_pipeline(steps, self.tmp))
        self.assertEqual(got, {"train": "failed"}, msg=f"a step whose input file does not exist should be 'failed', got {got}")


if __name__ == "__main__":
    unittest.main()
