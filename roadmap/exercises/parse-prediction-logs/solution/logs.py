"""Parse prediction-service log lines and summarise them per model."""

FIELDS = {"model": str, "user": int, "score": float, "latency_ms": int}


def parse_line(line):
    raw = {}
    for part in line.split():
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"malformed field {part!r}")
        raw[key] = value
    record = {}
    for name, kind in FIELDS.items():
        if name not in raw:
            raise ValueError(f"missing field {name}")
        try:
            record[name] = kind(raw[name])
        except ValueError:
            raise ValueError(f"field {name} has a bad value {raw[name]!r}") from None
    if not 0.0 <= record["score"] <= 1.0:
        raise ValueError(f"field score {record['score']} is outside [0, 1]")
    return record


def summarise(lines):
    per_model, errors = {}, []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = parse_line(line)
        except ValueError as err:
            errors.append((number, str(err)))
            continue
        stats = per_model.setdefault(rec["model"], {"count": 0, "sum": 0.0, "max_latency_ms": 0})
        stats["count"] += 1
        stats["sum"] += rec["score"]
        stats["max_latency_ms"] = max(stats["max_latency_ms"], rec["latency_ms"])
    for stats in per_model.values():
        stats["mean_score"] = stats.pop("sum") / stats["count"]
    return per_model, errors
