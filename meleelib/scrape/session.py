"""Stage 01's polite HTTP session: robots.txt, a per-host interval, retries that honour Retry-After, a disk cache,
and a clear stop on a Cloudflare challenge."""
from __future__ import annotations

import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import requests
import requests_cache
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

USER_AGENT = "meleelib-guide-scraper/0.1 (+https://github.com/meleelib/meleelib)"


class ScrapeError(RuntimeError):
    """A fetch that cannot succeed by retrying; the message says what to do."""


class ChallengeServed(Exception):
    """A Cloudflare challenge came back: retrying would only ask for another (raised from inside the retry loop)."""


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


class PoliteRetry(Retry):
    """urllib3's Retry, but never faster than the host's interval, and refusing a Retry-After past a cap.

    urllib3 sleeps for any Retry-After however long, and retries the first failure at once.
    """

    def __init__(self, *args, intervals: dict | None = None, max_retry_after: float = 120.0, host: str = "", **kw):
        super().__init__(*args, **kw)
        self.intervals = {} if intervals is None else intervals
        self.max_retry_after = max_retry_after
        self.host = host

    def new(self, **kw):
        kw = {"intervals": self.intervals, "max_retry_after": self.max_retry_after, "host": self.host, **kw}
        return super().new(**kw)

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if response is not None and is_challenge_response(response.status, response.headers, response):
            raise ChallengeServed(url)
        new = super().increment(method, url, response, error, _pool, _stacktrace)
        if _pool is not None:
            new.host = f"{_pool.host}:{_pool.port}"
        return new

    def sleep(self, response=None):
        after = self.get_retry_after(response) if response is not None else None
        if after is not None and after > self.max_retry_after:
            raise ScrapeError(f"{self.host} asked us to wait {after:.0f} s (Retry-After), more than the cap of "
                              f"{self.max_retry_after:.0f} s. Try again later, or raise max_retry_after_s in the "
                              f"profile.")
        time.sleep(max(after or 0.0, self.get_backoff_time(), self.intervals.get(self.host, 0.0)))


class ThrottledAdapter(HTTPAdapter):
    """One request at a time per host, at least `intervals[host]` seconds apart (start to start)."""

    def __init__(self, intervals: dict, default_interval: float, retry: Retry):
        super().__init__(max_retries=retry)
        self.intervals, self.default_interval = intervals, default_interval
        self.sent: dict[str, int] = defaultdict(int)
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def send(self, request, **kw):
        host = host_key(request.url)
        with self._lock:
            interval = self.intervals.setdefault(host, self.default_interval)
            wait = self._last.get(host, -1e9) + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()
            self.sent[host] += 1
            try:
                return super().send(request, **kw)
            finally:
                self._last[host] = time.monotonic()


CHALLENGE_MARKERS = ("_cf_chl_opt", "<title>Just a moment...</title>", "cf-browser-verification")


def is_challenge_response(status: int, headers, raw=None) -> bool:
    """Whether an answer is a Cloudflare challenge, from its headers and, for Cloudflare's own 403/503 pages, its
    body (read from `raw`, a urllib3 response, only then)."""
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    if status not in (403, 503) or "cloudflare" not in headers.get("Server", "").lower() or raw is None:
        return False
    body = raw.data[:20000].decode(errors="replace") if hasattr(raw, "data") else raw.text[:20000]
    return any(marker in body for marker in CHALLENGE_MARKERS)


def is_cloudflare_challenge(response: requests.Response) -> bool:
    return is_challenge_response(response.status_code, response.headers, response)


class PoliteSession:
    """A requests session that obeys robots.txt, keeps a per-host interval, retries politely and caches on disk.

    The cache is requests-cache's filesystem backend: one JSON file per page under `cache_dir`,
    so a re-run sends no request at all.
    """

    def __init__(self, cache_dir: Path, *, min_interval_s: float = 3.0, max_retry_after_s: float = 120.0,
                 retries: int = 5, timeout_s: float = 30.0, user_agent: str = USER_AGENT,
                 robots_max_age_s: float = 86400.0):
        self.intervals: dict[str, float] = {}
        self.min_interval = min_interval_s
        self.timeout = timeout_s
        self.http = requests_cache.CachedSession(
            str(Path(cache_dir) / "http"), backend="filesystem", serializer="json", expire_after=-1,
            urls_expire_after={"*/robots.txt": robots_max_age_s},  # pages are kept; robots.txt is read again daily
            allowable_codes=(200, 404), allowable_methods=("GET",))
        retry = PoliteRetry(total=retries, backoff_factor=1.0, backoff_jitter=1.0, raise_on_status=False,
                            status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET", "HEAD"),
                            intervals=self.intervals, max_retry_after=max_retry_after_s)
        self.adapter = ThrottledAdapter(self.intervals, min_interval_s, retry)
        self.http.mount("http://", self.adapter)
        self.http.mount("https://", self.adapter)
        self.http.headers["User-Agent"] = user_agent
        self.user_agent = user_agent
        self.robots: dict[str, tuple[float, Protego]] = {}  # host -> (when read, parsed robots.txt)
        self.robots_max_age = robots_max_age_s

    @property
    def requests_sent(self) -> int:
        return sum(self.adapter.sent.values())

    def _robots(self, url: str) -> Protego:
        """The host's robots.txt (wildcards and Allow/Disallow precedence as Google reads them), read again once it
        is more than `robots_max_age_s` old."""
        host = host_key(url)
        if host not in self.robots or time.monotonic() - self.robots[host][0] > self.robots_max_age:
            parts = urlsplit(url)
            response = self._get(f"{parts.scheme}://{parts.netloc}/robots.txt", check=False)
            if response.status_code >= 500:
                raise ScrapeError(f"{parts.netloc}/robots.txt answered {response.status_code}; "
                                  "a site whose robots.txt is failing is not crawled. Try again later.")
            parser = Protego.parse(response.text if response.status_code == 200 else "")
            delay = parser.crawl_delay(self.user_agent)
            self.intervals[host] = max(self.min_interval, float(delay or 0))
            self.robots[host] = (time.monotonic(), parser)
        return self.robots[host][1]

    def _get(self, url: str, check: bool = True) -> requests.Response:
        try:
            response = self.http.get(url, timeout=self.timeout)
        except ChallengeServed:
            raise ScrapeError(f"{url} answered with a Cloudflare challenge (asked once, not retried). meleelib does "
                              "not get around it: scrape later, from another network, or save the pages and use "
                              "local_dirs.") from None
        except requests.exceptions.ConnectionError as err:
            raise ScrapeError(f"Could not connect to {url}: {err}. Check the address and your network.") from err
        if is_cloudflare_challenge(response):
            self.http.cache.delete(urls=[url])
            raise ScrapeError(f"{url} answered with a Cloudflare challenge. meleelib does not get around it: "
                              "scrape later, from another network, or save the pages and use local_dirs.")
        if check and response.status_code != 200:
            advice = {404: "Check the address in the profile.", 403: "The site refuses this client; it is not retried.",
                      429: "The site is rate-limiting; raise min_interval_s and try later."}.get(
                response.status_code, "Retries were used up; try again later.")
            raise ScrapeError(f"{url} answered HTTP {response.status_code}. {advice}")
        return response

    def get(self, url: str) -> requests.Response:
        """GET a page that robots.txt allows; raise ScrapeError with advice on anything but a 200."""
        if not self._robots(url).can_fetch(url, self.user_agent):
            raise ScrapeError(f"robots.txt of {urlsplit(url).netloc} disallows {url}; it is not fetched.")
        return self._get(url)
