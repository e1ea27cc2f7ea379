"""A notebook run through JupyterLab's own UI, in headless Chromium: `python -m meleelib.browser_check`.

In a scratch copy of the project (the notebooks and the sample forum), stage 01 runs headless to give stage 02 its
guides; then JupyterLab starts on loopback, Chromium opens `02_chunk_sizes.ipynb` and chooses Run > Run All Cells, and
the check waits for every cell to finish. It passes when the page shows a table and a figure and no error, and the
notebook JupyterLab saves holds no error output. A screenshot goes to outputs/browser-check/.

Chromium is the system's (Debian: `apt-get install chromium`), driven by Playwright; Playwright's own browser
download is not used.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import nbformat
import tenacity

from meleelib.config import load_profile
from meleelib.loopback import free_port
from meleelib.paths import NOTEBOOKS, project_root

CHROMIUM = "chromium"  # the system's, found on PATH
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
RUN_ALL = 'li.lm-Menu-item[data-command="runmenu:run-all"]'  # Run > Run All Cells
#: True once a cell is running, queued or done.
RUN_STARTED = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
.some(e => /\\[(\\*|\\d+)\\]/.test(e.textContent))"""
#: True once Run All has ended: a cell shows an execution count ("[3]:") and none is running or queued ("[*]:").
#: After an error the cells below it keep "[ ]:"; the saved notebook tells which ran.
RUN_ENDED = """() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(e => e.textContent);
return p.some(t => /\\[\\d+\\]/.test(t)) && !p.some(t => t.includes('*')); }"""


class BrowserCheckFailed(AssertionError):
    """The notebook did not run cleanly in the browser; the message says what was missing or wrong."""


def scratch_project(root: Path, into: Path) -> Path:
    for name in (NOTEBOOKS, "data/sample_site"):
        shutil.copytree(root / name, into / name)
    return into


def start_lab(folder: Path, env: dict, log_path: Path) -> tuple[subprocess.Popen, str]:
    """JupyterLab on a free loopback port, serving `folder`; returns the process and the URL with its token."""
    port, token = free_port(), secrets.token_hex(16)
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           f"--ServerApp.root_dir={folder}", f"--IdentityProvider.token={token}",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly",
           "--allow-root"]  # CI runs as root; the server answers on loopback only, with a token
    with open(log_path, "wb") as log:
        lab = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"

    @tenacity.retry(retry=tenacity.retry_if_exception_type(OSError), wait=tenacity.wait_fixed(0.5),
                    stop=tenacity.stop_after_delay(120), reraise=True)
    def answer():
        if lab.poll() is not None:
            raise BrowserCheckFailed(f"JupyterLab exited with {lab.returncode}; its log: {log_path}")
        with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
            return lab, f"{url}/lab/tree/{{}}?token={token}"
    try:
        return answer()
    except OSError:
        lab.terminate()
        raise BrowserCheckFailed(f"JupyterLab did not answer within 120 s; its log: {log_path}") from None


@contextlib.contextmanager
def chromium(width: int = 1400, height: int = 2400):
    """The system's Chromium, headless, in a fresh profile, driven by Playwright: yields a browser context."""
    from playwright.sync_api import sync_playwright
    exe = shutil.which(CHROMIUM)
    if exe is None:
        raise BrowserCheckFailed("Chromium is not installed: `apt-get install chromium` (Debian), then run again.")
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(profile, executable_path=exe, headless=True, args=FLAGS,
                                                       viewport={"width": width, "height": height})
        try:
            yield browser
        finally:
            browser.close()


def check_report(report: Path, screenshot: Path) -> dict:
    """Open a stage 06 report: count the images the browser failed to draw, and take a screenshot."""
    with chromium(1200, 2400) as browser:
        page = browser.new_page()
        page.goto(Path(report).resolve().as_uri(), wait_until="load")
        images = page.evaluate("() => [...document.images].map(i => i.complete && i.naturalWidth > 0)")
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))
    return {"images": len(images), "broken": images.count(False), "screenshot": str(screenshot)}


