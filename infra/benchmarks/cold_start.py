"""Cold start of the artifact as shipped, interleaved with a bare boto3 process (make bench-cold).

    PYENV_VERSION=3.13.0 .venv/bin/python infra/benchmarks/cold_start.py [--pairs 15] [--warm-calls 2000]
        [--json FILE] [--python python3.13]

Builds the layer and the functions serving the measured routes with infra/lambda_build/artifacts.py
for this machine (the SAM build is for arm64), dates every file 1980-01-01 as SAM's zips do and makes
them read-only; a runtime folder stands for Lambda's /var/runtime (boto3 at requirements/dev.txt's pin,
with its bytecode). Every process runs cold_start_child.py with python3.13, PYTHONDONTWRITEBYTECODE=1
and a Lambda-like environment against a seeded moto server, and is timed from spawn to exit.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local_gateway.embedded_dynamodb import DEFAULT_REGION, ENDPOINT_VARIABLE, dynamodb_endpoint
from local_gateway.environment import function_environment, global_environment, local_physical_ids
from local_gateway.events import build_proxy_event
from local_gateway.provisioning import create_missing_tables, seed_knowledge_base, startup_client
from local_gateway.routing import Endpoint, RouteTable
from local_gateway.template import Template, load_template

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("cold_start_child.py")
BUILD_SCRIPT = ROOT / "infra" / "lambda_build" / "artifacts.py"
WORK = ROOT / "build" / "cold-start"
ZIP_EPOCH = 315_532_800  # 1980-01-01T00:00:00Z, the earliest date a zip entry can carry
TEXT = (
    "For about eight months my feet have had pins and needles and feel numb, like walking on cotton wool. "
    "I'm wobbly in the dark and keep tripping. No twitching or cramps, my speech and swallowing are fine."
)


@dataclass(frozen=True)
class Scenario:
    name: str
    method: str
    path: str
    body: dict[str, Any] | None = None


SCENARIOS = (
    Scenario(
        "evidence-only assessment",
        "POST",
        "/v1/assessments",
        {"evidence": [{"id": "tingling", "state": "present"}, {"id": "fasciculations", "state": "absent"}]},
    ),
    Scenario("text assessment", "POST", "/v1/assessments", {"text": TEXT}),
    Scenario("GET /v1/symptoms", "GET", "/v1/symptoms"),
)
INIT = "Init"
WIDTHS = (8, 12, 12, 12, 8, 8, 13, 8)  # of the report's columns


@dataclass(frozen=True)
class Target:
    """A scenario bound to the function the template routes it to, with its event file."""

    scenario: Scenario
    endpoint: Endpoint
    events_file: Path


@dataclass(frozen=True)
class Artifacts:
    python: str
    runtime: Path  # stands for /var/runtime
    layer: Path  # stands for /opt/python
    functions: dict[str, Path]  # logical id -> its folder, standing for /var/task


@dataclass(frozen=True)
class Process:
    """How a timed process starts: its interpreter, environment and working folder."""

    python: str
    environment: dict[str, str]
    cwd: Path


BASELINE = "bare boto3"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=15, help="interleaved pairs per figure (at least 15)")
    parser.add_argument("--warm-calls", type=int, default=2000, help="warm calls per route")
    parser.add_argument("--python", default="python3.13", help="the Lambda runtime's interpreter")
    parser.add_argument("--bytecode", help="passed to the build script (none, checked-hash, unchecked-hash)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    arguments = parser.parse_args()
    if arguments.pairs < 15:
        parser.error("--pairs must be at least 15")
    template = load_template()
    targets = _targets(template)
    python = _real_executable(arguments.python)
    print(f"interpreter: {python}", flush=True)
    artifacts = _build(python, targets, arguments.bytecode)
    pyc_before = _bytecode_files(artifacts)
    os.environ.pop(ENDPOINT_VARIABLE, None)  # always the embedded, seeded moto server
    try:
        with dynamodb_endpoint() as endpoint:
            _seed(template)
            processes = _processes(template, artifacts, endpoint.url)
            cold = _cold(processes, targets, arguments.pairs)
            warm = _warm(processes, targets, arguments.warm_calls)
    finally:
        _make_writable(WORK)  # so that `make clean` can remove it without root
    written = _bytecode_files(artifacts) - pyc_before
    if written:
        raise SystemExit(f"bytecode was written into the artifact: {sorted(map(str, written))[:5]}")
    bytecode = arguments.bytecode or "the build script's default"
    results = {"python": python, "bytecode": bytecode, "pairs": arguments.pairs, "cold": cold, "warm": warm}
    _report(results)
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"results written to {arguments.json}")


def _targets(template: Template) -> list[Target]:
    """Each scenario's function, found by route as API Gateway would route it."""
    routes = RouteTable.from_template(template, template.functions())
    targets = []
    for number, scenario in enumerate(SCENARIOS):
        match = routes.match(scenario.method, [part for part in scenario.path.split("/") if part])
        if match is None:
            raise SystemExit(f"template.yaml routes nothing for {scenario.method} {scenario.path}")
        targets.append(Target(scenario, match.endpoint, WORK / "events" / f"{number}.json"))
    return targets


