"""The parts of a training loop that fight overfitting: mini-batches and early stopping."""
import copy

import numpy as np


def minibatches(n, batch_size, rng):
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    order = rng.permutation(n)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]


class EarlyStopping:
    def __init__(self, patience=5, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_loss = float("inf")
        self.best_epoch = None
        self.best_params = None
        self.epochs = 0
        self.bad_epochs = 0

    def step(self, val_loss, params):
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss = float(val_loss)
            self.best_epoch = self.epochs
            # a copy: the caller keeps updating its params in place after this epoch
            self.best_params = copy.deepcopy(params)
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
        self.epochs += 1
        return self.bad_epochs >= self.patience


def train(params, train_epoch, val_loss, max_epochs, stopper):
    history = []
    for _ in range(max_epochs):
        params = train_epoch(params)
        loss = float(val_loss(params))
        history.append(loss)
        if stopper.step(loss, params):
            break
    best = stopper.best_params if stopper.best_params is not None else params
    return best, history
