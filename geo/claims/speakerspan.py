"""The speaker phrase of a clause, once a pattern has found where it starts: trimmed to the speaker
(a run-on object, a place after a name, a closing quote), its sides and English label; and a bare
head («وقالت الوزارة», «وأوضح البيان») pointed back to the last speaker with that head.

geo/claims/attribution.py finds where the speaker is; this module says who it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import (
    _OBJECT_MASDAR,
    AMONG_THEM,
    QUOTES,
    _np_end,
    bare_key,
    statement_of_bare_head,
    through_titled_place,
)
from geo.claims.signals import dual_office, label_for, speaker_signals
from geo.claims.subjects import _AUXILIARIES, repeats_title
from geo.model import Mention, Token, slot_init
from geo.text.keys import key_offset, normalise_key

PREPOSITIONS = frozenset({"ب", "ل", "ك", "في", "علي", "من", "الي", "عن", "مع", "حول", "ضد"})  # (keys: «على», «إلى»)
"""A word after a verb that opens its object, never its subject ("ولوّحت بـ«الرد»")."""
@slot_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found for a clause."""

    start: int
    end: int
    speaker: str
    speaker_en: str
    sides: tuple[str, ...]
    verb_kind: str
    pattern: str


_OPENING_OF = {closing: opening for opening, closing in QUOTES.items()}
OBLIQUE_TWO = frozenset(map(normalise_key, ("الطرفين", "الجانبين")))
"""The two sides in the oblique case: the subject only after «أن» and its sisters (elsewhere the
object: «ودعت الطرفين إلى»)."""
_INNA = frozenset(map(normalise_key, ("أن", "إن", "لكن", "بأن", "كأن", "لأن")))
_OBSERVERS = frozenset(map(normalise_key, (
    "خبير", "خبراء", "محلل", "محللون", "محللين", "باحث", "باحثون", "باحثين", "مراقب", "مراقبون", "مراقبين",
    "أكاديمي", "أستاذ", "مؤرخ")))
"""Heads of a speaker who analyses, observes or studies: their side is `other` whatever their nationality
(docs/annotation.md: analysts and observers), unless a person the lexicon knows is named. (A journalist
or writer of a side is of that side: «صحفي أرميني».)"""


_PLATFORMS = frozenset({"فيس", "بوك", "فيسبوك", "الفيسبوك", "تويتر", "اكس", "تلغرام", "تليغرام", "التلغرام", "انستغرام",
                        "يوتيوب", "تيك", "توك"})
"""Social media platforms: where a statement was posted, never its author."""