def _real_executable(python: str) -> str:
    """The interpreter's own path, so that no pyenv shim runs in front of every timed process."""
    found = shutil.which(python)
    if found is None:
        raise SystemExit(f"{python} not found (on these machines: PYENV_VERSION=3.13.0)")
    command = [found, "-c", "import sys; print(sys.executable, *sys.version_info[:2])"]
    finished = subprocess.run(command, check=False, capture_output=True, text=True)  # noqa: S603
    if finished.returncode != 0:
        raise SystemExit(f"{python} does not run (on these machines: PYENV_VERSION=3.13.0):\n{finished.stderr}")
    executable, major, minor = finished.stdout.split()
    if (major, minor) != ("3", "13"):
        raise SystemExit(f"{python} is Python {major}.{minor}; the functions run python3.13")
    return executable


# --- the artifact ---------------------------------------------------------------------------------


def _build(python: str, targets: Sequence[Target], bytecode: str | None) -> Artifacts:
    """The layer and the functions as the build script makes them, unzipped as Lambda would find them."""
    _remove(WORK)
    layer = WORK / "layer" / "python"
    options = ["--bytecode", bytecode] if bytecode else []
    print("building the layer for this machine with infra/lambda_build/artifacts.py", flush=True)
    _run([python, str(BUILD_SCRIPT), "layer", "--source", str(ROOT / "shared"), "--target", str(layer), *options])
    functions = {}
    for function in {target.endpoint.function.logical_id: target.endpoint.function for target in targets}.values():
        functions[function.logical_id] = WORK / "functions" / function.logical_id
        source, destination = str(function.code_uri), str(functions[function.logical_id])
        _run([python, str(BUILD_SCRIPT), "function", "--source", source, "--target", destination, *options])
    for path in (layer.parent, *functions.values()):
        _as_lambda_unzips(path)
    _write_events(targets)
    return Artifacts(python, _runtime(python), layer, functions)


def _runtime(python: str) -> Path:
    """Lambda's /var/runtime stand-in: boto3 and its dependencies at requirements/dev.txt's pins, compiled."""
    pins = ROOT / "requirements" / "dev.txt"
    version = re.search(r"^boto3==(\S+)$", pins.read_text(encoding="utf-8"), re.MULTILINE)
    if version is None:
        raise SystemExit("requirements/dev.txt pins no boto3")
    runtime = ROOT / "build" / f"cold-start-runtime-boto3-{version[1]}"
    if not (runtime / ".complete").is_file():
        print(f"installing boto3 {version[1]} as the runtime's, with its bytecode", flush=True)
        _remove(runtime)
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--only-binary=:all:"]
        _run([*pip, "--target", str(runtime), "-c", str(pins), f"boto3=={version[1]}"])
        _run([python, "-m", "compileall", "-q", "-j", "0", str(runtime)])
        (runtime / ".complete").touch()
    return runtime


def _as_lambda_unzips(root: Path) -> None:
    """Every file dated 1980-01-01 as in SAM's zips, and nothing writable, as /opt and /var/task are."""
    paths = [root, *root.rglob("*")]
    for path in paths:
        os.utime(path, (ZIP_EPOCH, ZIP_EPOCH))
    for path in reversed(paths):  # children before their folders
        path.chmod(0o555 if path.is_dir() or os.access(path, os.X_OK) else 0o444)


def _make_writable(root: Path) -> None:
    for folder in [root, *root.rglob("*")] if root.exists() else []:
        if folder.is_dir():
            folder.chmod(0o755)


