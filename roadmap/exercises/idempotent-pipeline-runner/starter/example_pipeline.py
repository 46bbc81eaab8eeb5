"""Try your runner:  python example_pipeline.py  (run it twice: the second run skips everything)."""
import csv
import os

from pipeline import run_pipeline


def ingest(workdir):
    with open(os.path.join(workdir, "raw.csv"), "w") as f:
        f.write("x,y\n1,2\n3,4\n")


def clean(workdir):
    with open(os.path.join(workdir, "raw.csv")) as src, open(os.path.join(workdir, "clean.csv"), "w") as dst:
        dst.write(src.read().lower())


def train(workdir):
    rows = list(csv.DictReader(open(os.path.join(workdir, "clean.csv"))))
    with open(os.path.join(workdir, "model.txt"), "w") as f:
        f.write(f"trained on {len(rows)} rows\n")


STEPS = [
    {"name": "ingest", "inputs": [], "outputs": ["raw.csv"], "fn": ingest},
    {"name": "clean", "inputs": ["raw.csv"], "outputs": ["clean.csv"], "fn": clean},
    {"name": "train", "inputs": ["clean.csv"], "outputs": ["model.txt"], "fn": train},
]

if __name__ == "__main__":
    os.makedirs("work", exist_ok=True)
    print(run_pipeline(STEPS, "work"))
