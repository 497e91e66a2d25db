"""A site redesign that keeps every word: every class and id of a page renamed (for the redesign test)."""
from __future__ import annotations

from lxml import html

from spiders.charset import decode_page


def rename_classes_and_ids(body: bytes, prefix: str = "v2-") -> bytes:
    """The page with `prefix` put before each class token and each id, in the page's own encoding."""
    text, encoding = decode_page(body)
    document = html.document_fromstring(text)
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions carry no attributes
        if classes := element.get("class"):
            element.set("class", " ".join(prefix + token for token in classes.split()))
        if element.get("id"):
            element.set("id", prefix + element.get("id"))
    return html.tostring(document, encoding=encoding, doctype="<!DOCTYPE html>")
