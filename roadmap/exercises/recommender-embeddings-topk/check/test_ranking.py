import unittest

import numpy as np

import ranking


def world(seed=0, n_users=150, n_items=100, k=6):
    """Known tastes: the check knows which unseen movies each user would love."""
    rng = np.random.default_rng(seed)
    U, V = rng.normal(0, 1, (n_users, k)), rng.normal(0, 1, (n_items, k))
    pop = rng.normal(0, 1.0, n_items)
    affinity = U @ V.T + pop[None, :]
    watched = rng.random((n_users, n_items)) < 1 / (1 + np.exp(-(pop[None, :] + 0.3 * affinity - 1.5)))
    seen_mask = watched & (rng.random(watched.shape) < 0.7)      # what we saw in the logs
    held = watched & ~seen_mask                                   # what they watched afterwards
    liked_later = held & (affinity > np.quantile(affinity, 0.6))
    seen = {u: set(np.flatnonzero(seen_mask[u]).tolist()) for u in range(n_users)}
    popular = list(np.argsort(-seen_mask.sum(axis=0), kind="stable"))
    # The embeddings the recommender learned carry the popularity as one extra dimension.
    U_emb = np.hstack([U, np.ones((n_users, 1))])
    V_emb = np.hstack([V, pop[:, None]])
    return U_emb, V_emb, seen, popular, liked_later


class RankingTest(unittest.TestCase):
    def test_similar_items_uses_cosine_not_dot_product(self):
        V = np.array([[1.0, 0.0], [3.0, 4.0], [0.9, 0.1], [0.95, 0.05], [-1.0, 0.0]])
        got = list(ranking.similar_items(V, 0, 3))
        self.assertEqual(got, [3, 2, 1], f"most similar to item 0 by cosine are [3, 2, 1] (item 1 is long but points elsewhere; a dot product would rank it first), got {got}")
        self.assertNotIn(0, ranking.similar_items(V, 0, 4), "an item must not be listed as similar to itself")

    def test_recommend_excludes_seen_and_ranks_by_score(self):
        U = np.array([[1.0, 0.0]])
        V = np.array([[5.0, 0], [4.0, 0], [3.0, 0], [2.0, 0], [1.0, 0]])
        got = list(ranking.recommend(0, U, V, {0: {0, 2}}, 2, popular=[4, 3, 2, 1, 0]))
        self.assertEqual(got, [1, 3], f"best unseen items for user 0 are [1, 3], got {got}")

    def test_new_user_gets_popular_items(self):
        U, V, seen, popular, _ = world()
        got = list(ranking.recommend(len(U) + 5, U, V, seen, 5, popular))
        self.assertEqual(got, [int(i) for i in popular[:5]], "a user without an embedding gets the 5 most popular items")

    def test_precision_at_k(self):
        self.assertAlmostEqual(ranking.precision_at_k([3, 1, 7, 9], {1, 9, 4}, 4), 0.5, msg="2 of the top 4 are relevant: 0.5")
        self.assertAlmostEqual(ranking.precision_at_k([3, 1, 7, 9], {1, 9, 4}, 2), 0.5, msg="only the first k count: 1 of [3, 1] -> 0.5")

    def test_embeddings_beat_most_popular_on_held_out(self):
        U, V, seen, popular, liked = world()
        mine, base = [], []
        for u in range(len(U)):
            relevant = set(np.flatnonzero(liked[u]).tolist())
            if not relevant:
                continue
            recs = list(ranking.recommend(u, U, V, seen, 10, popular))
            self.assertEqual(len(recs), 10, "recommend returns n items")
            self.assertFalse(set(recs) & seen[u], f"user {u} got items they had already seen")
            mine.append(ranking.precision_at_k(recs, relevant, 10))
            pop = [i for i in popular if i not in seen[u]][:10]
            base.append(ranking.precision_at_k(pop, relevant, 10))
        got, want = float(np.mean(mine)), float(np.mean(base))
        self.assertGreaterEqual(got, want + 0.03,
                                f"mean precision@10 should beat most-popular ({want:.3f}) by 0.03 or more, got {got:.3f}")


if __name__ == "__main__":
    unittest.main()
