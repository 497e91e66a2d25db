"""The shared text helpers whose fast paths must keep the meaning of the slower code they replace."""
import re

import pytest
from parsel import Selector

from spiders.text import clean, css_query, drop_elements, ends_html, first_element, page_base

BODY = """<html><body><span id="pressrelease">First <b>part</b><script>var x = 1;</script> after script
<div class="note mB15 f15">Ends/Tuesday, June 21, 2022<div class="mB15">nested</div></div>tail kept
<p class="controlDisplay2">print</p><style>p {}</style><p class="mB150">not a footer</p></span>
</body></html>"""


def test_drop_elements_removes_what_the_css_drop_removes_and_keeps_tails():
    ours, theirs = Selector(text=BODY, type="html"), Selector(text=BODY, type="html")
    drop_elements(ours.css("#pressrelease")[0], tags={"script", "style"}, classes={"mB15", "controlDisplay2"})
    for node in theirs.css("#pressrelease").css(".mB15, .controlDisplay2, script, style"):
        node.drop()
    assert ours.get() == theirs.get()
    text = ours.css("#pressrelease").get()
    assert "after script" in text and "tail kept" in text and "not a footer" in text
    assert "Ends/" not in text and "nested" not in text and "var x" not in text and "print" not in text


@pytest.mark.parametrize("selectors", [("#pressrelease",), ("#missing", "span"), ("#missing", "p.mB150"),
                                       ("#missing",), ("p", "#pressrelease")])
def test_first_element_finds_what_the_first_matching_css_selector_finds_first(selectors):
    sel = Selector(text=BODY, type="html")
    expected = next((found[0].get() for css in selectors if (found := sel.css(css))), None)
    found = first_element(sel, selectors)
    assert (found.get() if found is not None else None) == expected


def test_an_id_is_the_first_element_with_it_as_in_css():
    sel = Selector(text='<html><body><p id="x">one</p><p id="x">two</p></body></html>', type="html")
    assert first_element(sel, ["#x"]).get() == sel.css("#x")[0].get() == '<p id="x">one</p>'


@pytest.mark.parametrize("css", ["title::text", "h1 ::text", "meta[property='og:title']::attr(content)",
                                 "#pressrelease .mB15", "script"])
def test_a_compiled_css_query_matches_what_parsel_matches(css):
    sel = Selector(text=BODY.replace("<body>", "<head><title>T</title><meta property='og:title' content='O'>"
                                     "</head><body><h1>A <i>b</i></h1>"), type="html")
    assert [m if isinstance(m, str) else Selector(root=m, type="html").get() for m in css_query(css)(sel.root)] \
        == sel.css(css).getall()


@pytest.mark.parametrize("text", [
    "a\u00a0 b\t\n c ", "\u3000中文\u2003空格 ", "x\x1cy\x1fz", "\u200bzero\u200bwidth", "", "  ",
    "line\r\nbreak\u2028sep\u0085nel",
])
def test_clean_folds_exactly_what_the_regular_expression_folded(text):
    assert clean(text) == re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


@pytest.mark.parametrize("page, complete", [
    ("<html><body>x</body></html>", True),
    ("<HTML><BODY>x</BODY></HTML >\n", True),
    ("<html><body>x</body></Html>", True),
    ("<html><body>x</body></html>\n<script>late()</script>", True),
    ("<html><body>x</body>", False),
    ("<html><body>the word </html is cut", False),
    ("", False),
])
def test_ends_html(page, complete):
    assert ends_html(page) is complete


def test_page_base_follows_a_base_tag_and_defaults_to_the_page_url():
    url = "https://www.info.gov.hk/gia/general/202206/21/P2022062100598.htm"
    plain = Selector(text="<html><head></head><body><a href='x.htm'>x</a></body></html>", type="html")
    based = Selector(text="<html><head><base href=' /gia/general/ '></head><body></body></html>", type="html")
    assert page_base(plain, url) == url
    assert page_base(based, url) == "https://www.info.gov.hk/gia/general/"
