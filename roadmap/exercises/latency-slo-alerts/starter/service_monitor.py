"""Service metrics for a model API, from its request log."""


def summarise_logs(lines):
    """{"endpoints": {endpoint: {"count", "errors", "error_rate", "p50", "p95", "p99"}}, "malformed": int}"""
    raise NotImplementedError("summarise_logs")


def check_alerts(summary, rules):
    """List of {"endpoint", "metric", "value", "threshold"} for every rule that is broken."""
    raise NotImplementedError("check_alerts")
