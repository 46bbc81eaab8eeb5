"""Scaling and one-hot encoding whose statistics come from the training rows only."""
import pandas as pd


class TrainOnlyPrep:
    def fit(self, train_df):
        raise NotImplementedError

    def transform(self, df):
        raise NotImplementedError
