"""Render the sample forum's BBCode sources (src/) into static XenForo 2 pages beside this file.

Run `python data/sample_site/build.py` after editing anything under src/. The pages imitate the
markup of a XenForo 2.2 forum closely enough for the scraper's selectors, chrome included.
"""
from __future__ import annotations

import html
import re
import shutil
import zlib
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SITE = "Smash Sample Boards"
POSTS_PER_PAGE = 5
BOARD = ("melee", 14, "Super Smash Bros. Melee")
FORUMS = {  # slug -> (node id, title)
    "fox": (301, "Fox"), "falco": (302, "Falco"), "marth": (303, "Marth"),
    "sheik": (304, "Sheik"), "jigglypuff": (305, "Jigglypuff"), "peach": (306, "Peach"),
    "captain-falcon": (307, "Captain Falcon"), "ice-climbers": (308, "Ice Climbers"),
}
SMILIES = {":)": "Smile", ":(": "Frown", ":D": "Big Grin", ";)": "Wink"}
e = html.escape


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


# ---------------------------------------------------------------- BBCode -> XF2 HTML
def bbcode(src: str, post_ids: dict[str, int]) -> str:
    """Render the BBCode subset described in src/FORMAT.md the way XenForo 2 does."""
    out = e(src.strip(), quote=False).replace("\r\n", "\n")

    def quote(m):
        name, body = m.group(1).strip('"'), m.group(2).strip()
        pid = post_ids.get(name, 0)
        return (f'<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" '
                f'data-attributes="member: 0" data-quote="{name}" data-source="post: {pid}">'
                f'<div class="bbCodeBlock-title"><a href="/goto/post?id={pid}" class="bbCodeBlock-sourceJump" '
                f'rel="nofollow" data-xf-click="attribution" data-content-selector="#post-{pid}">{name} said:</a></div>'
                f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">'
                f'{body}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">'
                f'Click to expand...</a></div></div></blockquote>')

    def spoiler(m):
        title, body = m.group(1).strip('"'), m.group(2).strip()
        return (f'<div class="bbCodeSpoiler"><button type="button" class="bbCodeSpoiler-button button--longText button" '
                f'data-xf-click="toggle" data-xf-init="tooltip" title="Click to reveal or hide spoiler">'
                f'<span class="button-text"><span>Spoiler: <span class="bbCodeSpoiler-button-title">{title}</span>'
                f'</span></span></button><div class="bbCodeSpoiler-content"><div class="bbCodeBlock bbCodeBlock--spoiler">'
                f'<div class="bbCodeBlock-content">{body}</div></div></div></div>')

    def listing(m):
        tag = "ol" if m.group(1) else "ul"
        items = [i.strip() for i in m.group(2).split("[*]") if i.strip()]
        return f"<{tag}>" + "".join(f"<li data-xf-list-type=\"{tag}\">{i}</li>" for i in items) + f"</{tag}>"

    def image(m):
        alt, url = m.group(1) or "", m.group(2).strip()
        proxy = f"/proxy.php?image={e(url)}&amp;hash={zlib.crc32(url.encode()):08x}"
        return (f'<div class="bbImageWrapper js-lbImage" title="{alt}" data-src="{proxy}" data-lb-sidebar-href="" '
                f'data-lb-caption-extra-html="" data-single-image="1"><img src="{proxy}" data-url="{url}" '
                f'class="bbImage" data-zoom-target="1" style="" alt="{alt}" title="{alt}" width="" height="" '
                f'loading="lazy" /></div>')

    def media(m):
        vid = m.group(1).strip()
        return (f'<div class="bbMediaWrapper" data-media-site-id="youtube" data-media-key="{vid}">'
                f'<div class="bbMediaWrapper-inner"><iframe src="https://www.youtube.com/embed/{vid}?wmode=opaque'
                f'&amp;start=0" width="560" height="315" frameborder="0" allowfullscreen="true"></iframe></div></div>')

    code = []  # code blocks are set aside so nothing inside them is rendered

    def keep_code(m):
        code.append(m.group(1).strip("\n"))
        return f"\x00{len(code) - 1}\x00"

    out = re.sub(r"\[code\](.*?)\[/code\]", keep_code, out, flags=re.S | re.I)
    rules = [
        (r"\[b\](.*?)\[/b\]", r"<b>\1</b>"), (r"\[i\](.*?)\[/i\]", r"<i>\1</i>"),
        (r"\[u\](.*?)\[/u\]", r'<span style="text-decoration: underline">\1</span>'),
        (r"\[s\](.*?)\[/s\]", r'<span style="text-decoration: line-through">\1</span>'),
        (r"\[url=([^\]]+)\](.*?)\[/url\]",
         r'<a href="\1" target="_blank" class="link link--external" rel="nofollow ugc noopener">\2</a>'),
        (r"\[heading=([23])\](.*?)\[/heading\]", r'<h\1 class="bbHeading">\2</h\1>'),
        (r"\[ispoiler\](.*?)\[/ispoiler\]", r'<span class="bbCodeInlineSpoiler" data-xf-click="toggle-class">\1</span>'),
    ]
    for pat, rep in rules:
        out = re.sub(pat, rep, out, flags=re.S | re.I)
    out = re.sub(r'\[img(?: alt="(.*?)")?\](.*?)\[/img\]', image, out, flags=re.S | re.I)
    out = re.sub(r"\[media=youtube\](.*?)\[/media\]", media, out, flags=re.S | re.I)
    for _ in range(3):  # innermost first, so a list inside a spoiler inside a quote all render
        out = re.sub(r"\[list(=1)?\]((?:(?!\[list).)*?)\[/list\]", listing, out, flags=re.S | re.I)
        out = re.sub(r"\[spoiler=([^\]]+)\]((?:(?!\[spoiler).)*?)\[/spoiler\]", spoiler, out, flags=re.S | re.I)
        out = re.sub(r"\[quote=([^\]]+)\]((?:(?!\[quote).)*?)\[/quote\]", quote, out, flags=re.S | re.I)
    for sm, title in SMILIES.items():
        out = re.sub(rf"(?<![\w:;]){re.escape(sm)}(?!\w)",
                     f'<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
                     f'class="smilie smilie--sprite" alt="{sm}" title="{title}    {sm}" loading="lazy" data-shortname="{sm}" />',
                     out)
    # XenForo keeps the author's line breaks as <br>; block elements swallow the break next to them.
    out = re.sub(r"\n*(</?(?:ul|ol|li|blockquote|div|h2|h3)[^>]*>)\n*", r"\1", out)
    out = out.replace("\n", "<br />\n")
    out = re.sub(r"\x00(\d+)\x00", lambda m: (
        '<div class="bbCodeBlock bbCodeBlock--code"><div class="bbCodeBlock-title">Code:</div>'
        f'<div class="bbCodeBlock-content" dir="ltr"><pre class="bbCodeCode" dir="ltr" data-xf-init="code-block" '
        f'data-lang=""><code>{code[int(m.group(1))]}</code></pre></div></div>'), out)
    return out


