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

Two package __init__ modules of Powertools import every resolver and every event class it has,
though the API uses one of each; the layer gets them rewritten to import each name on first use
(PEP 562), and the build fails if either holds anything but such imports (docs/decisions.md:
"Powertools' unused resolvers and event classes out of Init").
"""

from __future__ import annotations

import argparse
import ast
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
# Package modules, relative to the layer's python/ folder, whose names are imported on first use.
LAZY_PACKAGES = (
    "aws_lambda_powertools/event_handler/__init__.py",  # every resolver: AppSync (and asyncio), Bedrock, ...
    "aws_lambda_powertools/utilities/data_classes/__init__.py",  # every event class: S3, SQS, CodePipeline, ...
)
LAZY_TEMPLATE = """{docstring}# Rewritten by infra/lambda_build/artifacts.py: each name is imported on first use.
import importlib as _importlib

{eager}
__all__ = {all_names!r}
_FROM = {origins!r}


def __getattr__(name: str) -> object:
    try:
        module, attribute = _FROM[name]
    except KeyError:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}") from None
    value = getattr(_importlib.import_module(module, __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({{*globals(), *_FROM}})
"""


def build_layer(source: Path, target: Path, platform: str | None) -> None:
    """The pinned requirements of ``source`` as binary wheels, then the source folder itself, into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile"]
    pip += ["--only-binary=:all:", "--target", str(target), "-r", str(source / "requirements.txt")]
    if platform:
        pip += ["--platform", platform, "--implementation", "cp", "--python-version", "3.13"]
    subprocess.run(pip, check=True)  # noqa: S603 (our own arguments)
    for package in LAZY_PACKAGES:
        make_lazy(target / package)
    shutil.copytree(source, target, ignore=NOT_SHIPPED, dirs_exist_ok=True)


def make_lazy(init: Path) -> None:
    """Rewrite a package __init__ made only of ``from module import name`` statements (and a docstring and
    ``__all__``) to import each name when it is first used; anything else in it fails the build.

    A name that is also the name of one of the package's modules (``event_source``) stays imported at once:
    importing that module later would otherwise bind the module, not the name, in the package.
    """
    tree = ast.parse(init.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree, clean=False)
    origins: dict[str, tuple[str, str]] = {}
    eager: list[str] = []
    all_names: list[str] | None = None
    for index, node in enumerate(tree.body):
        if index == 0 and docstring is not None:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and not any(a.name == "*" for a in node.names):
            module = "." * node.level + node.module
            if any((alias.asname or alias.name) == node.module.rpartition(".")[2] for alias in node.names):
                eager.append(ast.unparse(node))
                continue
            for alias in node.names:
                origins[alias.asname or alias.name] = (module, alias.name)
        elif (
            isinstance(node, ast.Assign)
            and [ast.unparse(target) for target in node.targets] == ["__all__"]
            and isinstance(node.value, ast.List | ast.Tuple)
        ):
            all_names = [ast.literal_eval(element) for element in node.value.elts]
        else:
            raise SystemExit(f"{init}: line {node.lineno} is not a plain import; cannot import its names lazily")
    imported = set(origins) | {alias.asname or alias.name for line in eager for alias in _aliases(line)}
    if all_names is None or not set(all_names) <= imported:
        raise SystemExit(f"{init}: __all__ is missing or names something it does not import")
    text = LAZY_TEMPLATE.format(
        docstring=f'"""{docstring}"""\n\n' if docstring is not None else "",
        eager="".join(f"{line}\n" for line in eager),
        all_names=all_names,
        origins=origins,
    )
    init.write_text(text, encoding="utf-8")


def _aliases(statement: str) -> list[ast.alias]:
    node = ast.parse(statement).body[0]
    assert isinstance(node, ast.ImportFrom)
    return node.names


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
