"""Use learned embeddings: similar movies, top-N recommendations, and precision@k."""
import numpy as np


def similar_items(item_vectors, item, k):
    vectors = np.asarray(item_vectors, dtype=float)
    norms = np.linalg.norm(vectors, axis=1)
    norms[norms == 0] = 1.0                      # a zero vector is similar to nothing
    cosine = (vectors @ vectors[item]) / (norms * norms[item])
    cosine[item] = -np.inf                       # an item is not its own neighbour
    order = np.argsort(-cosine, kind="stable")
    return [int(i) for i in order[:k]]


def recommend(user_id, user_vectors, item_vectors, seen, n, popular):
    users = np.asarray(user_vectors, dtype=float)
    if user_id is None or not 0 <= user_id < len(users):
        return [int(i) for i in list(popular)[:n]]   # cold start: no embedding yet
    scores = np.asarray(item_vectors, dtype=float) @ users[user_id]
    already = seen.get(user_id, set())
    ranked = [int(i) for i in np.argsort(-scores, kind="stable") if int(i) not in already]
    return ranked[:n]


def precision_at_k(recommended, relevant, k):
    top = list(recommended)[:k]
    return sum(1 for item in top if item in set(relevant)) / k
