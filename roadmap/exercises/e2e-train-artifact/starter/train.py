"""Training script: python train.py --data customers.csv --out artifacts/"""
import sys


def main(argv):
    raise NotImplementedError("write main")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