# ---------------------------------------------------------------- sources
def read_thread(path: Path) -> dict:
    head, *posts = re.split(r"^=== post by (.+?) ===[ \t]*$", path.read_text(encoding="utf-8"), flags=re.M)
    meta = {k.strip(): v.split("#")[0].strip() for k, v in
            (line.split(":", 1) for line in head.splitlines() if ":" in line and not line.startswith("#"))}
    thread = {"id": int(meta["id"]), "title": meta["title"], "prefix": meta.get("prefix", ""),
              "starter": meta["starter"], "forum": meta["forum"], "sticky": meta.get("sticky") == "yes",
              "locked": meta.get("locked") == "yes", "posts": []}
    for i, (line, body) in enumerate(zip(posts[::2], posts[1::2])):
        m = re.match(r"(\S+) on (\S+)(?: \| edited (\S+))?", line.strip())
        thread["posts"].append({"id": thread["id"] * 100 + i + 1, "author": m.group(1), "date": m.group(2),
                                "edited": m.group(3), "body": body})
    thread["slug"] = f"{slugify(thread['title'])}.{thread['id']}"
    return thread


# ---------------------------------------------------------------- page chrome
def page(title: str, crumbs: list[tuple[str, str]], body: str, template: str) -> str:
    crumb_html = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item"><span itemprop="name">{e(name)}</span></a>'
        f'<meta itemprop="position" content="{i + 1}" /></li>' for i, (href, name) in enumerate(crumbs))
    return f"""<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="{template}" data-container-key="" data-content-key="" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-{template}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{e(title)} | {SITE}</title>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1680000000" />
<script src="/js/xf/preamble.min.js?_v=4b6f3a2c"></script>
</head>
<body data-template="{template}">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/sample/logo.png" alt="{SITE}" width="200" height="36" /></a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link">Forums</a></div></li>
<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">What's new</a></div></li>
<li><div class="p-navEl"><a href="/members/" class="p-navEl-link">Members</a></div></li>
</ul>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a>
</div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">
<div class="notice-content">Welcome to {SITE}! You are browsing as a guest. <a href="/register/">Sign up</a> to post replies, follow threads and hide this banner.</div></li></ul>
<div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">{crumb_html}</ul></div>
{body}
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
<li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li></ul></div></div>
<div class="p-footer-copyright">Community platform by XenForo&reg; <span class="copyright">&copy; 2010-2023 XenForo Ltd.</span> | {SITE} is a sample forum; its guides are written for meleelib.</div>
</div></footer>
</div>
</body>
</html>
"""


