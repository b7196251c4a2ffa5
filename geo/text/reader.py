"""Reading article files: bytes -> decoded text, HTML -> text.

Owns: encoding detection (UTF-8 with or without BOM, then cp1256 and
ISO-8859-6 with a recorded warning), refusing binary or undecodable input with
a message that says what to do, and reducing HTML to its visible text. Lexbor (selectolax) parses HTML; a page's <meta charset> is honoured. It
does not split, normalise or interpret the text. For an HTML file the
"original text" every later offset points into is the visible text this
module extracts.
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from geo.errors import ArticleError, MissingFileError
from geo.text.keys import arabic_letter_ratio

log = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
"""Larger files are refused: no news article is 20 MB, a file that size is a dump or a mistake."""

DAMAGED_UTF8_MIN_VALID = 10
"""Bytes that are not valid UTF-8 are still read as UTF-8 (damaged bytes shown as U+FFFD) when they
hold at least this many well-formed non-ASCII characters per broken sequence: Arabic in cp1256 or
ISO-8859-6 forms almost none (its letters are single bytes that UTF-8 takes as lead bytes)."""

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm")

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer nav aside "
    "blockquote figure figcaption title pre hr dd dt".split()
)
_VOID_BREAKS = frozenset({"br", "hr"})
_SKIP_TAGS = frozenset("script style noscript template svg head".split())


_MANY_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Visible text of an HTML page (block elements become line breaks) and its <title>.

    Parsed by Lexbor (selectolax), an HTML5 parser: unclosed tags, stray markup and entities are
    read as a browser reads them.
    """
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = (title_node.text(deep=True) or "").strip() or None if title_node is not None else None
    root = tree.root
    if root is None:
        return "", title
    for tag in _SKIP_TAGS:
        for node in root.css(tag):
            node.decompose()
    for node in root.traverse():
        if node.tag in _VOID_BREAKS:
            node.insert_after("\n")  # an element with no content breaks the line once
        elif node.tag in _BLOCK_TAGS:
            node.insert_before("\n")
            node.insert_after("\n")
    text = root.text(deep=True, separator="")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return text, title


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a <meta> tag of its first 4 KiB (its codec name), or
    None when it declares none, or one Python does not know."""
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def looks_like_html(text: str, suffix: str) -> bool:
    if suffix in (".html", ".htm"):
        return True
    head = text[:2000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def decode_bytes(data: bytes, *, name: str = "<bytes>", declared: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode article bytes. Returns (text, encoding, warnings). ``declared`` is the encoding an HTML
    page names in its <meta charset> (see declared_charset); it is used when the bytes are not UTF-8.

    Raises ArticleError for empty, binary or undecodable input.
    """
    if not data.removeprefix(b"\xef\xbb\xbf").strip():  # a byte-order mark alone is no article either
        raise _empty(name)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{name}: {len(data):,} bytes is larger than the {MAX_ARTICLE_BYTES:,}-byte limit for one article; "
            "split it into one file per article"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", ()
        except UnicodeDecodeError as err:
            # the mark proves UTF-8: a cut or damaged file is read as such, as it is without a mark
            damaged = _read_damaged_utf8(
                data, name=name, first_bad=err.start + 3, cut_off=err.reason == "unexpected end of data"
            )
            if damaged is not None:
                log.warning(damaged[2][0])
                return damaged[0].removeprefix("\ufeff"), "utf-8-sig", damaged[2]
            raise ArticleError(
                f"{name}: starts with a UTF-8 byte-order mark but byte {err.start + 3} is not UTF-8; "
                "re-save the file as UTF-8"
            ) from err
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ArticleError(f"{name}: has a UTF-16 byte-order mark but does not decode; re-save it as UTF-8") from err
        if not text.strip("\ufeff \t\r\n"):
            raise _empty(name)
        return text.lstrip("\ufeff"), "utf-16", (f"{name}: decoded as UTF-16; UTF-8 is preferred",)
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.05:
        # Arabic in UTF-16 without a byte-order mark is half NUL and 0x06 bytes: not binary
        utf16 = _decode_utf16_without_bom(data)
        if utf16 is not None:
            text, encoding = utf16
            warning = f"{name}: no byte-order mark; decoded as {encoding.upper()} (UTF-8 is preferred)"
            log.warning(warning)
            return text, encoding, (warning,)
        raise ArticleError(
            f"{name}: looks like a binary file (NUL or control bytes), not an article; "
            "give the article as a UTF-8 .txt or .html file"
        )
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as utf8_err:
        first_bad, cut_off = utf8_err.start, utf8_err.reason == "unexpected end of data"
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            warning = f"{name}: not UTF-8; decoded as {declared}, the encoding its <meta charset> declares"
            log.warning(warning)
            return text, declared, (warning,)
    damaged = _read_damaged_utf8(data, name=name, first_bad=first_bad, cut_off=cut_off)
    if damaged is not None:
        log.warning(damaged[2][0])
        return damaged
    # Both legacy encodings map most bytes somewhere: ISO-8859-6 text read as cp1256 comes out as
    # Latin-accented gibberish. Keep the reading that gives the most Arabic letters.
    readings = []
    for encoding in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((arabic_letter_ratio(text), encoding, text))
    if readings:
        # a tie (a short text whose bytes are letters in both: شوشا) goes to cp1256, by far the commoner
        ratio, encoding, text = max(readings, key=lambda reading: reading[0])
        if ratio >= 0.6:
            warning = f"{name}: not valid UTF-8 (byte {first_bad}); decoded as {encoding}"
            log.warning(warning)
            return text, encoding, (warning,)
    raise ArticleError(
        f"{name}: not UTF-8 (first bad byte at {first_bad}) and not Arabic in cp1256 or ISO-8859-6; "
        "convert it to UTF-8 (e.g. iconv -f YOUR_ENCODING -t UTF-8)"
    )


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """The text and encoding when ``data`` is Arabic text in UTF-16 (either byte order) without a BOM."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(ord(c) < 32 and c not in "\t\n\f\r" for c in text):
            continue
        if arabic_letter_ratio(text) >= 0.6:
            return text, encoding
    return None


def _empty(name: str) -> ArticleError:
    return ArticleError(f"{name}: the file is empty; remove it or give it the article's text")


def _read_damaged_utf8(
    data: bytes, *, name: str, first_bad: int, cut_off: bool
) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 cut off inside a character or with a few damaged bytes, read as UTF-8; None if it is not UTF-8.

    Arabic UTF-8 bytes also decode as cp1256 and ISO-8859-6, as gibberish that is mostly Arabic
    letters (قصفت -> ظ‚طµظپطھ), so without this a download cut mid-letter would lose every place.
    """
    if cut_off:
        text = data[:first_bad].decode("utf-8")
        # non-ASCII before the cut proves UTF-8; ASCII ending in one high byte may be cp1256
        if any(ord(c) > 127 for c in text):
            dropped = len(data) - first_bad
            return text, "utf-8", (
                f"{name}: ends inside a UTF-8 character (cut off?); the last {dropped} byte(s) were dropped",
            )
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for c in text if ord(c) > 127) - text.count("\ufffd")
    if valid < DAMAGED_UTF8_MIN_VALID * bad:
        return None
    return text, "utf-8", (
        f"{name}: not valid UTF-8 from byte {first_bad}: {bad} damaged byte sequence(s) shown as \ufffd; "
        "re-save or re-download the file to repair it",
    )


