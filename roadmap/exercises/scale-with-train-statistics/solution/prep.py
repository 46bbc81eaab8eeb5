"""Scaling and one-hot encoding whose statistics come from the training rows only."""
import pandas as pd


class TrainOnlyPrep:
    def __init__(self):
        self.fitted = False

    def fit(self, train_df):
        self.mean = float(train_df["income"].mean())
        self.std = float(train_df["income"].std(ddof=0))
        self.cities = sorted(train_df["city"].dropna().unique())
        self.fitted = True
        return self

    def transform(self, df):
        if not self.fitted:
            raise RuntimeError("call fit on the training data before transform")
        out = pd.DataFrame({"income": (df["income"] - self.mean) / self.std}, index=df.index)
        for city in self.cities:  # unseen cities match none of these: all zeros
            out[f"city={city}"] = (df["city"] == city).astype(int)
        return out
