"""Decoding a page's bytes to text: trust the declaration, but notice when it lies.

w3lib reads the HTTP header, BOM and <meta> declaration in the order browsers do. Old Chinese
government pages are sometimes Big5 declared as UTF-8 (or the reverse), which decodes to a page
full of U+FFFD; then the body is tried strictly against the encodings Hong Kong sites use.
"""
from __future__ import annotations

from w3lib.encoding import html_to_unicode

from spiders.errors import ExtractionError

# Strict trial order once the declared charset proved wrong: UTF-8 decodes strictly only when it
# is right; Big5-HKSCS is a superset of Big5 with Hong Kong characters; GB18030 for mainland pages.
FALLBACK_ENCODINGS = ("utf-8", "big5hkscs", "gb18030")
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")


def decode_page(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Return (text, encoding) of a text page, or raise ExtractionError for empty or binary bodies."""
    if not body.strip():
        raise ExtractionError("empty response body")
    head = body[:1024]
    if head.startswith(BINARY_SIGNATURES) or b"\x00" in head:
        raise ExtractionError("binary content, not a text page")
    encoding, text = html_to_unicode(content_type, body)
    if _mojibake(text) or (encoding.lower() not in ("utf-8", "utf8") and _is_strict_utf8(body)):
        for candidate in FALLBACK_ENCODINGS:
            try:
                return body.decode(candidate), candidate
            except UnicodeDecodeError:
                continue
    return text, encoding


def _mojibake(text: str) -> bool:
    return text.count("\ufffd") > max(2, len(text) // 2000)


def _is_strict_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
