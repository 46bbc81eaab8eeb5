"""Service metrics for a model API, from its request log."""
import numpy as np

METRICS = ("p95_ms", "p99_ms", "error_rate")


def _parse(line):
    """(endpoint, status, latency) or None for a line that is not a request record."""
    parts = line.split()
    if len(parts) < 2:
        return None
    fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    try:
        endpoint = fields["endpoint"]
        status = int(fields["status"])
        latency = float(fields["latency_ms"])
    except (KeyError, ValueError):
        return None
    if not np.isfinite(latency) or latency < 0:
        return None
    return endpoint, status, latency


def summarise_logs(lines):
    by_endpoint, malformed = {}, 0
    for line in lines:
        if not line.strip():
            continue
        record = _parse(line)
        if record is None:
            malformed += 1
            continue
        endpoint, status, latency = record
        by_endpoint.setdefault(endpoint, []).append((status, latency))
    endpoints = {}
    for endpoint, records in by_endpoint.items():
        latencies = np.array([lat for _, lat in records])
        errors = sum(1 for status, _ in records if status >= 500)  # 4xx is the caller's fault
        p50, p95, p99 = np.percentile(latencies, [50, 95, 99])
        endpoints[endpoint] = {"count": len(records), "errors": errors, "error_rate": errors / len(records),
                               "p50": float(p50), "p95": float(p95), "p99": float(p99)}
    return {"endpoints": endpoints, "malformed": malformed}


def check_alerts(summary, rules):
    alerts = []
    min_count = rules.get("min_count", 0)
    for endpoint in sorted(summary["endpoints"]):
        stats = summary["endpoints"][endpoint]
        if stats["count"] < min_count:
            continue  # too few requests to judge
        values = {"p95_ms": stats["p95"], "p99_ms": stats["p99"], "error_rate": stats["error_rate"]}
        for metric in METRICS:
            if metric in rules and values[metric] > rules[metric]:
                alerts.append({"endpoint": endpoint, "metric": metric, "value": values[metric], "threshold": rules[metric]})
    return alerts
