"""Reading the web: pages and feeds from a news site on 127.0.0.1, fetched politely, every failure
one line, nothing else lost. No test reaches outside this machine."""
from __future__ import annotations

import pytest

from kg.fetch import Fetcher, FetchOptions, read_web
from kg.fetch.cache import HttpCache
from kg.fetch.client import USER_AGENT
from kg.model import Article, Notice, Skipped
from tests.webserver import NewsSite

FAST = FetchOptions(delay=0.0, timeout=1.0)


@pytest.fixture
def site():
    with NewsSite() as s:
        yield s


def read(urls=(), feeds=(), cache=None, options=FAST):
    fetcher = Fetcher(options, cache)
    try:
        items = list(read_web(urls, feeds, fetcher))
    finally:
        fetcher.close()
    return ([i for i in items if isinstance(i, Article)], [str(i) for i in items if isinstance(i, Skipped)],
            [i for i in items if isinstance(i, Notice)], fetcher)


def test_a_page_by_url_is_its_main_text_with_metadata(site):
    (article,), skipped, notices, _ = read([site.base + "/news/turbines.html"])
    assert skipped == [] and notices == []
    assert article.id == site.base + "/news/turbines.html"
    assert (article.title, article.date, article.site) == ("Tidal turbines switched on", "2024-03-14", "The Harbour Post")
    assert "Greta Almqvist, chief executive of Tidewright Energy" in article.text
    assert "Subscribe" not in article.text and "Copyright" not in article.text


def test_feeds_of_every_kind_give_their_entries_pages(site):
    for feed in ("/feed.xml", "/atom.xml", "/feed.json"):
        articles, skipped, _, _ = read(feeds=[site.base + feed])
        assert articles and skipped == [], feed
    articles, _, _, _ = read(feeds=[site.base + "/atom.xml"])
    assert articles[0].title == "New ferry for the island route"


def test_one_article_reached_by_three_urls_is_fetched_twice_and_has_one_id(site):
    # The feed links the turbines story with a tracking parameter (the same URL as the one given,
    # once normalised: fetched once) and as an AMP copy whose canonical link names the story (a
    # URL of its own, fetched, then known by the story's id: the build reads it once).
    articles, _, _, _ = read([site.base + "/news/turbines.html"], [site.base + "/feed.xml"])
    ids = [a.id for a in articles]
    assert ids.count(site.base + "/news/turbines.html") == 2 and len(set(ids)) == 2
    assert site.requests().count("/news/turbines.html") == 1


def test_the_fetcher_names_itself_and_reads_robots_txt_once(site):
    read([site.base + "/news/turbines.html", site.base + "/news/ferry.html"])
    assert site.requests().count("/robots.txt") == 1
    assert site.agents == {USER_AGENT} and USER_AGENT.startswith("kg/")


def test_bad_inputs_are_each_one_line_and_lose_nothing_else(site):
    b = site.base
    urls = [b + "/private/memo.html", b + "/loop1", b + "/to-file", b + "/huge.html", b + "/image.png",
            b + "/missing.html", b + "/slow.html", "http://127.0.0.1:1/news.html", "file:///etc/passwd",
            b + "/go"]
    articles, skipped, _, _ = read(urls, [b + "/broken.xml"])
    assert [a.id for a in articles] == [b + "/news/turbines.html"]  # /go redirects to it
    assert skipped == [
        f"{b}/broken.xml: broken feed (<unknown>:1:73: no element found)",
        f"{b}/private/memo.html: robots.txt of the site does not allow kg to read it",
        f"{b}/loop1: redirect loop (2 hops)",
        f"{b}/to-file: redirected to a URL that is not http or https (file:///etc/passwd)",
        f"{b}/huge.html: page of 20,000,033 bytes is over the 10,000,000-byte cap",
        f"{b}/image.png: binary response (image/png), not a page",
        f"{b}/missing.html: HTTP 404 Not Found",
        f"{b}/slow.html: timed out after 1 s",
        "http://127.0.0.1:1/news.html: cannot connect to 127.0.0.1:1 ([Errno 111] Connection refused)",
        "file:///etc/passwd: only http and https URLs are read (file:///etc/passwd)",
    ]


def test_a_page_that_grows_past_the_cap_without_saying_so_is_stopped(site):
    # A server that does not say how long its page is is read until the cap, then dropped.
    body = b"<html><body>" + b"<p>more news</p>" * 800_000 + b"</body></html>"
    site.routes["/endless.html"] = (200, "text/html", body, {"Content-Length": None})
    options = FetchOptions(delay=0.0, timeout=5.0, max_bytes=2000)
    _, skipped, _, _ = read([site.base + "/endless.html"], options=options)
    assert skipped == [f"{site.base}/endless.html: page is over the 2,000-byte cap"]


