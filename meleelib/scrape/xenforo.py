"""Read XenForo 1 and 2 pages: thread pages into posts, forum pages into thread rows.

Selectors follow the notes in the project's XenForo reference; both versions are detected per page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup, NavigableString, Tag


class NotXenForoError(ValueError):
    """The page is not a XenForo thread or forum page."""


@dataclass
class Post:
    post_id: int
    author: str
    position: int
    date: str | None
    text: str


@dataclass
class ThreadPage:
    url: str
    version: str  # "xf1" or "xf2"
    title: str
    prefix: str
    starter: str
    page: int
    last_page: int
    posts: list[Post] = field(default_factory=list)


@dataclass
class ThreadRow:
    title: str
    url: str
    author: str
    prefix: str
    sticky: bool


@dataclass
class ForumPage:
    url: str
    title: str
    threads: list[ThreadRow]
    subforums: list[tuple[str, str]]  # (title, url)
    page: int
    last_page: int


def detect_version(soup: BeautifulSoup) -> str | None:
    if soup.select_one("html#XF, article.message, .p-title-value, .structItem, .node-title"):
        return "xf2"
    if soup.select_one("#messageList, li.message[id^=post-], div.titleBar, li.discussionListItem, .nodeTitle"):
        return "xf1"
    return None


def thread_base(url: str) -> str:
    """The page-1 address of a thread, from the address of any of its pages.

    >>> thread_base("https://x.org/threads/fox-guide.12/page-3#post-9")
    'https://x.org/threads/fox-guide.12/'
    """
    m = re.match(r"(.*?/(?:threads|forums)/[^/?#]+)", url)
    if not m:
        raise NotXenForoError(f"{url} is not a XenForo thread or forum address (expected /threads/<slug>.<id>/).")
    return m.group(1) + "/"


def page_url(base: str, n: int) -> str:
    return base if n == 1 else f"{base}page-{n}"


def _pages(soup: BeautifulSoup, version: str) -> tuple[int, int]:
    if version == "xf1":
        nav = soup.select_one("div.PageNav[data-last]")
        return (int(nav["data-page"]), int(nav["data-last"])) if nav else (1, 1)
    numbers = [int(a.get_text(strip=True)) for a in soup.select("ul.pageNav-main li.pageNav-page a")
               if a.get_text(strip=True).isdigit()]
    current = soup.select_one("li.pageNav-page--current")
    return (int(current.get_text(strip=True)) if current else 1), max(numbers, default=1)


def _title(soup: BeautifulSoup, version: str) -> tuple[str, str]:
    h1 = soup.select_one("h1.p-title-value" if version == "xf2" else "div.titleBar h1")
    if h1 is None:
        return "", ""
    labels = h1.select("a.labelLink, span.label, span.label-append, span.prefix, a.prefixLink")
    prefix = next((lab.get_text(" ", strip=True) for lab in labels if lab.get_text(strip=True)), "")
    for lab in labels:
        lab.extract()
    return h1.get_text(" ", strip=True), prefix


# ------------------------------------------------------------------ post bodies to text
_DROP = ("script, style, noscript, blockquote.bbCodeBlock--quote, div.bbCodeQuote, .bbCodeBlock-expandLink, "
         ".bbCodeBlock-title, .messageTextEndMarker, .js-selectToQuoteEnd, .quoteExpand, "
         ".bbCodeBlock--unfurl, .js-unfurl")  # link-preview cards: another site's title and blurb, not the guide
_BLOCKS = {"p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "aside"}


def _decode_cf_email(hexstr: str) -> str:
    key = int(hexstr[:2], 16)
    return "".join(chr(int(hexstr[i:i + 2], 16) ^ key) for i in range(2, len(hexstr), 2))


def _prepare(body: Tag) -> None:
    """Rewrite a body in place: drop quotes and chrome, unwrap spoilers, stand in for media."""
    for tag in body.select(_DROP):
        tag.decompose()
    for spoiler in body.select("div.bbCodeSpoiler, div.bbCodeSpoilerContainer"):
        title_tag = spoiler.select_one(".bbCodeSpoiler-button-title, span.SpoilerTitle, button")
        title = re.sub(r"^Spoiler:?\s*", "", title_tag.get_text(" ", strip=True)) if title_tag else ""
        content = spoiler.select_one(".bbCodeSpoiler-content, div.SpoilerTarget")
        heading = BeautifulSoup("<h4></h4>", "lxml").h4
        heading.string = f"Spoiler: {title}" if title else "Spoiler"
        spoiler.insert_before(heading)
        if content is not None:
            spoiler.insert_before(content.extract())
        spoiler.decompose()
    for email in body.select("a.__cf_email__[data-cfemail], span.__cf_email__[data-cfemail]"):
        email.replace_with(_decode_cf_email(email["data-cfemail"]))
    for media in body.select("div.bbMediaWrapper[data-media-key], [data-s9e-mediaembed], iframe"):
        key, site = media.get("data-media-key"), media.get("data-media-site-id") or media.get("data-s9e-mediaembed")
        src = (media if media.name == "iframe" else media.find("iframe") or media).get("src", "")
        m = re.search(r"youtube(?:-nocookie)?\.com/embed/([\w-]{6,})", src)
        if not key and m:
            key, site = m.group(1), "youtube"
        if media.parent is None:  # already replaced along with its wrapper
            continue
        media.replace_with(f"\n[video: {site or 'embed'} {key}]\n" if key else "\n[video]\n")
    for img in body.select("img"):
        alt = (img.get("alt") or "").strip()
        smilie = "smilie" in img.get("class", []) or "mceSmilie" in img.get("class", [])
        img.replace_with(alt if smilie else (f"[image: {alt}]" if alt else "[image]"))


def _text(node) -> str:
    if isinstance(node, NavigableString):
        return re.sub(r"\s+", " ", str(node))
    if node.name == "br":
        return "\n"
    if node.name == "pre":
        return "\n\n" + node.get_text() + "\n\n"
    if node.name == "table":  # a line per row, cells apart: "Fox up-smash | 9 | kill move"
        rows = node.select(":scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr")
        lines = [" | ".join(_text(cell).strip() for cell in row.find_all(["td", "th"], recursive=False))
                 for row in rows]
        return "\n\n" + "\n".join(line for line in lines if line.strip(" |")) + "\n\n"
    if node.name in ("ul", "ol"):
        items = list(node.find_all("li", recursive=False))
        marks = [f"{i}." for i in range(1, len(items) + 1)] if node.name == "ol" else ["-"] * len(items)
        lines = [f"{mark} {_text(li).strip()}" for mark, li in zip(marks, items)]
        return "\n\n" + "\n".join(lines) + "\n\n"
    inner = "".join(_text(child) for child in node.children)
    return f"\n\n{inner}\n\n" if node.name in _BLOCKS else inner


def body_text(body: Tag) -> str:
    """Plain text of a post body, paragraphs kept as blank-line-separated blocks and lists as lines."""
    _prepare(body)
    text = _text(body)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ------------------------------------------------------------------ pages
def _soup(html: str, url: str, kinds: str) -> tuple[BeautifulSoup, str]:
    soup = BeautifulSoup(html, "lxml")
    version = detect_version(soup)
    if version is None:
        raise NotXenForoError(f"{url} is not a XenForo {kinds} page: none of the XenForo 1 or 2 markers were found. "
                              "Check the address in the profile.")
    return soup, version


def parse_thread(html: str, url: str) -> ThreadPage:
    soup, version = _soup(html, url, "thread")
    title, prefix = _title(soup, version)
    if version == "xf2":
        posts = soup.select("article.message--post[data-content^=post-]")
        starter = soup.select_one(".p-description a.username")
    else:
        posts = soup.select("li.message[id^=post-][data-author]")
        starter = soup.select_one("#pageDescription a.username")
    if not title or (not posts and not soup.select_one("#messageList, .block--messages")):
        raise NotXenForoError(f"{url} is a XenForo page but not a thread page (no title or posts found).")
    page, last = _pages(soup, version)
    parsed = []
    for node in posts:
        if version == "xf2":
            pid = int(node["data-content"].split("-")[1])
            body = node.select_one(".message-userContent article.message-body .bbWrapper")
            number = node.select_one(".message-attribution-opposite")
            when = node.select_one("header.message-attribution time.u-dt")
        else:
            pid = int(node["id"].split("-")[1])
            body = node.select_one("blockquote.messageText")
            number = node.select_one("a.postNumber")
            when = node.select_one("a.datePermalink .DateTime, .DateTime")
        m = re.search(r"#\s*(\d+)", number.get_text(" ", strip=True)) if number else None
        date = (when.get("datetime") or when.get("title") or when.get("data-time")) if when else None
        parsed.append(Post(pid, node.get("data-author", ""), int(m.group(1)) if m else len(parsed) + 1,
                           date, body_text(body) if body is not None else ""))
    starter_name = starter.get_text(strip=True) if starter else (parsed[0].author if parsed else "")
    return ThreadPage(url, version, title, prefix, starter_name, page, last, parsed)


def parse_forum(html: str, url: str) -> ForumPage:
    soup, version = _soup(html, url, "forum")
    title, _ = _title(soup, version)
    rows = []
    if version == "xf2":
        for item in soup.select("div.structItem--thread"):
            link = item.select_one(".structItem-title a[data-tp-primary=on]") or \
                item.select(".structItem-title a:not(.labelLink)")[-1]
            label = item.select_one(".structItem-title span.label")
            sticky = bool(item.find_parent(class_="structItemContainer-group--sticky")) or \
                "is-sticky" in item.get("class", []) or bool(item.select_one(".structItem-status--sticky"))
            rows.append(ThreadRow(link.get_text(" ", strip=True), urljoin(url, link["href"]),
                                  item.get("data-author", ""), label.get_text(strip=True) if label else "", sticky))
        subforums = [(a.get_text(strip=True), urljoin(url, a["href"]))
                     for a in soup.select(".node--forum .node-title a")]
    else:
        base = soup.select_one("base[href]")
        root = urljoin(url, base["href"]) if base else url
        for item in soup.select("li.discussionListItem[id^=thread-]"):
            link = item.select_one("h3.title a.PreviewTooltip") or item.select("h3.title a")[-1]
            label = item.select_one("h3.title .prefix")
            rows.append(ThreadRow(link.get_text(" ", strip=True), urljoin(root, link["href"]),
                                  item.get("data-author", ""), label.get_text(strip=True) if label else "",
                                  "sticky" in item.get("class", [])))
        subforums = [(a.get_text(strip=True), urljoin(root, a["href"])) for a in soup.select(".nodeTitle a")]
    page, last = _pages(soup, version)
    return ForumPage(url, title, rows, subforums, page, last)
