"""Builds what Lambda runs: the layer (pinned wheels and the symptom_overlap package) and a function's folder.

    python3.13 infra/lambda_build/artifacts.py layer --source shared --target DIR/python [--platform TAG]
    python3.13 infra/lambda_build/artifacts.py function --source functions/catalog --target DIR

Without --platform, wheels are resolved for the interpreter running this script (the local machine);
with e.g. --platform manylinux2014_aarch64 they are resolved for CPython 3.13 on that platform.
`sam build` runs it through the Makefile's build-* targets (BuildMethod: makefile) and `make bench-cold`
builds with it, so what is measured is what ships.

Bytecode is compiled with this interpreter, hash-based: SAM's zips date every file 1980-01-01, which
invalidates timestamp-based .pyc, and /opt and /var/task are read-only, so without it Lambda compiles
every module again on every cold start. Unchecked, because nothing edits an artifact once built
(docs/decisions.md); --bytecode none or checked-hash remain for measuring.
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import subprocess
import sys
from pathlib import Path
from py_compile import PycInvalidationMode

LAMBDA_PYTHON = (3, 13)
# What SAM's Python builder leaves out of an artifact.
NOT_SHIPPED = shutil.ignore_patterns("__pycache__", "*.pyc")
BYTECODE = {
    "none": None,
    "checked-hash": PycInvalidationMode.CHECKED_HASH,
    "unchecked-hash": PycInvalidationMode.UNCHECKED_HASH,
}
DEFAULT_BYTECODE = "unchecked-hash"


def build_layer(source: Path, target: Path, platform: str | None) -> None:
    """The pinned requirements of ``source`` as binary wheels, then the source folder itself, into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile"]
    pip += ["--only-binary=:all:", "--target", str(target), "-r", str(source / "requirements.txt")]
    if platform:
        pip += ["--platform", platform, "--implementation", "cp", "--python-version", "3.13"]
    subprocess.run(pip, check=True)  # noqa: S603 (our own arguments)
    shutil.copytree(source, target, ignore=NOT_SHIPPED, dirs_exist_ok=True)


def build_function(source: Path, target: Path) -> None:
    """The function's CodeUri folder as it is: the code itself lives in the layer."""
    shutil.copytree(source, target, ignore=NOT_SHIPPED, dirs_exist_ok=True)


def compile_bytecode(target: Path, mode: str) -> None:
    """Write __pycache__/*.cpython-313.pyc beside every module of ``target``, as Lambda's python3.13 reads them."""
    invalidation_mode = BYTECODE[mode]
    if invalidation_mode is None:
        return
    compiled = compileall.compile_dir(target, quiet=1, force=True, workers=0, invalidation_mode=invalidation_mode)
    if not compiled:
        raise SystemExit(f"some modules under {target} do not compile")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    kinds = parser.add_subparsers(dest="kind", required=True)
    layer = kinds.add_parser("layer", help="the shared layer's python/ folder")
    layer.add_argument("--platform", help="a pip platform tag, e.g. manylinux2014_aarch64; default: this machine")
    function = kinds.add_parser("function", help="a function's CodeUri folder")
    for kind in (layer, function):
        kind.add_argument("--source", type=Path, required=True)
        kind.add_argument("--target", type=Path, required=True)
        kind.add_argument("--bytecode", choices=sorted(BYTECODE), default=DEFAULT_BYTECODE)
    arguments = parser.parse_args(argv)
    if sys.version_info[:2] != LAMBDA_PYTHON:
        raise SystemExit(f"run this with python{'.'.join(map(str, LAMBDA_PYTHON))}, the functions' runtime")
    if arguments.kind == "layer":
        build_layer(arguments.source, arguments.target, arguments.platform)
    else:
        build_function(arguments.source, arguments.target)
    compile_bytecode(arguments.target, arguments.bytecode)


if __name__ == "__main__":
    main()