def build_speaker(
    text: str, tokens: Sequence[Token], start: int, end: int, mentions: Sequence[Mention], words: ClaimWords,
    kind: str, pattern: str,
) -> Attribution | None:
    issuer = _issued_by(tokens, start, end, words)
    if issuer is not None:  # «وجدد البيان الصادر الخميس عن المتحدث باسم …»: who issued the statement speaks
        start, end = issuer, _np_end(text, tokens, issuer, words)
    while end > start and (tokens[end - 1].key in _AUXILIARIES or end - 1 > start and tokens[end - 1].key in PREPOSITIONS):
        end -= 1  # («يعلن ترمب في هذه المناسبة»: the preposition opens what follows)
    while start < end and tokens[start].key in _AUXILIARIES:
        start += 1
    if end <= start or all(t.key in _PLATFORMS or bare_key(t.key) in _PLATFORMS for t in tokens[start:end]):
        return None  # («على صفحته الرسمية على «فيس بوك» قال فيها»: a platform, not who wrote on it)
    if kind == "accuse" and end - start >= 4:
        end -= _blamed_actor_at_end(tokens, end, words)  # «وحملت الجمعية … النظام التركي المسؤولية»: the accused
    span = tokens[start:end]
    inside = [m for m in mentions if span[0].start <= m.start < span[-1].end]
    aside = next((k for k in range(1, len(span)) for m in inside if m.start == span[k].start and m.place.is_state_seat
                  and text[span[k - 1].end:m.start].strip() in ("،", ",")
                  and text[m.end:m.end + 2].strip()[:1] in ("،", ",")), 0)
    if aside:  # «واتهم الوزير، أذربيجان، بقصف»: a state alone between commas is whom the verb is about
        end, span = start + aside, span[:aside]
        inside = [m for m in inside if m.start < span[-1].end]
    end = start + _after_possessed(span, inside)
    span = tokens[start:end]
    signals = speaker_signals(text, span, inside, words)
    if signals and pattern != "source_first":
        # trim a run-on phrase after the last side signal ("وزارة الدفاع الأرمينية مقطع فيديو");
        # a place counts only when no name or nationality does ("هنأ أردوغان أذربيجان" keeps the object out)
        strong = [b for _, _, label, b in signals if label] or [
            b for idx, _, _, b in signals if not _is_place_signal(span, idx, inside)
        ]
        # only places: a capital or country as the speaker is one name, or several joined by و
        # ("اتهمت يريفان باكو ..." -> يريفان; "نفت تركيا وأذربيجان" -> both)
        last = joined_end(span, signals, max(strong) if strong else _coordinated_end(span, signals), inside)
        last = min(last, _object_after_name(span, signals, inside), object_after_group(span, signals),
                   event_object_at(span, signals, words))
        last = name_after_titled_place(span, through_titled_place(span, last, inside), inside)
        if 0 < len(span) - last <= 3 and _named_between_commas(text, span, last) and not any(
                idx >= last for idx, *_ in signals) and not any(m.start >= span[last].start for m in inside):
            last = len(span)  # «المتحدث باسم وزارة الدفاع الأذربيجانية، وقيف دارغياخلي،»: the title's holder
        if any(idx and bare_key(span[idx - 1].key) in AMONG_THEM for idx, *_ in signals):
            last = max(last, signals[-1][3])  # «عدة دول، من بينها روسيا وفرنسا»: the members named speak
        last = _holder_after_title(text, span, last, words, inside)
        first_idx, first_side, first_label, first_end = signals[0]
        if (first_idx == 0 and not first_label and first_end < last and not span[first_end].key.startswith("و")
                and _is_place_signal(span, 0, inside)
                and any(side != first_side and not _is_place_signal(span, idx, inside)
                        for idx, side, _l, _e in signals if idx >= first_end)):
            last = first_end  # «اتهمت أذربيجان القوات الأرمينية بمحاولة …»: a state's name takes no complement
        end = start + last
        span = tokens[start:end]
        signals = [sig for sig in signals if sig[0] < last]
    if signals and bare_key(span[0].key).removeprefix("ال") in _POSTED_ENVOYS:  # «سفير المملكة المغربية في العاصمة الأذربيجانية»:
        post = next((k for k, t in enumerate(span) if k and t.key in ("في", "لدي", "لدى")), len(span))  # the host's adjective
        signals = [sig for sig in signals if sig[0] < post]  # after his post says where he serves, not whose he is
    sides = _sides(span, signals)
    if len(signals) > 1 and not signals[0][2] and not words.nationality_of(span[signals[0][0]].key) \
            and not _is_place_signal(span, signals[0][0], inside) and signals[0][3] < len(span) \
            and words.titles_or_heads(span[signals[0][3]].key):
        # «رستم مرادوف قائد قوات حفظ السلام الروسية»: the title after the name says whose he is, not its ending
        titled = next((side for idx, side, label, _e in signals[1:] if (label or words.nationality_of(span[idx].key))
                       and not _joined(span, idx, signals[0][3])), None)
        sides = (titled,) if titled else sides
    if sides == ("other",) and not signals and dual_office(bare_key(span[0].key)):
        # «وزيرا خارجية روسيا وفرنسا»: two offices, of the states named; «وتبادلت وزارتا الدفاع الاتهام»: of the two sides
        named = tuple(dict.fromkeys(side for m in inside if m.place.kind == "country"
                                    and (side := words.place_sides.get(m.place.place_id))))
        sides = named if len(named) == 2 else ("armenia", "azerbaijan")
    if bare_key(span[0].key).removeprefix("ال") in _OBSERVERS and not any(label for _i, _s, label, _e in signals):
        sides = ("other",)  # «وقال الخبير الروسي»: an analyst, not Russia
    if (not signals and len(span) == 1 and span[0].key in OBLIQUE_TWO and start > 0
            and tokens[start - 1].key.removeprefix("و") in _INNA):
        sides = ("armenia", "azerbaijan")  # «إلا أن الجانبين أبلغا»: the two sides, the subject after «أن»
    s_start = span[0].start
    if span[0].key.startswith("ل") and not span[0].key.startswith("لل") and len(span[0].key) > 2 \
            and pattern == "according_to":  # لمركز -> مركز (not للوزارة: the word as written, its article elided)
        s_start = key_offset(text, span[0], 1)
    s_end = span[-1].end
    closing = text[s_end:s_end + 1]
    opening = _OPENING_OF.get(closing)
    inside = text[s_start:s_end]
    if opening and (inside.count('"') % 2 if closing == '"' else inside.count(opening) > inside.count(closing)):
        s_end += 1  # «وكالة "الأناضول"»: the closing quote of a name in quotes
    return Attribution(
        start=s_start,
        end=s_end,
        speaker=text[s_start:s_end],
        speaker_en=label_for(span, signals, words),
        sides=sides,
        verb_kind=kind,
        pattern=pattern,
    )


