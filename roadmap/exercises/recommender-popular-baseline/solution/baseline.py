"""Evaluation split by time for each user, and the most-popular baseline a recommender must beat."""
import pandas as pd


def split_last_per_user(ratings, n_last=2):
    ordered = ratings.sort_values(["user", "timestamp", "item"], kind="mergesort")
    # Position from the end within each user: 0 is the latest rating.
    from_end = ordered.groupby("user").cumcount(ascending=False)
    size = ordered.groupby("user")["item"].transform("size")
    test_mask = (from_end < n_last) & (size > n_last)   # users with too few ratings stay in train
    return ordered[~test_mask].reset_index(drop=True), ordered[test_mask].reset_index(drop=True)


def most_popular(train, n, exclude=()):
    counts = train.groupby("item")["user"].nunique()
    ranked = counts.reset_index().sort_values(["user", "item"], ascending=[False, True])
    skip = set(exclude)
    return [int(i) for i in ranked["item"] if int(i) not in skip][:n]
