"""Use learned embeddings: similar movies, top-N recommendations, and precision@k."""
import numpy as np


def similar_items(item_vectors, item, k):
    raise NotImplementedError("write similar_items")


def recommend(user_id, user_vectors, item_vectors, seen, n, popular):
    raise NotImplementedError("write recommend")


def precision_at_k(recommended, relevant, k):
    raise NotImplementedError("write precision_at_k")
