"""«According to» sources: «وفقاً لمركز الإعلام الموحد», «بحسب المتحدث», «نقلاً عن», «بحسب ما ذكرت الوزارة»,
«، على ما أفادت ممثلة عن السلطات»; a bare head («وحسب الوزارة») is the one named before, and «بحسب قوله»
the last speaker. What an agreement's text says («وبحسب نص البيان») is no side's claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import _np_end, _readings, bare_key, verb_kind
from geo.claims.speakerspan import Attribution, build_speaker, names_the_same_source, resolve_bare_head
from geo.claims.subjects import is_information, publisher_of
from geo.model import Mention, Token

HIS_WORDS = frozenset({"قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "له", "لها", "لهم"})  # («ووفقا لهم»)
_THESE = frozenset({"لهذه", "لهذا", "هذه", "هذا"})
"""«ووفقاً لهذه البيانات»: the statement just told, its speaker's."""
_NAMING = frozenset({"التسميه", "تسميه", "للتسميه", "التسميات", "المصطلح", "للمصطلح", "التعبير", "للتعبير"})
"""«آرتساخ بحسب التسمية الأرمنية»: by a side's name for a place, no source."""


def according_to(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
    previous: Attribution | None, keys: Sequence[str],
) -> Attribution | None:
    """ "according to": وفقا لـ، بحسب، نقلا عن; a bare head («وحسب الوزارة») is the one named before."""
    n = len(tokens)
    if n > 1 and bare_key(keys[0]) == "بموجب" and agreement_text(keys[1]):
        return None  # «وبموجب الاتفاق، ستحافظ أذربيجان …، وفقًا لرويترز»: the agreement's terms, as an outlet tells them
    opens = list(compress(count(), map(words.opens_according_to.__getitem__, keys)))
    if "ما" in keys:  # «، على ما أفادت ممثلة عن السلطات المحلية»: as she said
        opens = sorted({*opens, *(k for k in range(n - 2) if bare_key(keys[k]) == "علي" and keys[k + 1] == "ما"
                                   and verb_kind(tokens[k + 2], words))})
    for i in opens:
        j = i + 1
        if j < n and tokens[j].key in ("عن", "الي", "ل"):  # («استنادا إلى»)
            if tokens[j].key != "عن" and bare_key(keys[i]) == "نقلا":
                continue  # «نُقلا إلى العاصمة باكو»: the two were moved; quoting is «نقلاً عن»
            j += 1
        if j + 1 < n and tokens[j].key == "ما" and verb_kind(tokens[j + 1], words):
            j += 2  # «ووفق ما أوردته وكالة الأناضول», «بحسب ما ذكرت الوزارة»
        if j < n and previous is not None and (tokens[j].key in HIS_WORDS or names_the_same_source(keys[j:j + 2]) or (
                tokens[j].key in _THESE and j + 1 < n and _said_or_published(tokens[j + 1].key, words))):  # (not «لهذا الوضع»)
            # «وبحسب قوله», «وحسب المصدر نفسه»: the last speaker
            return Attribution(previous.start, previous.end, previous.speaker, previous.speaker_en,
                               previous.sides, "say", "carried")
        if j < n and (agreement_text(tokens[j].key) or tokens[j].key in _THESE or bare_key(tokens[j].key) in _NAMING):
            continue  # «وبحسب نص البيان», «وفقًا للاتفاقات»: what an agreement says is no side's claim; «ووفقا لهذا
            # الوضع»; «آرتساخ بحسب التسمية الأرمنية»: by a side's name for a place, no statement
        j = publisher_of(tokens, j, words)  # «وبحسب معلومات نشرتها وزارة الدفاع»: the one who published them
        if j < n:
            end = _np_end(text, tokens, j, words)
            if end == j and tokens[j].key.startswith("ل") and tokens[j].key in words.stops:
                end = _np_end(text, tokens, j + 1, words) if j + 1 < n else j + 1  # «وفقًا لوكالة فرانس برس»
            found = build_speaker(text, tokens, j, end, mentions, words, "say", "according_to")
            if found is not None and found.sides == ("other",) and is_information(tokens[j].key):
                continue  # «بحسب تقارير غير رسمية»: reports with no source are no one's claim
            if found is not None:
                return resolve_bare_head(found, previous, words)
    return None


def _said_or_published(key: str, words: ClaimWords) -> bool:
    """Is the word a statement or something published («البيانات», «التصريحات», «المعلومات»)? «ووفقاً لهذه
    البيانات» points back to the last statement; «ووفقا لهذا الوضع» (this situation) does not."""
    stem = key.removeprefix("ال")
    return bool(stem.startswith(words.channels) or is_information(key) or stem.startswith(("تصريح", "بيان")))


def agreement_text(key: str) -> bool:
    """Is the word after "according to" an agreement or its text («نص», «للاتفاقات», «بنود»)?"""
    readings = _readings(key) if key.startswith("ل") else (key,)
    return any(r == "نص" or r.removeprefix("ال").startswith(("اتفاق", "بنود", "معاهد", "تفاهم")) for r in readings)
