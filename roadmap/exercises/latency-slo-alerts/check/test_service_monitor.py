import unittest

import numpy as np

import service_monitor as sm


def make_log(seed=0):
    rng = np.random.default_rng(seed)
    lines, truth = [], {"/predict": [], "/predict/batch": [], "/health": []}
    for i in range(1200):
        ts = f"2026-03-02T10:{i // 60 % 60:02d}:{i % 60:02d}Z"
        r = rng.random()
        if r < 0.6:
            ep, lat = "/predict", float(rng.lognormal(3.5, 0.4))
            status = 503 if rng.random() < 0.004 else (422 if rng.random() < 0.05 else 200)
        elif r < 0.9:
            ep, lat = "/predict/batch", float(rng.lognormal(5.8, 0.3))
            status = 500 if rng.random() < 0.03 else 200
        else:
            ep, lat, status = "/health", float(rng.uniform(0.5, 2.0)), 200
        fields = [f"endpoint={ep}", f"status={status}", f"latency_ms={lat:.3f}", "model=v3"]
        rng.shuffle(fields)  # key order is not fixed
        lines.append(ts + " " + " ".join(fields) + "\n")
        truth[ep].append((status, round(lat, 3)))
    junk = ["\n", "worker 3 restarted\n", "2026-03-02T11:00:00Z endpoint=/predict status=200 latency_ms=slow\n",
            "2026-03-02T11:00:01Z endpoint=/predict latency_ms=12.0\n", "2026-03-02T11:00:02Z status=200 latency_ms=12.0\n",
            "2026-03-02T11:00:03Z endpoint=/predict status=OK latency_ms=12.0\n"]
    for k, line in enumerate(junk):
        lines.insert(100 * k + 7, line)
    return lines, truth


class TestSummary(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lines, cls.truth = make_log()
        cls.summary = sm.summarise_logs(iter(cls.lines))  # a file object is an iterator of lines too

    def test_counts_and_malformed_lines(self):
        eps = self.summary.get("endpoints", {})
        self.assertEqual(sorted(eps), sorted(self.truth), msg=f"endpoints should be {sorted(self.truth)}, got {sorted(eps)}")
        for ep, records in self.truth.items():
            self.assertEqual(eps[ep]["count"], len(records), msg=f"{ep}: count should be {len(records)}, got {eps[ep]['count']}")
        self.assertEqual(self.summary.get("malformed"), 5, msg=f"5 lines are not valid request records (blank lines do not count), got {self.summary.get('malformed')}")

    def test_errors_are_5xx_only(self):
        for ep, records in self.truth.items():
            errors = sum(1 for s, _ in records if s >= 500)
            got = self.summary["endpoints"][ep]
            self.assertEqual(got["errors"], errors, msg=f"{ep}: errors should count 5xx only ({errors}); 422 is a client error, got {got['errors']}")
            self.assertAlmostEqual(got["error_rate"], errors / len(records), places=9, msg=f"{ep}: error_rate should be errors / count")

    def test_latency_percentiles(self):
        for ep, records in self.truth.items():
            lat = np.array([l for _, l in records])
            got = self.summary["endpoints"][ep]
            for key, q in (("p50", 50), ("p95", 95), ("p99", 99)):
                want = float(np.percentile(lat, q))
                self.assertAlmostEqual(got[key], want, delta=1e-6 * max(1.0, want), msg=f"{ep}: {key} should be {want:.3f} ms (linear interpolation, as numpy.percentile), got {got[key]}")

    def test_small_log_by_hand(self):
        lines = ["t endpoint=/a status=200 latency_ms=10\n", "t endpoint=/a status=500 latency_ms=30\n",
                 "t latency_ms=20 status=200 endpoint=/a\n", "t endpoint=/a status=200 latency_ms=40\n"]
        got = sm.summarise_logs(lines)["endpoints"]["/a"]
        self.assertEqual((got["count"], got["errors"]), (4, 1), msg=f"4 requests, 1 error expected, got {got}")
        self.assertAlmostEqual(got["p50"], 25.0, msg=f"p50 of 10, 20, 30, 40 is 25.0, got {got['p50']}")
        self.assertAlmostEqual(got["p95"], 38.5, msg=f"p95 of 10, 20, 30, 40 is 38.5, got {got['p95']}")


class TestAlerts(unittest.TestCase):
    def summary(self):
        return {"endpoints": {
            "/predict": {"count": 500, "errors": 2, "error_rate": 0.004, "p50": 30.0, "p95": 250.0, "p99": 900.0},
            "/predict/batch": {"count": 300, "errors": 9, "error_rate": 0.03, "p50": 300.0, "p95": 600.0, "p99": 700.0},
            "/debug": {"count": 3, "errors": 3, "error_rate": 1.0, "p50": 5000.0, "p95": 9000.0, "p99": 9900.0},
        }, "malformed": 0}

    def test_alerts_for_broken_rules(self):
        rules = {"p95_ms": 500, "p99_ms": 800, "error_rate": 0.01, "min_count": 20}
        got = sm.check_alerts(self.summary(), rules)
        pairs = [(a["endpoint"], a["metric"]) for a in got]
        want = [("/predict", "p99_ms"), ("/predict/batch", "p95_ms"), ("/predict/batch", "error_rate")]
        self.assertEqual(sorted(pairs), sorted(want), msg=f"alerts should be {want}, got {pairs}")
        batch95 = [a for a in got if a["endpoint"] == "/predict/batch" and a["metric"] == "p95_ms"][0]
        self.assertEqual((batch95["value"], batch95["threshold"]), (600.0, 500), msg=f"an alert should carry the value and the threshold, got {batch95}")

    def test_alerts_sorted_and_strict(self):
        rules = {"p95_ms": 250, "error_rate": 0.0, "min_count": 20}
        got = [(a["endpoint"], a["metric"]) for a in sm.check_alerts(self.summary(), rules)]
        want = [("/predict", "error_rate"), ("/predict/batch", "p95_ms"), ("/predict/batch", "error_rate")]
        self.assertEqual(got, want, msg=f"alerts fire only when value > threshold (p95 250 == 250 does not), sorted by endpoint then in the order p95_ms, p99_ms, error_rate: want {want}, got {got}")

    def test_rules_that_are_absent_are_not_checked(self):
        got = sm.check_alerts(self.summary(), {"error_rate": 0.5})
        self.assertEqual([(a["endpoint"], a["metric"]) for a in got], [("/debug", "error_rate")],
                         msg=f"only the error_rate rule is given and min_count defaults to 0, so only /debug alerts; got {got}")
        at_min = sm.check_alerts(self.summary(), {"error_rate": 0.5, "min_count": 3})
        self.assertEqual([(a["endpoint"], a["metric"]) for a in at_min], [("/debug", "error_rate")],
                         msg=f"an endpoint with count == min_count (/debug, 3 requests) is still checked; got {at_min}")


if __name__ == "__main__":
    unittest.main()