def _remove(path: Path) -> None:
    _make_writable(path)
    if path.exists():
        shutil.rmtree(path)


def _write_events(targets: Sequence[Target]) -> None:
    for target in targets:
        scenario = target.scenario
        body = None if scenario.body is None else json.dumps(scenario.body).encode()
        headers = [("x-api-key", "benchmark"), ("Accept", "application/json")]
        if body is not None:
            headers.append(("Content-Type", "application/json"))
        event = build_proxy_event(
            method=scenario.method,
            path=scenario.path,
            resource=target.endpoint.resource,
            headers=headers,
            body=body,
            stage="prod",
            api_key_id="benchmark-key-id",
        )
        target.events_file.parent.mkdir(parents=True, exist_ok=True)
        target.events_file.write_text(json.dumps({scenario.name: event}), encoding="utf-8")


def _bytecode_files(artifacts: Artifacts) -> set[Path]:
    roots = (artifacts.layer, artifacts.runtime, *artifacts.functions.values())
    return {path for root in roots for path in root.rglob("*.pyc")}


# --- the moto server and the processes' environments -----------------------------------------------


def _seed(template: Template) -> None:
    client = startup_client()
    physical_ids = local_physical_ids(template)
    create_missing_tables(client, template, physical_ids)
    seed_knowledge_base(client, global_environment(template, physical_ids)["TABLE_NAME"])


def _processes(template: Template, artifacts: Artifacts, endpoint_url: str) -> dict[str, Process]:
    """The bare boto3 process's and each function's: what Lambda sets, the template's, moto's endpoint."""
    common = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "TZ": ":UTC",
        "PYTHONDONTWRITEBYTECODE": "1",
        "AWS_REGION": DEFAULT_REGION,
        "AWS_DEFAULT_REGION": DEFAULT_REGION,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",  # not a secret: moto accepts anything
        "AWS_SESSION_TOKEN": "testing",
        "AWS_EXECUTION_ENV": "AWS_Lambda_python3.13",
        "AWS_EC2_METADATA_DISABLED": "true",
        ENDPOINT_VARIABLE: endpoint_url,
    }
    baseline = {**common, "PYTHONPATH": str(artifacts.runtime)}
    processes = {BASELINE: Process(artifacts.python, baseline, artifacts.runtime)}
    physical_ids = local_physical_ids(template)
    for function in template.functions():
        task_root = artifacts.functions.get(function.logical_id)
        if task_root is None:
            continue
        environment = {
            **common,
            **function_environment(template, function, physical_ids),
            "AWS_LAMBDA_FUNCTION_NAME": function.logical_id,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(function.properties.get("MemorySize", 128)),
            "_HANDLER": function.handler,
            "LAMBDA_TASK_ROOT": str(task_root),
            "PYTHONPATH": os.pathsep.join(map(str, (artifacts.layer, task_root, artifacts.runtime))),
        }
        processes[function.logical_id] = Process(artifacts.python, environment, task_root)
    return processes


# --- the measurements ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    wall_ms: float  # from spawn to exit, as the parent sees it
    cpu_ms: float  # user + system time of the process: what other load on the machine disturbs least
    detail: dict[str, Any]  # the child's RESULT line


def _spawn(process: Process, arguments: Sequence[str]) -> Run:
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    finished = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [process.python, "-P", str(CHILD), *arguments],
        env=process.environment,
        cwd=process.cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    wall_ms = (time.perf_counter() - started) * 1000
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = cpu_after.ru_utime - cpu_before.ru_utime + cpu_after.ru_stime - cpu_before.ru_stime
    lines = [line for line in finished.stdout.splitlines() if line.startswith("RESULT ")]
    if finished.returncode != 0 or not lines:
        raise SystemExit(f"{' '.join(arguments)} failed ({finished.returncode}):\n{finished.stderr[-3000:]}")
    return Run(wall_ms, cpu_seconds * 1000, json.loads(lines[-1].removeprefix("RESULT ")))


def _candidates(targets: Sequence[Target]) -> list[tuple[str, str, list[str]]]:
    """(figure, function, child arguments): Init of the first route's function, then each route's first request."""
    first = targets[0].endpoint.function
    candidates = [(INIT, first.logical_id, ["init", first.handler])]
    for target in targets:
        function = target.endpoint.function
        arguments = ["first", function.handler, str(target.events_file)]
        candidates.append((f"Init + first {target.scenario.name}", function.logical_id, arguments))
    return candidates


