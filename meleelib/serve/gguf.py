"""The coach as a GGUF file, made by llama.cpp's own converter, with an Ollama Modelfile beside it.

The converter (convert_hf_to_gguf.py, its conversion/ package and gguf-py/) is taken from the pinned llama-cpp-python
sdist, which vendors llama.cpp's sources: fetched once with `pip download --no-binary :all:` (checked against its
sha256) and kept, about 2 MB, in ~/.cache/meleelib/. It runs in a subprocess of this Python, which needs torch,
transformers, numpy, sentencepiece, pyyaml and tqdm; its own gguf-py goes first on its path.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from meleelib import files, paths

LLAMA_CPP_PYTHON = "0.3.36"  # vendors llama.cpp 0c1e57098; the xllamacpp wheel serving the files is b11549
SDIST_SHA256 = "832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e"
KEEP = ("convert_hf_to_gguf.py", "conversion/", "gguf-py/gguf/", "LICENSE")
#: The converter's weight types. Greedy answers identical to fp32 transformers' (benchmarks/gguf_agreement.py, 7
#: prompts): f32 7, f16 6, q8_0 1; f16 is the most faithful of the half-size ones (README, "The coach as GGUF").
QUANTS = ("f32", "f16", "bf16", "q8_0")
DEFAULT_QUANT = "f16"
ROLES = ("user", "assistant")  # what the coach's chat template takes; serve it with engine.serve(roles=ROLES)


def converter_dir(cache: Path | None = None) -> Path:
    """The cached converter, fetched on first use."""
    cache = Path(cache or paths.cache() / f"llama.cpp-{LLAMA_CPP_PYTHON}")
    if (cache / "convert_hf_to_gguf.py").is_file():
        return cache
    cache.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache.parent) as tmp:
        req = Path(tmp) / "requirements.txt"
        req.write_text(f"llama-cpp-python=={LLAMA_CPP_PYTHON} --hash=sha256:{SDIST_SHA256}\n")
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "--require-hashes", "-r", str(req), "-d", tmp], check=True)
        (sdist,) = Path(tmp).glob("llama_cpp_python-*.tar.gz")
        prefix = f"llama_cpp_python-{LLAMA_CPP_PYTHON}/vendor/llama.cpp/"
        staged = Path(tmp) / "llama.cpp"
        with tarfile.open(sdist) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith(prefix)
                       and m.name[len(prefix):].startswith(KEEP) and (m.isfile() or m.isdir())]
            for m in members:
                m.name = m.name[len(prefix):]
            tar.extractall(staged, members=members, filter="data")
        try:
            os.rename(staged, cache)  # atomic: a half-extracted converter is never taken for a whole one
        except OSError:  # another process got there first
            if not (cache / "convert_hf_to_gguf.py").is_file():
                raise
    return cache


def adds_bos(tokenizer) -> bool:
    """Whether llama.cpp must add BOS itself: when training's tokenisation adds one and the chat template does not
    write it (a template that writes `bos_token` gets it parsed as the special token already)."""
    ids = tokenizer("Q").input_ids
    return (tokenizer.bos_token_id is not None and ids[:1] == [tokenizer.bos_token_id]
            and "bos_token" not in (tokenizer.chat_template or ""))


def convert(hf_dir: Path, out: Path, quant: str = DEFAULT_QUANT, *, add_bos_token: bool,
            cache: Path | None = None) -> Path:
    """`hf_dir` (safetensors, tokenizer, chat template) as the GGUF file `out`, its chat template in its metadata and
    tokenizer.ggml.add_bos_token set as given. Written under a temporary name and renamed into place."""
    if quant not in QUANTS:
        raise ValueError(f"quant {quant!r} is unknown: use one of {', '.join(QUANTS)}.")
    hf_dir, out = Path(hf_dir), Path(out)
    conv = converter_dir(cache)
    env = {**os.environ, "PYTHONPATH": str(conv / "gguf-py")}
    partial = out.with_name(f".{out.name}.partial")
    log = out.with_name(out.name + ".convert.log")
    steps = [[sys.executable, str(conv / "convert_hf_to_gguf.py"), str(hf_dir), "--outtype", quant,
              "--outfile", str(partial)],
             # The script reads the value with numpy.bool_, true for any non-empty string ("0" included).
             [sys.executable, str(conv / "gguf-py/gguf/scripts/gguf_set_metadata.py"), "--force", str(partial),
              "tokenizer.ggml.add_bos_token", "1" if add_bos_token else ""]]
    try:
        with open(log, "w") as f:
            for cmd in steps:
                if subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, env=env).returncode:
                    last = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
                    raise RuntimeError(f"GGUF conversion failed: {' '.join(cmd)}\n{last}")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def modelfile(gguf: Path, eos: str) -> str:
    """An Ollama Modelfile for `gguf`: the training format `Q: …\\nA:` as Ollama's template, stopping at `eos`."""
    template = ('{{- range .Messages }}{{- if eq .Role "user" }}Q: {{ .Content }}\nA:'
                '{{- else if eq .Role "assistant" }} {{ .Content }}' + eos + '{{- end }}{{- end }}')
    return (f"# ollama create coach -f Modelfile && ollama run coach\nFROM ./{Path(gguf).name}\n"
            f'TEMPLATE """{template}"""\nPARAMETER stop "{eos}"\nPARAMETER temperature 0\n')


def export_run(paths, quant: str = DEFAULT_QUANT, **coach_options) -> Path:
    """`outputs/<run>/coach/coach-<quant>.gguf` and its Modelfile, from the run's coach folder (exported first if
    needed). Redone when the folder is newer than the file."""
    from transformers import AutoTokenizer

    from meleelib.serve import coach
    folder = coach.export_run(paths, **coach_options)
    out = folder / f"coach-{quant}.gguf"
    if out.is_file() and out.stat().st_mtime >= (folder / files.EXPORT_MARKER).stat().st_mtime:
        return out
    tok = AutoTokenizer.from_pretrained(folder)
    convert(folder, out, quant, add_bos_token=adds_bos(tok))
    (folder / "Modelfile").write_text(modelfile(out, tok.eos_token))
    return out
