"""Learn user and movie embeddings from ratings (matrix factorisation) with numpy."""
import numpy as np


def fit(ratings, n_users, n_items, seed=0):
    """ratings: DataFrame with columns user, item, rating. Return a model (any object)."""
    raise NotImplementedError("write fit")


def predict(model, users, items):
    """Predicted rating for each (users[j], items[j]) pair, as a numpy array."""
    raise NotImplementedError("write predict")


def item_embeddings(model):
    """numpy array (n_items, k): one learned vector per movie."""
    raise NotImplementedError("write item_embeddings")
