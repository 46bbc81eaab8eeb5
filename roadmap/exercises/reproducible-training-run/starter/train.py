"""Training step of a pipeline: config in, metrics and model artifact out.

Usage: python train.py --config config.json --out runs/latest
"""


def main(argv=None):
    raise NotImplementedError("write the training script")


if __name__ == "__main__":
    raise SystemExit(main())
