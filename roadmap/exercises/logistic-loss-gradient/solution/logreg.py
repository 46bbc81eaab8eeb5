"""Logistic regression from scratch: loss, gradient, numerical check and gradient descent."""
import numpy as np


def _proba(w, b, X):
    z = np.clip(X @ w + b, -500, 500)  # avoid overflow in exp
    return 1.0 / (1.0 + np.exp(-z))


def log_loss(w, b, X, y):
    p = np.clip(_proba(w, b, X), 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def gradient(w, b, X, y):
    err = _proba(w, b, X) - y
    return X.T @ err / len(y), float(np.mean(err))


def numerical_gradient(f, x, eps=1e-6):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        step = np.zeros_like(x)
        step.flat[i] = eps
        grad.flat[i] = (f(x + step) - f(x - step)) / (2 * eps)
    return grad


def fit(X, y, lr=0.5, steps=2000):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        dw, db = gradient(w, b, X, y)
        w, b = w - lr * dw, b - lr * db
    return w, b
