"""A tiny pipeline runner: each step re-runs only when its inputs changed, with retries."""
import hashlib
import json
import os

STATE_FILE = ".pipeline_state.json"


def _fingerprint(step, workdir):
    """Hash of the step name and the bytes of every input, in the listed order."""
    digest = hashlib.sha256(step["name"].encode("utf-8"))
    for rel in step["inputs"]:
        digest.update(b"\0" + rel.encode("utf-8") + b"\0")
        with open(os.path.join(workdir, rel), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def _load_state(workdir):
    try:
        with open(os.path.join(workdir, STATE_FILE), encoding="utf-8") as f:
            return json.load(f)
    except (FileNotFoundError, ValueError):
        return {}


def _save_state(workdir, state):
    path = os.path.join(workdir, STATE_FILE)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2, sort_keys=True)
    os.replace(path + ".tmp", path)


def _run_with_retries(step, workdir, max_retries):
    for _ in range(1 + max_retries):
        try:
            step["fn"](workdir)
            return True
        except Exception:  # a failed attempt; the runner decides whether to retry
            continue
    return False


def run_pipeline(steps, workdir, max_retries=2):
    state = _load_state(workdir)
    result = {}
    failed = False
    for step in steps:
        name = step["name"]
        if failed:
            result[name] = "not_run"
            continue
        try:
            fingerprint = _fingerprint(step, workdir)
        except FileNotFoundError:
            result[name], failed = "failed", True
            continue
        outputs_exist = all(os.path.exists(os.path.join(workdir, rel)) for rel in step["outputs"])
        if state.get(name) == fingerprint and outputs_exist:
            result[name] = "skipped"
            continue
        if _run_with_retries(step, workdir, max_retries):
            state[name] = fingerprint
            _save_state(workdir, state)
            result[name] = "ran"
        else:
            state.pop(name, None)
            _save_state(workdir, state)
            result[name], failed = "failed", True
    return result