_POSTED_ENVOYS = frozenset({"سفير", "سفيره", "سفاره", "مندوب", "مندوبه", "قنصل", "قنصليه"})
"""Heads of a speaker posted abroad, whose post follows «في/لدى»; the same words on raw text: placecues.ENVOY_POST
(not nounphrase._ENVOYS, representatives of a body: «ممثلة عن السلطات»)."""
_ISSUED = frozenset({"الصادر", "الصادره", "صادر", "صادره", "صدر"})
_PUBLISHED_IT = frozenset({"نشرته", "نشرتها", "اصدرته", "اصدرتها", "وزعته", "وزعتها", "اوردته", "اوردتها"})


def _named_between_commas(text: str, span: Sequence[Token], last: int) -> bool:
    """Do the words of the span from ``last`` stand between two commas, none with the article: a name in
    apposition after a title («المتحدث …، وقيف دارغياخلي،»), part of the speaker though no side signal?"""
    before, after = text[span[last - 1].end:span[last].start], text[span[-1].end:span[-1].end + 2]
    return ("،" in before or "," in before) and ("،" in after or "," in after) and not any(
        t.key.startswith("ال") for t in span[last:])


def _issued_by(tokens: Sequence[Token], start: int, end: int, words: ClaimWords) -> int | None:
    """Where the issuer of a statement named as the subject begins («البيان الصادر عن المكتب», «بيان
    صادر اليوم عن الوزارة»: after «عن», two words of time at most between; «بيان نشرته الوزارة»: right
    after the verb of publishing it), or None."""
    head = bare_key(tokens[start].key) if end - start == 1 else ""
    if not head.removeprefix("ال").startswith(words.channels) or end >= len(tokens):
        return None
    if bare_key(tokens[end].key) in _PUBLISHED_IT and end + 1 < len(tokens):
        return end + 1  # «وذكر بيان نشرته وزارة الدفاع»: the one who published it
    if bare_key(tokens[end].key) not in _ISSUED:
        return None
    at = next((k for k in range(end + 1, min(end + 4, len(tokens))) if tokens[k].key == "عن"), None)
    return at + 1 if at is not None and at + 1 < len(tokens) else None


_MEMBERS = frozenset({"اعضاء", "عضو"})


def _head_named_before(keys: Sequence[str], previous: str) -> bool:
    """Is a lone definite noun the head the last speaker's name opened with, now with the article
    («المجلس» after «مجلس الأمن الدولي», «المنظمة» after «منظمة الأمن والتعاون»)?"""
    return len(keys) == 1 and keys[0].startswith("ال") and len(keys[0]) > 4 and keys[0][2:] in {
        normalise_key(w) for w in previous.split()[:3]}