def run_in_browser(url: str, screenshot: Path, timeout_s: float = 300) -> dict:
    """Open the notebook, Run > Run All Cells, wait for the last cell, save it (Ctrl+S); what the page shows."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    with chromium() as browser:
        page = browser.new_page()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.goto(url)
        page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=120_000)
        page.locator("#jp-main-statusbar", has_text="| Idle").wait_for(timeout=120_000)  # the kernel is ready
        for attempt in (1, 2):  # a click made while the page is still settling can be lost: try it once more
            page.locator("li.lm-MenuBar-item", has_text="Run").first.click()
            page.locator(RUN_ALL).click()
            try:
                page.wait_for_function(RUN_STARTED, timeout=60_000, polling=250)
                break
            except PlaywrightTimeout:
                if attempt == 2:
                    page.screenshot(path=str(screenshot))
                    raise BrowserCheckFailed(f"Run > Run All Cells started nothing; see {screenshot}.") from None
        try:
            page.wait_for_function(RUN_ENDED, timeout=timeout_s * 1000, polling=500)
        except PlaywrightTimeout:
            page.screenshot(path=str(screenshot))
            raise BrowserCheckFailed(f"The notebook was still running after {timeout_s:.0f} s; see {screenshot}.") \
                from None
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
        page.locator(".jp-Notebook").first.click()
        page.keyboard.press("Control+s")
        page.wait_for_selector(".jp-mod-dirty", state="detached", timeout=30_000)
        page.screenshot(path=str(screenshot))
        outputs = page.locator(".jp-OutputArea-output")
        return {"tables": page.locator(".jp-OutputArea-output table").count(),
                "figures": page.locator(".jp-OutputArea-output img").count(),
                "errors": outputs.filter(has_text="Traceback").count(), "outputs": outputs.count()}


def check(notebook: str = "02_chunk_sizes.ipynb", root: Path | None = None) -> dict:
    """The whole check; raises BrowserCheckFailed with what went wrong."""
    from meleelib import runner
    root = root or project_root()
    screenshot = root / "outputs" / "browser-check" / notebook.replace(".ipynb", ".png")
    with tempfile.TemporaryDirectory() as tmp:
        work = scratch_project(root, Path(tmp))
        env = {**os.environ, "MELEELIB_ROOT": str(work)}
        before = os.environ.get("MELEELIB_ROOT")
        os.environ["MELEELIB_ROOT"] = str(work)  # for the runner's kernel
        try:
            runner.run(load_profile("demo"), only="01", root=work, quiet=True)  # the guides stage 02 reads
        finally:
            if before is None:
                del os.environ["MELEELIB_ROOT"]
            else:
                os.environ["MELEELIB_ROOT"] = before
        lab, url = start_lab(work / NOTEBOOKS, env, work / "jupyterlab.log")
        try:
            seen = run_in_browser(url.format(notebook), screenshot)
        finally:
            lab.terminate()
            lab.wait(timeout=30)
        saved = nbformat.read(work / NOTEBOOKS / notebook, as_version=4)
    errors = [o for c in saved.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    unrun = [i for i, c in enumerate(saved.cells) if c.cell_type == "code" and not c.execution_count]
    seen.update(screenshot=str(screenshot), saved_errors=len(errors), unrun_cells=unrun)
    problems = [what for what, bad in (("no table", not seen["tables"]), ("no figure", not seen["figures"]),
                                       ("an error on the page", seen["errors"]), ("an error output", errors),
                                       (f"cells not run: {unrun}", unrun)) if bad]
    if problems:
        detail = "".join(f" {e.ename}: {e.evalue}." for e in errors)
        raise BrowserCheckFailed(f"{notebook} in JupyterLab: {', '.join(problems)}.{detail} See {screenshot}.")
    return seen


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m meleelib.browser_check", description=__doc__.splitlines()[0])
    parser.add_argument("--notebook", default="02_chunk_sizes.ipynb", help="a notebook of the series, by file name")
    print(check(parser.parse_args().notebook))