def _control_ratio(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    bad = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(chunk)


_CONTROLS = dict.fromkeys([c for c in range(32) if chr(c) not in "\t\n\r\f"] + [0x7F], "\ufffd")


def replace_controls(text: str, *, name: str) -> tuple[str, tuple[str, ...]]:
    """Control characters (NUL and the rest of C0 but tab and line ends) replaced by U+FFFD, one for
    one, so offsets hold: no database refuses the text, and both keep the same characters."""
    cleaned = text.translate(_CONTROLS)
    if cleaned == text:
        return text, ()
    count = sum(1 for a, b in zip(text, cleaned, strict=True) if a != b)
    return cleaned, (f"{name}: {count} control character(s) (NUL and the like) shown as \ufffd",)


def read_text(path: str | Path) -> tuple[str, str, tuple[str, ...], str | None]:
    """Read an article file. Returns (text, encoding, warnings, html_title)."""
    p = Path(path)
    if not p.exists():
        raise MissingFileError(f"{p}: no such file; check the path (relative paths are from the current folder)")
    if not p.is_file():
        raise ArticleError(f"{p}: not a regular file")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleError(f"{p}: unsupported file type {suffix or '(none)'}; give .txt or .html files")
    size = p.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{p}: {size:,} bytes is larger than the {MAX_ARTICLE_BYTES:,}-byte limit for one article; "
            "split it into one file per article"
        )
    try:
        data = p.read_bytes()
    except OSError as err:
        raise ArticleError(f"{p}: cannot be read ({err.strerror}); check its permissions") from err
    html_suffix = suffix in (".html", ".htm")
    text, encoding, warnings = decode_bytes(data, name=str(p), declared=declared_charset(data) if html_suffix else None)
    text, replaced = replace_controls(text, name=str(p))
    warnings = (*warnings, *replaced)
    title = None
    if looks_like_html(text, suffix):
        text, title = html_to_text(text)
        if not text.strip():
            raise ArticleError(f"{p}: the HTML page has no visible text")
    return text, encoding, warnings, title