def _holder_after_title(text: str, span: Sequence[Token], last: int, words: ClaimWords, inside: Sequence[Mention]) -> int:
    """Where a person's title ends, taking in one or two words after its nationality adjective that can
    only be the holder's name («نائب رئيس الوزراء الروسي أليكسي أوفيرشوك»: indefinite, no verbal noun, no
    head or title, no place), so that «أوفيرشوك» alone later points back to him; not an institution's
    name and its object («وزارة الدفاع الأرمينية مقطع فيديو»). The twin of name_after_titled_place, for a title
    and its adjective rather than a title and its place; both read the title's head from _PERSON_TITLES."""
    if not 0 < len(span) - last <= 2 or bare_key(span[0].key) not in _PERSON_TITLES \
            or not words.nationality_of(span[last - 1].key) or any(m.start >= span[last].start for m in inside):
        return last
    tail = span[last:]
    if all(not text.startswith("ال", t.start) and len(t.key) > 2 and not words.titles_or_heads(t.key)  # («أليكسي»
           and not _OBJECT_MASDAR.match(t.key) and not words.verb_cache[t.key] and t.key not in words.stops  # folds to
           for t in tail):  # «اليكسي»: the article is read off the text as written)
        return len(span)
    return last


def resolve_bare_head(found: Attribution, previous: Attribution | None, words: ClaimWords) -> Attribution:
    """ "وقالت الوزارة" / "وأوضح البيان": a bare head with no side points back to the last speaker."""
    if found.sides != ("other",) or previous is None:
        return found
    keys = [normalise_key(w) for w in found.speaker.split()]
    if len(keys) > 1 and keys[0] in ("هذه", "هذا"):
        keys = keys[1:]  # «كما ذكرت هذه الوزارة»: this ministry, the one just named
    head = "ال" + keys[0][2 if keys[0].startswith("لل") else 1:] if keys and keys[0].startswith("ل") else ""
    if found.pattern == "according_to" and head in words.anaphoric_heads:
        keys[0] = head  # «وفقًا للوزارة»: the ministry
    if len(keys) == 2 and (statement_of_bare_head(*keys, words) or keys[0] in _MEMBERS):
        keys = keys[1:]  # «أكد بيان الوزارة»: the ministry's statement; «ودان أعضاء المجلس»: the council's members
    elif len(keys) > 2 and keys[0].startswith(words.channels):
        keys = keys[1:]  # «بيان وزارة الدفاع أكد»: the statement of the ministry named before
    elif len(keys) == 2 and keys[0].startswith(words.channels) and keys[1] in ("صدر", "صادر"):
        keys = ["البيان"]  # «وأفاد بيان صدر أمس أن»: a statement issued, whose issuer is the last one named
    if "باسم" in keys[:-1] and keys[keys.index("باسم") + 1] in words.anaphoric_heads:
        keys = keys[keys.index("باسم") + 1:][:1]  # «الناطق باسم الوزارة المقدم أنور حسنلي»: its spokesman
    first = keys[0] if keys else ""
    if (first in words.anaphoric_heads and len(keys) <= 2) or repeats_title(keys, previous.speaker) or _head_named_before(
            keys, previous.speaker) or (
            names_the_same_source(keys)):  # «وأكد ذات المصدر»: the source just named
        return Attribution(found.start, found.end, found.speaker, previous.speaker_en, previous.sides,
                           found.verb_kind, "anaphora")
    return found


_THE_SAME_SOURCE = frozenset(map(tuple, map(str.split, (
    "نفس المصدر", "ذات المصدر", "المصدر نفسه", "المصدر ذاته", "نفس المصادر", "ذات المصادر", "المصادر نفسها",
    "المصادر ذاتها"))))


def names_the_same_source(keys: Sequence[str]) -> bool:
    """Do the two words ``keys`` (folded) name the source just named («نفس المصدر», «ذات المصدر»,
    «المصدر نفسه»)? Folding changes none of these words."""
    return tuple(keys) in _THE_SAME_SOURCE