def _cold(processes: dict[str, Process], targets: Sequence[Target], pairs: int) -> dict[str, Any]:
    """Each figure's process next to a bare boto3 process, round after round; round 0 is a discarded warm-up."""
    candidates = _candidates(targets)
    runs: dict[str, list[tuple[Run, Run]]] = {name: [] for name, _, _ in candidates}  # (candidate, bare boto3)
    print(f"cold starts: a warm-up round, then {pairs} rounds of interleaved pairs", flush=True)
    for round_number in range(pairs + 1):
        for index, (name, function_id, arguments) in enumerate(candidates):
            # Alternate which process of a pair goes first, so that drift hits both alike.
            if (round_number + index) % 2 == 0:
                baseline = _spawn(processes[BASELINE], ["baseline"])
                candidate = _spawn(processes[function_id], arguments)
            else:
                candidate = _spawn(processes[function_id], arguments)
                baseline = _spawn(processes[BASELINE], ["baseline"])
            if candidate.detail.get("status", 200) != 200:
                raise SystemExit(f"{name}: the function answered {candidate.detail['status']}")
            if round_number:
                runs[name].append((candidate, baseline))
        if round_number:
            summary = ", ".join(f"{name} {pairs_[-1][0].wall_ms:.0f}" for name, pairs_ in runs.items())
            print(f"  round {round_number}/{pairs} (wall ms): {BASELINE} {runs[INIT][-1][1].wall_ms:.0f}, {summary}")
    baselines = [baseline.detail for pairs_ in runs.values() for _, baseline in pairs_]
    return {
        "bare_boto3_client_median_ms": round(statistics.median(detail["client_ms"] for detail in baselines), 1),
        "bare_boto3_client_cpu_median_ms": round(statistics.median(detail["client_cpu_ms"] for detail in baselines), 1),
        "figures": {name: _figure(pairs_) for name, pairs_ in runs.items()},
    }


def _figure(pairs: list[tuple[Run, Run]]) -> dict[str, Any]:
    walls, baselines = [c.wall_ms for c, _ in pairs], [b.wall_ms for _, b in pairs]
    cpus, baseline_cpus = [c.cpu_ms for c, _ in pairs], [b.cpu_ms for _, b in pairs]
    in_process = {
        key: round(statistics.median(candidate.detail[key] for candidate, _ in pairs), 1)
        for key in ("init_ms", "first_request_ms", "dynamodb_ms", "dynamodb_calls")
        if key in pairs[0][0].detail
    }
    # The bare process makes no DynamoDB call; the candidate's wait for moto's answers, measured in
    # the process, is taken out of its wall time for a like-for-like figure (0 for Init).
    without_dynamodb = [c.wall_ms - c.detail.get("dynamodb_ms", 0.0) for c, _ in pairs]
    return {
        "median_ms": round(statistics.median(walls), 1),
        "min_ms": round(min(walls), 1),
        "max_ms": round(max(walls), 1),
        "baseline_median_ms": round(statistics.median(baselines), 1),
        "baseline_min_ms": round(min(baselines), 1),
        "baseline_max_ms": round(max(baselines), 1),
        "ratio": round(statistics.median(walls) / statistics.median(baselines), 2),
        "median_ms_without_dynamodb_wait": round(statistics.median(without_dynamodb), 1),
        "ratio_without_dynamodb_wait": round(statistics.median(without_dynamodb) / statistics.median(baselines), 2),
        # Less sensitive to a busy machine: each process against the bare one that ran beside it.
        "median_pair_ratio": round(statistics.median(w / b for w, b in zip(walls, baselines, strict=True)), 2),
        "cpu_median_ms": round(statistics.median(cpus), 1),
        "baseline_cpu_median_ms": round(statistics.median(baseline_cpus), 1),
        "cpu_ratio": round(statistics.median(cpus) / statistics.median(baseline_cpus), 2),
        "in_process_medians_ms": in_process,
        "walls_ms": [round(wall, 1) for wall in walls],
        "baselines_ms": [round(baseline, 1) for baseline in baselines],
    }


