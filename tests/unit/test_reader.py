"""Decoding and HTML reduction (geo/text/reader.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.errors import ArticleError, MissingFileError
from geo.text.reader import decode_bytes, html_to_text, read_text

ARABIC = "قصفت القوات مدينة كنجة أمس."


def test_utf8() -> None:
    assert decode_bytes(ARABIC.encode()) == (ARABIC, "utf-8", ())


def test_utf8_with_bom_drops_only_the_bom() -> None:
    text, enc, warnings = decode_bytes(b"\xef\xbb\xbf" + ARABIC.encode())
    assert (text, enc, warnings) == (ARABIC, "utf-8-sig", ())


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_encodings_fall_back_with_a_warning(encoding: str) -> None:
    text, enc, warnings = decode_bytes(ARABIC.encode(encoding), name="a.txt")
    assert text == ARABIC
    assert enc in ("cp1256", "iso-8859-6")
    assert warnings and "not valid UTF-8" in warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(encoding: str) -> None:
    # regression: it was refused as "a binary file" (half its bytes are NUL or 0x06)
    text, enc, warnings = decode_bytes((ARABIC + "\n").encode(encoding), name="a.txt")
    assert (text, enc) == (ARABIC + "\n", encoding)
    assert warnings and "no byte-order mark" in warnings[0]


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        ("Müller café, not Arabic".encode("utf-16-le"), "binary"),
        (b"   \n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(0, 32)) * 20, "binary"),
        ("Müller café".encode("latin-1") * 3, "not UTF-8"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data: bytes, needle: str) -> None:
    with pytest.raises(ArticleError, match=needle):
        decode_bytes(data, name="bad.txt")


def test_html_is_reduced_to_visible_text() -> None:
    markup = (
        "<html><head><title>عنوان</title><script>var x='قره باغ';</script></head>"
        "<body><p>قصف <b>مدينة</b> شوشا.</p><div>سطر آخر</div></body></html>"
    )
    text, title = html_to_text(markup)
    assert "قره باغ" not in text  # script content is not article text
    assert "قصف مدينة شوشا." in text
    assert "سطر آخر" in text.split("\n")
    assert title == "عنوان"


def test_html_entities_are_decoded() -> None:
    text, _ = html_to_text("<p>شوشا &amp; ستيباناكيرت &lt;3</p>")
    assert text == "شوشا & ستيباناكيرت <3"


def test_read_text_accepts_html_files(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<p>مدينة غوريس</p>", encoding="utf-8")
    text, enc, _warnings, _title = read_text(page)
    assert text == "مدينة غوريس" and enc == "utf-8"


def test_read_text_refuses_other_suffixes(tmp_path: Path) -> None:
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4")
    with pytest.raises(ArticleError, match="unsupported file type"):
        read_text(f)


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_original_line_endings_are_kept(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes("شوشا\r\nكنجة".encode())
    text, *_ = read_text(f)
    assert text == "شوشا\r\nكنجة"


# Regression tests for mis-decodings found by tests/fuzz/run_fuzz.py: Arabic UTF-8 bytes are also valid
# cp1256 (as gibberish that is mostly Arabic letters), so a damaged UTF-8 file lost every place.


def test_utf8_cut_inside_a_character_is_not_read_as_cp1256() -> None:
    data = ARABIC.encode("utf-8")[:-2]  # the full stop, then half of the last letter
    text, enc, warnings = decode_bytes(data, name="cut.txt")
    assert (text, enc) == (ARABIC[:-2], "utf-8")
    assert "cut.txt: ends inside a UTF-8 character" in warnings[0]


def test_utf8_with_a_damaged_byte_is_not_read_as_cp1256() -> None:
    data = bytearray((ARABIC * 3).encode("utf-8"))
    data[9] = 0xFF
    text, enc, warnings = decode_bytes(bytes(data), name="damaged.txt")
    assert enc == "utf-8" and text.startswith("قصفت ") and text.endswith(ARABIC) and "\ufffd" in text
    assert "damaged.txt: not valid UTF-8 from byte 9" in warnings[0]


def test_short_cp1256_text_is_not_read_as_iso_8859_6() -> None:
    # both code pages read these bytes as Arabic letters only (و is ن in ISO-8859-6): cp1256 is far commoner
    text, enc, _warnings = decode_bytes("شوشا".encode("cp1256"), name="short.txt")
    assert (text, enc) == ("شوشا", "cp1256")


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\ufeff".encode("utf-16"), " \n".encode("utf-16")])
def test_a_file_with_only_a_byte_order_mark_is_empty(data: bytes) -> None:
    # regression (found by tests/fuzz/run_fuzz.py): it was read as an article with no text
    with pytest.raises(ArticleError, match="bom.txt: the file is empty"):
        decode_bytes(data, name="bom.txt")


def test_utf8_with_a_byte_order_mark_cut_inside_a_character_is_read_like_without_one() -> None:
    text, enc, warnings = decode_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8")[:-2], name="cut.txt")
    assert (text, enc) == (ARABIC[:-2], "utf-8-sig") and "ends inside a UTF-8 character" in warnings[0]


def test_an_html_page_is_decoded_by_its_meta_charset(tmp_path: Path) -> None:
    # these ISO-8859-6 bytes are Arabic letters in windows-1256 too (شنشا reads شوشا there), and
    # without a declaration the commoner windows-1256 wins the tie: only the page says which it is
    body = "<html><head><meta charset=\"iso-8859-6\"></head><body><p>شنشا</p></body></html>"
    assert body.encode("iso-8859-6").decode("cp1256").count("شوشا") == 1
    page = tmp_path / "a.html"
    page.write_bytes(body.encode("iso-8859-6"))
    text, encoding, warnings, _title = read_text(page)
    assert text == "شنشا"
    assert encoding == "iso8859-6" and "meta charset" in warnings[0]


def test_a_text_file_ignores_what_looks_like_a_meta_charset(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes("charset=iso-8859-6 شوشا مدينة قصفت القوات الأذربيجانية اليوم شوشا".encode("cp1256"))
    _text, encoding, _warnings, _title = read_text(article)
    assert encoding == "cp1256"
