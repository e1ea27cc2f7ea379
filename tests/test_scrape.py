import time

import pytest

from meleelib.scrape import crawl, xenforo
from meleelib.scrape.session import PoliteSession, ScrapeError
from tests.helpers import SAMPLE, xf2_post, xf2_thread

ROBOTS_OK = (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /members/\n")
PAGE = (200, {}, xf2_thread([xf2_post(1, "Tipper", "Stage picks matter.")]))


def session(tmp_path, **kw):
    return PoliteSession(tmp_path / "cache", **{"min_interval_s": 0.0, "max_retry_after_s": 5, **kw})


def test_429_waits_for_retry_after(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/t.1/": [(429, {"Retry-After": "1"}, "slow down"), PAGE]}
    assert session(tmp_path).get(scripted.url + "/threads/t.1/").status_code == 200
    first, second = scripted.hits("/threads/t.1/")
    assert second - first >= 0.95


def test_503_twice_then_200(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/t.1/": [(503, {}, "busy"), (503, {}, "busy"), PAGE]}
    assert "Stage picks" in session(tmp_path).get(scripted.url + "/threads/t.1/").text
    assert len(scripted.hits("/threads/t.1/")) == 3


def test_retry_after_past_the_cap_stops_with_advice(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/t.1/": [(429, {"Retry-After": "3600"}, ""), PAGE]}
    with pytest.raises(ScrapeError, match="3600 s.*max_retry_after_s"):
        session(tmp_path).get(scripted.url + "/threads/t.1/")
    assert len(scripted.hits("/threads/t.1/")) == 1


@pytest.mark.parametrize("status", [403, 404])
def test_403_and_404_are_not_retried(scripted, tmp_path, status):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/t.1/": [(status, {}, "no"), PAGE]}
    with pytest.raises(ScrapeError, match=f"HTTP {status}"):
        session(tmp_path).get(scripted.url + "/threads/t.1/")
    assert len(scripted.hits("/threads/t.1/")) == 1


def test_301_to_the_canonical_thread(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/1/": [(301, {"Location": "{base}/threads/t.1/"}, "")],
                       "/threads/t.1/": [PAGE]}
    guide = crawl.fetch_thread(session(tmp_path), scripted.url + "/threads/1/")
    assert guide["url"] == scripted.url + "/threads/t.1/" and guide["text"] == "Stage picks matter."


@pytest.mark.parametrize("challenge", [
    (403, {"cf-mitigated": "challenge", "Server": "cloudflare"}, "<html>challenge</html>"),
    (503, {"Server": "cloudflare"}, "<title>Just a moment...</title><script>window._cf_chl_opt={}</script>"),
    (200, {"cf-mitigated": "challenge"}, "<html>interstitial</html>"),
])
def test_cloudflare_challenge_stops_and_nothing_is_cached(scripted, tmp_path, challenge):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/t.1/": [challenge]}
    s = session(tmp_path, retries=0)
    with pytest.raises(ScrapeError, match="Cloudflare challenge"):
        s.get(scripted.url + "/threads/t.1/")
    scripted.routes["/threads/t.1/"] = [PAGE]
    assert s.get(scripted.url + "/threads/t.1/").status_code == 200
    assert len(scripted.hits("/threads/t.1/")) == 2  # the second GET was not answered from the cache


@pytest.mark.parametrize("challenge", [
    (503, {"Server": "cloudflare"}, "<title>Just a moment...</title><script>window._cf_chl_opt={}</script>"),
    (503, {"cf-mitigated": "challenge", "Server": "cloudflare"}, "<html>challenge</html>"),
])
def test_a_challenge_served_with_a_503_is_asked_once(scripted, tmp_path, challenge):
    """A 503 is normally retried; a challenge would only answer every retry with another challenge."""
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/t.1/": [challenge, PAGE]}
    with pytest.raises(ScrapeError, match="Cloudflare challenge.*not retried"):
        session(tmp_path).get(scripted.url + "/threads/t.1/")  # default retries
    assert len(scripted.hits("/threads/t.1/")) == 1


def test_robots_wildcards_and_allow_precedence(scripted, tmp_path):
    robots = "User-agent: *\nDisallow: /*?order=\nDisallow: /threads/\nAllow: /threads/*guide*\n"
    scripted.routes = {"/robots.txt": [(200, {}, robots)], "/forums/fox.1/": [PAGE], "/threads/fox-guide.2/": [PAGE],
                       "/threads/chat.3/": [PAGE], "/forums/fox.1/?order=title": [PAGE]}
    s = session(tmp_path)
    assert s.get(scripted.url + "/forums/fox.1/").status_code == 200
    assert s.get(scripted.url + "/threads/fox-guide.2/").status_code == 200  # the longer Allow wins
    for path in ("/threads/chat.3/", "/forums/fox.1/?order=title"):  # a wildcard Disallow matches mid-path
        with pytest.raises(ScrapeError, match="disallows"):
            s.get(scripted.url + path)
        assert scripted.hits(path) == []


def test_a_robots_txt_older_than_its_max_age_is_read_again(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [ROBOTS_OK, (200, {}, "User-agent: *\nDisallow: /threads/")],
                       "/threads/t.1/": [PAGE]}
    s = session(tmp_path, robots_max_age_s=0.5)
    assert s.get(scripted.url + "/threads/t.1/").status_code == 200
    assert s.get(scripted.url + "/threads/t.1/").status_code == 200 and len(scripted.hits("/robots.txt")) == 1
    time.sleep(0.7)
    with pytest.raises(ScrapeError, match="disallows"):  # the new robots.txt, fetched again, now forbids it
        s.get(scripted.url + "/threads/t.1/")
    assert len(scripted.hits("/robots.txt")) == 2


def test_robots_disallow_is_obeyed(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [(200, {}, "User-agent: *\nDisallow: /threads/secret")],
                       "/threads/secret.2/": [PAGE]}
    with pytest.raises(ScrapeError, match="disallows"):
        session(tmp_path).get(scripted.url + "/threads/secret.2/")
    assert scripted.hits("/threads/secret.2/") == []
    assert scripted.hits("/robots.txt")


@pytest.mark.parametrize("crawl_delay, min_interval, expected", [(1, 0.0, 1.0), (1, 1.5, 1.5)])
def test_interval_is_the_larger_of_crawl_delay_and_profile(scripted, tmp_path, crawl_delay, min_interval, expected):
    scripted.routes = {"/robots.txt": [(200, {}, f"User-agent: *\nCrawl-delay: {crawl_delay}\n")],
                       **{f"/threads/t.{i}/": [PAGE] for i in range(3)}}
    s = session(tmp_path, min_interval_s=min_interval, user_agent="test-agent/1.0 (+mail@example.org)")
    for i in range(3):
        s.get(f"{scripted.url}/threads/t.{i}/")
    times = [t for t, path, _ in scripted.log]
    assert len(times) == 4  # robots.txt, then three pages
    assert min(b - a for a, b in zip(times, times[1:])) >= expected - 0.02
    assert {agent for _, _, agent in scripted.log} == {"test-agent/1.0 (+mail@example.org)"}


def test_pagination_survives_redirect_past_last_page_and_dedupes(scripted, tmp_path):
    nav = ('<div class="pageNav"><ul class="pageNav-main"><li class="pageNav-page"><a>1</a></li>'
           '<li class="pageNav-page"><a>2</a></li><li class="pageNav-page"><a>3</a></li></ul></div>')
    scripted.routes = {
        "/robots.txt": [ROBOTS_OK],
        "/threads/t.1/": [(200, {}, xf2_thread([xf2_post(1, "Tipper", "one", 1), xf2_post(2, "Fan", "hi", 2)], nav))],
        # the forum lost a page since page 1 was read: page-2 repeats post 2, page-3 redirects back to page-2
        "/threads/t.1/page-2": [(200, {}, xf2_thread([xf2_post(2, "Fan", "hi", 2), xf2_post(3, "Tipper", "two", 3)], nav))],
        "/threads/t.1/page-3": [(301, {"Location": "{base}/threads/t.1/page-2"}, "")],
    }
    guide = crawl.fetch_thread(session(tmp_path), scripted.url + "/threads/t.1/")
    assert guide["post_ids"] == [1, 3] and guide["text"] == "one\n\ntwo" and guide["pages"] == 2
    everyone = crawl.fetch_thread(session(tmp_path), scripted.url + "/threads/t.1/", all_posts=True)
    assert everyone["post_ids"] == [1, 2, 3]


def test_empty_starter_posts_are_skipped_with_reason(scripted, tmp_path):
    empty = xf2_thread([xf2_post(1, "Tipper", " <br /> ", 1), xf2_post(2, "Fan", "Where is the guide?", 2)])
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/empty.1/": [(200, {}, empty)], "/threads/t.2/": [PAGE]}
    guides, skipped = crawl.scrape_guides(
        session(tmp_path), site=scripted.url, boards=[], characters={"Marth": "^Marth$"}, guide_prefixes=[],
        guide_title_pattern="x", threads={"Marth": ["/threads/empty.1/", "/threads/t.2/"]})
    assert [g["url"] for g in guides] == [scripted.url + "/threads/t.2/"]
    row, = crawl.summary(guides, skipped, ["Marth"])
    assert row["threads"] == 1 and "empty" in row["skipped"]


def test_a_page_that_is_not_xenforo_names_the_url(scripted, tmp_path):
    scripted.routes = {"/robots.txt": [ROBOTS_OK], "/threads/blog.1/": [(200, {}, "<html><body><p>my blog</p></body></html>")]}
    with pytest.raises(xenforo.NotXenForoError, match=scripted.url + "/threads/blog.1/"):
        crawl.fetch_thread(session(tmp_path), scripted.url + "/threads/blog.1/")


def test_sample_forum_scrape_then_cached_rerun_sends_nothing(forum, tmp_path):
    kwargs = dict(site=forum.url, boards=["/forums/melee.14/"], characters={"Fox": "^Fox$", "Marth": "^Marth$"},
                  guide_prefixes=["Guide"], guide_title_pattern="(?i)guide")
    before = len(forum.paths)  # the forum fixture serves the whole session: count this test's requests only
    first, _ = crawl.scrape_guides(session(tmp_path), **kwargs)
    sent = len(forum.paths)
    assert sent - before >= 7  # robots, board, two listings, three Fox pages, two Marth pages
    again, _ = crawl.scrape_guides(session(tmp_path), **kwargs)
    assert len(forum.paths) == sent  # the server saw nothing new
    assert [g["post_ids"] for g in again] == [g["post_ids"] for g in first]
    fox = first[0]
    assert fox["character"] == "Fox" and fox["pages"] == 3 and fox["n_words"] >= 3000
    assert {p["author"] for p in fox["posts"]} == {"ShineBright"}


def test_local_folder_sources(tmp_path):
    (tmp_path / "a.md").write_text("Puff walls with back air.\n\nRest after up-throw at low percent.")
    (tmp_path / "b.html").write_text("<html><body><p>Pound is a strong recovery tool.</p><script>x()</script></body></html>")
    guides = crawl.read_local("Jigglypuff", tmp_path)
    assert [g["text"] for g in guides] == ["Puff walls with back air.\n\nRest after up-throw at low percent.",
                                           "Pound is a strong recovery tool."]
    with pytest.raises(ScrapeError, match="no .txt, .md or .html"):
        crawl.read_local("Jigglypuff", tmp_path / "missing")


def test_sample_forum_serves_robots_and_redirects(forum):
    import requests
    assert "Crawl-delay: 1" in requests.get(forum.url + "/robots.txt").text
    fox = next((SAMPLE / "threads").glob("*.4101")).name
    past = requests.get(f"{forum.url}/threads/{fox}/page-9")
    assert past.history[0].status_code == 301 and past.url.endswith("/page-3")
    assert requests.get(forum.url + "/threads/4101/").url.endswith(f"/threads/{fox}/")


def test_discovery_can_start_from_a_character_forum_page(forum, tmp_path):
    found = crawl.discover_guides(session(tmp_path), forum.url, ["/forums/fox.301/"], {"Fox": "^Fox$"}, ["Guide"],
                                   "(?i)guide", listing_pages=1, max_per_character=1)
    via_board = crawl.discover_guides(session(tmp_path / "b"), forum.url, ["/forums/melee.14/"], {"Fox": "^Fox$"},
                                       ["Guide"], "(?i)guide", listing_pages=1, max_per_character=1)
    assert found == via_board and len(found["Fox"]) == 1
