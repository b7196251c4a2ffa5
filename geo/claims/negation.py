"""Whether a claim's proposition is negated: a negator before the word that decides its type («لا تستهدف»,
«لم تقم بقصف»), «لم يتم» after it, but not «لا تزال» (still); and a breach said as not complying with an
agreement («لم تمتثل لاتفاق وقف إطلاق النار»), which geo/claims/extract.py types as an accusation.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.claims.nounphrase import bare_key
from geo.model import Token

NEGATORS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "لسنا", "ليسوا"})
_STILL = frozenset({"تزال", "يزال", "زال", "زالت", "تنفك", "ينفك", "يبرح", "تبرح", "سيما"})
"""After «لا» or «ما» these keep the proposition: «لا تزال المعارك مستمرة» (the fighting goes on)."""


_COMPLYING = frozenset({"تمتثل", "يمتثل", "امتثل", "امتثلت", "تلتزم", "يلتزم", "التزم", "التزمت", "تحترم", "يحترم",
                        "احترم", "احترمت", "امتثال", "التزام", "احترام"})
"""Complying with, keeping to, respecting (an agreement): not doing so is a breach blamed."""
_NOT = NEGATORS | {"عدم"}
_COMPLYING_AS_WRITTEN = frozenset(c + w for w in _COMPLYING for c in ("", "و", "ف"))
"""The complying words with or without a conjunction: a clause with none of them is looked at no further."""


def not_complying(keys: Sequence[str]) -> bool:
    """Does the clause say someone did not comply («لم تمتثل لاتفاق وقف إطلاق النار», «لم تلتزم الأحكام»,
    «عدم التزام الطرفين»)? A breach blamed: an accusation, asserted."""
    if _COMPLYING_AS_WRITTEN.isdisjoint(keys):
        return False
    return any(bare_key(keys[j]) in _COMPLYING and bare_key(keys[j - 1]) in _NOT for j in range(1, len(keys)))


def negated(tokens: Sequence[Token], i: int) -> bool:
    """Is the word at ``i`` (the one that decides the claim's type) negated: «لا تستهدف», «لم تقم
    بقصف», «لم تحقق أي تقدم» (a negation up to three words before it), but not «لا تزال المعارك»
    (still); or said not to have happened after it («قصف مدينة غنجة لم يتم من داخل الأراضي الأرمينية»)?"""
    for j in range(max(0, i - 3), i):
        if bare_key(tokens[j].key) in NEGATORS and tokens[j + 1].key not in _STILL:
            return True
    return any(bare_key(tokens[j].key) in ("لم", "لا") and tokens[j + 1].key in _HAPPENED
               for j in range(i + 1, min(i + 6, len(tokens) - 1)))


_HAPPENED = frozenset({"يتم", "تتم", "يحدث", "تحدث", "يقع", "تقع", "يجر", "تجر"})
"""Took place, happened («لم يتم», «لم يحدث», «لم يقع»): after the deciding word, a denial that it did."""
