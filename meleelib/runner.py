"""Run the notebook series headless with papermill: `python -m meleelib run --profile demo`.

Each notebook `notebooks/NN_name.ipynb` gets the profile's `name` section plus `run` as papermill
parameters. Executed copies and their HTML renders go to `outputs/<run>/`.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import sys
import tempfile
import time
import uuid
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter

from meleelib import progress, teacher
from meleelib.clean.settings import Settings as CleanSettings
from meleelib.config import ProfileError, check_parameter, load_profile
from meleelib.loopback import free_port
from meleelib.paths import NOTEBOOKS, PROGRESS, RunPaths, project_root
from meleelib.serve import chat, coach, gguf, hub
from meleelib.train.settings import Settings as TrainSettings


def stages(root: Path) -> list[tuple[str, str, Path]]:
    """(number, section, path) of every notebook in the series, in order."""
    found = []
    for path in sorted((root / NOTEBOOKS).glob("[0-9][0-9]_*.ipynb")):
        number, _, section = path.stem.partition("_")
        found.append((number, section, path))
    return found


def notebook_parameters(path: Path) -> dict[str, str]:
    """A notebook's parameters and their declared types (`int`, `str or None`...), from its parameters cell."""
    return {name: p["inferred_type_name"] for name, p in papermill.inspect_notebook(str(path)).items()}


def plan(profile: dict, root: Path) -> list[tuple[str, str, Path, dict]]:
    """Each stage with its parameters: its own section, plus the top-level values (run, teacher) it takes.

    An unknown section or key is a ProfileError naming the valid ones.
    """
    series = [(number, section, path, notebook_parameters(path)) for number, section, path in stages(root)]
    sections = {section for _, section, _, _ in series}
    shared = {k: v for k, v in profile.items() if k not in sections}
    takers = set().union(*(set(names) for *_, names in series))
    unknown = set(shared) - takers
    if unknown:
        raise ProfileError(f"Unknown profile section(s) {sorted(unknown)}; valid sections: "
                           f"{', '.join(sorted(sections | (takers & set(shared)) | {'run'}))}.")
    if "teacher" in profile:  # checked in full before anything runs, as every stage that asks it would
        teacher.Settings.of(profile["teacher"])
    moved = {f.name for f in dataclasses.fields(teacher.Settings)}
    planned = []
    for number, section, path, names in series:
        params = dict(profile.get(section) or {})
        bad = set(params) - set(names)
        if bad:
            hint = f" ({', '.join(sorted(bad & moved))} belong(s) in the teacher section)" if bad & moved else ""
            raise ProfileError(f"Unknown key(s) {sorted(bad)} in profile section {section!r}{hint}; "
                               f"valid keys: {', '.join(sorted(set(names) - set(shared)))}.")
        for key, value in params.items():
            check_parameter(section, key, value, names[key])
        planned.append((number, section, path, {**{k: v for k, v in shared.items() if k in names}, **params}))
    if "clean" in profile:  # its ranges, and the files it names
        CleanSettings.of(profile["clean"] or {}, root)
    if "train_qlora" in profile:
        TrainSettings.of(profile["train_qlora"] or {})
    return planned


def written_since(paths: RunPaths, started: float, skip: tuple[str, ...] = ("http", NOTEBOOKS)) -> list[Path]:
    files = [p for base in (paths.data, paths.outputs) if base.exists() for p in base.rglob("*")
             if p.is_file() and p.stat().st_mtime >= started and not set(p.relative_to(base).parts) & set(skip)
             and not p.name.endswith(("-shm", "-wal"))]
    return sorted(files)


