import glob

import pytest

from meleelib.scrape import xenforo
from tests.helpers import SAMPLE, sample_page, xf2_post, xf2_thread

FOX = glob.glob(str(SAMPLE / "threads" / "*.4101"))[0].split("/")[-1]


def fox_page(n: int) -> xenforo.ThreadPage:
    name = "index.html" if n == 1 else f"page-{n}.html"
    return xenforo.parse_thread(sample_page(f"threads/{FOX}/{name}"), f"http://x/threads/{FOX}/")


# ------------------------------------------------------------------ the sample forum's own pages
def test_sample_thread_header():
    page = fox_page(1)
    assert page.version == "xf2"
    assert page.prefix == "Guide"
    assert page.title.startswith("The Fox compendium") and "Guide" not in page.title
    assert page.starter == "ShineBright"
    assert (page.page, page.last_page) == (1, 3)
    assert [p.position for p in page.posts] == [1, 2, 3, 4, 5]
    assert page.posts[0].post_id == 410101 and page.posts[0].author == "ShineBright"


def test_sample_thread_drops_chrome_quotes_and_signatures():
    texts = "\n".join(p.text for n in (1, 2, 3) for p in fox_page(n).posts)
    for chrome in ("Welcome to Smash Sample Boards", "said:", "Click to expand", "Last edited", "Shine first, ask questions",
                   "Reactions:", "Log in", "Terms and rules", "Joined", "Smash Champion"):
        assert chrome not in texts, chrome
    assert "[video: youtube " in texts
    assert "[image: " in texts
    assert "Spoiler: " in texts


def test_sample_forum_listing_and_board():
    forum = xenforo.parse_forum(sample_page("forums/fox.301/index.html"), "http://x/forums/fox.301/")
    guide = [t for t in forum.threads if t.prefix == "Guide"]
    assert len(guide) == 1 and guide[0].sticky and guide[0].author == "ShineBright"
    assert guide[0].url == f"http://x/threads/{FOX}/"
    assert any(not t.sticky and t.prefix == "Question" for t in forum.threads)
    board = xenforo.parse_forum(sample_page("forums/melee.14/index.html"), "http://x/forums/melee.14/")
    assert [title for title, _ in board.subforums] == ["Fox", "Falco", "Marth", "Sheik", "Jigglypuff", "Peach",
                                                        "Captain Falcon", "Ice Climbers"]


# ------------------------------------------------------------------ small inline fixtures for the edge cases
@pytest.mark.parametrize("body, expected", [
    ('Line one<br />\nline two<br />\n<br />\nNew paragraph', "Line one\nline two\n\nNew paragraph"),
    ('<blockquote class="bbCodeBlock bbCodeBlock--quote" data-quote="X"><div class="bbCodeBlock-title">X said:</div>'
     '<div class="bbCodeBlock-content">quoted words</div></blockquote>Own words', "Own words"),
    ('<div class="bbCodeSpoiler"><button class="bbCodeSpoiler-button"><span class="button-text"><span>Spoiler: '
     '<span class="bbCodeSpoiler-button-title">Frames</span></span></span></button><div class="bbCodeSpoiler-content">'
     '<div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-content">Jab is frame 2</div></div></div></div>',
     "Spoiler: Frames\n\nJab is frame 2"),
    ('<div class="bbCodeSpoiler"><button class="bbCodeSpoiler-button"><span class="button-text"><span>Spoiler: Old style'
     '</span></span></button><div class="bbCodeSpoiler-content">hidden</div></div>', "Spoiler: Old style\n\nhidden"),
    ('<ul><li>dash dance</li><li>wavedash</li></ul><ol><li>first</li><li>second</li></ol>',
     "- dash dance\n- wavedash\n\n1. first\n2. second"),
    ('<div class="bbImageWrapper"><img class="bbImage" src="/proxy.php?image=a" data-url="https://i/a.png" alt="ledge diagram">'
     '</div>Nice <img class="smilie" alt=":)"> <noscript><img src="dup.png" alt="dup"></noscript>',
     "[image: ledge diagram]\n\nNice :)"),
    ('<img class="bbImage" src="x.png">', "[image]"),
    ('<div class="bbMediaWrapper" data-media-site-id="youtube" data-media-key="abc123DEF45"><div class="bbMediaWrapper-inner">'
     '<iframe src="https://www.youtube.com/embed/abc123DEF45"></iframe></div></div>', "[video: youtube abc123DEF45]"),
    ('<span data-s9e-mediaembed="youtube"><iframe src="https://www.youtube.com/embed/zzzzzzzzzzz?x=1"></iframe></span>',
     "[video: youtube zzzzzzzzzzz]"),
    ('Mail me: <a class="__cf_email__" data-cfemail="422f2702273a232f322e276c2d3025">[email&#160;protected]</a>',
     "Mail me: me@example.org"),
    ('<div class="bbCodeBlock bbCodeBlock--code"><div class="bbCodeBlock-title">Code:</div><div class="bbCodeBlock-content">'
     '<pre class="bbCodeCode"><code>x  = 1\ny = 2</code></pre></div></div>', "x = 1\ny = 2"),
    ('Frame data:<table><tbody><tr><th>Move</th><th>Startup</th><th>Use</th></tr><tr><td>Fox up-smash</td><td>9</td>'
     '<td>kill <b>move</b></td></tr><tr><td></td><td></td><td></td></tr></tbody></table>After.',
     "Frame data:\n\nMove | Startup | Use\nFox up-smash | 9 | kill move\n\nAfter."),
    ('See <div class="bbCodeBlock bbCodeBlock--unfurl js-unfurl fauxBlockLink" data-url="https://example.org/fox">'
     '<div class="contentRow"><div class="contentRow-header"><h3><a href="https://example.org/fox">Another site</a>'
     '</h3></div><div class="contentRow-snippet">Its blurb.</div></div></div>for the clips.',
     "See for the clips."),
])
def test_xf2_body_text(body, expected):
    page = xenforo.parse_thread(xf2_thread([xf2_post(1, "Tipper", body)]), "http://x/threads/t.1/")
    assert page.posts[0].text == expected


