import importlib.util
import os
import sys
import unittest

from fastapi.testclient import TestClient

_spec = importlib.util.spec_from_file_location("reference_model_store", os.path.join(os.path.dirname(__file__), "reference_model_store.py"))
reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reference)

SETOSA = {"sepal_length": 5.1, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}
VERSICOLOR = {"sepal_length": 6.0, "sepal_width": 2.9, "petal_length": 4.5, "petal_width": 1.5}
VIRGINICA = {"sepal_length": 6.7, "sepal_width": 3.0, "petal_length": 5.2, "petal_width": 2.3}
ORDER = ("sepal_length", "sepal_width", "petal_length", "petal_width")


class TestModelApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import model_store
        cls.loads = 0
        real = reference.load_model

        def counting_load_model():
            cls.loads += 1
            return real()

        model_store.load_model = counting_load_model  # the app must get its model from here
        sys.modules.pop("app", None)
        import app as app_module
        cls.ctx = TestClient(app_module.app)
        cls.client = cls.ctx.__enter__()  # runs startup events, if the app uses them
        cls.model = real()

    @classmethod
    def tearDownClass(cls):
        cls.ctx.__exit__(None, None, None)

    def post(self, path, body):
        return self.client.post(path, json=body)

    def expected(self, flower):
        probs = self.model.predict_proba([[flower[k] for k in ORDER]])[0]
        best = int(probs.argmax())
        return reference.SPECIES[best], float(probs[best])

    def test_health(self):
        r = self.client.get("/health")
        self.assertEqual(r.status_code, 200, msg=f"GET /health should be 200, got {r.status_code}")
        body = r.json()
        self.assertEqual(body.get("status"), "ok", msg=f"/health should say status ok, got {body}")
        self.assertEqual(body.get("model_version"), "iris-logreg-1", msg=f"/health should report model_version iris-logreg-1, got {body}")

    def test_predict_each_species(self):
        for flower in (SETOSA, VERSICOLOR, VIRGINICA):
            r = self.post("/predict", flower)
            self.assertEqual(r.status_code, 200, msg=f"POST /predict with a valid flower should be 200, got {r.status_code}: {r.text[:200]}")
            body = r.json()
            species, prob = self.expected(flower)
            self.assertEqual(body.get("species"), species, msg=f"{flower} should be {species}, got {body}")
            self.assertAlmostEqual(float(body.get("probability", -1)), prob, places=5, msg=f"probability should be the model's probability of {species} ({prob:.4f}), got {body}")
            self.assertEqual(body.get("model_version"), "iris-logreg-1", msg=f"each prediction should carry model_version, got {body}")

    def test_invalid_input_is_422(self):
        cases = {
            "missing petal_width": {k: v for k, v in SETOSA.items() if k != "petal_width"},
            "text instead of a number": dict(SETOSA, sepal_length="abc"),
            "negative length": dict(SETOSA, petal_length=-1.0),
            "zero width": dict(SETOSA, sepal_width=0),
            "absurd size": dict(SETOSA, sepal_length=500),
            "null value": dict(SETOSA, petal_width=None),
            "empty body": {},
        }
        for what, body in cases.items():
            r = self.post("/predict", body)
            self.assertEqual(r.status_code, 422, msg=f"POST /predict with {what} should be 422, got {r.status_code}")

    def test_upper_bound_50_is_allowed(self):
        r = self.post("/predict", dict(SETOSA, sepal_length=50))
        self.assertEqual(r.status_code, 200, msg=f"a value of exactly 50 is allowed (at most 50), got {r.status_code}")

    def test_batch_predictions_in_order(self):
        r = self.post("/predict/batch", {"items": [VIRGINICA, SETOSA, VERSICOLOR]})
        self.assertEqual(r.status_code, 200, msg=f"POST /predict/batch with 3 flowers should be 200, got {r.status_code}: {r.text[:200]}")
        preds = r.json().get("predictions")
        self.assertIsInstance(preds, list, msg="batch response should have a 'predictions' list")
        got = [p.get("species") for p in preds]
        want = [self.expected(f)[0] for f in (VIRGINICA, SETOSA, VERSICOLOR)]
        self.assertEqual(got, want, msg=f"batch predictions should be {want} in input order, got {got}")

    def test_batch_size_limits(self):
        for n in (0, 101):
            r = self.post("/predict/batch", {"items": [SETOSA] * n})
            self.assertEqual(r.status_code, 422, msg=f"a batch of {n} items should be 422, got {r.status_code}")
        r = self.post("/predict/batch", {"items": [SETOSA] * 100})
        self.assertEqual(r.status_code, 200, msg=f"a batch of 100 items is allowed, got {r.status_code}")
        r = self.post("/predict/batch", {"items": [SETOSA, dict(SETOSA, petal_width=-3)]})
        self.assertEqual(r.status_code, 422, msg=f"a batch with one invalid flower should be 422, got {r.status_code}")

    def test_model_loaded_once(self):
        for _ in range(3):
            self.post("/predict", SETOSA)
        self.post("/predict/batch", {"items": [SETOSA]})
        self.assertEqual(type(self).loads, 1, msg=f"model_store.load_model() should run once per process, it ran {type(self).loads} times")


if __name__ == "__main__":
    unittest.main()