def _warm(processes: dict[str, Process], targets: Sequence[Target], calls: int) -> dict[str, Any]:
    """One process per function: its first requests, then every route it serves ``calls`` times."""
    by_function: dict[str, list[Target]] = {}
    for target in targets:
        by_function.setdefault(target.endpoint.function.logical_id, []).append(target)
    results: dict[str, Any] = {}
    for function_id, served in by_function.items():
        print(f"warm: {calls} calls per route in one {function_id} process", flush=True)
        events = {}
        for target in served:
            events.update(json.loads(target.events_file.read_text(encoding="utf-8")))
        events_file = WORK / "events" / f"warm-{function_id}.json"
        events_file.write_text(json.dumps(events), encoding="utf-8")
        handler = served[0].endpoint.function.handler
        detail = _spawn(processes[function_id], ["warm", handler, str(events_file), str(calls)]).detail
        for name, latencies in detail["latencies_ms"].items():
            ordered, cpu_ordered = sorted(latencies), sorted(detail["cpu_ms"][name])
            results[name] = {
                "function": function_id,
                "status": detail["statuses"][name],
                "p50_ms": _percentile(ordered, 0.50),
                "p99_ms": _percentile(ordered, 0.99),
                "max_ms": ordered[-1],
                "cpu_p50_ms": _percentile(cpu_ordered, 0.50),
                "cpu_p99_ms": _percentile(cpu_ordered, 0.99),
                "calls": len(ordered),
                "warm_dynamodb_calls_in_process": detail["warm_dynamodb_calls"],
            }
    return results


def _percentile(ordered: Sequence[float], fraction: float) -> float:
    """Nearest rank."""
    return ordered[max(0, math.ceil(len(ordered) * fraction) - 1)]


def _report(results: dict[str, Any]) -> None:
    print(f"\ncold starts, {results['pairs']} interleaved pairs, wall ms from spawn to exit ({results['python']})")
    print(
        f"bytecode: {results['bytecode']}; ratio: of the medians; pairs: median of each pair's ratio; "
        "no DynamoDB: the ratio with the candidate's measured wait for its DynamoDB calls (moto) taken out "
        "of its wall time, since the bare process makes none; cpu: of the median CPU times (user + system)"
    )
    columns = ("median", "min-max", "bare boto3", "min-max", "ratio", "pairs", "no DynamoDB", "cpu")
    print(f"{'':<40}" + "".join(f"{column:>{width}}" for column, width in zip(columns, WIDTHS, strict=True)))
    for name, figure in results["cold"]["figures"].items():
        cells = (
            f"{figure['median_ms']:.0f}",
            f"{figure['min_ms']:.0f}-{figure['max_ms']:.0f}",
            f"{figure['baseline_median_ms']:.0f}",
            f"{figure['baseline_min_ms']:.0f}-{figure['baseline_max_ms']:.0f}",
            f"{figure['ratio']:.2f}x",
            f"{figure['median_pair_ratio']:.2f}x",
            f"{figure['ratio_without_dynamodb_wait']:.2f}x",
            f"{figure['cpu_ratio']:.2f}x",
        )
        print(f"{name:<40}" + "".join(f"{cell:>{width}}" for cell, width in zip(cells, WIDTHS, strict=True)))
    print("\nin-process medians (ms): handler import (init), first request, its DynamoDB calls and their time")
    for name, figure in results["cold"]["figures"].items():
        print(f"  {name:<38} {figure['in_process_medians_ms']}")
    cold = results["cold"]
    print(
        f"  {'boto3.client in the bare process':<38} {cold['bare_boto3_client_median_ms']} "
        f"(CPU {cold['bare_boto3_client_cpu_median_ms']})"
    )
    print("\nwarm, one process per function (ms)")
    for name, figure in results["warm"].items():
        print(
            f"  {name:<38} p50 {figure['p50_ms']:.2f}  p99 {figure['p99_ms']:.2f}  max {figure['max_ms']:.2f}  "
            f"(CPU p50 {figure['cpu_p50_ms']:.2f}  p99 {figure['cpu_p99_ms']:.2f})  "
            f"({figure['calls']} calls; DynamoDB calls after the first requests in {figure['function']}: "
            f"{figure['warm_dynamodb_calls_in_process']})"
        )


def _run(command: Sequence[str]) -> None:
    subprocess.run(command, check=True)  # noqa: S603 (our own interpreter and scripts)


if __name__ == "__main__":
    main()
