"""Churn scoring service: FastAPI app around a pickled scikit-learn pipeline."""
import os

from fastapi import FastAPI


def create_app(model_path=None):
    """Return a FastAPI app serving /health and /predict. See the instructions."""
    raise NotImplementedError("write create_app")
