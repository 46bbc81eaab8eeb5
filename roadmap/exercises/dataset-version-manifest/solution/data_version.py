"""Content-addressed versions of a dataset folder, the idea behind DVC."""
import hashlib
import json
import os


def file_sha256(path, chunk_size=1 << 20):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        # read in chunks: datasets can be larger than memory
        for chunk in iter(lambda: f.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_manifest(data_dir):
    files = {}
    for root, dirs, names in os.walk(data_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            rel = os.path.relpath(full, data_dir).replace(os.sep, "/")
            files[rel] = {"sha256": file_sha256(full), "bytes": os.path.getsize(full)}
    # the version depends only on names and contents, never on walk order or timestamps
    summary = hashlib.sha256()
    for rel in sorted(files):
        summary.update(f"{rel}\0{files[rel]['sha256']}\n".encode("utf-8"))
    return {"version": summary.hexdigest(), "files": files}


def diff_manifests(old, new):
    a, b = old["files"], new["files"]
    return {
        "added": sorted(set(b) - set(a)),
        "removed": sorted(set(a) - set(b)),
        "changed": sorted(k for k in set(a) & set(b) if a[k]["sha256"] != b[k]["sha256"]),
    }


def save_manifest(manifest, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)


def load_manifest(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
