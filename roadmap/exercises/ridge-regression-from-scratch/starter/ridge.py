"""Ridge regression by its closed form, to see what a linear model learns."""
import numpy as np


def fit_ridge(X, y, alpha):
    raise NotImplementedError("return (coef, intercept)")


def predict(coef, intercept, X):
    raise NotImplementedError
