"""The role of each place mention: event, venue, actor or context.

Owns the role rules (word lists in data/lexicon/):
- context, dateline: a name that opens a line and is followed by - ( : or / (يريفان - سبوتنيك);
- actor: a country or capital standing for its government: followed by a
  present-tense political verb (موسكو تستبعد), preceded by a past one
  (نفت يريفان), after a government noun (حكومة يريفان, رؤية باكو, بدعم من يريفان) or an
  office or force (رئيس وزراء أرمينيا, جيش أذربيجان),
  or the accused in an accusation (يتهم الأرمن باكو باستهداف ...);
- event: something physical happens there: an event word (قصف، معارك،
  سيطرة، إجلاء ...) in the sentence and the name governed by a locative
  (في، على، من، نحو، محور ...), the clitic ب, or a place cue word;
- venue: talks or meetings held there: a meeting word (محادثات، اجتماع ...)
  and the name governed by a locative, with no event word;
- actor, by default: a country or capital that no locative governs and no noun
  (رئيس وزراء، حدود، أراضي ...) takes as its genitive is a political subject or object;
- context: everything else (background, descriptions, titles).
It does not decide whether a name is a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.model import Place, Token
from geo.places.lexicon import (
    ACTOR_VERB,
    CONTEXT_NOUN,
    GOVERNMENT_NOUN,
    INSTITUTION_NOUN,
    LOCATIVE,
    NAMING_WORD,
    OFFICE_NOUN,
    Lexicon,
)
from geo.places.resolver import Context
from geo.text.clitics import imperfect_readings, stems_of
from geo.text.datelines import bracketed_after_a_name, figure_of_speech, opens_dateline, spoken_at
from geo.text.wordcache import Answers, keys_of

ROLES = ("event", "venue", "actor", "context")
_ACCUSE = ("اتهم", "يتهم", "تتهم", "اتهمت", "يتهمون", "اتهموا")
_BLAME_NOUNS = frozenset({"اللوم", "لوم", "اللايمه", "المسووليه", "مسووليه"})  # «ألقى باللوم على باكو»
_INCLUDES = frozenset({"تضم", "يضم", "ضمت", "ضم", "تشمل", "يشمل", "شملت", "شمل"})
_FLAG = frozenset({"علم", "العلم", "علمنا", "اعلام"})


def has_event_word(tokens: Sequence[Token], lex: Lexicon) -> bool:
    """Does an event word stand among ``tokens`` (a ceasefire's too: «وقف إطلاق النار في قره باغ» is
    where the fighting stopped)? A flag raised («رفع علم أذربيجان»، «يرفع العلم») counts: it marks who
    took the place."""
    keys = keys_of(tokens)
    return event_word_in(keys, 0, len(keys), lex)


def event_word_in(keys: Sequence[str], lo: int, hi: int, lex: Lexicon, *, forces_count: bool = True) -> bool:
    """has_event_word of the words ``keys[lo:hi]`` (a window of an article's words); with
    ``forces_count`` false, «القوات المسلحة» (an army named) is no event word"""
    event_at = lex.event_words
    window = keys[lo:hi]
    if any(map(event_at.__getitem__, window)):
        return forces_count or any(event_at[keys[i]] and not _armed_forces(keys, i) for i in range(lo, hi))
    if _FLAG.isdisjoint(window):
        return False
    return any(keys[i] in _FLAG and not event_at[keys[i]] and any(
        reading.startswith("رفع") for prev in keys[max(lo, i - 3):i] for stem in stems_of(prev)
        for reading in imperfect_readings(stem)) for i in range(lo, hi))


_FORCES = frozenset({"القوات", "قوات", "للقوات", "والقوات", "بالقوات"})
_ABOUT, _GOVERNING = frozenset({"بشان", "حول", "بخصوص", "ازاء", "حيال", "الوضع", "الاوضاع", "لبحث", "لمناقشه", "مناقشه",
    "اعاده", "تسليم", "ترسيم"}), frozenset({"في", "وفي", "علي", "الي", "نحو", "ضد"})  # about: not where talks are held; where; whom


def _armed_forces(keys: Sequence[str], i: int) -> bool:
    """Is word ``i`` the adjective of «القوات المسلحة» (the armed forces: an army named, nothing happening)?"""
    return i > 0 and keys[i - 1] in _FORCES and keys[i].removeprefix("ال").startswith("مسلح")


def _is_actor(ctx: Context, first: int, count: int, prefix: str, prev: Token | None) -> bool:
    """Does the name stand for a government acting (a political verb, a government noun or office, an
    accusation)? ``prev``: the word right before the name (Context.adjacent_before), found already."""
    reads_as = ctx.lexicon.reads_as
    last = first + count - 1
    nxt = ctx.adjacent_after(last)
    if nxt is not None and reads_as[nxt.key] & ACTOR_VERB and (prev is None or prev.key not in _GOVERNING or prefix):
        return True  # (not «قواتها في قره باغ ودعت», «شنتها أذربيجان على أرمينيا ودعت»: the verb is another's)
    if prev is not None and not prefix:
        if reads_as[prev.key] & (ACTOR_VERB | GOVERNMENT_NOUN | OFFICE_NOUN):
            return True  # (an office: «رئيس وزراء أرمينيا», «جيش أذربيجان»: the state whose office or force it is)
        # "بدعم مباشر من يريفان": a government noun up to two words before من; «كلا من أرمينيا وأذربيجان»: each party
        if prev.key == "من" and (first >= 2 and ctx.tokens[first - 2].key.removeprefix("و") in ("كل", "كلا") and not (
                first >= 3 and ctx.tokens[first - 3].key.removeprefix("و") in _INCLUDES) or any(
                reads_as[ctx.tokens[idx].key] & GOVERNMENT_NOUN for idx in (first - 2, first - 3) if idx >= 0)):
            return True  # (not the members «تضم كلا من روسيا وأرمينيا»: context)
        if prev.key == "علي" and any(stem in _BLAME_NOUNS for tok in ctx.tokens[max(0, first - 4):first - 1]
                                     for stem in stems_of(tok.key)):
            return True  # «ألقت يريفان باللوم على باكو»: the one blamed
        # "يتهم الأرمن باكو باستهداف": the accused, between the verb and ب + masdar
        if nxt is not None and nxt.key.startswith("ب") and len(nxt.key) > 4:
            window = ctx.tokens[max(0, first - 4): first]
            if any(stem.startswith(_ACCUSE) for tok in window for stem in stems_of(tok.key)):
                return True
    # "ودعت الوزارة أرمينيا إلى": a past political verb two words back, with its subject between
    if prev is not None and not prefix and first >= 2 and prev.key.startswith("ال"):
        before = ctx.adjacent_before(first - 1)
        if before is not None and reads_as[before.key] & ACTOR_VERB:
            return True
    return False


def _named(ctx: Context, place: Place, first: int, prev: Token | None) -> bool:
    """Is the place the name a naming word introduces: «اسم خان كندي», «المعروفة باسم ممر لاتشين»,
    «يسميها الأرمن ستيباناكيرت»? (A state right after a verb of naming is the one naming:
    «تسميها باكو خانكندي».) ``prev``: the word right before the name (Context.adjacent_before)."""
    reads_as = ctx.lexicon.reads_as
    if prev is None:
        return False
    if reads_as[prev.key] & NAMING_WORD:
        return "اسم" in prev.key or not place.is_state_seat
    before = ctx.adjacent_before(first - 1)
    return before is not None and bool(reads_as[before.key] & NAMING_WORD)


def _border_partner(ctx: Context, first: int, prev: Token | None) -> bool:
    """Is the country what a border or road runs with or between: «الحدود مع أرمينيا», «حدود أرمينيا
    مع إيران», «الحدود بين أرمينيا وأذربيجان»? A line on the map, not a state acting. (``prev``: as _named's)"""
    if prev is not None and ctx.tokens[first].key.startswith("و") and first >= 2 and prev.key not in ("مع", "بين"):
        first -= 1  # «الحدود بين أرمينيا وأذربيجان», «حدود أرمينيا مع إيران وتركيا»: the second one
        prev = ctx.adjacent_before(first)
    if prev is None or prev.key not in ("مع", "بين"):
        return False
    window = ctx.tokens[max(0, first - 3):first - 1]
    return any(stem.startswith(("حدود", "حدودي")) for tok in window for stem in stems_of(tok.key))


_ROUTE_WORDS = frozenset({"طريق", "طريقي", "طريقا", "طرق", "يربط", "تربط", "ربط", "رابط", "يصل", "تصل", "عبر"})
"""A road, a link or a transit («طريق خانكندي - لاتشين», «الطريق الذي يربط أرمينيا بناغورني قره باغ»,
«ممر عبر أرمينيا»): the places it names are its ends or its way, not states acting."""


def _on_a_route(ctx: Context, first: int, prefix: str) -> bool:
    """Is the name an end or the way of a road or link: right after a route word, after the name before it
    joined by a dash («طريق أغدام - خانكندي»), or joined by ب to the first end («يربط أرمينيا بإيران»)?"""
    tokens, text = ctx.tokens, ctx.text
    at = first
    for _step in range(2):
        if at == 0:
            return False
        prev = tokens[at - 1]
        if not _ROUTE_WORDS.isdisjoint(stems_of(prev.key)):
            return True
        if prev.key == "بين" and any(stem in _ROUTE_WORDS for tok in tokens[max(0, at - 3):at - 1]
                                     for stem in stems_of(tok.key)):
            return True  # «الطريق السريع بين أرمينيا وجورجيا»
        joined = text[prev.end:tokens[at].start].strip(" \t\u00a0")
        if joined in ("-", "–", "—", "ـ") or (at == first and "ب" in prefix and not joined):
            at -= 1  # the name before is the road's other end
            continue
        return False
    return False


def _between_parties(ctx: Context, first: int, prev: Token | None) -> bool:
    """Is the country one of «بين X وY» (X right after بين, or Y joined to it by و), and not what a road lies
    between («الطريق السريع بين أرمينيا وجورجيا»: a route, as the border's «بين» is)? (``prev``: as _named's)"""
    if prev is None:
        return False
    at = first - 1 if prev.key == "بين" else first - 2
    if at < 0 or ctx.tokens[at].key != "بين" or (at != first - 1 and not ctx.tokens[first].key.startswith("و")):
        return False
    before = ctx.tokens[max(0, at - 3):at]
    return not any(stem.startswith(_BETWEEN_DESCRIBED) for tok in before for stem in stems_of(tok.key))


_BETWEEN_DESCRIBED = ("طريق", "سريع", "رابط", "يربط", "ممر")


_SEPARATED = ("استقلال", "استقل", "انفصال", "انفصل", "منفصل", "فصل")


def _separated_from(ctx: Context, first: int, prev: Token | None) -> bool:
    """Is the state what something separated or became independent from («أعلن استقلاله عن
    أذربيجان», «جيبا منفصلا عن أذربيجان»): background, not a state acting? (``prev``: as _named's)"""
    if prev is None or prev.key != "عن":
        return False
    return any(stem.startswith(_SEPARATED) for tok in ctx.tokens[max(0, first - 4):first - 1] for stem in stems_of(tok.key))


def _seat_of_institution(ctx: Context, first: int) -> bool:
    """Does an institution noun stand just before «في» («وزارة الدفاع في», «السلطات في»)?"""
    window = ctx.tokens[max(0, first - 4):first - 1]
    reads_as = ctx.lexicon.reads_as
    return any(reads_as[tok.key] & INSTITUTION_NOUN for tok in window)


def _in_apposition(ctx: Context, first: int) -> bool:
    """Is the name set off by a comma after a noun that names a place ("عاصمة الإقليم، خانكندي")?"""
    if first == 0:
        return False
    prev, cur = ctx.tokens[first - 1], ctx.tokens[first]
    gap = ctx.text[prev.end:cur.start]
    if gap.strip(" \t\u00a0") not in ("،", ","):
        return False
    back = ctx.tokens[max(0, first - 3):first]
    cue_of = ctx.lexicon.cue_of
    return any(cue_of[tok.key] for tok in back)


_NEAR = ("قريب", "القريب", "بعد", "مسافه", "كيلومتر", "كلم", "ميل", "اميال")


def _measured_from(ctx: Context, first: int, prefix: str, cue: str) -> bool:
    """Is the name (or the place word before it: «من إقليم») what a distance is measured from
    ("near", "N km from")? Its «من» follows a word of nearness or distance."""
    if cue and first > 0:
        first -= 1
    prev = ctx.adjacent_before(first)
    if prefix or prev is None or prev.key != "من":
        return False
    before = ctx.adjacent_before(first - 1)
    return before is not None and any(stem.startswith(_NEAR) for stem in stems_of(before.key))


def is_governed(ctx: Context, place: Place, first: int, prefix: str, cue: str) -> bool:
    """Is the name what something is AT, FROM or DONE TO: governed by a locative (في، على، نحو ...),
    the clitic ب, a place cue word («مدينة»), an apposition to a place noun, or, for a place
    that is no country, the event word right before it («تحرير شوشة», «لدخول جبرائيل»: the
    object of the event; a state or its capital after an event noun is its agent as often:
    «هجوم أذربيجان», «استعادة باكو السيطرة»)?"""
    lex = ctx.lexicon
    prev = ctx.adjacent_before(first)
    if "ب" in prefix or cue or (prev is not None and lex.reads_as[prev.key] & LOCATIVE):
        return True
    if prev is not None and not place.is_state_seat and lex.event_words[prev.key]:
        return True
    # "على بعد كيلومترات من عاصمة الإقليم، خانكندي،": the name of what was just said, not a state acting
    return _in_apposition(ctx, first)


def assign_role(
    ctx: Context, place: Place, start: int, end: int, first: int, count: int, prefix: str,
    cue: str, *, has_event: bool, has_venue: bool, governed: bool | None = None,
) -> str:
    """The role of one mention. ``governed`` (whether a locative, a cue word or an event word
    governs it) is worked out here unless given: a coordinated name takes its list's."""
    if opens_dateline(ctx.text, start, end) or place.kind == "country" and (
            bracketed_after_a_name(ctx.text, start, end) or figure_of_speech(ctx.text, end)):  # («سوريا ثانية»)
        return "context"  # (a state in brackets after a name, «تبيليسي (جورجيا)», only says where it lies)
    if place.kind in ("region", "country") and not place.country:
        # the Caucasus, Europe: a setting that spans states, not where one thing happened; the Soviet
        # Union: a state of the past, named as history
        return "context"
    lex = ctx.lexicon
    prev = ctx.adjacent_before(first)  # (found once: most rules below read the word before)
    state = place.is_state_seat  # (a property: worked out once)
    if place.kind not in ("country", "region") and (_hosted(ctx, first, prev) or spoken_at(ctx.text, start)):
        return "venue"  # a city where talks are held, a visit goes or a statement was made
    if (place.kind in ("country", "region") or place.capital_of) and _is_actor(ctx, first, count, prefix, prev):
        return "actor"
    if _named(ctx, place, first, prev):
        return "context"  # «وتطلق أذربيجان على المدينة اسم خان كندي»: what it is called
    if state and _border_partner(ctx, first, prev):
        return "context"
    if _on_a_route(ctx, first, prefix) and place.kind != "corridor":
        return "context"  # (a corridor is the way itself: «عبروا عبر ممر لاتشين» went through it)
    if state and _separated_from(ctx, first, prev):
        return "context"
    if place.kind == "country" and cue in _PLURAL_PLACE_NOUNS:
        return "context"  # «ثاني أكبر مدن أذربيجان», «قرى أرمينيا»: the state only says where they lie
    if place.kind in ("region", "province", "country") and _locates_a_settlement(ctx, first, cue):
        return "context"  # «ستيباناكرت كبرى مدن منطقة ناغورنو قره باغ», «بلدة تقع في إقليم …»: where it lies
    if state and _handed_to(ctx, first, prev):
        return "actor"  # «أعادت أرمينيا أربع قرى إلى أذربيجان»: the state that receives them
    if state and _between_parties(ctx, first, prev):
        return "actor"  # «الحرب بين أرمينيا وأذربيجان», «بين باكو ويريفان»: the parties
    if prev is not None and prev.key == "في" and _seat_of_institution(ctx, first):
        # «وزارة الدفاع في أذربيجان»: the state whose ministry speaks, as «وزارة دفاع أذربيجان»;
        # «وزارة الدفاع في ناغورني كاراباخ»: part of the institution's name
        return "actor" if state else "context"
    if cue and prev is not None and first >= 2 and ctx.tokens[first - 2].key == "في" and _seat_of_institution(
            ctx, first - 1):
        return "context"  # «وزارة الدفاع في جمهورية قره باغ»: the same, with a place word before the name
    if cue and not state and first >= 2 and not ctx.tokens[first - 2].key.startswith("ال") and (
            lex.reads_as[ctx.tokens[first - 2].key] & (OFFICE_NOUN | GOVERNMENT_NOUN)) and ctx.adjacent_before(
            first - 1) is not None:  # (a noun in construct has no article: «قصفت القوات مدينة ترتر» is no title)
        return "context"  # «رئيس جمهورية قره باغ», «جيش إقليم كاراباخ»: a title, not where anything happened
    if governed is None:
        governed = is_governed(ctx, place, first, prefix, cue)
    if not governed and place.kind != "country" and _undergoes(ctx, first + count):
        return "event"  # «قره باغ تعرضت لهجمات», «ستيباناكيرت تتعرض لقصف»: the place struck
    if not governed and not state and _object_of_event(ctx, first):
        return "event"  # «قصفت القوات الأذربيجانية ستيباناكيرت», «وأغلقت أذربيجان ممر لاتشين»: what it was done to
    if not governed:
        # A country or capital that no locative governs and no noun takes as its genitive is a
        # political subject or object: "هنأ أردوغان أذربيجان", "دخلت روسيا على خط الصراع".
        political = place.kind == "country" or bool(place.capital_of)
        if political and not (prev is not None and lex.reads_as[prev.key] & CONTEXT_NOUN):
            return "actor"
        return "context"
    if _measured_from(ctx, first, prefix, cue):
        return "context"  # «القريبة من إقليم قره باغ»، «على بعد 5 كيلومترات من شوشة»: a distance
    if has_event:
        return "event"
    if has_venue and not any(t.key in _ABOUT for t in ctx.tokens[max(0, first - 4):first]) or _sets_the_scene(
            ctx, first, count, prev):  # (talks «بشأن إعادة دمج إقليم قره باغ» are about the region, not held there)
        return "venue"
    return "context"


_SEAT_OF = frozenset({"مدن", "عاصمه", "عاصمت", "قري", "بلدات", "عاصمتها"})
_LIES = frozenset({"تقع", "يقع", "الواقعه", "الواقع", "الواقعتين", "الواقعين"})


def _locates_a_settlement(ctx: Context, first: int, cue: str) -> bool:
    """Is the region named only as where a town lies: after «مدن» or «عاصمة» (the cities, the capital
    of), or «تقع في» (which lies in), its place word («إقليم», «منطقة») read over?"""
    at = first - 1 if cue else first
    prev = ctx.adjacent_before(at)
    if prev is None:
        return False
    if not _SEAT_OF.isdisjoint(stems_of(prev.key)):
        return True
    before = ctx.adjacent_before(at - 1)
    return prev.key in ("في", "فى") and before is not None and before.key.removeprefix("و") in _LIES


_PLURAL_PLACE_NOUNS = frozenset({"مدن", "قري", "بلدات", "مناطق", "مقاطعات", "محافظات", "مستوطنات"})
_UNDERGOES = Answers(lambda key: any(reading.startswith("تعرض") for stem in stems_of(key)
                                     for reading in imperfect_readings(stem)))
"""Per word: is it a form of «تعرض» (was subjected to)?"""


_HAND_OVER = ("اعاد", "يعيد", "تعيد", "سلم", "تسليم", "يسلم", "تسلم")


_HANDS_OVER = Answers(lambda key: any(stem.startswith(_HAND_OVER) for stem in stems_of(key)))
"""Per word: is it a verb or noun of handing back or over («أعادت», «تسليم»)?"""


def _handed_to(ctx: Context, first: int, prev: Token | None) -> bool:
    """Is the name the one something is handed back or over to («إلى» after «أعاد», «تسليم»), in its clause?"""
    if prev is None or prev.key != "الي":
        return False
    for i in range(first - 2, max(-1, first - 10), -1):
        if ctx.adjacent_before(i + 1) is None:
            return False  # a comma or stop between: another clause
        if _HANDS_OVER[ctx.tokens[i].key]:
            return True
    return False


def _undergoes(ctx: Context, after: int) -> bool:
    """Is the name the subject of «تعرض» (was subjected to), one of the next three words of its clause?"""
    for i in range(after, min(after + 3, len(ctx.tokens))):
        if i > after and ctx.adjacent_before(i) is None:
            return False  # a comma or full stop: the clause is over
        if _UNDERGOES[ctx.tokens[i].key]:
            return True
    return False


_OBJECT_REACH = 3
"""How many words before a place (its verb, and the verb's subject) an event verb may stand to take it as its object."""


def _object_of_event(ctx: Context, first: int) -> bool:
    """Is the name the object of an event word a few words before it in its clause («قصفت القوات الأذربيجانية
    ستيباناكيرت»: the verb, its subject, then what was shelled)?"""
    event_at = ctx.lexicon.event_words
    for i in range(first, max(0, first - _OBJECT_REACH), -1):
        prev = ctx.adjacent_before(i)
        if prev is None:
            return False  # a comma or full stop: another clause
        if event_at[prev.key] or _HANDS_OVER[prev.key]:
            return True  # (and what is handed back: «تعيد يريفان منطقة أغدام إلى باكو»)
    return False


def _hosted(ctx: Context, first: int, prev: Token | None) -> bool:
    """Is a meeting word right before the name, or before the locative that governs it (a day between: «اجتماعهما
    الاثنين في فيينا»): «تستضيف فيينا اجتماعا», «محادثات واشنطن», «اجتماع في جنيف»? (``prev``: as _named's)"""
    if prev is not None and prev.key in ("في", "فى"):
        prev = ctx.adjacent_before(first - 1)
        if prev is not None and first > 2 and (prev.key in ctx.lexicon.weekdays or prev.key in ("امس", "اليوم")):
            prev = ctx.adjacent_before(first - 2)
    return prev is not None and ctx.lexicon.venue_words[prev.key]


def _sets_the_scene(ctx: Context, first: int, count: int, prev: Token | None) -> bool:
    """Does the name open its clause as «وفي موسكو، …»: where what follows was said or done? (``prev``: as _named's)"""
    if prev is None or prev.key not in ("وفي", "في") or first < 1:
        return False
    before = ctx.text[max(0, ctx.tokens[first - 1].start - 3):ctx.tokens[first - 1].start]
    after = ctx.text[ctx.tokens[first + count - 1].end:ctx.tokens[first + count - 1].end + 2]
    nxt = ctx.tokens[first + count].key if first + count < len(ctx.tokens) else ""
    return ((first == 1 or any(c in before for c in ".\n،,")) and after.lstrip(" ").startswith(("،", ","))
            and nxt not in ("التي", "الذي"))  # «وفي أغدام، التي خلت من سكانها»: a description
