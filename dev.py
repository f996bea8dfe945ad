#!/usr/bin/env python3
"""Developer entry point: each command sets up its own virtual environment first.

    python3 dev.py demo     parse the bundled fixtures and print the records (JSON Lines)
    python3 dev.py check    everything CI runs: ruff, mypy --strict, pytest, wheel build + import
    python3 dev.py regen    rewrite fixtures/docs/*.expected.json from the current parser
    python3 dev.py eval     score the bundled fixtures against their gold labels

Only the Python standard library is used here, so it runs on a fresh machine.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".pressparse-installed"


def run(*args: str | Path, **kwargs: object) -> None:
    print("+", " ".join(str(a) for a in args), file=sys.stderr, flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def setup(extras: str = "") -> None:
    """Create .venv and install the project (editable) once per pyproject.toml content."""
    if not PY.exists():
        run(sys.executable, "-m", "venv", VENV)
        run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    target = f".[{extras}]" if extras else "."
    run(PY, "-m", "pip", "install", "--quiet", "-e", target)
    STAMP.write_text(wanted)


def demo() -> None:
    setup()
    run(PY, "-m", "pressparse", "parse", "fixtures/docs")


def check() -> None:
    setup("test")
    lint = [p for p in ("src", "tests", "benchmarks", "fuzz", "dev.py") if (ROOT / p).exists()]
    run(PY, "-m", "ruff", "check", *lint)
    run(PY, "-m", "mypy", "--strict", "src")
    run(PY, "-m", "pytest", "-p", "no:cacheprovider")
    with tempfile.TemporaryDirectory() as tmp:
        run(PY, "-m", "build", "--wheel", "--outdir", tmp, ".")
        wheel = next(Path(tmp).glob("pressparse-*.whl"))
        env_dir = Path(tmp) / "venv"
        run(sys.executable, "-m", "venv", env_dir)
        wpy = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
        run(wpy, "-m", "pip", "install", "--quiet", wheel)
        smoke = (
            "import pressparse, pathlib, importlib.resources as r;"
            "assert r.files('pressparse').joinpath('py.typed').is_file();"
            "rec = pressparse.parse(pathlib.Path('fixtures/docs/immdef-2021-02-03-biden-action.txt').read_bytes());"
            "print('wheel ok', pressparse.__version__, rec.title)"
        )
        run(wpy, "-c", smoke)
    shutil.rmtree(ROOT / "build", ignore_errors=True)


def regen() -> None:
    setup("test")
    run(PY, "tests/golden.py", "--regenerate")


def evaluate() -> None:
    setup()
    run(PY, "-m", "pressparse", "eval", "fixtures")


COMMANDS = {"demo": demo, "check": check, "regen": regen, "eval": evaluate}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        COMMANDS[sys.argv[1]]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode or 1)