def render_html(notebook: Path) -> Path:
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(notebook, as_version=4))
    target = notebook.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def local_kernel_manager():
    """A kernel manager whose kernels talk over Unix sockets in a private temporary folder (IPC), not loopback TCP:
    nothing else on the machine can connect, and ipykernel has no reason to warn, at every stage, that it "is running
    over TCP without encryption"."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class LocalKernelManager(AsyncKernelManager):
        @default("transport")
        def _transport_default(self):
            return "ipc"

        @default("ip")
        def _ip_default(self):  # for IPC, the sockets' path prefix
            return str(Path(tempfile.mkdtemp(prefix="meleelib-kernel-")) / uuid.uuid4().hex[:8])

    return LocalKernelManager


def run(profile: dict, start: str | None = None, only: str | None = None, root: Path | None = None,
        stop: str | None = None, quiet: bool = False, progress_every: float | None = None) -> list[dict]:
    """Execute the series; returns one row per stage. Raises StageFailed when a notebook fails.

    Unless `quiet`, each stage shows where it is as it runs (`progress`)."""
    root = root or project_root()
    paths = RunPaths.of(profile["run"], root)
    todo = [s for s in plan(profile, root) if (only is None or s[0] == only) and (start is None or s[0] >= start)
            and (stop is None or s[0] <= stop)]
    if not todo:
        raise ProfileError(f"No stage matches --from {start} / --to {stop} / --only {only}; stages: "
                           f"{', '.join(n for n, _, _ in stages(root))}.")
    executed_dir = paths.outputs / NOTEBOOKS
    executed_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for number, _section, path, params in todo:
        out = executed_dir / path.name
        print(f"[{number}] {path.name} ...", flush=True)
        started = time.time()
        watching = contextlib.nullcontext({}) if quiet else \
            progress.watch(number, path, executed_dir / PROGRESS, progress_every)
        try:
            with watching as hooks:
                papermill.execute_notebook(str(path), str(out), parameters=params, cwd=str(path.parent),
                                           kernel_name="python3", progress_bar=False,
                                           kernel_manager_class=local_kernel_manager(), **hooks)
        except papermill.PapermillExecutionError as err:
            render_html(out)
            rows.append({"stage": path.stem, "status": "failed", "seconds": time.time() - started, "outputs": str(out)})
            print_table(rows)
            raise StageFailed(f"{path.name} failed in cell {err.exec_count or '?'} (cell index {err.cell_index}): "
                              f"{err.ename}: {err.evalue}\nThe partly executed copy is {out} "
                              f"(and {out.with_suffix('.html')}). Fix it, then resume with --from {number}.") from None
        html = render_html(out)
        outputs = [str(p.relative_to(root)) for p in written_since(paths, started)]
        shown = ", ".join(outputs[:3]) + (f" (+{len(outputs) - 3} more)" if len(outputs) > 3 else "")
        rows.append({"stage": path.stem, "status": "ok", "seconds": time.time() - started,
                     "outputs": shown or str(html.relative_to(root))})
    print_table(rows)
    print(f"Rendered notebooks: {executed_dir}")
    return rows


class StageFailed(RuntimeError):
    """A notebook raised; the message names it, the cell, the error and the partial copy."""


def print_table(rows: list[dict]) -> None:
    print(f"\n{'stage':<22}{'status':<8}{'time':>8}  main outputs")
    for r in rows:
        print(f"{r['stage']:<22}{r['status']:<8}{r['seconds']:>7.1f}s  {r['outputs']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m meleelib", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("run", help="execute the notebooks in order")
    cmd.add_argument("--profile", default="demo", help="demo, smoke, a100, or a path to a YAML profile")
    cmd.add_argument("--from", dest="start", metavar="NN", help="start at stage NN, e.g. 03")
    cmd.add_argument("--to", dest="stop", metavar="NN", help="stop after stage NN")
    cmd.add_argument("--only", metavar="NN", help="run stage NN alone")
    cmd.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                     help="override a profile value, e.g. --set scrape_guides.all_posts=true (repeatable)")
    cmd.add_argument("--quiet", action="store_true", help="print only a line per stage and the final table")
    cmd.add_argument("--progress-every", type=float, metavar="SECONDS",
                     help="seconds between progress lines (default: 1 on a terminal, 30 into a file or pipe)")
    exp = sub.add_parser("export", help="the coach as a standalone model folder, outputs/<run>/coach")
    exp.add_argument("--run", default="demo", help="the run whose stage 05 adapter to export")
    exp.add_argument("--merge", choices=coach.MERGES, default=coach.DEFAULT_MERGE,
                     help="fold the adapter into the dequantized 4-bit weights it was trained on, or the original ones")
    exp.add_argument("--dtype", choices=list(coach.DTYPES), default=coach.DEFAULT_DTYPE,
                     help="the weights' dtype; auto: what stage 05 computed in (fp32 on a CPU, bf16 on most GPUs)")
    exp.add_argument("--gguf", action="store_true",
                     help="also write outputs/<run>/coach/coach-<quant>.gguf and an Ollama Modelfile (llama.cpp's "
                          "converter, fetched once into ~/.cache/meleelib)")
    exp.add_argument("--quant", choices=gguf.QUANTS, default=gguf.DEFAULT_QUANT, help="the GGUF's weight type")
    exp.add_argument("--push-to-hub", metavar="REPO", help="push the coach to this Hub model repo ($HF_TOKEN)")
    exp.add_argument("--push-dataset", metavar="REPO", help="push stage 04's dataset to this Hub dataset repo")
    exp.add_argument("--public", action="store_true", help="create pushed repositories public (default: private)")
    srv = sub.add_parser("serve", help="the exported coach behind an OpenAI-compatible endpoint on 127.0.0.1")
    srv.add_argument("--run", default="demo", help="the run whose coach to serve (exported first if needed)")
    srv.add_argument("--port", type=int, help="the port (default: a free one)")
    srv.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                     help="cpu: the GGUF coach with llama.cpp's server; cuda: the coach folder with vLLM "
                          "(pip install 'meleelib[gpu]'); auto: cuda when torch sees a GPU")
    srv.add_argument("--quant", choices=gguf.QUANTS, default=gguf.DEFAULT_QUANT, help="cpu: the GGUF's weight type")
    srv.add_argument("--n-parallel", type=int, default=4, help="requests decoded together (slots)")
    srv.add_argument("--threads", type=int, help="cpu: threads (default: every CPU this process may use)")
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            run(load_profile(args.profile, args.overrides), start=args.start, only=args.only, stop=args.stop,
                quiet=args.quiet, progress_every=args.progress_every)
        elif args.command == "export":
            export(args)
        else:
            serve(args)
    except (ProfileError, StageFailed, coach.CoachError, hub.HubError, ModuleNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


def export(args) -> None:
    paths = RunPaths.of(args.run)
    folder = coach.export_run(paths, merge=args.merge, dtype=args.dtype, dataset_repo=args.push_dataset)
    print(f"Coach: {folder}")
    if args.gguf:
        print(f"GGUF: {gguf.export_run(paths, args.quant, merge=args.merge, dtype=args.dtype)}")
    if args.push_dataset:
        print(f"Dataset pushed: {hub.push(paths.processed, args.push_dataset, 'dataset', private=not args.public)}")
    if args.push_to_hub:
        print(f"Coach pushed: {hub.push(folder, args.push_to_hub, 'model', private=not args.public)}")


def serve(args) -> None:
    """The coach behind an OpenAI-compatible endpoint: its GGUF with the engine on a CPU, its folder with vLLM on a
    GPU, under the same model id."""
    from meleelib.serve import engine, gpu
    paths = RunPaths.of(args.run)
    name = coach.served_name(paths.run)
    if args.device == "cuda" or (args.device == "auto" and gpu.available()):
        port = args.port or free_port()
        server = gpu.serve(coach.export_run(paths), name, port, n_parallel=args.n_parallel)
    else:
        server = engine.serve(gguf.export_run(paths, args.quant), n_parallel=args.n_parallel, n_threads=args.threads,
                              alias=name, roles=gguf.ROLES, port=args.port)
    with server as running:
        print(chat.how_to_ask(running), flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


