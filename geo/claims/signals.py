"""Side signals in a speaker's words: a known speaker (data/lexicon/speakers.tsv, the longest phrase),
a nationality adjective, a surname's ending or a given name, and a place that is the speaker or an
institution's seat; and the English label a speaker gets from them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from geo.claims.claimwords import ClaimWords, by_second_word
from geo.claims.nounphrase import AMONG_THEM, CALL_VERBS, _readings, bare_key, verb_kind
from geo.model import TOKEN_START, Mention, Token
from geo.text.clitics import iter_stems
from geo.text.wordcache import answers, keys_of, remember, word_cache

_SIDE_ADJ = {
    "armenia": "Armenian", "azerbaijan": "Azerbaijani", "russia": "Russian", "turkey": "Turkish",
    "france": "French", "usa": "US", "iran": "Iranian", "un": "UN", "eu": "EU", "other": "",
}


def speaker_signals(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords
) -> list[tuple[int, str, str, int]]:
    """(token index, side, English label, token end index) for each side signal in a speaker's tokens."""
    out: list[tuple[int, str, str, int]] = []
    n = len(tokens)
    i = 0
    _words, starting, sides, institution = _TABLES if _TABLES[0] is words else _tables(words)
    while i < n:
        found = None
        key = tokens[i].key
        held = starting.get(key)
        if held is None:
            held = remember(starting, key, by_second_word(
                tuple(sp for r in _readings(key) for sp in words.speaker_first.get(r, ()))))
        one_word, by_second = held
        # the speakers the next word can continue (a head like «وزارة» starts twenty), in table order
        speakers = one_word + by_second.get(tokens[i + 1].key, ()) if by_second and i + 1 < n else one_word
        for sp in speakers:
            size = len(sp.key)
            if i + size <= n and (size < 3 or all(tokens[i + j].key == sp.key[j] for j in range(2, size))):
                if size == 1 and sp.key[0] in words.ambiguous_surnames and i > 0 and not _titled(tokens, i, words):
                    continue  # «مسؤول رئيسي» is a senior official, not Raisi
                if found is None or size > len(found.key):
                    found = sp
        if found is not None:
            out.append((i, found.side, found.label, i + len(found.key)))
            i += len(found.key)
            continue
        side = sides.get(key)
        if side is None:  # a nationality, else a surname's ending or a given name ('' for none)
            side = next((words.nationalities[s] for _, s, _ in iter_stems(key) if s in words.nationalities), "")
            given = words.given_name_sides.get(key, "")  # (a Russian given name alone says nothing: Serbia's Aleksandar)
            side = remember(sides, key, side or _surname_side(key, words) or ("" if given == "russia" else given))
        if side:
            if i and side != "russia" and words.given_name_sides.get(tokens[i - 1].key) == "russia" \
                    and _surname_side(key, words) == side:
                side = "russia"  # «ألكسندر لافرنتييف»: a Russian given name makes an -ov/-ev surname Russia's
            out.append((i, side, "", i + 1))
        i += 1
    # A place gives a side when it is the speaker itself ("نفت يريفان") or names the seat of an
    # institution ("وزارة الدفاع في أذربيجان", "سلطات قره باغ"); not when it is the topic ("الوضع في قره باغ").
    head = 2 if n > 2 and tokens[1].key == "من" and words.shares(tokens[0].key) else 0
    head = 1 if not head and n > 1 and bare_key(tokens[0].key) in _ONE_OF else head  # «أحد سكان ستيباناكيرت»
    institutional = bool(tokens) and (institution[tokens[head].key] or (  # («ثلاثة من سكان كاراباخ»: of the residents)
        head + 1 < n and f"{tokens[head].key} {tokens[head + 1].key}" in words.heads))  # («أمين المظالم في …»)
    for m in mentions:
        place_side = words.place_sides.get(m.place.place_id)
        if place_side is None and m.place.kind in _LOCAL:
            place_side = words.country_sides.get(m.place.country)  # «سلطات مدينة غوريس»: Armenia's
        if place_side is None and m.place.kind == "country" and m.start == tokens[0].start:
            place_side = "other"  # «وثمنت مصر جهود الوساطة الأمريكية»: a state of no listed side speaks, not the US
        if place_side is None:
            continue
        idx = bisect.bisect_right(tokens, m.start, key=TOKEN_START) - 1  # the word the name starts in
        if idx < 0 or m.start >= tokens[idx].end or any(a <= idx < b for a, _s, _l, b in out):
            continue
        # the signal ends after the name's last word («في ناغورني كاراباخ» is two)
        end = bisect.bisect_left(tokens, m.end, key=TOKEN_START)
        if idx == 0 or institutional or (out and out[-1][3] == idx and tokens[idx].key.startswith("و")):
            out.append((idx, place_side, "", end))
        elif idx and bare_key(tokens[idx - 1].key) in AMONG_THEM:
            out.append((idx, place_side, "", end))  # «عدة دول، من بينها روسيا وفرنسا»: the members named speak
        elif (tokens[idx].key.startswith("و") or idx and tokens[idx - 1].key == "بالاضافه") and any(i0 == 0 for i0, *_ in out):
            out.append((idx, place_side, "", end))
    out.sort()
    return out


