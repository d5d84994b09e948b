"""The LGL scorer's logic on a tiny hand-made corpus in the LGL XML format."""

from __future__ import annotations

from pathlib import Path

from eventcoder.evaluate.lgl import _Predicted, format_report, read_lgl, score_documents

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Rain fell on Springfield and Dayton today.]]></text>
    <toponyms>
      <toponym><start>13</start><end>24</end><phrase>Springfield</phrase>
        <gaztag geonameid="1"><fcode>PPL</fcode><lat>39.80</lat><lon>-89.64</lon></gaztag>
      </toponym>
      <toponym><start>29</start><end>35</end><phrase>Dayton</phrase>
        <gaztag geonameid="2"><fcode>PPL</fcode><lat>39.76</lat><lon>-84.19</lon></gaztag>
      </toponym>
    </toponyms>
  </article>
</articles>
"""


def test_lgl_scoring(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(XML, encoding="utf-8")
    (article,) = list(read_lgl(path))
    assert [t.text for t in article.toponyms] == ["Springfield", "Dayton"]
    predicted = [
        _Predicted(13, 24, 39.80, -89.64),   # right place
        _Predicted(0, 4, None, None),        # "Rain": a false positive
    ]
    result = score_documents([(article, predicted)])
    assert result["recognition"]["recall"] == 0.5
    assert result["recognition"]["precision"] == 0.5
    assert result["accuracy_at_161km"] == 1.0
    assert result["end_to_end_at_161km"] == 0.5
    wrong = score_documents([(article, [_Predicted(13, 24, 37.21, -93.29)])])  # Missouri
    assert wrong["accuracy_at_161km"] == 0.0 and wrong["median_error_km"] > 161
    assert "recall 0.500" in format_report(result)
