"""Sales report as a command-line tool.  Usage: python sales_report.py sales.csv [--min-amount 50] [-v]"""


def load_sales(path):
    raise NotImplementedError("load_sales")


def summarise(rows, min_amount=0.0):
    raise NotImplementedError("summarise")


def main(argv=None):
    raise NotImplementedError("main")
