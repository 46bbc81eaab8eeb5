"""The parts of a training loop that fight overfitting: mini-batches and early stopping."""
import numpy as np


def minibatches(n, batch_size, rng):
    """List of index arrays: a shuffled permutation of range(n) cut into batches."""
    raise NotImplementedError("minibatches")


class EarlyStopping:
    def __init__(self, patience=5, min_delta=0.0):
        raise NotImplementedError("EarlyStopping")

    def step(self, val_loss, params):
        """Record one epoch's validation loss; return True when training should stop."""
        raise NotImplementedError("EarlyStopping.step")


def train(params, train_epoch, val_loss, max_epochs, stopper):
    """Run epochs until max_epochs or the stopper says stop; return (best_params, history)."""
    raise NotImplementedError("train")