def test_conditional_requests_fetch_only_what_changed(site, tmp_path):
    cache = HttpCache(tmp_path / "fetch.sqlite")
    feed = [site.base + "/feed.xml"]
    first, _, _, fetcher = read(feeds=feed, cache=cache)
    assert fetcher.counts["fetched"] == 5  # robots.txt, the feed, three pages
    site.log.clear()
    second, _, _, fetcher = read(feeds=feed, cache=cache)
    assert [a.text for a in second] == [a.text for a in first]
    assert site.requests(200) == [] and len(site.requests(304)) == 5 and fetcher.counts["fetched"] == 0
    site.page("/news/ferry.html", site.routes["/news/ferry.html"][2].replace(b"forty cars", b"fifty cars"), "text/html")
    site.log.clear()
    third, _, _, _ = read(feeds=feed, cache=cache)
    assert site.requests(200) == ["/news/ferry.html"]
    assert any("fifty cars" in a.text for a in third)


def test_requests_to_one_host_keep_their_distance(site):
    import time

    started = time.monotonic()
    read([site.base + "/news/turbines.html", site.base + "/news/ferry.html"],
         options=FetchOptions(delay=0.3, per_host=1, timeout=2.0))
    # robots.txt and two pages, each 0.3 s after the one before
    assert time.monotonic() - started >= 0.6


def test_waiting_for_the_host_does_not_count_against_the_time_limit(site):
    # Each page waits 0.6 s for its turn, longer than the 0.5 s a response may take.
    articles, skipped, _, _ = read([site.base + "/news/turbines.html", site.base + "/news/ferry.html"],
                                   options=FetchOptions(delay=0.6, per_host=1, timeout=0.5))
    assert skipped == [] and len(articles) == 2


@pytest.mark.model
def test_a_feed_built_into_a_store_twice_fetches_and_parses_nothing_the_second_time(site, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    def build():
        return CliRunner().invoke(main, ["build", "--feed", site.base + "/feed.xml", "--store", str(tmp_path / "s"),
                                         "--fetch-delay", "0", "--no-progress"], catch_exceptions=False)

    first = build()
    assert first.exit_code == 0, first.output
    assert "Parsed 2 new or changed articles" in first.output  # three entries, one of them the AMP copy
    assert "duplicate article id" in first.output
    assert "Fetched 5 web resources (pages, feeds, robots.txt); 0 more had not changed" in first.output
    site.log.clear()
    second = build()
    assert second.exit_code == 0, second.output
    assert site.requests(200) == [] and len(site.requests(304)) == 5  # robots.txt, the feed, three pages
    assert "Parsed 0 new or changed articles" in second.output and "Nothing new or changed" in second.output
    assert "Fetched 0 web resources (pages, feeds, robots.txt); 5 more had not changed" in second.output
    graph = CliRunner().invoke(main, ["query", "--store", str(tmp_path / "s"), "--format", "csv",
                                      "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"])
    assert "Tidewright Energy" in graph.output and "Skerry Ferries" in graph.output


@pytest.mark.model
def test_watch_builds_what_changed_each_round_and_stops_cleanly_on_ctrl_c(site, tmp_path):
    import signal
    import subprocess
    import sys

    store = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "watch", site.base + "/atom.xml", "--store", str(store),
                             "--every", "1s", "--fetch-delay", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        while not any(" round 1: " in line for line in lines):
            lines.append(proc.stdout.readline())
            assert lines[-1], "".join(lines)
        assert "parsed 1 new or changed; the store holds 1 articles; published v000001" in lines[-1]
        site.page("/news/ferry.html", site.routes["/news/ferry.html"][2].replace(b"forty cars", b"fifty cars"),
                  "text/html")
        while not any(" round 2: " in line for line in lines):
            lines.append(proc.stdout.readline())
        assert "fetched 1 (2 not modified), parsed 1 new or changed" in lines[-1]  # robots.txt and the feed: 304
        proc.send_signal(signal.SIGINT)  # while it waits for round 3
        rest, _ = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, "".join(lines) + rest
    assert "Stopped after 2 rounds" in rest or "Stopped after 3 rounds" in rest
    # The changed page's text is what the store now holds.
    import sqlite3

    (body,) = sqlite3.connect(store / "cache.sqlite").execute("SELECT result FROM articles").fetchone()
    assert "fifty cars" in body and "forty cars" not in body
