"""What a claim is about: its type from the topic words of its proposition (claim_types.tsv, the
first type word deciding, in a fixed precedence), a casualty count or a stopped attack overriding it
(whether the deciding word is negated: geo/claims/negation.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, count

from geo.claims.blame import characterised, who_started
from geo.claims.claimwords import NO_TOPIC, TYPE_ORDER, ClaimWords
from geo.claims.negation import NEGATORS
from geo.claims.nounphrase import WHAT_WAS_SAID, bare_key
from geo.model import Token
from geo.text.clitics import has_reading_in, stems_of
from geo.text.wordcache import Answers, answers, keys_of, remember


def has_phrase(tokens: Sequence[Token], phrases: dict[str, tuple[tuple[str, ...], ...]],
               keys: Sequence[str] | None = None) -> bool:
    """Does a phrase (its first word read with clitics off, the rest as written) occur in the tokens
    (``keys``: their keys, when the caller has them)?"""
    if keys is None:
        keys = keys_of(tokens)
    found_at = list(map(phrases_starting(phrases).__getitem__, keys))
    for i in compress(count(), found_at):  # the words that start a phrase (few)
        for phrase in found_at[i]:
            if tuple(keys[i + 1:i + len(phrase)]) == phrase[1:]:
                return True
    return False


def phrases_starting(phrases: dict[str, tuple[tuple[str, ...], ...]]) -> Answers:
    """Per word: the phrases of ``phrases`` (by their first word) that one of its readings starts."""
    return answers(phrases, "phrases it starts",
                   lambda key: tuple(p for stem in stems_of(key) for p in phrases.get(stem, ())))


def type_hits_of(words: ClaimWords) -> Answers:
    """Per word: the claim-type phrases it starts (ClaimWords.type_hits)."""
    return answers(words, "claim-type phrases a word starts", lambda key: words.type_hits(key, stems_of(key)))


def claim_type(tokens: Sequence[Token], words: ClaimWords) -> str:
    """The claim's type (claim_topic without the deciding word's position)."""
    return claim_topic(tokens, words)[0]


_IS_THAT = Answers(lambda key: bare_key(key) in WHAT_WAS_SAID)
_BEFORE_THAT = 20
"""How many words a time or circumstance before the statement may hold."""
_WHEN_THAT = frozenset({"بعد", "قبل", "منذ", "دون", "بدون"})
"""Before «أن», a conjunction of time («بعد أن شن الجيش»): it opens no statement."""
_DEEPEST = 8
"""How many statements opened by «أن» one clause is read into (a run-on page repeats them without end)."""


def claim_topic(tokens: Sequence[Token], words: ClaimWords, keys: Sequence[str] | None = None,
                depth: int = 0) -> tuple[str, int]:
    """The claim's type and the index of the word that decides it (-1 for "other"). The first
    type word of the proposition decides ("أن القوات الأرمينية تقصف ... مما أدى إلى" is an attack
    though it goes on to a result); at one position the longest phrase («سقوط صاروخ» is an attack,
    «سقوط المدينة» control), then TYPE_ORDER. An attack or a capture whose clause counts the dead or
    wounded («الاشتباكات أسفرت عن مقتل جندي واحد», «خلال المعارك فقدنا 18 جنديا») is about casualties; an attack word with a word
    that stops it right before or after («وقف فوري لإطلاق النار», «العمليات العسكرية توقفت») is
    about a ceasefire. ``keys``: the tokens' keys, when the caller has them; ``depth``: how many
    statements opened by «أن» the clause has been read into."""
    if keys is None:
        keys = keys_of(tokens)
    hits_of = type_hits_of(words)
    found_at = list(map(hits_of.__getitem__, keys))
    # «بعد خمس دقائق من بدء سريان الهدنة، إن ضواحي كابان تعرضت لهجوم»: words before the statement's
    # «إن» (three or more: a time or circumstance) do not decide while the statement names a topic
    said = next((i for i in compress(count(), map(_IS_THAT.__getitem__, keys[:_BEFORE_THAT]))
                 if i == 0 or bare_key(keys[i - 1]) not in _WHEN_THAT), 0)  # («بعد أن شن الجيش»: when, not what)
    if ((said >= 3 or 1 <= said <= 2 and words.verb_cache[keys[0]] == "say") and depth < _DEEPEST and any(found_at[:said])
            and any(found_at[said + 1:])  # (or «أبلغ أن …»: the reporting verb itself, a type word, says nothing)
            and not any(k in words.participles or bare_key(k) in words.participles for k in keys[:said])):  # («واصفة»)
        kind, at = claim_topic(tokens[said + 1:], words, keys[said + 1:], depth + 1)
        if kind != "other":
            return kind, at + said + 1
    started = who_started(keys, found_at, _kinds_of)
    if started >= 0 and not any(found_at[:started]):
        return "accusation", started  # «إن أذربيجان كانت من بدأ القتال»: who started the fighting is blame
    moved = _people_moved(keys, words)
    if moved >= 0 and not any(found_at[:moved]):
        return "casualties", moved  # «100417 شخصا دخلوا إلى أرمينيا», «أكثر من 100 ألف منهم فروا»: the displaced counted
    alone = answers(hits_of, "claim types of a word alone", lambda key: _one_word_kinds(hits_of[key]))
    if not TAKEN_CAPTIVE.isdisjoint(keys):  # «أسر 12 جنديا», «أسر ستة من جنودها»: soldiers taken captive, if nothing before
        taken = next((j for j in range(len(keys) - 1) if keys[j] in TAKEN_CAPTIVE and _is_number(keys[j + 1], words)), -1)
        if taken >= 0 and not any((alone[keys[k]] or _kinds_of(found_at[k], keys, k))[0] - {NO_TOPIC}
                                   for k in range(taken) if found_at[k]):
            return "casualties", taken
    skip_to = 0
    cause: tuple[str, int] | None = None
    for i in compress(count(), found_at):  # the words that start a type phrase (few)
        if i < skip_to:
            continue
        kinds, longest = alone[keys[i]] or _kinds_of(found_at[i], keys, i)
        if not kinds:
            kinds, longest = _subject_between(found_at[i], keys, i)
            if not kinds:
                continue
        if NO_TOPIC in kinds:
            skip_to = i + longest  # «قوات حفظ السلام»: read on after the phrase
            continue
        kind = _DECIDING[kinds]
        if kind == "diplomacy" and (broken := next((j for j in range(i + longest, min(i + longest + 6, len(keys)))
                                                    if bare_key(keys[j]).startswith(_BREAKING)), -1)) >= 0:
            return "accusation", broken  # «إن الهدنة تم خرقها», «اتفاق وقف إطلاق النار تم انتهاكه»: blame for the breach
        if kind == "control" and bare_key(keys[i]).startswith(_AGAIN) and i + 1 < len(keys) and found_at[i + 1]:
            continue  # «أعاد قصف القرية»: did it again; the verbal noun after it is the proposition
        if bare_key(keys[i]).startswith(_PLEDGE) and any(found_at[i + 1:i + 4]) or bare_key(keys[i]).startswith(
                "ابلغ") and "عن" in keys[i + 1:i + 4] and any(found_at[i + 2:i + 8]):
            continue  # «تعهد بمواصلة قصف المنشآت», «أبلغت الوزارة عن قصف»: the act pledged or reported is the proposition
        reach = 5 if bare_key(keys[i]).startswith(_CALL) else 7 if keys[i].startswith(_CONCERN) else 0
        if reach and any("humanitarian" in (alone[keys[j]] or _kinds_of(found_at[j], keys, j))[0]
                         for j in range(i + 1, min(i + reach, len(keys))) if found_at[j]) or kind == "diplomacy" \
                and _humane(keys[i + longest:i + longest + 7]) \
                and not any(_TRUCE.search(k) for k in keys[i:i + longest + 7]):  # (a humanitarian truce is a truce)
            continue  # «تدعو إلى تأمين حرية التنقل», «عن قلقه إزاء تردي الأوضاع الإنسانية», «بحثا الوضع الإنساني»: a call,
            # a concern or talks about aid or passage are about them (a call to stop fighting or to talk stays diplomacy)
        if cause is None and (any(map(_IS_CAUSE.__getitem__, keys[max(0, i - 2):i])) or not _WHILE.isdisjoint(keys[max(0, i - 3):i])
                              or (i > 0 and bare_key(keys[i - 1]) in _RELATIVES and not (i > 1 and keys[i - 2] in _CLEFT))
                              or _describes(keys, i)):  # («أرمينيا هي التي انتهكت»: a cleft states it)
            # (and «الترسيم الذي اتفق عليه البلدان»: a relative clause describes, it is not the proposition;
            # «منذ بدء العمليات القتالية، عملت القوات على إجلاء المدنيين»: since when, not what)
            cause = (kind, i)  # «نتيجة للمفاوضات، نفذ الجانب انسحابا»: the cause is not the proposition
            skip_to = i + longest
            continue
        if kind == "attack" and any(has_reading_in(k, words.halt_words)
                                    for k in (*keys[max(0, i - 3):i], *keys[i + longest:i + longest + 1])):
            return "diplomacy", i
        if kind in ("attack", "control") and characterised(keys, i, i + longest, words.verb_cache):
            return "accusation", i
        if kind in ("attack", "control") and _counts_casualties(keys, found_at, i + 1, words):
            return "casualties", i
        if kind == "humanitarian" and _counts_the_displaced(keys, i, words):
            return "casualties", i
        if kind == "control" and bare_key(keys[i]).startswith(_FELL) and any(
                bare_key(k).removeprefix("ال").startswith(_PROJECTILES) for k in keys[i + 1:i + 4]):
            return "attack", i  # «سقوط 10 قذائف داخل الأراضي الإيرانية»: shells fell, not a town
        if kind == "control" and any(bare_key(k).removeprefix("ال").startswith(_CAPTIVES) for k in keys[i + longest:i + longest + 2]):
            return "humanitarian", i  # «لاستعادة جنودنا الأسرى», «تسليم المحتجزين»: people got back, not ground
        if kind == "humanitarian" and bare_key(keys[i]).startswith(_LEAVING) and any(
                bare_key(k).startswith(_FORCES) for k in keys[max(0, i - 12):i]):
            return "control", i  # «قوات حفظ السلام … بدأت مغادرة المنطقة»: troops leaving withdraw (people leaving flee)
        return kind, i
    return cause or ("other", -1)


def blamed_act(tokens: Sequence[Token], kind: str, decided_at: int, words: ClaimWords) -> tuple[str, int] | None:
    """The attack a claim made with «اتهم» accuses the other side of, as (type, index), or None: the
    attack is the point of the sentence («اتهمت أذربيجان أرمينيا بقصف منطقة سكنية في جانجا»). A breach,
    a deed of no other topic, starting the fighting («متهمة القوات ببدء إطلاق النار»: who fired first is
    the point) or criticising a strike («انتقدت موسكو قصف المدينة»: a stance) stays an accusation."""
    if kind == "accusation" and decided_at >= 0 and words.verb_cache[tokens[decided_at].key] == "accuse":
        act, at = claim_topic(tokens[decided_at + 1:], words)  # the accusing verb decided: read past it
        act_at = decided_at + 1 + at
    else:
        act, act_at = kind, decided_at
    if act != "attack" or not any(stem.startswith(_ACCUSING) for tok in tokens[:act_at] for stem in stems_of(tok.key)):
        return None
    if any(stem.startswith(_STARTING) for tok in tokens[max(0, act_at - 2):act_at + 1] for stem in stems_of(tok.key)):
        return None
    if any(bare_key(tok.key) in NEGATORS for tok in tokens[max(0, act_at - 3):act_at]):
        return None  # «اتهمت أرمينيا روسيا بأنها لا تعبأ بالهجمات»: blamed for not acting, not for the attack
    if any(_IS_CAUSE[tok.key] or tok.key in _WHILE for tok in tokens[max(0, act_at - 2):act_at]):
        return None  # «اتهمت أذربيجان الجيش بتصعيد الوضع إثر قصف المدينة»: the escalation is blamed, the shelling its cause
    return act, act_at


def denied_topic(kind: str, tokens: Sequence[Token], words: ClaimWords) -> str:
    """What a denial that rebuts or names no topic denies: its own topic when it has one of the war
    («نفت الوزارة سقوط شوشا»: control), the act of the charge it names after «ب» («نفت الاتهامات بقصف
    مدن في أذربيجان»: the shelling, an attack), else a blanket denial («نفت يريفان هذه الاتهامات»)."""
    if kind == "accusation":
        for i, tok in enumerate(tokens[:-1]):
            if bare_key(tok.key).removeprefix("ال").startswith(_CHARGES) and tokens[i + 1].key.startswith("ب"):
                kind = claim_topic(tokens[i + 1:], words)[0]
                break
    return kind if kind in TOPIC_TYPES else "denial"


TOPIC_TYPES = frozenset({"attack", "control", "casualties"})
_CHARGES = ("اتهام", "مزاعم", "ادعاء")
_FELL = ("سقوط", "سقط", "تسقط", "يسقط")
_PROJECTILES = ("قذيف", "قذاي", "صاروخ", "صواريخ", "قنبل", "قنابل", "مسير", "طايره", "طايرات")
_CAPTIVES = ("اسري", "اسرا", "رهاين", "محتجز", "معتقل", "رفات", "جثث", "جثمان", "سجنا", "سجين")
_LEAVING = ("غادر", "مغادر", "يغادر", "تغادر")
_FORCES = ("قوات", "القوات", "الجيش", "جيش", "جنود", "الجنود", "وحدات", "الوحدات", "الكتيبه", "كتيبه")
_STARTING = ("بدء", "بادر", "مبادر")
_PLEDGE = ("تعهد", "يتعهد", "تتعهد", "نتعهد")
"""A pledge: the act pledged after it, when the clause names one, is the topic."""
_CALL = ("دعا", "دعت", "يدعو", "تدعو", "دعوا")
_CONCERN = ("قلق", "القلق")
"""A call or a concern: what it is for or about decides («قلقه البالغ إزاء تردي الأوضاع الإنسانية»)."""
_HUMANE = frozenset({"انساني", "انسانيه", "الانساني", "الانسانيه", "مساعدات", "المساعدات"})
_TRUCE = re.compile(r"^(?:و|ف)?(?:ب|ل)?(?:ال)?(?:هدن|وقف|اطلاق)")
"""Aid or the humanitarian situation named soon after diplomacy makes it humanitarian, unless it is a truce."""
_AGAIN = ("اعاد", "يعيد", "تعيد", "عاود", "يعاود", "تعاود")
"""«أعاد», «عاود» with a verbal noun after them: the act done again («أعاد قصف», «عاودت استهداف»)."""
_ACCUSING = ("اتهم", "يتهم", "تتهم", "متهم")


def _kinds_of(hits: tuple[tuple[tuple[str, ...], str], ...], keys: Sequence[str], i: int) -> tuple[frozenset[str], int]:
    """The types of the longest of ``hits`` (type phrases whose first word is word ``i``) that the
    words after it complete, and their length."""
    split = _BY_SECOND.get(keys[i])
    if split is None or split[0] is not hits:
        split = remember(_BY_SECOND, keys[i], (hits, *_by_second(hits)))
    _hits, found, by_second = split
    if i + 1 < len(keys) and keys[i + 1] in by_second:  # (a longer phrase is tried only when its second word follows)
        found = found + [(len(phrase), kind) for phrase, kind in by_second[keys[i + 1]] if _rest_matches(keys, i, phrase)]
    if not found:
        return frozenset(), 0
    longest = max(size for size, _kind in found)
    return frozenset(kind for size, kind in found if size == longest), longest


_FIRE = frozenset({"النار", "نار"})


def _subject_between(hits: tuple[tuple[tuple[str, ...], str], ...], keys: Sequence[str], i: int) -> tuple[frozenset[str], int]:
    """A verb and its object «النار» with the subject between them, as a verb first sentence puts it
    («فتحت القوات المسلحة الأرمينية النار على مواقع»): the types of the two-word phrase, and its reach."""
    for j in range(i + 2, min(i + 7, len(keys))):
        if keys[j] in _FIRE:
            kinds = frozenset(kind for phrase, kind in hits if len(phrase) == 2 and phrase[1] in _FIRE)
            return (kinds, j - i + 1) if kinds else (frozenset(), 0)
    return frozenset(), 0


_BY_SECOND: dict[str, tuple] = {}
"""Per word: (its type phrases, the one-word ones as (1, type), the longer ones by the second word they
need, as written or made definite)."""


def _by_second(hits: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[list[tuple[int, str]], dict[str, list]]:
    by_second: dict[str, list] = {}
    for phrase, kind in hits:
        if len(phrase) > 1:
            for second in dict.fromkeys((phrase[1], "ال" + phrase[1])):
                by_second.setdefault(second, []).append((phrase, kind))
    return [(1, kind) for phrase, kind in _most_specific(hits)], by_second


def _one_word_kinds(hits: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[frozenset[str], int] | None:
    """_kinds_of when every one of ``hits`` is one word (the words after it do not matter), else None."""
    if not hits or any(len(phrase) != 1 for phrase, _kind in hits):
        return None
    return frozenset(kind for _phrase, kind in _most_specific(hits)), 1


def _most_specific(hits: tuple[tuple[tuple[str, ...], str], ...]) -> list[tuple[tuple[str, ...], str]]:
    """The one-word ``hits`` with the longest stem: «قنصل» (a consulate) is read before «قنص» (sniping)."""
    alone = [(phrase, kind) for phrase, kind in hits if len(phrase) == 1]
    top = max((len(phrase[0]) for phrase, _kind in alone), default=0)
    return [(phrase, kind) for phrase, kind in alone if len(phrase[0]) == top]


_DECIDING = Answers(lambda kinds: next((k for k in TYPE_ORDER if k in kinds), sorted(kinds)[0]))
"""The type that decides among the types of one phrase (TYPE_ORDER first), per set of types."""
_CAUSES = frozenset({"نتيجه", "جراء", "بسبب", "بموجب", "اثر"})
_WHILE = frozenset({"منذ", "خلال", "اثناء"})
_RELATIVES = frozenset({"الذي", "التي", "الذين"})
_CLEFT = frozenset({"هي", "هو", "هم"})
_BREAKING = ("خرق", "انتهاك", "انتهك", "تخرق", "يخرق", "تنتهك", "ينتهك")  # (a truce or agreement broken)
_IS_CAUSE = Answers(lambda key: bare_key(key) in _CAUSES)


def _humane(keys: Sequence[str]) -> bool:
    """Do the words name aid, the humanitarian, or captives and the dead handed back («تبادل أسرى», «تسليم جثث»)?"""
    return any(bare_key(k) in _HUMANE or bare_key(k).removeprefix("ال").startswith(_CAPTIVES) for k in keys)


def _describes(keys: Sequence[str], i: int) -> bool:
    """Is word ``i`` a definite participle after a definite noun («وحدات الجيش الأرميني المتمركزة في
    منطقة زود … قصفت مواقع»): an adjective that describes the noun, not the proposition?"""
    return i > 0 and keys[i].startswith("الم") and keys[i - 1].startswith("ال") and len(keys[i]) > 5


_RESULT_VERBS = frozenset({"ادي", "ادت", "اسفر", "اسفرت", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب", "تسببت"})
_RESULT_OPENERS = frozenset({"ما", "مما", "الذي"})


def _rest_matches(keys: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Do the words after ``i`` go on as the phrase does, each as written or made definite (a
    definite noun's adjective is definite too: «عمليات عسكرية», «العمليات العسكرية»)?"""
    if len(phrase) == 1:
        return True
    following = keys[i + 1:i + len(phrase)]
    return len(following) == len(phrase) - 1 and all(
        key == word or key == "ال" + word for key, word in zip(following, phrase[1:], strict=True))


