import unittest

import numpy as np

import metrics


class ConfusionMatrixMetricsTest(unittest.TestCase):
    # 100 rows: tp=30, fp=10, fn=20, tn=40, shuffled with a fixed seed
    def setUp(self):
        truth = [1] * 30 + [0] * 10 + [1] * 20 + [0] * 40
        pred = [1] * 30 + [1] * 10 + [0] * 20 + [0] * 40
        order = np.random.RandomState(7).permutation(100)
        self.y_true = np.array(truth)[order]
        self.y_pred = np.array(pred)[order]

    def test_counts_each_cell_of_the_confusion_matrix(self):
        got = metrics.confusion_counts(self.y_true, self.y_pred)
        want = {"tp": 30, "fp": 10, "fn": 20, "tn": 40}
        self.assertEqual({k: int(got[k]) for k in want}, want, f"counts should be {want}, got {got}")

    def test_accepts_plain_lists(self):
        got = metrics.confusion_counts([1, 0, 1, 1], [1, 1, 0, 1])
        self.assertEqual({k: int(got[k]) for k in ("tp", "fp", "fn", "tn")},
                         {"tp": 2, "fp": 1, "fn": 1, "tn": 0}, f"counts for [1,0,1,1] vs [1,1,0,1], got {got}")

    def test_metrics_match_the_matrix(self):
        got = metrics.classification_metrics(self.y_true, self.y_pred)
        want = {"accuracy": 0.70, "precision": 0.75, "recall": 0.60, "f1": 2 * 0.75 * 0.6 / 1.35}
        for name, value in want.items():
            self.assertAlmostEqual(got[name], value, places=6,
                                   msg=f"{name} should be {value:.4f} for tp=30 fp=10 fn=20 tn=40, got {got.get(name)}")

    def test_no_predicted_positives_gives_zero_not_an_error(self):
        got = metrics.classification_metrics([1, 0, 0, 1], [0, 0, 0, 0])
        self.assertEqual((got["precision"], got["recall"], got["f1"]), (0.0, 0.0, 0.0),
                         f"with no predicted positives precision, recall and f1 should be 0.0, got {got}")
        self.assertAlmostEqual(got["accuracy"], 0.5, places=6, msg=f"accuracy should be 0.5, got {got['accuracy']}")

    def test_imbalanced_data_accuracy_misleads(self):
        got = metrics.classification_metrics([0] * 99 + [1], [0] * 100)
        self.assertAlmostEqual(got["accuracy"], 0.99, places=6, msg=f"accuracy should be 0.99, got {got['accuracy']}")
        self.assertEqual(got["recall"], 0.0, f"recall should be 0.0 when the only positive is missed, got {got['recall']}")

    def test_rejects_mismatched_lengths(self):
        with self.assertRaises(ValueError, msg="lists of different lengths should raise ValueError"):
            metrics.confusion_counts([1, 0], [1])
        with self.assertRaises(ValueError, msg="empty lists should raise ValueError"):
            metrics.confusion_counts([], [])


if __name__ == "__main__":
    unittest.main()
