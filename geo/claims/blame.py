"""What makes a statement about an act blame (docs/annotation.md's `accusation`: the act itself is not the
point): who started the fighting («من بدأ القتال»), and an act named, then judged by a noun («إن القصف انتهاك
صارخ للهدنة», «قصف كنجة عمل إرهابي», «الهجوم على ستيباناكيرت جريمة حرب»: the predicate is a breach, a crime,
an act of terror or a provocation, not a verb that tells the act). Read by geo/claims/topics.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from geo.claims.nounphrase import WHAT_WAS_SAID, bare_key

_STARTED = frozenset(p + w for w in ("بدا", "بدات", "بدوا", "بادر", "بادرت", "بادروا", "البادي", "البادييه")
                     for p in ("", "و"))


def who_started(keys: Sequence[str], found_at: Sequence[tuple],
                kinds_of: Callable[[tuple, Sequence[str], int], tuple[frozenset[str], int]]) -> int:
    """Where «بدأ», «بادر» (started) stands right before a definite attack word («من بدأ القتال», «التي بدأت
    بإطلاق النار»): the statement says who started the fighting, blame, an accusation (not «بدأت عمليات»,
    a side starting operations of its own); -1 if none. (``found_at``: the type phrases each word starts;
    ``kinds_of``: topics' reading of a word's phrases, its claim types first.)"""
    if _STARTED.isdisjoint(keys):
        return -1  # (most clauses: one set test instead of a loop)
    for j, key in enumerate(keys[:-1]):
        if key in _STARTED and any(keys[k].startswith(("ال", "بال", "باطلاق")) and "attack" in kinds_of(found_at[k], keys, k)[0]
                                   for k in range(j + 1, min(j + 3, len(keys))) if found_at[k]):
            return j
    return -1


JUDGING = frozenset({"انتهاك", "خرق", "جريمه", "جرايم", "عمل", "اعمال", "استفزاز", "عدوان", "تعبير", "ارهاب", "دليل",
                     "تصعيد", "اعتداء"})
"""Nouns that judge an act, as the predicate after it (indefinite: «انتهاك», «انتهاكا»; not «الانتهاك»,
nor a longer word they begin: «عملية», «إرهابهم»)."""


def _judges(key: str) -> bool:
    """Is the word a judging noun, or one in the accusative («انتهاكا»)?"""
    return key in JUDGING or key.endswith("ا") and key[:-1] in JUDGING


_REACH = 9
"""Words the act's noun phrase may hold before its predicate («الهجوم على مدينة ستيباناكيرت», «نقطة التفتيش،
المقامة على جسر هكاري في ممر لاشين، تمثل انتهاكا»)."""


def characterised(keys: Sequence[str], at: int, after: int, verbs: Mapping[str, str]) -> bool:
    """Does the proposition open with the act noun at ``at`` (its phrase ends at ``after``) as the subject of
    a predicate noun that judges it, within a few words and with no verb between but one that says what it is
    («تمثل», «يشكل») (``verbs``: a word -> its reporting-verb kind, a look-up)?"""
    if at and bare_key(keys[at - 1]) not in WHAT_WAS_SAID:
        return False  # (the act opens what was said: «إن القصف …», «قصف كنجة …»)
    for k in range(after, min(after + _REACH, len(keys))):
        key = bare_key(keys[k])
        if _judges(key) and not keys[k].startswith("ال"):
            return True
        if verbs[keys[k]] or key in WHAT_WAS_SAID:
            return False
        if key in _CONSTITUTES:  # «إن نقطة التفتيش المقامة على جسر هكاري تمثل انتهاكا صارخا»
            return k + 1 < len(keys) and _judges(bare_key(keys[k + 1]))
    return False


_CONSTITUTES = frozenset({"تمثل", "يمثل", "تشكل", "يشكل", "تعد", "يعد", "تعتبر", "يعتبر"})
"""Verbs that say what a thing is («تمثل انتهاكا», «يشكل خرقا»): the judging noun right after them."""
