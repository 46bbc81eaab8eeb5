"""HTTP API that serves the iris model.  Run locally:  uvicorn app:app --reload"""
from typing import List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

import model_store

app = FastAPI(title="iris model")
MODEL = model_store.load_model()  # once per process: loading per request would be far too slow
MAX_BATCH = 100


class Flower(BaseModel):
    sepal_length: float = Field(..., gt=0, le=50)
    sepal_width: float = Field(..., gt=0, le=50)
    petal_length: float = Field(..., gt=0, le=50)
    petal_width: float = Field(..., gt=0, le=50)


class Batch(BaseModel):
    items: List[Flower]


def _predict(flowers):
    rows = [[getattr(f, name) for name in model_store.FEATURES] for f in flowers]
    out = []
    for probs in MODEL.predict_proba(rows):
        best = int(probs.argmax())
        out.append({"species": model_store.SPECIES[best], "probability": float(probs[best]),
                    "model_version": model_store.MODEL_VERSION})
    return out


@app.get("/health")
def health():
    return {"status": "ok", "model_version": model_store.MODEL_VERSION}


@app.post("/predict")
def predict(flower: Flower):
    return _predict([flower])[0]


@app.post("/predict/batch")
def predict_batch(batch: Batch):
    if not 1 <= len(batch.items) <= MAX_BATCH:
        raise HTTPException(status_code=422, detail=f"items must hold 1 to {MAX_BATCH} flowers")
    return {"predictions": _predict(batch.items)}
