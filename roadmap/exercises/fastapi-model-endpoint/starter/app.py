"""HTTP API that serves the iris model.  Run locally:  uvicorn app:app --reload"""
from fastapi import FastAPI

import model_store

app = FastAPI(title="iris model")

# TODO: load the model once, then add GET /health, POST /predict and POST /predict/batch
