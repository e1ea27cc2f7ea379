"""The committed sample forum: built from its sources, and big enough to be the demo corpus."""
import importlib.util
import re
import shutil

import pytest

from meleelib.scrape import xenforo
from tests.helpers import SAMPLE

spec = importlib.util.spec_from_file_location("build", SAMPLE / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def test_pages_are_up_to_date_with_their_sources(tmp_path, monkeypatch):
    shutil.copytree(SAMPLE / "src", tmp_path / "src")
    monkeypatch.setattr(build, "HERE", tmp_path)
    build.build()
    for page in (tmp_path / "threads").rglob("*.html"):
        committed = SAMPLE / page.relative_to(tmp_path)
        assert committed.is_file() and committed.read_text() == page.read_text(), \
            f"{committed} is stale: run python data/sample_site/build.py"


def starter_words(forum_slug):
    thread = next(t for t in map(build.read_thread, (SAMPLE / "src").glob("*.bb"))
                  if t["forum"] == forum_slug and t["prefix"] == "Guide")
    folder = SAMPLE / "threads" / thread["slug"]
    pages = [xenforo.parse_thread(p.read_text(), "http://x/") for p in sorted(folder.glob("*.html"))]
    words = sum(len(post.text.split()) for page in pages for post in page.posts if post.author == thread["starter"])
    return words, len(pages)


@pytest.mark.parametrize("slug", list(build.FORUMS))
def test_every_guide_is_long_enough(slug):
    words, pages = starter_words(slug)
    assert words >= (3000 if slug == "fox" else 1200)
    if slug == "fox":
        assert pages >= 3


def test_no_unrendered_bbcode_left():
    for page in (SAMPLE / "threads").rglob("*.html"):
        assert not re.search(r"\[/?(b|i|quote|spoiler|list|img|media|url|heading|code)\b", page.read_text(), re.I), page
