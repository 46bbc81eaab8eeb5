"""Static checks of the Dockerfile and requirements.txt: Docker itself is not built or run here."""
import re
import unittest


def instructions(path="Dockerfile"):
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        raise AssertionError("there is no Dockerfile in the exercise folder")
    text = re.sub(r"\\\n", " ", text)
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


class DockerFilesTest(unittest.TestCase):
    def test_base_image_is_a_pinned_python(self):
        froms = [rest for word, rest in instructions() if word == "FROM"]
        self.assertTrue(froms, "the Dockerfile needs a FROM line")
        image = froms[-1].split()[0]
        self.assertTrue(image.startswith("python:"), f"use an official python image (python:3.x-slim), got {image}")
        tag = image.split(":", 1)[1]
        self.assertRegex(tag, r"^3\.\d+", f"pin the Python version in the tag (e.g. python:3.11-slim), got {image}")

    def test_installs_requirements_before_copying_the_code(self):
        steps = instructions()
        words = [(w, r) for w, r in steps]
        req_copy = next((k for k, (w, r) in enumerate(words) if w in ("COPY", "ADD") and "requirements.txt" in r), None)
        install = next((k for k, (w, r) in enumerate(words) if w == "RUN" and "pip install" in r and "requirements.txt" in r), None)
        app_copy = next((k for k, (w, r) in enumerate(words) if w in ("COPY", "ADD") and ("app.py" in r or r.split()[0] == ".")), None)
        self.assertIsNotNone(req_copy, "COPY requirements.txt into the image")
        self.assertIsNotNone(install, "RUN pip install -r requirements.txt")
        self.assertIsNotNone(app_copy, "COPY app.py (or the whole folder) into the image")
        self.assertLess(req_copy, install, "copy requirements.txt before installing it")
        self.assertLess(install, app_copy, "install the requirements before copying the code, so the layer is cached")

    def test_exposes_and_runs_uvicorn_on_all_interfaces(self):
        steps = instructions()
        exposed = " ".join(r for w, r in steps if w == "EXPOSE")
        self.assertIn("8000", exposed, "EXPOSE 8000")
        cmds = [r for w, r in steps if w in ("CMD", "ENTRYPOINT")]
        self.assertTrue(cmds, "the Dockerfile needs a CMD that starts the API")
        cmd = cmds[-1]
        self.assertIn("uvicorn", cmd, f"CMD should start uvicorn, got {cmd}")
        self.assertIn("app:", cmd, f"CMD should point uvicorn at the app in app.py, got {cmd}")
        self.assertIn("0.0.0.0", cmd, f"listen on 0.0.0.0, or the API is unreachable from outside the container; got {cmd}")
        self.assertIn("8000", cmd, f"CMD should serve on port 8000, got {cmd}")

    def test_requirements_are_pinned(self):
        try:
            lines = [l.split("#")[0].strip() for l in open("requirements.txt", encoding="utf-8")]
        except OSError:
            raise AssertionError("there is no requirements.txt in the exercise folder")
        lines = [l for l in lines if l]
        names = set()
        for line in lines:
            m = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==[0-9][\w.]*$", line)
            self.assertIsNotNone(m, f"pin every requirement as name==version, got {line!r}")
            names.add(m.group(1).lower().split("[")[0])
        for needed in ["fastapi", "uvicorn", "scikit-learn", "pandas"]:
            self.assertIn(needed, names, f"requirements.txt should pin {needed}")