def _blamed_actor_at_end(tokens: Sequence[Token], end: int, words: ClaimWords) -> int:
    """How many of an accusation's subject words (ending at ``end``) are the accused and the blame: a
    definite noun and a nationality adjective that «المسؤولية» or ب and a verbal noun follows («… النظام
    التركي المسؤولية», «… الجيش الأرميني بقصف»); 0 when they do not end so."""
    blame = 1 if tokens[end - 1].key.removeprefix("ال").startswith("مسووليه") else 0
    after = tokens[end - blame].key if end - blame < len(tokens) else ""
    if not blame and not (after.startswith("ب") and len(after) >= 4):
        return 0
    noun, adjective = tokens[end - blame - 2].key, tokens[end - blame - 1].key
    accused = noun.startswith("ال") and noun not in words.nationalities and bool(words.nationality_of(adjective))
    return blame + 2 if accused else 0


def _after_possessed(span: Sequence[Token], inside: Sequence[Mention]) -> int:
    """Where the verb's object starts when a place follows a noun with a possessive pronoun: a
    possessed noun takes no genitive, so in «وحمل رئيسها أذربيجان المسؤولية» Azerbaijan is the one
    blamed, not the president's state. len(span) when there is none."""
    starts = {m.start for m in inside}
    for i in range(len(span) - 1):
        if span[i].key.endswith(("ها", "هم", "هما")) and len(span[i].key) > 4 and span[i + 1].start in starts \
                and bare_key(span[i].key) not in AMONG_THEM:  # («عدة دول، من بينها روسيا»: the members)
            return i + 1
    return len(span)


_PERSON_TITLES = frozenset({"عمده", "وزير", "وزيره", "سفير", "سفيره", "رييس", "رييسه", "حاكم", "محافظ", "مبعوث",
                            "مبعوثه", "ممثل", "ممثله", "مستشار", "مستشاره", "نايب", "نايبه", "مندوب", "مندوبه", "قنصل"})
_OF_TITLES = frozenset({"خارجيه", "وزراء", "بلديه", "دفاع", "داخليه"})
"""The second word of a two-word title before its place: «وزير خارجية فرنسا», «رئيس بلدية جرموك»."""


def name_after_titled_place(span: Sequence[Token], last: int, inside: Sequence[Mention]) -> int:
    """``last`` moved past a person's name that follows a title and its place («عمدة باريس آن هيدالجو»,
    «وزير خارجية فرنسا جان دوبون»): up to three words, none with the article, a preposition or a digit,
    to the end of the noun phrase; the name is the speaker's, so a later bare «هيدالجو» points back to it."""
    if not 0 < last < len(span) or len(span) - last > 3:
        return last
    place = next((m for m in inside if span[last - 1].start <= m.start < span[last - 1].end + 1), None)
    first = next((k for k in range(last) if span[k].end > (place.start if place else -1)), None)
    if place is None or first is None or first == 0:
        return last
    title = bare_key(span[first - 1].key)
    if title in _OF_TITLES and first > 1:
        title = bare_key(span[first - 2].key)
    if title not in _PERSON_TITLES or any(
            t.key.startswith("ال") or t.key in PREPOSITIONS or any(c.isdigit() for c in t.key) for t in span[last:]):
        return last
    return len(span)


def _object_after_name(span: Sequence[Token], signals: list[tuple[int, str, str, int]], inside: Sequence[Mention]) -> int:
    """Where the verb's object starts when a place follows a named speaker with no «و» between:
    a proper name takes no genitive, so in "دعا ... نيكول باشينيان روسيا والأمم المتحدة" Russia is
    the one called on. len(span) when there is none."""
    for (_i, _s, label, end), (idx, _s2, _l2, _e2) in zip(signals, signals[1:], strict=False):
        if label and end == idx and not span[idx].key.startswith("و") and _is_place_signal(span, idx, inside) \
                and not _is_place_signal(span, end - 1, inside):
            return idx
    for _i, _s, label, end in signals:  # nor a definite dual or plural: «ناشد الرئيس الروسي فلاديمير بوتين الرئيسين
        if label and end < len(span) and span[end].key.startswith("ال") and span[end].key.endswith(("ين", "ان")) \
                and len(span[end].key) > 5:  # الأذري والأرميني»: the two called on
            return end
    return len(span)