def _counts_casualties(keys: Sequence[str], found_at: Sequence[tuple], start: int, words: ClaimWords) -> bool:
    """Does a casualty word with a number beside it (two words either way) follow ``start``, before
    a result clause («مما أدى إلى مقتل 9», «قصفت القرى، أسفر عن سقوط ضحايا»: the attack stays the
    proposition, its toll an aside; not a result verb whose subject is the attack named as a noun:
    «القصف الأرميني على ترتر أسفر عن سقوط 5 قتلى» is about the dead, and so is a clash, a noun however
    written: «اشتباك عسكري في المنطقة أدى إلى مقتل اثنين من جنودها»)?"""
    stop = len(keys)
    if not _RESULT_VERBS.isdisjoint(map(bare_key, keys[max(start, 1):])):  # (most clauses have no result verb)
        stop = next((j for j in range(max(start, 1), len(keys))
                     if (keys[j] in _RESULT_VERBS and (bare_key(keys[j - 1]) in _RESULT_OPENERS or (
                         j >= start + 2 and not bare_key(keys[start - 1]).startswith(("ال", *_CLASHES)))))
                     or (keys[j][:1] == "و" and keys[j][1:] in _RESULT_VERBS)), stop)
    for j in compress(count(start), found_at[start:stop]):
        kinds, size = _kinds_of(found_at[j], keys, j)
        # a number beside it, or a phrase that is a toll on its own («خسائر في الأرواح», «سقوط قتلى»)
        if "casualties" in kinds and (size > 1 or bare_key(keys[j]) in _DUAL_TOLLS
                                      or any(_is_number(k, words) for k in keys[max(start, j - 2):j + 3])):
            return True
    return False


