"""A tiny pipeline runner: each step re-runs only when its inputs changed, with retries."""

STATE_FILE = ".pipeline_state.json"


def run_pipeline(steps, workdir, max_retries=2):
    """Run steps in order; return {step name: "ran" | "skipped" | "failed" | "not_run"}."""
    raise NotImplementedError("run_pipeline")
