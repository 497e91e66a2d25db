"""The evaluation runs end to end on the committed labelled sets and reports every label.

No threshold on the figures here (they are what EVAL.md reports, and `make eval` prints them): only
that the sets are complete, the scorer scores every label, and the report is written and parses.
"""
from __future__ import annotations

import dataclasses
import json
import re

from eval import run
from warehouse.classify import Matcher, Tag, load_taxonomy


def test_every_row_is_labelled_with_a_confidence_and_the_test_part_is_held_out():
    for path, key in ((run.ARTICLES, "article_id"), (run.ORGANIZATIONS, "org_id")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len({r[key] for r in rows}) == len(rows)
        assert {r["part"] for r in rows} == {"dev", "test"}
        assert 0.3 < sum(r["part"] == "test" for r in rows) / len(rows) < 0.5
        assert len({r["seed"] for r in rows}) == 1
        for row in rows:
            assert row["labels"], row[key]
            for label in row["labels"].values():
                assert label["confidence"] in {"high", "medium", "low"}, row[key]


def test_make_eval_writes_every_label_row_with_figures_and_confusion_pairs(tmp_path, capsys):
    output = tmp_path / "EVAL.md"
    assert run.main(["--output", str(output)]) == 0
    printed = capsys.readouterr().out
    text = output.read_text(encoding="utf-8")
    fields = load_taxonomy().subfield_order
    expected = (["articles: ai_relevant", "articles: ai_subfields (micro)", "articles: pillars (micro)",
                 "articles: cross_border", "articles: international", "organizations: ai_related",
                 "organizations: ai_subfields (micro)", "organizations: kind (accuracy)"]
                + [f"articles: ai_subfield {f}" for f in fields] + [f"organizations: ai_subfield {f}" for f in fields]
                + [f"articles: pillar {p}" for p in run.PILLARS] + [f"organizations: kind {k}" for k in run.KINDS])
    test_part = text.split("## Test part (held out)")[1].split("## Targets")[0]
    rows = {m[1]: m[2] for m in re.finditer(r"^\| ([^|]+?) \| (.+) \|$", test_part, re.M)}
    for label in expected:
        assert label in rows, label
        assert label in printed, label
        figures = [float(x) for x in re.findall(r"\d\.\d{3}", rows[label])]
        assert figures and all(0.0 <= x <= 1.0 for x in figures), (label, rows[label])
    assert re.search(r"on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, at commit [0-9a-f]{7,}", text)
    assert f"taxonomy version {load_taxonomy().version}" in text
    assert len(re.findall(r"^\| .+ \| (precision|recall|f1|accuracy) \| 0\.\d\d \| \d\.\d{3} \| (yes|\*\*no\*\*) \|$",
                          text, re.M)) == len(run.TARGETS)
    assert "## Confusion pairs on the test part" in text


def test_the_scores_are_the_rules_own_and_every_miss_is_a_confusion_pair():
    # A taxonomy that finds nothing in any text misses every AI article, each listed by id.
    blind = dataclasses.replace(load_taxonomy(), matcher=Matcher([("zzz-no-such-term", False, Tag("ai", "ai", "x"))]))
    scores = run.evaluate("test", blind)
    ai = scores["articles: ai_relevant"]
    assert ai.tp == 0 and ai.fn > 0 and ai.recall == 0.0
    assert len(ai.errors) == ai.fn and all(e["gold"] and not e["predicted"] for e in ai.errors)
    assert run.evaluate("test")["articles: ai_relevant"].tp > 0