_CLASHES = ("اشتباك", "مواجه", "معارك", "معركه", "تبادل")
_DUAL_TOLLS = frozenset(w + end for w in ("قتيل", "جريح", "شهيد", "اسير") for end in ("ين", "ان"))
"""Two dead, two wounded («قتيلين وجريحين»): a dual is a count, as a number beside the word is."""


_DISPLACED = ("نازح", "النازح", "لاجي", "اللاجي", "مهجر", "المهجر")


def _counts_the_displaced(keys: Sequence[str], i: int, words: ClaimWords) -> bool:
    """Is the deciding word the displaced counted («عدد النازحين تجاوز 100 ألف», «13500 نازح»): a
    casualty figure by the guideline, not the aid given them («إيواء 45 ألف نازح») or their return
    («26 ألف لاجئ عادوا إلى ديارهم»), which stay humanitarian?"""
    if not keys[i].removeprefix("و").startswith(_DISPLACED):
        return False
    before = keys[max(0, i - 3):i]
    if any(bare_key(k) in _SHELTERING for k in before) or any(
            bare_key(k).startswith(("عاد", "عود")) for k in keys[i + 1:i + 4]):
        return False  # sheltered or gone home: aid and return, not a toll
    return "عدد" in (bare_key(k) for k in before) or any(_is_number(k, words) for k in keys[max(0, i - 3):i + 4])


