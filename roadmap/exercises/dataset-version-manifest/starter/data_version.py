"""Content-addressed versions of a dataset folder, the idea behind DVC."""


def file_sha256(path):
    """Hex SHA-256 of the file's bytes."""
    raise NotImplementedError("file_sha256")


def build_manifest(data_dir):
    """{"version": str, "files": {relative/posix/path: {"sha256": str, "bytes": int}}}"""
    raise NotImplementedError("build_manifest")


def diff_manifests(old, new):
    """{"added": [...], "removed": [...], "changed": [...]}, each sorted."""
    raise NotImplementedError("diff_manifests")


def save_manifest(manifest, path):
    raise NotImplementedError("save_manifest")


def load_manifest(path):
    raise NotImplementedError("load_manifest")