_ONE_OF = frozenset({"احد", "احدي"})
"""«أحد», «إحدى» (one of): the group after it says whose the speaker is."""
_LOCAL = frozenset({"city", "town", "village", "province"})
_PEOPLE_OF = frozenset({"سكان", "اهالي", "مسوول", "مسوولون", "مسوولين"})
"""«سكان ستيباناكيرت», «مسؤولون من أرمينيا»: residents or officials of a place named in the speaker
speak for the side that holds it."""
_TABLES: tuple = (None, None, None, None)
"""The per-word caches speaker_signals reads, for the ClaimWords last asked about (found by the
tables' identity once, not at every speaker)."""


def _tables(words: ClaimWords) -> tuple:
    global _TABLES
    heads = words.heads
    _TABLES = (words, word_cache(words.speaker_first, "speakers it starts, by their second word"),
               word_cache(words.nationalities, "side a word gives"),
               answers(heads, "names an institution, or the people of a place",
                       lambda key: any(stem in heads or stem in _PEOPLE_OF for stem in _readings(key))))
    return _TABLES


def _titled(tokens: Sequence[Token], i: int, words: ClaimWords) -> bool:
    """Is the word at ``i`` right after a title, a nationality or an outlet's head («الرئيس الإيراني رئيسي»,
    «الوزير ظريف», «وكالة أنباء تسنيم»)?"""
    if i == 0:
        return False
    prev = tokens[i - 1].key
    return any(stem in words.nationalities or stem in words.titles or stem in _OUTLET_WORDS for stem in _readings(prev))


_OUTLET_WORDS = frozenset({"وكاله", "انباء", "الانباء", "قناه", "صحيفه", "موقع"})


_DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال", "ولل", "وبال", "فلل", "فبال")


def _surname_side(key: str, words: ClaimWords) -> str:
    """Side from a surname's ending (ستيبانيان -> armenia, حسنوف -> azerbaijan); '' when none."""
    if len(key) < 5 or key.startswith(_DEFINITE) or key.isascii():
        return ""  # (a definite noun, with or without a clitic before its article: «للبيان» is no -yan surname)
    for ending, side in words.surname_sides:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return side
    return ""


def label_for(speaker_tokens: Sequence[Token], signals: list[tuple[int, str, str, int]], words: ClaimWords) -> str:
    named = [label for _, _, label, _ in signals if label]
    if named:
        return named[0]
    side = signals[0][1] if signals else ""
    keys = keys_of(speaker_tokens)
    # a head of two words first («أمين المظالم»: ombudsman; «وزارة الصحة»), else the first word that names one
    head = words.heads.get(" ".join(keys[:2]), "") or next(filter(None, map(words.head_of.__getitem__, keys)), "")
    adjective = _SIDE_ADJ.get(side, "")
    return " ".join(p for p in (adjective, head or ("side" if adjective else "unnamed source")) if p)




def called_to(
    text: str, tokens: Sequence[Token], verb: Token, j: int, mentions: Sequence[Mention], words: ClaimWords,
) -> bool:
    """After a verb of calling on, is the one word after it what is called on («ودعا السكان للنزول إلى
    الملاجئ», «دعت الأطراف إلى», «حث الطرفين على»): followed by «إلى», «على» or ل and a verbal noun,
    and naming no speaker?"""
    if bare_key(verb.key) not in CALL_VERBS or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].key
    if bare_key(tokens[j].key) in _RESIDENTS and j + 2 < len(tokens):
        after = tokens[j + 2].key  # «وحث سكان أذربيجان على مغادرة»: the residents of a place are called on
    k = j + 1
    if tokens[j].key.startswith("ال") and k + 1 < len(tokens) and tokens[k].key.startswith("ال") and not verb_kind(
            tokens[k], words) and after != "الي":  # («إلى» is «الي» in a key)
        after, k = tokens[k + 1].key, k + 1  # «ودعا المجتمع الدولي للتعامل …»: a noun and its adjective called on
    # («دعا الأمين العام للأمم المتحدة …»: «لل» opens the rest of a title, whose words name a speaker)
    return (after in ("الي", "علي") or after.startswith("لل")) and not speaker_signals(
        text, tokens[j:k + 3 if after.startswith("لل") else k], mentions, words)


_RESIDENTS = frozenset({"سكان", "اهالي", "مواطني"})


_STATE_OFFICES = frozenset({"وزير", "وزاره", "رييس", "زعيم", "حكومه", "جيش", "قايد", "برلمان", "رياسه"})


def dual_office(key: str) -> bool:
    """Is the word a state's office or officer in the dual's construct form («وزيرا», «وزارتا», «رئيسا»: two of
    them; not «مسؤولا الإغاثة», two officials of anything)?"""
    return len(key) > 3 and key.endswith("ا") and (key[:-1] in _STATE_OFFICES or key.endswith("تا") and key[:-2] + "ه" in _STATE_OFFICES)