_RECEIVING = frozenset({"ايواء", "استقبال", "لايواء", "لاستقبال"})
"""Verbal nouns of receiving people («إيواء», «استقبال»): sheltering for a displaced count, taking in for a claim."""
_SHELTERING = _RECEIVING | {"مساعده", "اسكان"}


def _with_wa(forms: set[str]) -> frozenset[str]:
    """Word forms with and without a leading و («بدأ», «وبدأ»): a clause's keys are tested against it at once."""
    return frozenset(forms) | {"و" + key for key in forms}


TAKEN_CAPTIVE = _with_wa({"اسر", "باسر"})
"""Captured (the verb or its noun) before a count («أسر 12 جنديا»; «أسر» families takes no number after it)."""
_MOVED = _with_wa({"عبروا", "دخلوا", "وصلوا", "غادروا", "فروا", "نزحوا", "عبر", "دخل", "وصل", "غادر", "فر", "نزح"})
_COUNTED = frozenset({"شخص", "شخصا", "اشخاص", "الف", "الاف", "منهم", "مواطن", "مواطنا", "لاجي", "لاجيا", "نازح"})


def _people_moved(keys: Sequence[str], words: ClaimWords) -> int:
    """Where a count of people who crossed, left or fled stands («1050 شخصا عبروا إلى البلاد», «100
    ألف منهم فروا»: a number, then whom it counts, then the verb; or the verb first: «وصل أكثر من 65 ألف
    شخص»): the displaced counted; -1 if none."""
    if _MOVED.isdisjoint(keys):
        return -1  # (most clauses: one set test instead of a loop)
    for j, key in enumerate(keys):
        if j >= 2 and key in _MOVED and bare_key(keys[j - 1]) in _COUNTED and any(
                _is_number(k, words) for k in keys[max(0, j - 3):j - 1]):
            return j
        if key in _MOVED and bare_key(keys[j - 1] if j else "") not in _IF:
            after = keys[j + 1:j + 6]  # («وصل أكثر من 65 ألف شخص من الإقليم»: the verb first, then the count)
            if any(bare_key(k) in _COUNTED and any(_is_number(n, words) for n in after[:i]) for i, k in enumerate(after) if i):
                return j
    return -1


