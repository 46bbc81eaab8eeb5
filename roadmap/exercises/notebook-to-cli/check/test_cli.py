import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.abspath("sales_report.py")
CSV = """order_id,region,amount
1,north,120.50
2,south,80.00
3,north,15.25
4,east,
5,south,200.00
6,east,n/a
7,west,42.10
8,west,300
"""


class TestFunctions(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.csv = os.path.join(self.tmp, "orders.csv")
        with open(self.csv, "w") as f:
            f.write(CSV)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_import_has_no_side_effects(self):
        proc = subprocess.run([sys.executable, "-c", "import sales_report"], cwd=os.path.dirname(SCRIPT), capture_output=True, text=True, timeout=30)
        self.assertEqual(proc.returncode, 0, msg=f"importing sales_report failed: {proc.stderr.strip().splitlines()[-1:]}")
        self.assertEqual((proc.stdout, proc.stderr), ("", ""), msg="importing sales_report must print nothing and run nothing: put the script part under if __name__ == '__main__'")

    def test_summarise(self):
        import sales_report
        rows = sales_report.load_sales(self.csv)
        self.assertEqual(len(rows), 8, msg=f"load_sales should return the 8 data rows, got {len(rows)}")
        got = sales_report.summarise(rows, min_amount=50)
        want = {"orders": 4, "revenue": 700.5, "by_region": {"north": 120.5, "south": 280.0, "west": 300.0}, "top_region": "west", "skipped": 2}
        self.assertEqual(got, want, msg=f"summarise(rows, min_amount=50) should be {want}, got {got}")
        everything = sales_report.summarise(rows)
        self.assertEqual((everything["orders"], everything["revenue"]), (6, 757.85), msg=f"with the default min_amount 0 every valid order counts: 6 orders, 757.85, got {everything}")
        self.assertEqual(sales_report.summarise([])["top_region"], None, msg="no orders: top_region should be None")
        tie = sales_report.summarise([{"order_id": "1", "region": "south", "amount": "10"}, {"order_id": "2", "region": "east", "amount": "4"},
                                      {"order_id": "3", "region": "east", "amount": "6"}])
        edge = sales_report.summarise([{"order_id": "1", "region": "north", "amount": "50"}], min_amount=50)
        self.assertEqual(edge["orders"], 1, msg=f"only amount < min_amount is left out: an order of exactly 50 with min_amount=50 counts, got {edge}")
        self.assertEqual(tie["top_region"], "east", msg=f"east and south both have revenue 10.0: the tie goes to the first name alphabetically (east), got {tie['top_region']}")

    def test_missing_file_raises(self):
        import sales_report
        with self.assertRaises(FileNotFoundError, msg="load_sales of a missing file should raise FileNotFoundError"):
            sales_report.load_sales(os.path.join(self.tmp, "nope.csv"))


class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


class TestCommandLine(unittest.TestCase):
    # every run the tests need, started at once: the tool may import pandas, ~1 s each
    RUNS = {
        "min100": ["orders.csv", "--min-amount", "100"],
        "loud": ["orders.csv", "-v"],
        "output": ["orders.csv", "--output", "report.json"],
        "missing": ["missing.csv"],
        "bad_arg": ["orders.csv", "--min-amount", "lots"],
        "help": ["--help"],
    }

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        with open(os.path.join(cls.tmp, "orders.csv"), "w") as f:
            f.write(CSV)
        procs = {name: subprocess.Popen([sys.executable, SCRIPT] + args, cwd=cls.tmp, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True) for name, args in cls.RUNS.items()}
        cls.results = {}
        for name, proc in procs.items():
            try:
                out, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate()
            cls.results[name] = Result(proc.returncode, out, err)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_stdout_is_only_json(self):
        proc = self.results["min100"]
        self.assertEqual(proc.returncode, 0, msg=f"python sales_report.py orders.csv --min-amount 100 should exit 0, got {proc.returncode}: {proc.stderr.strip()[-200:]}")
        try:
            body = json.loads(proc.stdout)
        except ValueError:
            self.fail(f"stdout must be exactly one JSON document (logs go to stderr), got {proc.stdout[:120]!r}")
        self.assertEqual((body.get("orders"), body.get("revenue")), (3, 620.5), msg=f"--min-amount 100 keeps 3 orders worth 620.5, got {body}")
        self.assertIn("skipped 2", proc.stderr, msg="a WARNING naming the 2 skipped rows ('skipped 2 ...') should go to stderr even without -v")

    def test_verbose_logs_to_stderr(self):
        quiet = self.results["min100"]
        loud = self.results["loud"]
        self.assertIn("loaded 8 rows", loud.stderr, msg=f"-v should log 'loaded 8 rows' at INFO to stderr, stderr was {loud.stderr[-200:]!r}")
        self.assertNotIn("loaded 8 rows", quiet.stderr, msg="without -v, INFO messages must not be shown")
        try:
            body = json.loads(loud.stdout)
        except ValueError:
            self.fail(f"with -v stdout must still be only the JSON, got {loud.stdout[:120]!r}")
        self.assertEqual(body.get("orders"), 6, msg="-v must not change the report (6 orders)")

    def test_output_file(self):
        proc = self.results["output"]
        self.assertEqual(proc.returncode, 0, msg=f"--output should exit 0, got {proc.returncode}")
        self.assertEqual(proc.stdout.strip(), "", msg="with --output, nothing goes to stdout")
        with open(os.path.join(self.tmp, "report.json")) as f:
            self.assertEqual(json.load(f).get("orders"), 6, msg="report.json should hold the summary (6 orders)")

    def test_errors_exit_2_without_traceback(self):
        proc = self.results["missing"]
        self.assertEqual(proc.returncode, 2, msg=f"a missing input file should exit 2, got {proc.returncode}")
        self.assertIn("missing.csv", proc.stderr, msg="the error should name the missing file")
        self.assertNotIn("Traceback", proc.stderr, msg="a missing file is a user mistake: one clear line, no traceback")
        bad = self.results["bad_arg"]
        self.assertEqual(bad.returncode, 2, msg=f"--min-amount lots is a usage error: exit 2 (argparse does this), got {bad.returncode}")
        helped = self.results["help"]
        self.assertEqual(helped.returncode, 0, msg="--help should exit 0")
        self.assertIn("--min-amount", helped.stdout, msg="--help should list --min-amount")


if __name__ == "__main__":
    unittest.main()
