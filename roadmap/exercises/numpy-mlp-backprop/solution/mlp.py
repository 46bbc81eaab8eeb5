"""A two-layer neural network in plain numpy: forward pass, backpropagation, training loop.

Shapes: X is (n, d) float, y is (n,) int class ids in 0..k-1.
params is a dict of numpy arrays: W1 (d, h), b1 (h,), W2 (h, k), b2 (k,).
"""
import numpy as np


def init_params(n_in, n_hidden, n_out, seed=0):
    rng = np.random.default_rng(seed)
    return {
        "W1": rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_hidden)),
        "b1": np.zeros(n_hidden),
        "W2": rng.normal(0.0, np.sqrt(1.0 / n_hidden), size=(n_hidden, n_out)),
        "b2": np.zeros(n_out),
    }


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)  # stability: exp never overflows
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _forward_cache(params, X):
    z1 = X @ params["W1"] + params["b1"]
    a1 = np.maximum(z1, 0.0)
    probs = _softmax(a1 @ params["W2"] + params["b2"])
    return z1, a1, probs


def forward(params, X):
    return _forward_cache(params, np.asarray(X, dtype=float))[2]


def loss_and_grads(params, X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    n = X.shape[0]
    z1, a1, probs = _forward_cache(params, X)
    loss = float(-np.mean(np.log(probs[np.arange(n), y] + 1e-12)))
    dz2 = probs.copy()
    dz2[np.arange(n), y] -= 1.0
    dz2 /= n
    da1 = dz2 @ params["W2"].T
    dz1 = da1 * (z1 > 0)
    grads = {
        "W2": a1.T @ dz2,
        "b2": dz2.sum(axis=0),
        "W1": X.T @ dz1,
        "b1": dz1.sum(axis=0),
    }
    return loss, grads


def train(X, y, n_hidden=32, lr=0.5, epochs=300, seed=0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    params = init_params(X.shape[1], n_hidden, int(y.max()) + 1, seed)
    for _ in range(epochs):
        _, grads = loss_and_grads(params, X, y)
        for name in params:
            params[name] = params[name] - lr * grads[name]
    return params