_IF = frozenset({"اذا", "لو", "ان"})
"""«إذا عبر 120 ألف شخص»: if they cross, a fear, not a count."""
_TAKE_IN_VERBS = _with_wa({"استقبلت", "استقبل", "تستقبل", "يستقبل", "ستستقبل", "سيستقبل", "استقبلنا", "نستقبل"})
_TAKE_IN = _TAKE_IN_VERBS | _with_wa({"قبول", "لقبول", *_RECEIVING})
_TAKEN_IN = frozenset({"لاجي", "لاجيا", "نازح", "نازحا", "اسره", "اسر", "عايله", "عايلات", "اخوتنا", "اخواننا",
                       "لاجيين", "اللاجيين", "نازحين", "النازحين", "المهجرين", "مهجرين", "الفارين", "سكان"})


def took_people_in(keys: Sequence[str], words: ClaimWords, counted: bool = True) -> bool:
    """Does a claim say a state takes people in («استقبلت أكثر من 13 ألف شخص», «ستستقبل كل إخوتنا»,
    «مستعدة لقبول جميع سكان ناغورنو كاراباخ»: a verb or verbal noun of receiving, then within six words
    whom it shelters, or a number after the verb or when ``counted``; not «استقبل الرئيس نظيره»): humanitarian?"""
    if _TAKE_IN.isdisjoint(keys):
        return False
    for j, key in enumerate(keys):
        if key in _TAKE_IN:
            after = keys[j + 1:j + 7]  # («لاستقبال أكثر من 40 ألف لاجئ»)
            if ((counted or key in _TAKE_IN_VERBS) and any(_is_number(k, words) for k in after)) \
                    or any(bare_key(k) in _TAKEN_IN for k in after):  # (a count after the verb is of people)
                return True
    return False


def _is_number(key: str, words: ClaimWords) -> bool:
    return key[-1:].isdigit() or bare_key(key) in words.cardinals