def page_nav(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""
    url = lambda n: base if n == 1 else f"{base}page-{n}"
    prev = f'<a href="{url(current - 1)}" class="pageNav-jump pageNav-jump--prev">Prev</a>' if current > 1 else ""
    nxt = f'<a href="{url(current + 1)}" class="pageNav-jump pageNav-jump--next">Next</a>' if current < last else ""
    items = "".join(f'<li class="pageNav-page{" pageNav-page--current" if n == current else ""}">'
                    f'<a href="{url(n)}">{n}</a></li>' for n in range(1, last + 1))
    return (f'<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed">'
            f'<div class="pageNav">{prev}<ul class="pageNav-main">{items}</ul>{nxt}</div>'
            f'<div class="pageNavSimple">{current} of {last}</div></nav></div></div>')


def label(prefix: str) -> str:
    if not prefix:
        return ""
    css = {"Guide": "label--primary", "Question": "label--yellow", "Data": "label--green"}.get(prefix, "label--silver")
    return f'<a href="#" class="labelLink" rel="nofollow"><span class="label {css}" dir="auto">{e(prefix)}</span></a><span class="label-append">&nbsp;</span>'


def ts(date: str) -> tuple[str, int]:
    d = datetime.strptime(date, "%Y-%m-%d").replace(hour=18, tzinfo=timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S+0000"), int(d.timestamp())


def render_post(post: dict, position: int, users: dict, post_ids: dict) -> str:
    user = users[post["author"]]
    iso, unix = ts(post["date"])
    uid = list(users).index(post["author"]) + 1
    sig = (f'<aside class="message-signature"><div class="bbWrapper">{bbcode(user["signature"], post_ids)}</div></aside>'
           if user.get("signature") else "")
    edited = (f'<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="{ts(post["edited"])[0]}" '
              f'data-timestamp="{ts(post["edited"])[1]}">{post["edited"]}</time></div>' if post["edited"] else "")
    name = post["author"]
    return f"""<article class="message message--post js-post js-inlineModContainer" data-author="{name}" data-content="post-{post['id']}" id="js-post-{post['id']}" itemscope itemtype="https://schema.org/Comment">
<span class="u-anchorTarget" id="post-{post['id']}"></span>
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/{slugify(name)}.{uid}/" class="avatar avatar--m avatar--default" data-user-id="{uid}" data-xf-init="member-tooltip"><span class="avatar-u{uid}-m" role="img" aria-label="{name}">{name[0]}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/{slugify(name)}.{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{name}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{e(user['title'])}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>{user['joined']}</dd></dl></div>
</section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/{post['slug']}/post-{post['id']}" rel="nofollow"><time class="u-dt" dir="auto" datetime="{iso}" data-timestamp="{unix}" data-date="{post['date']}">{post['date']}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/{post['slug']}/post-{post['id']}" class="message-attribution-gadget" rel="nofollow">#{position}</a></li></ul>
</header>
<div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{post['id']}" data-lb-caption-desc="{name} &middot; {post['date']}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">{bbcode(post['body'], post_ids)}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
</div>
{edited}
{sig}
</div>
<footer class="message-footer">
<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/{post['id']}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction" data-reaction-id="1" rel="nofollow"><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
<a href="/threads/{post['slug']}/reply?quote={post['id']}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/{post['id']}/quote">Reply</a>
</div></div>
<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/{post['id']}/reactions" rel="nofollow"><bdi>NeutralB</bdi> and {post['id'] % 7 + 1} others</a></div>
</footer>
</div></div>
</div>
</article>"""


def render_thread(t: dict, forum_href: str, forum_title: str, users: dict) -> dict[str, str]:
    base = f"/threads/{t['slug']}/"
    post_ids = {}  # a quote points at the quoted member's latest post before it
    for p in t["posts"]:
        p["slug"] = t["slug"]
    pages = [t["posts"][i:i + POSTS_PER_PAGE] for i in range(0, len(t["posts"]), POSTS_PER_PAGE)]
    iso, unix = ts(t["posts"][0]["date"])
    starter_uid = list(users).index(t["starter"]) + 1
    out = {}
    for n, posts in enumerate(pages, 1):
        rendered = []
        for p in posts:
            rendered.append(render_post(p, t["posts"].index(p) + 1, users, post_ids))
            post_ids[p["author"]] = p["id"]
        status = ('<dl class="blockStatus"><dt>Status</dt><dd class="blockStatus-message blockStatus-message--locked">'
                  'Not open for further replies.</dd></dl>') if t["locked"] else ""
        nav = page_nav(base, n, len(pages))
        body = f"""<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{label(t['prefix'])}{e(t['title'])}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/{slugify(t['starter'])}.{starter_uid}/" class="username  u-concealed" dir="auto" data-user-id="{starter_uid}" data-xf-init="member-tooltip">{t['starter']}</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="{base}" class="u-concealed" rel="nofollow"><time class="u-dt" dir="auto" datetime="{iso}" data-timestamp="{unix}">{t['posts'][0]['date']}</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
{status}
{nav}
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote"><div class="block-body js-replyNewMessageContainer">
{chr(10).join(rendered)}
</div></div></div>
{nav}
</div></div></div>"""
        crumbs = [("/", "Forums"), (f"/forums/{BOARD[0]}.{BOARD[1]}/", BOARD[2]), (forum_href, forum_title)]
        title = t["title"] + (f" | Page {n}" if n > 1 else "")
        out["index.html" if n == 1 else f"page-{n}.html"] = page(title, crumbs, body, "thread_view")
    return out


def listing_row(t: dict, users: dict) -> str:
    iso, unix = ts(t["posts"][0]["date"])
    uid = list(users).index(t["starter"]) + 1
    sticky = ('<li><i class="structItem-status structItem-status--sticky" aria-hidden="true" title="Sticky"></i>'
              '<span class="u-srOnly">Sticky</span></li>') if t["sticky"] else ""
    locked = ('<li><i class="structItem-status structItem-status--locked" aria-hidden="true" title="Locked"></i></li>'
              if t["locked"] else "")
    return f"""<div class="structItem structItem--thread{' is-sticky' if t['sticky'] else ''} js-inlineModContainer js-threadListItem-{t['id']}" data-author="{t['starter']}">
<div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer"><a href="/members/{slugify(t['starter'])}.{uid}/" class="avatar avatar--s" data-user-id="{uid}"><span role="img">{t['starter'][0]}</span></a></div></div>
<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">
<ul class="structItem-statuses">{sticky}{locked}</ul>
<div class="structItem-title">{label(t['prefix'])}<a href="/threads/{t['slug']}/" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="/threads/{t['slug']}/preview">{e(t['title'])}</a></div>
<div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/{slugify(t['starter'])}.{uid}/" class="username " dir="auto" data-user-id="{uid}">{t['starter']}</a></li>
<li class="structItem-startDate"><a href="/threads/{t['slug']}/" rel="nofollow"><time class="u-dt" dir="auto" datetime="{iso}" data-timestamp="{unix}">{t['posts'][0]['date']}</time></a></li></ul></div>
</div>
<div class="structItem-cell structItem-cell--meta" title="First message reaction score: 42"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>{len(t['posts']) - 1}</dd></dl></div>
</div>"""


def render_forum(slug: str, threads: list[dict], users: dict) -> str:
    node, title = FORUMS[slug]
    stickies = [listing_row(t, users) for t in threads if t["sticky"]]
    normal = [listing_row(t, users) for t in threads if not t["sticky"]]
    body = f"""<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{e(title)}</h1></div>
<div class="p-description">Guides, matchup threads and questions about {e(title)}.</div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--discussionList" data-xf-init="" data-type="thread" data-href="/inline-mod/"><div class="block-container">
<div class="block-body"><div class="structItemContainer">
<div class="structItemContainer-group structItemContainer-group--sticky">{chr(10).join(stickies)}</div>
<div class="structItemContainer-group js-threadList">{chr(10).join(normal)}</div>
</div></div></div></div></div></div></div>"""
    crumbs = [("/", "Forums"), (f"/forums/{BOARD[0]}.{BOARD[1]}/", BOARD[2])]
    return page(title, crumbs, body, "forum_view")


def render_board() -> str:
    nodes = "".join(
        f'<div class="node node--id{node} node--depth2 node--forum node--unread"><div class="node-body">'
        f'<span class="node-icon" aria-hidden="true"><i class="fa--xf far fa-comments"></i></span>'
        f'<div class="node-main js-nodeMain"><h3 class="node-title"><a href="/forums/{slug}.{node}/" data-xf-init="element-tooltip" '
        f'data-shortcut="node-description">{e(title)}</a></h3><div class="node-description node-description--tooltip js-nodeDescTooltip">'
        f'Discussion of {e(title)}.</div></div></div></div>' for slug, (node, title) in FORUMS.items())
    body = f"""<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{BOARD[2]}</h1></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block"><div class="block-container"><h2 class="block-header">Character boards</h2>
<div class="block-body">{nodes}</div></div></div></div></div></div>"""
    return page(BOARD[2], [("/", "Forums")], body, "forum_view")


def build() -> None:
    users = yaml.safe_load((HERE / "src" / "users.yml").read_text(encoding="utf-8"))
    threads = sorted((read_thread(p) for p in (HERE / "src").glob("*.bb")), key=lambda t: (not t["sticky"], t["id"]))
    for d in ("threads", "forums"):
        shutil.rmtree(HERE / d, ignore_errors=True)
    for slug, (node, title) in FORUMS.items():
        forum_href = f"/forums/{slug}.{node}/"
        mine = [t for t in threads if t["forum"] == slug]
        for t in mine:
            for name, text in render_thread(t, forum_href, title, users).items():
                (HERE / "threads" / t["slug"]).mkdir(parents=True, exist_ok=True)
                (HERE / "threads" / t["slug"] / name).write_text(text, encoding="utf-8")
        (HERE / "forums" / f"{slug}.{node}").mkdir(parents=True, exist_ok=True)
        (HERE / "forums" / f"{slug}.{node}" / "index.html").write_text(render_forum(slug, mine, users), encoding="utf-8")
    board_dir = HERE / "forums" / f"{BOARD[0]}.{BOARD[1]}"
    board_dir.mkdir(parents=True, exist_ok=True)
    (board_dir / "index.html").write_text(render_board(), encoding="utf-8")
    (HERE / "index.html").write_text(render_board(), encoding="utf-8")
    print(f"built {len(threads)} threads in {len(FORUMS)} forums")


if __name__ == "__main__":
    build()
