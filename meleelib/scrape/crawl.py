"""Stage 01: guide threads found on a XenForo forum (or read from local files) and turned into guides."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from meleelib.progress import tqdm
from meleelib.scrape import xenforo
from meleelib.scrape.session import PoliteSession, ScrapeError


def fetch_thread(session: PoliteSession, url: str, all_posts: bool = False) -> dict:
    """Fetch every page of a thread and return its guide: the starter's posts (or all), deduplicated by post id."""
    first = session.get(xenforo.thread_base(url))
    base = xenforo.thread_base(first.url)  # an id-only address redirects to the canonical one
    page = xenforo.parse_thread(first.text, first.url)
    pages, posts = [page], {}
    for n in range(2, page.last_page + 1):
        response = session.get(xenforo.page_url(base, n))
        if response.url.rstrip("/") != xenforo.page_url(base, n).rstrip("/"):
            break  # redirected from past the last page
        pages.append(xenforo.parse_thread(response.text, response.url))
    for p in pages:
        for post in p.posts:
            posts.setdefault(post.post_id, post)
    kept = [p for p in sorted(posts.values(), key=lambda p: p.position) if all_posts or p.author == page.starter]
    kept = [p for p in kept if p.text.strip()]
    return {"url": base, "title": page.title, "prefix": page.prefix, "starter": page.starter,
            "xenforo": page.version, "pages": len(pages), "thread_id": int(re.search(r"(\d+)/$", base).group(1)),
            "posts": [vars(p) for p in kept], "post_ids": [p.post_id for p in kept],
            "text": "\n\n".join(p.text for p in kept)}


def discover_guides(session: PoliteSession, site: str, boards: list[str], characters: dict[str, str],
                    prefixes: list[str], title_pattern: str, listing_pages: int, max_per_character: int) -> dict:
    """Find each character's sub-forum on the boards by title regex, then its guide threads by prefix or title."""
    forums: dict[str, str] = {}
    for board in boards:  # a board listing the character forums, or a character's own forum
        page = xenforo.parse_forum(session.get(urljoin(site, board)).text, urljoin(site, board))
        for title, url in [*page.subforums, (page.title, page.url)]:
            for character, pattern in characters.items():
                if character not in forums and re.search(pattern, title, re.I):
                    forums[character] = url
    found: dict[str, list[str]] = {}
    for character in characters:
        if character not in forums:
            raise ScrapeError(f"No sub-forum on {boards} matched {character}'s pattern {characters[character]!r}; "
                              "fix scrape_guides.characters in the profile or list its threads under threads.")
        rows, url = [], forums[character]
        for n in range(1, listing_pages + 1):
            forum = xenforo.parse_forum(session.get(url).text, url)
            rows += forum.threads
            if n >= forum.last_page:
                break
            url = xenforo.page_url(xenforo.thread_base(forums[character]), n + 1)
        guides = [r for r in rows if r.prefix in prefixes or re.search(title_pattern, r.title)]
        guides.sort(key=lambda r: not r.sticky)
        found[character] = [r.url for r in guides[:max_per_character]]
    return found


def read_local(character: str, folder: Path) -> list[dict]:
    """Guides from a folder of .txt, .md or .html files, one guide per file."""
    files = sorted(p for p in Path(folder).glob("*") if p.suffix.lower() in (".txt", ".md", ".html", ".htm"))
    if not files:
        raise ScrapeError(f"{folder} holds no .txt, .md or .html file for {character}.")
    guides = []
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix.lower() in (".html", ".htm"):
            soup = BeautifulSoup(raw, "lxml")
            raw = xenforo.body_text(soup.body or soup)
        guides.append({"url": path.resolve().as_uri(), "title": path.stem, "prefix": "", "starter": "", "xenforo": None,
                       "pages": 1, "thread_id": None, "posts": [], "post_ids": [], "text": raw.strip()})
    return guides


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def scrape_guides(session: PoliteSession, *, site: str, boards: list[str], characters: dict[str, str],
                  guide_prefixes: list[str], guide_title_pattern: str, listing_pages: int = 1,
                  max_guides_per_character: int = 1, threads: dict | None = None, local_dirs: dict | None = None,
                  all_posts: bool = False) -> tuple[list[dict], list[dict]]:
    """Discover and fetch every character's guides; returns (guides, skipped) where skipped says why."""
    threads, local_dirs = threads or {}, local_dirs or {}
    unknown = set(threads) - set(characters) | set(local_dirs) - set(characters)
    if unknown:
        raise ScrapeError(f"threads/local_dirs name {sorted(unknown)}, which are not in characters: "
                          f"{sorted(characters)}.")
    wanted = {c: [] for c in characters}
    if boards:
        forum_chars = {c: p for c, p in characters.items() if c not in local_dirs}
        for c, urls in discover_guides(session, site, boards, forum_chars, guide_prefixes, guide_title_pattern,
                                       listing_pages, max_guides_per_character).items():
            wanted[c] += urls
    for c, urls in threads.items():
        wanted[c] += [urljoin(site, u) for u in urls if urljoin(site, u) not in wanted[c]]
    guides, skipped = [], []
    todo = [(c, u) for c, urls in wanted.items() for u in urls]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for character, url in tqdm(todo, desc="threads", unit="thread"):
        guide = fetch_thread(session, url, all_posts)
        if not guide["text"]:
            skipped.append({"character": character, "url": url, "reason": "the thread starter's posts are empty"})
            continue
        guides.append({"guide_id": f"{slug(character)}-{guide['thread_id']}", "character": character,
                       "source": "forum", "fetched_at": now, **guide})
    for character, folder in local_dirs.items():
        for guide in read_local(character, Path(folder)):
            if not guide["text"]:
                skipped.append({"character": character, "url": guide["url"], "reason": "the file is empty"})
                continue
            guides.append({"guide_id": f"{slug(character)}-{slug(Path(guide['url']).stem)}", "character": character,
                           "source": "local", "fetched_at": now, **guide})
    if not guides:
        raise ScrapeError(f"No guide was found for any of {sorted(characters)}: check the profile's boards, "
                          f"characters, guide_prefixes and guide_title_pattern. Skipped: {skipped}")
    for guide in guides:
        guide["n_words"] = len(guide["text"].split())
    return guides, skipped


def summary(guides: list[dict], skipped: list[dict], characters) -> list[dict]:
    """One row per character: threads, pages, posts and words kept, and why anything was skipped."""
    rows = []
    for c in characters:
        mine = [g for g in guides if g["character"] == c]
        rows.append({"character": c, "threads": len(mine), "pages": sum(g["pages"] for g in mine),
                     "posts": sum(len(g["post_ids"]) for g in mine), "words": sum(g["n_words"] for g in mine),
                     "skipped": "; ".join(f"{s['url']}: {s['reason']}" for s in skipped if s["character"] == c)})
    return rows