def event_object_at(span: Sequence[Token], signals: list[tuple[int, str, str, int]], words: ClaimWords) -> int:
    """Where the verb's object starts when a verbal noun of an event follows the speaker's name:
    «وأعلنت أرمينيا إسقاط مروحيتين وتدمير 3 دبابات آذرية» (the Azerbaijani tanks are what was
    destroyed, not a second speaker). len(span) when there is none."""
    if not signals:
        return len(span)
    first_end = signals[0][3]
    for i in range(max(1, first_end), len(span)):
        if words.event_nouns[span[i].key] and any(idx < i for idx, _s, _l, _b in signals):
            return i if any(idx >= i for idx, _s, _l, _b in signals) else len(span)
    return len(span)


def object_after_group(span: Sequence[Token], signals: list[tuple[int, str, str, int]]) -> int:
    """Where the verb's object starts when speakers joined by «و» are followed by a word that is none
    of them and then by another side's name: «ووصف علييف وباشينيان وساطة ترامب بأنها ...» (Trump's
    mediation is what they described). len(span) when there is none."""
    if not signals or not signals[0][2]:
        return len(span)
    end = _coordinated_end(span, signals)
    group = {side for idx, side, _l, _b in signals if idx < end}
    later = [(idx, side) for idx, side, label, _b in signals if idx > end and label]
    joined = span[end].key.startswith("و") and span[end].key[1:].startswith(_COUNTERPARTS) if end < len(span) else True
    if not joined and later and later[0][1] not in group:
        return end
    return len(span)


_COUNTERPARTS = ("نظير", "رييس", "الرييس", "وزير", "الوزير", "زعيم", "ممثل", "المتحدث")
"""Words that, joined by «و», go on with another speaker («ونظيره الأرميني», «ووزير الخارجية»)."""


def _coordinated_end(span: Sequence[Token], signals: list[tuple[int, str, str, int]]) -> int:
    end = signals[0][3]
    for idx, _side, _label, b in signals[1:]:
        if idx == end and span[idx].key.startswith("و"):
            end = b
        else:
            break
    return end


def _is_place_signal(span: Sequence[Token], idx: int, inside: Sequence[Mention]) -> bool:
    tok = span[idx]
    return any(tok.start <= m.start < tok.end for m in inside)


def _joined(span: Sequence[Token], idx: int, after: int) -> bool:
    """Is the signal at ``idx`` coordinated with و or «بالإضافة إلى/لـ»: on it, or on one of the two words
    before it that follow the last signal (ending at ``after``): «ونظيره الأرميني», «ووزير الخارجية التركي»,
    «تركيا من جانبها بالإضافة لأذربيجان»?"""
    return any(span[k].key.startswith("و") or span[k].key == "بالاضافه" for k in range(max(after, idx - 2), idx + 1))


def _sides(span: Sequence[Token], signals: list[tuple[int, str, str, int]]) -> tuple[str, ...]:
    """The first signal's side, plus the side of each further signal coordinated with و."""
    if not signals:
        return ("other",)
    sides = list(dict.fromkeys(signals[0][1].split("+")))  # "الطرفان": both sides at once
    last_end = signals[0][3]
    for idx, side, _label, end in signals[1:]:
        joined = _joined(span, idx, last_end)
        last_end = end
        if joined:
            sides.extend(s for s in side.split("+") if s not in sides)
    return tuple(sides)


def joined_end(span: Sequence[Token], signals: list[tuple[int, str, str, int]], last: int,
               inside: Sequence[Mention]) -> int:
    """Where a speaker ends when a nationality coordinated with it follows its last name («وزير الخارجية
    الروسي سيرغي لافروف ونظيره الأرميني»): after that word; else at ``last`` (a place joined after
    the object, «اتهم باكو بالتسبب في العنف وتركيا», is another object)."""
    for idx, _side, label, end in signals:
        if idx >= last and not label and not _is_place_signal(span, idx, inside) and _joined(span, idx, last):
            last = end
    return last
