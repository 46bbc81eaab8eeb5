"""Synthetic movie ratings (fixed seed) from hidden user/movie tastes: 1-5 stars, ~30% of pairs rated."""
import numpy as np
import pandas as pd


def make_ratings(n_users=200, n_items=120, k=4, density=0.3, seed=0):
    rng = np.random.default_rng(seed)
    users = rng.normal(0, 1, (n_users, k))
    items = rng.normal(0, 1, (n_items, k))
    item_bias = rng.normal(0, 0.5, n_items)
    user_bias = rng.normal(0, 0.3, n_users)
    mask = rng.random((n_users, n_items)) < density
    u, i = np.nonzero(mask)
    score = 3.4 + user_bias[u] + item_bias[i] + 0.45 * np.sum(users[u] * items[i], axis=1) + rng.normal(0, 0.45, len(u))
    ratings = np.clip(np.round(score), 1, 5)
    df = pd.DataFrame({"user": u, "item": i, "rating": ratings})
    return df.sample(frac=1.0, random_state=seed).reset_index(drop=True)


def split(df, frac=0.2, seed=1):
    rng = np.random.default_rng(seed)
    held = rng.random(len(df)) < frac
    return df[~held].reset_index(drop=True), df[held].reset_index(drop=True)
