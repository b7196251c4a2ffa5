"""What the dashboard shows, prepared without Streamlit: labels, safe Markdown, side badges,
download payloads.

Owns: the interface labels (data/ui_labels.tsv, English and Arabic), escaping article text for
Streamlit's Markdown (so that no article is ever read as Markdown, HTML or LaTeX) with the place
name highlighted, and the bytes of the downloads. app.py calls these; it holds no rule itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from geo.datafiles import data_path, read_table
from geo.text.keys import name_keys, name_rank, normalise_key, normalise_phrase

LANGUAGES = ("en", "ar")
SIDE_BADGE_COLOURS = {
    "armenia": "orange", "azerbaijan": "blue", "russia": "red", "turkey": "violet", "france": "violet",
    "usa": "gray", "iran": "green", "un": "gray", "eu": "gray", "other": "gray", "none": "gray",
}
# Everything Streamlit's Markdown gives a meaning to: CommonMark punctuation, $ (LaTeX), : (emoji
# shortcodes and :red[...] colours), ~ and | (strikethrough, tables), < > & (HTML).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:<>&\"'=^])")


@lru_cache(maxsize=1)
def load_labels() -> dict[str, tuple[str, str]]:
    return {key: (en, ar) for _, (key, en, ar) in read_table(data_path("ui_labels.tsv"), columns=3)}


def label(key: str, lang: str = "en") -> str:
    en, ar = load_labels().get(key, (key, key))
    return ar if lang == "ar" else en


def escape_markdown(text: str) -> str:
    """Text shown as itself by st.markdown: every Markdown, HTML and LaTeX character escaped, and
    bidi controls kept from reordering what follows (see isolate)."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", _AUTOLINK.sub("\\1\u2060", _contain_bidi(text)))
    return escaped.replace("\n", "  \n")


# Streamlit's Markdown turns bare addresses into links even when their punctuation is escaped: an
# invisible word joiner after "http:", "www" or "@" keeps them text.
_AUTOLINK = re.compile(r"(:(?=//)|(?i:www)(?=\.)|@)")


_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
_EMBEDDINGS = re.compile("[\u202a-\u202e]")
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """A piece of data (a title, an outlet, a speaker) set apart for the bidi algorithm: whatever
    direction or override it carries (U+202E) ends with it, so the date and outlet shown after it
    keep their order. Isolate controls inside it are dropped so that it cannot close early."""
    return FSI + text.translate(_ISOLATES) + PDI if text else text


def _contain_bidi(text: str) -> str:
    """Text whose embeddings and overrides (U+202A-U+202E) are closed at each line's end: each one
    in an isolate of its own that ends where the line does."""
    if not _EMBEDDINGS.search(text):
        return text
    return "\n".join(isolate(line) if _EMBEDDINGS.search(line) else line for line in text.split("\n"))


def safe_link(url: str | None) -> str | None:
    """An article's address as a link only when it is a web address (http or https): never a
    javascript:, data: or file: URL from a manifest."""
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def highlight_markdown(text: str, names: Sequence[str]) -> str:
    """Escaped Markdown of a claim's text with each occurrence of the place's names in bold.

    Names are matched on normalised keys (hamza, ta marbuta, harakat folded), so شوشا is
    highlighted in وشوشا and شُوشا too; the original characters are what is shown.
    """
    spans = _find_names(text, names)
    out, cursor = [], 0
    for start, end in spans:
        out.append(escape_markdown(text[cursor:start]))
        out.append("**" + escape_markdown(text[start:end]) + "**")
        cursor = end
    out.append(escape_markdown(text[cursor:]))
    return "".join(out)


