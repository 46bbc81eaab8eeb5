import hashlib
import os
import shutil
import tempfile
import time
import unittest

import data_version as dv


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


class TestManifest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.data = os.path.join(self.tmp, "data")
        write(os.path.join(self.data, "train.csv"), b"x,y\n1,0\n2,1\n")
        write(os.path.join(self.data, "raw", "events.csv"), b"id,t\n1,5\n")
        write(os.path.join(self.data, "raw", "2024", "jan.csv"), b"a\n" * 1000)
        write(os.path.join(self.data, ".cache"), b"ignored")
        write(os.path.join(self.data, ".dvc", "tmp", "lock.csv"), b"ignored too")  # hidden folder

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_file_sha256_matches_hashlib_on_a_large_file(self):
        path = os.path.join(self.tmp, "big.bin")
        blob = os.urandom(3 * 1024 * 1024 + 17)
        write(path, blob)
        self.assertEqual(dv.file_sha256(path), hashlib.sha256(blob).hexdigest(), msg="file_sha256 should be the hex SHA-256 of the whole file")

    def test_manifest_lists_every_file_with_posix_relative_paths(self):
        m = dv.build_manifest(self.data)
        self.assertEqual(sorted(m["files"]), ["raw/2024/jan.csv", "raw/events.csv", "train.csv"],
                         msg=f"files should be every non-hidden file outside hidden folders (.cache and .dvc/ are skipped), relative, with '/' separators; got {sorted(m['files'])}")
        entry = m["files"]["raw/2024/jan.csv"]
        self.assertEqual(entry["bytes"], 2000, msg=f"bytes of raw/2024/jan.csv should be 2000, got {entry.get('bytes')}")
        self.assertEqual(entry["sha256"], hashlib.sha256(b"a\n" * 1000).hexdigest(), msg="sha256 of raw/2024/jan.csv is wrong")
        self.assertIsInstance(m["version"], str, msg="version should be a string")

    def test_version_ignores_timestamps_and_copies(self):
        v1 = dv.build_manifest(self.data)["version"]
        copy = os.path.join(self.tmp, "copy")
        shutil.copytree(self.data, copy)
        future = time.time() + 10_000
        os.utime(os.path.join(copy, "train.csv"), (future, future))
        v2 = dv.build_manifest(copy)["version"]
        self.assertEqual(v1, v2, msg="same file names and contents elsewhere, with other timestamps, must give the same version")

    def test_any_content_change_changes_the_version(self):
        v1 = dv.build_manifest(self.data)["version"]
        write(os.path.join(self.data, "raw", "events.csv"), b"id,t\n1,6\n")
        v2 = dv.build_manifest(self.data)["version"]
        self.assertNotEqual(v1, v2, msg="editing one byte of raw/events.csv must change the version")

    def test_renaming_a_file_changes_the_version(self):
        v1 = dv.build_manifest(self.data)["version"]
        os.rename(os.path.join(self.data, "train.csv"), os.path.join(self.data, "train_v2.csv"))
        v2 = dv.build_manifest(self.data)["version"]
        self.assertNotEqual(v1, v2, msg="renaming a file (same content) must change the version")

    def test_diff_reports_added_removed_changed(self):
        old = dv.build_manifest(self.data)
        write(os.path.join(self.data, "train.csv"), b"x,y\n1,0\n2,0\n")
        os.remove(os.path.join(self.data, "raw", "events.csv"))
        write(os.path.join(self.data, "raw", "feb.csv"), b"b\n")
        write(os.path.join(self.data, "a_new.csv"), b"c\n")
        new = dv.build_manifest(self.data)
        got = dv.diff_manifests(old, new)
        want = {"added": ["a_new.csv", "raw/feb.csv"], "removed": ["raw/events.csv"], "changed": ["train.csv"]}
        self.assertEqual({k: list(got.get(k, [])) for k in want}, want, msg=f"diff should be {want} (each list sorted), got {got}")
        same = dv.diff_manifests(new, dv.build_manifest(self.data))
        self.assertEqual({k: list(same.get(k, [])) for k in want}, {"added": [], "removed": [], "changed": []}, msg="diff of identical data should be empty lists")

    def test_manifest_round_trips_through_a_file(self):
        m = dv.build_manifest(self.data)
        path = os.path.join(self.tmp, "data.manifest.json")
        dv.save_manifest(m, path)
        back = dv.load_manifest(path)
        self.assertEqual(back, m, msg="load_manifest(save_manifest(m)) should give back the same manifest")
        write(os.path.join(self.data, "train.csv"), b"changed")
        self.assertEqual(dv.diff_manifests(back, dv.build_manifest(self.data))["changed"], ["train.csv"],
                         msg="a saved manifest should detect the changed train.csv later")


if __name__ == "__main__":
    unittest.main()
