"""A two-layer neural network in plain numpy: forward pass, backpropagation, training loop.

Shapes: X is (n, d) float, y is (n,) int class ids in 0..k-1.
params is a dict of numpy arrays: W1 (d, h), b1 (h,), W2 (h, k), b2 (k,).
"""
import numpy as np


def init_params(n_in, n_hidden, n_out, seed=0):
    """Small random weights (e.g. He init for W1), zero biases."""
    raise NotImplementedError("init_params")


def forward(params, X):
    """Return class probabilities (n, k): softmax(relu(X @ W1 + b1) @ W2 + b2)."""
    raise NotImplementedError("forward")


def loss_and_grads(params, X, y):
    """Return (loss, grads): mean cross-entropy and a dict of gradients with the keys and
    shapes of params."""
    raise NotImplementedError("loss_and_grads")


def train(X, y, n_hidden=32, lr=0.5, epochs=300, seed=0):
    """Full-batch gradient descent; return the trained params."""
    raise NotImplementedError("train")