def _find_names(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    from geo.text.keys import find_tokens

    wanted = [tuple(k for k in (normalise_key(w) for w in n.split()) if k) for n in names]
    wanted = sorted({w for w in wanted if w}, key=len, reverse=True)
    tokens = find_tokens(text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for name in wanted:
            keys = tuple(t.key for t in tokens[i:i + len(name)])
            first = tokens[i].key
            if keys[1:] == name[1:] and (keys[:1] == name[:1] or (len(first) > len(name[0]) and first.endswith(name[0]))):
                start = tokens[i].end - _original_len(text, tokens[i], len(name[0])) if keys[:1] != name[:1] else tokens[i].start
                spans.append((start, tokens[i + len(name) - 1].end))
                i += len(name)
                break
        else:
            i += 1
    return spans


def _original_len(text: str, token, key_chars: int) -> int:  # type: ignore[no-untyped-def]
    """How many original characters at the end of ``token`` make its last ``key_chars`` key characters."""
    produced = 0
    for pos in range(token.end - 1, token.start - 1, -1):
        produced += len(normalise_key(text[pos]))
        if produced >= key_chars:
            return token.end - pos
    return token.end - token.start


def side_badge(side: str, lang: str = "en") -> str:
    """A coloured Markdown badge for a side (labels are ours, not article text)."""
    return f":{SIDE_BADGE_COLOURS.get(side, 'gray')}-badge[{escape_markdown(label('side_' + side, lang))}]"


def find_place(rows: Sequence[dict[str, Any]], query: str) -> str | None:
    """The place a typed name stands for, by any of its names, Latin or Arabic, folded (harakat,
    tatweel, zero-width marks, hamza forms, case): an exact name first, then a name it begins, then
    one it occurs in; among equals the place with the most claims."""
    needle = normalise_phrase(query)
    if not needle:
        return None
    best: tuple[int, int, str] | None = None
    for p in rows:
        rank = name_rank(needle, name_keys((p["name"], p["name_ar"], *(p.get("alt_names") or ()))))
        if rank is not None and (best is None or (rank, -p["total"]) < best[:2]):
            best = (rank, -p["total"], p["place_id"])
    return best[2] if best else None


def count_words(n: int, lang: str = "en", noun: str = "claims") -> str:
    """A count and its noun in the form the language asks for: '1 claim', '3 claims'; in Arabic by
    the CLDR plural category of the number («تصريح واحد»، «تصريحان»، «3 تصريحات»، «11 تصريحا»،
    «100 تصريح»). ``noun`` names the rows `<noun>_count_<category>` of data/ui_labels.tsv."""
    category = _arabic_plural(n) if lang == "ar" else ("one" if n == 1 else "other")
    if category == "zero":
        category = "other"
    return label(f"{noun}_count_{category}", lang).replace("{n}", str(n))


@lru_cache(maxsize=256)
def _arabic_plural(n: int) -> str:
    from babel import Locale

    return str(Locale("ar").plural_form(n))


def panel_groups(claims: Sequence[dict[str, Any]], *, contested: bool) -> list[list[dict[str, Any]]]:
    """The claims panel's columns: for a contested place with both sides' claims, Azerbaijan's and
    Armenia's side by side (the others after each); otherwise one list, as given (newest first)."""
    sides = {c["side"] for c in claims}
    if not (contested and {"armenia", "azerbaijan"} <= sides):
        return [list(claims)]
    left = [c for c in claims if c["side"] == "azerbaijan"]
    right = [c for c in claims if c["side"] == "armenia"]
    rest = [c for c in claims if c["side"] not in ("azerbaijan", "armenia")]
    return [left + rest[: len(rest) // 2], right + rest[len(rest) // 2:]]


def claim_details(c: dict[str, Any], lang: str = "en") -> str:
    """Speaker, date, figures and article of a claim as plain text (shown with st.text); every
    piece of data isolated for the bidi algorithm, empty parts left out."""
    speaker = isolate(c["speaker"]) if c["speaker"] else label("reporter", lang)
    lines = [f"{label('speaker', lang)}: {speaker}" + (f" ({isolate(c['speaker_en'])})" if c["speaker_en"] else "")]
    if c["date"]:
        lines.append(f"{label('event_date', lang)}: {isolate(str(c['date']))}")
    if c["numbers"]:
        lines.append(f"{label('figures', lang)}: " + ", ".join(isolate(n["text"]) for n in c["numbers"]))
    parts = [c["title"] or c["article_id"], c["outlet"], str(c["published"]) if c["published"] else ""]
    lines.append(f"{label('article', lang)}: " + " · ".join(isolate(p) for p in parts if p))
    return "\n".join(lines)


def review_note(reviews: Sequence[dict[str, Any]], machine: dict[str, Any] | None, lang: str = "en") -> str:
    """Who reviewed a claim, when, what they did and why, and what the machine had said (plain
    text for st.text; every piece of data isolated for the bidi algorithm)."""
    lines = []
    for r in reviews:
        why = f" · {isolate(r['reason'])}" if r["reason"] else ""
        lines.append(f"✓ {label('action_' + r['action'], lang)} · {label('reviewed_by', lang)} {isolate(r['author'])}"
                     f" · {isolate(r['when'])}{why}")
    if machine:
        said = [label("side_" + machine["side"], lang) if machine.get("side") else "",
                label("type_" + machine["type"], lang) if machine.get("type") else "",
                label("asserted" if machine.get("polarity") == "assert" else "denied", lang)
                if machine.get("polarity") else ""]
        lines.append(f"{label('machine_said', lang)}: " + " · ".join(s for s in said if s))
    return "\n".join(lines)


def place_choice_label(p: dict[str, Any]) -> str:
    """A place offered to an analyst: both names and where it is, so that namesakes differ."""
    return f"{p['name']} · {p['name_ar']} · {p['kind']} ({p['lat']:.3f}, {p['lon']:.3f})"