def test_xf2_signature_edit_note_and_notices_are_outside_the_text():
    extra = ('<div class="message-lastEdit">Last edited: today</div><aside class="message-signature"><div class="bbWrapper">'
             'SIGNATURE</div></aside><div class="messageNotice messageNotice--moderated">NOTICE</div>')
    page = xenforo.parse_thread(xf2_thread([xf2_post(7, "Tipper", "Body", extra=extra)]), "http://x/threads/t.1/")
    assert page.posts[0].text == "Body"
    assert (page.title, page.prefix, page.starter) == ("Marth frame data", "Data", "Tipper")


def test_xf2_pagination_reads_the_largest_page_number():
    nav = ('<div class="pageNav"><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current"><a>1</a></li>'
           '<li class="pageNav-page"><a>2</a></li><li class="pageNav-page pageNav-page--skip"><a>…</a></li>'
           '<li class="pageNav-page"><a>96</a></li></ul></div>')
    page = xenforo.parse_thread(xf2_thread([xf2_post(1, "Tipper", "x")], pages=nav), "http://x/threads/t.1/")
    assert (page.page, page.last_page) == (1, 96)


XF1 = """<html><head><base href="http://old.example/" /></head><body>
<div class="titleBar"><h1><span class="prefix prefixPrimary">Guide</span> Falco for dummies</h1>
<p id="pageDescription">Discussion in <a>Falco</a> started by <a class="username">Lasers</a></p></div>
<div class="PageNav" data-page="1" data-last="104" data-baseurl="threads/falco.10190/page-{{sentinel}}"></div>
<ol id="messageList">
<li id="post-11" class="message" data-author="Lasers"><div class="messageContent"><article>
<blockquote class="messageText SelectQuoteContainer ugc baseHtml">Pillar combos.<br />
<div class="bbCodeBlock bbCodeQuote" data-author="Other"><aside><div class="attribution type">Other said:</div>
<blockquote class="quoteContainer"><div class="quote">QUOTED</div></blockquote></aside></div>
<div class="ToggleTriggerAnchor bbCodeSpoilerContainer"><button class="bbCodeSpoilerButton"><span>Spoiler: <span class="SpoilerTitle">DI</span></span></button>
<div class="SpoilerTarget bbCodeSpoilerText">Survival DI up and in</div></div>
<div class="messageTextEndMarker">&nbsp;</div></blockquote></article>
<div class="baseHtml signature messageText ugc"><aside>SIG</aside></div></div>
<div class="messageMeta"><a class="datePermalink"><span class="DateTime" title="Jan 1, 2012">Jan 1</span></a><a class="postNumber">#1</a></div></li>
<li class="message"><div class="messageContent">SPONSORED</div></li>
<li id="post-12" class="message" data-author="Fan"><blockquote class="messageText">Thanks!</blockquote><a class="postNumber">#2</a></li>
</ol></body></html>"""


def test_xf1_thread():
    page = xenforo.parse_thread(XF1, "http://old.example/threads/falco.10190/")
    assert page.version == "xf1"
    assert (page.title, page.prefix, page.starter) == ("Falco for dummies", "Guide", "Lasers")
    assert (page.page, page.last_page) == (1, 104)
    assert [(p.post_id, p.author, p.position) for p in page.posts] == [(11, "Lasers", 1), (12, "Fan", 2)]
    assert page.posts[0].text == "Pillar combos.\n\nSpoiler: DI\n\nSurvival DI up and in"


def test_xf1_listing_resolves_against_base():
    html = """<html><head><base href="http://old.example/" /></head><body><div class="titleBar"><h1>Falco</h1></div>
    <ol class="discussionListItems"><li id="thread-5" class="discussionListItem sticky" data-author="Lasers">
    <h3 class="title"><a class="prefixLink"><span class="prefix">Guide</span></a><a href="threads/falco.5/" class="PreviewTooltip">Falco 101</a></h3></li>
    <li id="thread-6" class="discussionListItem" data-author="Q"><h3 class="title"><a href="threads/help.6/" class="PreviewTooltip">help</a></h3></li></ol>
    <ol><li class="node forum"><h3 class="nodeTitle"><a href="forums/falco-matchups.9/">Matchups</a></h3></li></ol></body></html>"""
    forum = xenforo.parse_forum(html, "http://old.example/forums/falco.8/")
    assert [(t.title, t.url, t.prefix, t.sticky) for t in forum.threads] == [
        ("Falco 101", "http://old.example/threads/falco.5/", "Guide", True),
        ("help", "http://old.example/threads/help.6/", "", False)]
    assert forum.subforums == [("Matchups", "http://old.example/forums/falco-matchups.9/")]


@pytest.mark.parametrize("html", ["<html><body><h1>My blog</h1><p>hello</p></body></html>", ""])
def test_not_xenforo_is_a_clear_error(html):
    with pytest.raises(xenforo.NotXenForoError, match="not a XenForo thread page"):
        xenforo.parse_thread(html, "http://blog.example/post/1")


@pytest.mark.parametrize("url", ["http://blog.example/post/1", "http://x/members/foo.1/"])
def test_thread_base_rejects_non_thread_addresses(url):
    with pytest.raises(xenforo.NotXenForoError, match=url):
        xenforo.thread_base(url)
