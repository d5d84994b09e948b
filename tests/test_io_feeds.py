"""RSS and Atom feeds: one article per item, with its date, link and channel."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from eventcoder.io.readers import read_paths
from eventcoder.schema import Article, ReadError

DEFAULT = dt.date(2020, 1, 1)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example Wire: Africa</title>
    <link>https://wire.example.org/africa</link>
    <item>
      <title>Roadside bomb kills four soldiers near Baidoa</title>
      <link>https://wire.example.org/africa/baidoa-bomb</link>
      <guid isPermaLink="false">wire-2016-0313-baidoa</guid>
      <pubDate>Tue, 15 Mar 2016 09:12:00 +0000</pubDate>
      <description>A bomb hit a convoy on the road to Burhakaba.</description>
      <content:encoded><![CDATA[<p>A roadside bomb killed four soldiers near Baidoa on
        Sunday, police said.</p><p>Eleven were wounded.</p>]]></content:encoded>
    </item>
    <item>
      <title>Police fire tear gas at Kisumu marchers</title>
      <link>https://wire.example.org/africa/kisumu-march</link>
      <pubDate>sometime in July</pubDate>
      <description>&lt;b&gt;Police&lt;/b&gt; arrested 14 people in Kisumu.</description>
    </item>
    <item><title>   </title><description></description></item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Monitor</title>
  <entry>
    <title>Air strikes hit Khan Shaykhun</title>
    <id>tag:monitor.example.org,2017:khan-shaykhun</id>
    <link rel="alternate" href="https://monitor.example.org/ks"/>
    <published>2017-05-22T06:00:00Z</published>
    <summary type="html">&lt;p&gt;At least 14 civilians were killed.&lt;/p&gt;</summary>
  </entry>
</feed>
"""


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "africa.rss"
    path.write_text(RSS, encoding="utf-8")
    baidoa, kisumu, empty = read_paths([str(path)], default_published=DEFAULT)
    assert baidoa == Article(
        doc_id="wire-2016-0313-baidoa",
        text=("Roadside bomb kills four soldiers near Baidoa\n\n"
              "A roadside bomb killed four soldiers near Baidoa on Sunday, police said.\n\n"
              "Eleven were wounded."),  # full content preferred over the summary
        published=dt.date(2016, 3, 15),
        source="Example Wire: Africa",
        url="https://wire.example.org/africa/baidoa-bomb",
        title="Roadside bomb kills four soldiers near Baidoa",
    )
    assert isinstance(kisumu, Article)
    assert kisumu.doc_id == "https://wire.example.org/africa/kisumu-march"  # no guid: the link
    assert kisumu.text == ("Police fire tear gas at Kisumu marchers\n\n"
                           "Police arrested 14 people in Kisumu.")
    assert kisumu.published == DEFAULT  # unreadable pubDate: the default
    assert empty == ReadError(f"{path}:item 3", "empty document (no text)")


def test_atom_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "monitor.xml"  # .xml is read when named explicitly
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = read_paths([str(path)], default_published=None)
    assert isinstance(entry, Article)
    assert entry.doc_id == "tag:monitor.example.org,2017:khan-shaykhun"
    assert entry.text == "Air strikes hit Khan Shaykhun\n\nAt least 14 civilians were killed."
    assert (entry.published, entry.source, entry.url) == (
        dt.date(2017, 5, 22), "Example Monitor", "https://monitor.example.org/ks")


def test_feed_on_stdin_is_detected() -> None:
    items = list(read_paths(["-"], default_published=None, stdin=io.BytesIO(ATOM.encode())))
    assert [i.doc_id for i in items if isinstance(i, Article)] == [
        "tag:monitor.example.org,2017:khan-shaykhun"
    ]


def test_bad_feeds_are_reported_after_the_items_before_the_error(tmp_path: Path) -> None:
    truncated = tmp_path / "cut.rss"
    truncated.write_text(RSS[: RSS.index("<item>\n      <title>Police")], encoding="utf-8")
    not_feed = tmp_path / "places.xml"
    not_feed.write_text("<gazetteer><place>Baidoa</place></gazetteer>", encoding="utf-8")
    empty = tmp_path / "empty.atom"
    empty.write_text("", encoding="utf-8")
    items = list(read_paths([str(truncated), str(not_feed), str(empty)], default_published=None))
    assert isinstance(items[0], Article) and items[0].doc_id == "wire-2016-0313-baidoa"
    cut, other, blank = items[1:]
    assert isinstance(cut, ReadError) and cut.where == str(truncated)
    assert cut.reason.startswith("malformed XML: no element found")
    assert other == ReadError(str(not_feed), "not an RSS or Atom feed (root element <gazetteer>)")
    assert blank == ReadError(str(empty), "empty document (no XML)")


def test_xml_files_in_a_directory_are_not_read_as_feeds(tmp_path: Path) -> None:
    (tmp_path / "data.xml").write_text("<gazetteer/>", encoding="utf-8")
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    items = list(read_paths([str(tmp_path)], default_published=None))
    assert len(items) == 3 and all(str(tmp_path / "data.xml") not in str(i) for i in items)
