import unittest

import logs

LINES = [
    "model=v3 user=42 score=0.8 latency_ms=12",
    "score=0.6 latency_ms=30 model=v3 user=7",
    "",
    "model=v4 user=1 score=0.9 latency_ms=5",
    "model=v4 user=abc score=0.5 latency_ms=5",
    "model=v4 user=2 score=1.5 latency_ms=5",
    "model=v4 user=3 latency_ms=5",
]


class ParseLogsTest(unittest.TestCase):
    def test_parses_fields_in_any_order_with_types(self):
        got = logs.parse_line("score=0.6 latency_ms=30 model=v3 user=7")
        self.assertEqual(got, {"model": "v3", "user": 7, "score": 0.6, "latency_ms": 30}, f"got {got}")

    def test_errors_name_the_field(self):
        for line, field in [("model=v4 user=abc score=0.5 latency_ms=5", "user"),
                            ("model=v4 user=2 score=1.5 latency_ms=5", "score"),
                            ("model=v4 user=3 latency_ms=5", "score")]:
            with self.assertRaises(ValueError, msg=f"{line!r} should raise ValueError") as ctx:
                logs.parse_line(line)
            self.assertIn(field, str(ctx.exception), f"the message for {line!r} should name {field}, got {ctx.exception}")

    def test_summary_per_model(self):
        per_model, _ = logs.summarise(LINES)
        self.assertEqual(sorted(per_model), ["v3", "v4"], f"models should be v3 and v4, got {sorted(per_model)}")
        self.assertEqual(per_model["v3"]["count"], 2, f"v3 has 2 valid lines, got {per_model['v3']}")
        self.assertAlmostEqual(per_model["v3"]["mean_score"], 0.7, msg=f"v3 mean score 0.7, got {per_model['v3']}")
        self.assertEqual(per_model["v3"]["max_latency_ms"], 30, f"v3 max latency 30, got {per_model['v3']}")
        self.assertEqual(per_model["v4"]["count"], 1, f"v4 has 1 valid line, got {per_model['v4']}")

    def test_bad_lines_reported_with_numbers_blank_skipped(self):
        _, errors = logs.summarise(LINES)
        self.assertEqual([n for n, _ in errors], [5, 6, 7], f"lines 5, 6 and 7 are bad (line 3 is blank), got {errors}")


if __name__ == "__main__":
    unittest.main()
