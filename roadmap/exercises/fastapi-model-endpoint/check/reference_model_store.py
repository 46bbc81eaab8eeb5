"""Where the trained model comes from. In production this would load an artifact from a
registry; here it trains a small iris classifier (the iris data ships with scikit-learn)."""
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

MODEL_VERSION = "iris-logreg-1"
FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
SPECIES = ("setosa", "versicolor", "virginica")


def load_model():
    """Slow and expensive: call it ONCE per process, not per request.

    Returns a fitted classifier: predict_proba(rows) with rows = [[sepal_length, sepal_width,
    petal_length, petal_width], ...] gives one column per entry of SPECIES."""
    iris = load_iris()
    return LogisticRegression(max_iter=1000).fit(iris.data, iris.target)
