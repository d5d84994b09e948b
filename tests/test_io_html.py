"""HTML pages to article text and metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventcoder.io.html import parse_html
from eventcoder.io.readers import read_paths
from eventcoder.schema import Article, ReadError

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gunmen abduct villagers in Zamfara | Example News</title>
  <meta property="og:title" content="Gunmen abduct 30 villagers in Nigeria's Zamfara state">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2021-06-14T07:45:00+01:00">
  <link rel="canonical" href="https://news.example.org/africa/zamfara-abduction">
  <style>p { color: red; }</style>
  <script>window.analytics = {"page": "article"};</script>
</head>
<body>
  <header><a href="/">Example News</a> <nav><ul><li>World</li><li>Africa</li></ul></nav></header>
  <article>
    <h1>Gunmen abduct 30 villagers in Nigeria&#39;s Zamfara state</h1>
    <p>Gunmen abducted at least 30 villagers in a raid on a village near
       Kaura Namoda late on Saturday, police said.</p>
    <p>The attackers arrived on motorcycles &amp; fired into the air, a resident said.<br>
       Troops were sent to the area.</p>
    <figure><img src="map.png" alt="map"><figcaption>A map of Zamfara state</figcaption></figure>
    <p>Armed gangs have kidnapped hundreds of people for ransom in the northwest.</p>
    <script>trackRead();</script>
  </article>
  <aside><h2>Most read</h2><p>Floods displace thousands in Lagos</p></aside>
  <footer><p>Copyright Example News</p></footer>
</body>
</html>
"""


def test_article_text_keeps_paragraphs_and_drops_page_furniture() -> None:
    page = parse_html(NEWS_PAGE)
    assert page.text == (
        "Gunmen abduct 30 villagers in Nigeria's Zamfara state\n\n"
        "Gunmen abducted at least 30 villagers in a raid on a village near "
        "Kaura Namoda late on Saturday, police said.\n\n"
        "The attackers arrived on motorcycles & fired into the air, a resident said.\n\n"
        "Troops were sent to the area.\n\n"
        "Armed gangs have kidnapped hundreds of people for ransom in the northwest."
    )


def test_metadata_comes_from_the_head() -> None:
    page = parse_html(NEWS_PAGE)
    assert page.title == "Gunmen abduct 30 villagers in Nigeria's Zamfara state"
    assert page.published == "2021-06-14T07:45:00+01:00"
    assert page.source == "Example News"
    assert page.url == "https://news.example.org/africa/zamfara-abduction"


def test_without_an_article_element_the_whole_body_is_kept() -> None:
    page = parse_html(
        "<html><head><title>Kisumu protest</title></head><body>"
        "<div>Police fired tear gas in Kisumu.</div><div>14 people were arrested.</div>"
        "</body></html>"
    )
    assert page.text == "Police fired tear gas in Kisumu.\n\n14 people were arrested."
    assert page.title == "Kisumu protest"
    assert page.published is None


def test_publication_date_from_json_ld_and_time_element() -> None:
    json_ld = parse_html(
        '<html><head><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
        ' "headline": "Strikes", "datePublished": "2017-05-22T10:00:00Z"}]}'
        "</script></head><body><p>Air strikes hit Khan Shaykhun.</p></body></html>"
    )
    assert json_ld.published == "2017-05-22T10:00:00Z"
    assert json_ld.text == "Air strikes hit Khan Shaykhun."
    timed = parse_html(
        '<p><time datetime="2023-07-13" pubdate>13 July</time></p><p>Tear gas fired.</p>'
    )
    assert timed.published == "2023-07-13"


def test_unclosed_head_does_not_hide_the_body() -> None:
    page = parse_html("<html><head><title>T</title><body><p>Clashes near Souran.</p>")
    assert page.text == "Clashes near Souran."


def test_html_file_dates_from_the_page_and_fallbacks(tmp_path: Path) -> None:
    (tmp_path / "dated.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "bad_meta.html").write_text(
        '<meta name="pubdate" content="last Tuesday"><p>Shelling hit Idlib.</p>', encoding="utf-8"
    )
    (tmp_path / "empty_body.html").write_text(
        "<html><head><script>var x;</script></head><body><nav>Menu</nav></body></html>",
        encoding="utf-8",
    )
    default = dt.date(2020, 1, 1)
    bad_meta, dated, empty_body = read_paths([str(tmp_path)], default_published=default)
    assert isinstance(dated, Article)
    assert dated.published == dt.date(2021, 6, 14)  # the page's date wins over the default
    assert dated.source == "Example News" and dated.doc_id == "dated.html"
    assert isinstance(bad_meta, Article)
    assert bad_meta.published == default  # unreadable page metadata: the default date
    assert empty_body == ReadError(str(tmp_path / "empty_body.html"),
                                   "no text left after removing the HTML markup")


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    path.write_bytes(
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Troops entered Ras al-\u2018Ayn.</p></body></html>".encode("cp1252")
    )
    (article,) = read_paths([str(path)], default_published=None)
    assert isinstance(article, Article)
    assert article.text == "Troops entered Ras al-\u2018Ayn."


def test_longest_article_wins_over_teaser_cards() -> None:
    story = " ".join(["Troops and rebels clashed near Souran on Sunday, the monitor said."] * 4)
    page = parse_html(
        "<body><article><p>Teaser: floods in Lagos displace thousands of residents.</p></article>"
        f"<article><h1>Clashes in Hama</h1><p>{story}</p></article>"
        "<article><p>Teaser: election results delayed in the capital.</p></article></body>"
    )
    assert page.text == f"Clashes in Hama\n\n{story}"


def test_main_region_is_kept_without_an_article_element() -> None:
    story = " ".join(["Police fired tear gas at marchers in Kisumu, witnesses said."] * 4)
    page = parse_html(
        '<body><div class="menu"><a>Home</a> <a>Politics</a></div>'
        f'<div role="main"><div class="byline">By a staff writer</div><div><p>{story}</p></div>'
        "</div><div>Subscribe to our newsletter</div></body>"
    )
    assert page.text == f"By a staff writer\n\n{story}"


def test_link_lists_inside_the_story_are_dropped() -> None:
    page = parse_html(
        "<article><p>Gunmen abducted 30 villagers near Kaura Namoda, police said. The "
        '<a href="/police">state police</a> confirmed the kidnapping on Sunday.</p>'
        '<p>Related: <a href="/x">Troops kill nine gunmen in Katsina forest raid</a></p>'
        '<ul><li><a href="/y">Bomb kills two in Maiduguri market</a></li></ul></article>'
    )
    assert page.text == ("Gunmen abducted 30 villagers near Kaura Namoda, police said. The "
                         "state police confirmed the kidnapping on Sunday.")
