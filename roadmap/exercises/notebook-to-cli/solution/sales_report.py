"""Sales report as a command-line tool.  Usage: python sales_report.py sales.csv [--min-amount 50] [-v]"""
import argparse
import csv
import json
import logging
import sys

log = logging.getLogger("sales_report")


def load_sales(path):
    """Rows of the CSV as dicts of strings; FileNotFoundError when the file is missing."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    log.info("loaded %d rows from %s", len(rows), path)
    return rows


def _amount(row):
    try:
        return float(row.get("amount", ""))
    except (TypeError, ValueError):
        return None


def summarise(rows, min_amount=0.0):
    revenue, by_region, orders, skipped = 0.0, {}, 0, 0
    for row in rows:
        amount = _amount(row)
        if amount is None:
            skipped += 1
            continue
        if amount < min_amount:
            continue
        orders += 1
        revenue += amount
        by_region[row["region"]] = by_region.get(row["region"], 0.0) + amount
    if skipped:
        log.warning("skipped %d rows with an invalid amount", skipped)
    by_region = {k: round(v, 2) for k, v in sorted(by_region.items())}
    top = max(sorted(by_region), key=lambda k: by_region[k]) if by_region else None
    return {"orders": orders, "revenue": round(revenue, 2), "by_region": by_region,
            "top_region": top, "skipped": skipped}


def build_parser():
    parser = argparse.ArgumentParser(description="Summarise a sales CSV as JSON.")
    parser.add_argument("input", help="CSV with region and amount columns")
    parser.add_argument("--min-amount", type=float, default=0.0, help="ignore orders below this amount")
    parser.add_argument("--output", help="write the JSON here instead of stdout")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s", stream=sys.stderr)
    try:
        rows = load_sales(args.input)
    except FileNotFoundError:
        log.error("input file not found: %s", args.input)
        return 2
    text = json.dumps(summarise(rows, args.min_amount), indent=2)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        log.info("wrote %s", args.output)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
