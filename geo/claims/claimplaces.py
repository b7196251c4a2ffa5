"""The places a claim is about (docs/annotation.md): the places its clause locates, the parties of
talks, the accused state, and places pointed back to from earlier sentences («المدينة», «القصف»).

Pure: works on the mentions the place stage made; it never looks places up.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import bare_key
from geo.claims.placecues import (
    AGREED_AT,
    ALONG_THE_BORDER,
    BROKERED_BY,
    DESCRIBED_BY,
    DESCRIBES_A_PLACE,
    ENVOY_BEFORE,
    ENVOY_POST,
    IN_LANDS,
    LOCAL_OFFICE,
    NAMED_AFTER,
    NEGOTIATED_AT,
    RELATIVE_ASIDE,
    RESIDENTS_OF,
    THE_CONFLICT_OVER,
    VICTIMS_FROM,
    on_the_border,
)
from geo.claims.speakerspan import Attribution
from geo.model import TOKEN_START, Mention, Token
from geo.text.clitics import stems_of
from geo.text.datelines import figure_of_speech, opens_dateline, spoken_at
from geo.text.wordcache import Answers, answers, keys_of

_BROAD_KINDS = frozenset({"region", "country", "province"})
_THE_TWO_SIDES = frozenset({"armenia", "azerbaijan"})
_THEATRE_STATES = frozenset({"AM", "AZ"})


def pointed_back(
    tokens: Sequence[Token], mentions: Sequence[Mention], before: int, places: tuple[str, ...], words: ClaimWords,
    keys: Sequence[str] | None = None, sentence_start: int = -1,
) -> tuple[str, ...]:
    """Places a definite noun points back to ("وسط المدينة" -> the last city named before the clause;
    ``keys``: the tokens' keys, when the caller has them)."""
    keys = keys_of(tokens) if keys is None else keys
    pointing = pointing_kinds(words)
    kinds = frozenset().union(*map(pointing.__getitem__, keys))
    if not kinds:
        return ()
    ends = {m.end for m in mentions}
    kinds = frozenset().union(*(pointing[key] for k, key in enumerate(keys) if pointing[key] and not (
        (k and not _HEADS_OF.isdisjoint(stems_of(keys[k - 1]))) or tokens[k].start - 1 in ends
        or tokens[k].start - 2 in ends)))
    if not kinds:
        return ()  # «عاصمة المنطقة ستيباناكيرت», «زعيم المنطقة», «قره باغ المنطقة التي تدعمها أرمينيا»: a description
    plural = _plural_points_back(keys, words)
    if not plural and _PLURAL_POINTERS.issuperset(k for k in keys if pointing[k]):
        return ()  # «حصار القرى الأرمنية»: a class of villages, not the ones named before
    # the town pointed back to: one named earlier in its own sentence («على بعد كيلومترات من عاصمة الإقليم، خانكندي،
    # ويتهم الأرمن باكو باستهداف مبان سكنية في المدينة»); else the last one something happened in ("قصف شوشا ...
    # القتال في المدينة"), not a capital named as a speaker or a dateline in between; failing that, the last one
    # (not a region of no one state: «قره باغ … في جنوب القوقاز. … قرب بلدة في المنطقة» is Karabakh, not the Caucasus;
    # nor a seat of government: «الكرملين» is no cathedral pointed back to)
    candidates = [m for m in reversed(mentions[:before]) if m.place.kind in kinds and (
        m.place.country or m.place.kind != "region") and not (m.place.kind == "landmark" and m.place.capital_of)]
    same_sentence = next((m for m in candidates if m.start >= sentence_start >= 0 and (
        m.role in ("event", "context") or m.start - sentence_start <= _FRONTED)), None)  # (and «وفي كنجة، قال …»)
    best = same_sentence or next((m for m in candidates if m.role == "event"), candidates[0] if candidates else None)
    if best is None:
        return ()
    if plural:
        # «وتنازلوا عن القرى»: the villages named together before, not only the last of them
        named = [m.place.place_id for m in candidates if abs(m.start - best.start) <= _LIST_REACH]
        return tuple(p for p in dict.fromkeys(reversed(named)) if p not in places)
    return () if best.place.place_id in places else (best.place.place_id,)


def _plural_points_back(keys: Sequence[str], words: ClaimWords) -> bool:
    """Does «القرى» point back to villages named before, not name a class («القرى الأرمنية»)?"""
    if _PLURAL_POINTERS.isdisjoint(keys):
        return False  # (most clauses) no plural pointer at all
    return any(key in _PLURAL_POINTERS and (k + 1 == len(keys) or not words.nationality_of(keys[k + 1]))
               for k, key in enumerate(keys))


_FRONTED = 5
"""A place that opens its sentence («وفي كنجة، قال حاجييف إن … في المدينة») is the setting pointed back to,
though it is where the speaker spoke too."""
_HEADS_OF = frozenset({"عاصمه", "زعيم", "رئيس", "حاكم"})
"""The capital, leader or head «of the region»: the pointing noun then describes a name, not a place."""
_PLURAL_POINTERS = frozenset({"القري", "والقري", "بالقري", "للقري", "البلدات", "والبلدات"})
_LIST_REACH = 300
"""How far (characters) from the village chosen a list of villages pointed back to may reach."""


def pointing_kinds(words: ClaimWords) -> Answers:
    """Per word: the kinds of place it points back to («المدينة»: a city)."""
    table = words.anaphoric_places
    return answers(table, "place kinds it points back to",
                   lambda key: frozenset().union(*(table.get(s, ()) for s in stems_of(key))))


_OWN_TERRITORY = frozenset({"اراضينا", "بلادنا", "اراضيها", "اراضيه", "حدودنا"})
_OWN_TOWNS = frozenset({"قرانا", "قراها", "قراه", "مدننا", "مدنها", "مدنه", "بلداتنا", "بلداتها", "بلداته"})
"""Its or our villages and towns: the speaker's state when the claim names no town («قصف أذربيجان لقراها»;
not «جانجا ثانية أكبر مدنها», which only describes the town named)."""
_THE_COUNTRY = frozenset({"البلاد", "بلاده", "بلادها", "بلادنا"})
_THE_COUNTRY_WORDS = frozenset({"البلاد", "بالبلاد", "للبلاد"})


def speakers_country(keys: Sequence[str], side: str, words: ClaimWords) -> tuple[str, ...]:
    """A claim that names no place but «البلاد» (the country: «أعلنت السلطات الأرمنية التعبئة العامة في
    البلاد», «بقصف بلدات شرق البلاد»): the speaker's state, or nothing. («بلاده», his country, is as often
    the subject of a statement about something else: «قال إن بلاده مستعدة للحوار».)"""
    state = words.side_states.get(side)
    if state is None or _THE_COUNTRY_WORDS.isdisjoint(map(bare_key, keys)):
        return ()
    return (state,)


def own_territory(keys: Sequence[str], side: str, words: ClaimWords, *, named: bool = False) -> tuple[str, ...]:
    """An attack on the speaker's own territory («تقصف أراضي البلاد», «قصفت أراضينا», «قرى ومدن في
    أراضيه»): the speaker's state, or nothing. With ``named`` (the claim names places), only territory
    that is itself attacked («أراضيها تتعرض لهجوم»), not where a named town lies («بلدة سوتك في أراضي البلاد»)."""
    state = words.side_states.get(side)
    if state is None:
        return ()
    for k, key in enumerate(keys):
        bare = key.removeprefix("و").removeprefix("ب").removeprefix("ل")
        if named and (bare != key.removeprefix("و") or (k and keys[k - 1] in ("في", "فى"))):
            continue
        if (bare in _OWN_TERRITORY or (not named and bare in _OWN_TOWNS) or (bare in ("اراضي", "حدود") and k + 1 < len(keys) and keys[k + 1] in _THE_COUNTRY)) \
                and _FROM.isdisjoint(keys[max(0, k - 2):k]):  # (not «القصف تم من داخل أراضيها»: where the fire came from)
            return (state,)
    return ()


_FROM = frozenset({"من", "انطلاقا"})
_TWO_STATES = frozenset({"البلدين", "البلدان", "الدولتين", "الدولتان", "الجارتين", "الجارتان", "الجارين"})
NAMES_TWO_STATES = Answers(lambda key: key in _TWO_STATES or key[1:] in _TWO_STATES)


def two_states_pointed_back(
    tokens: Sequence[Token], mentions: Sequence[Mention], before: int, places: tuple[str, ...],
    keys: Sequence[str] | None = None, kind: str = "",
) -> tuple[str, ...]:
    """«العلاقة بين البلدين» (the two countries): the last two countries named before the clause
    (``keys``: the tokens' keys, when the caller has them); not for fighting on «الحدود بين البلدين»,
    which says where, not whom."""
    keys = keys_of(tokens) if keys is None else keys
    at = next((k for k, key in enumerate(keys) if NAMES_TWO_STATES[key]), None)
    if at is None or (kind in ALONG_THE_BORDER and any(
            bare_key(key).startswith(("حدود", "الحدود")) for key in keys[max(0, at - 2):at])):
        return ()
    states: list[str] = []
    for m in reversed(mentions[:before]):
        if m.place.kind == "country" and m.place.place_id not in states:
            states.append(m.place.place_id)
            if len(states) == 2:
                break
    return tuple(p for p in reversed(states) if p not in places) if len(states) == 2 else ()


EVENT_REACH = 150
"""How far back (characters) a definite event noun («القصف») looks for the place of its event: about
one sentence (a place named further back is as often another event's)."""


def event_pointed_back(
    tokens: Sequence[Token], mentions: Sequence[Mention], before: int, start: int, words: ClaimWords
) -> tuple[str, ...]:
    """A claim with no place whose event is a definite noun («أن القصف الصاروخي أدى إلى تدمير
    المباني») is about the last place an event was reported at just before it."""
    if not any(tok.key.startswith("ال") and any(kind in EVENT_NOUN_KINDS for _p, kind in
                                                   words.type_hits(tok.key, stems_of(tok.key)))
               for tok in tokens):
        return ()
    for m in reversed(mentions[:before]):
        if m.start < start - EVENT_REACH:
            break
        if m.role == "event":  # (a whole region is the war's theatre, no incident's place: nothing)
            return (m.place.place_id,) if m.place.kind != "region" else ()
    return ()


EVENT_NOUN_KINDS = frozenset({"attack", "casualties"})


def claim_places(
    mentions: Sequence[Mention], who: Attribution | None, words: ClaimWords, kind: str,
    tokens: Sequence[Token] = (), text: str = "",
) -> tuple[str, ...]:
    """The places a clause's claim is about (docs/annotation.md): its located places, not where the
    speaker stood, not the dateline, not the speaker's own name; the parties of talks or an agreement; for an
    accusation that names no location, the accused country, named («باكو») or only by its
    adjective («الجيش الأرميني»)."""
    located: list[str] = []
    parties: list[tuple[str, bool]] = []
    kinds = {m.place.place_id: m.place.kind for m in mentions}
    own = set(who.sides) if who is not None else set()
    described = _description_end(text, tokens, who) if who is not None and text else -1
    last: Mention | None = None
    local: list[str] = []
    objects: list[tuple[str, int]] = []  # the states right after the speaker, joined by و
    joint: list[str] = []  # the two sides speaking together of talks or an agreement
    described_place, aside = None, False  # the last place named outside a relative clause that describes one
    for m in mentions:
        before_it, last = last, m
        if before_it is not None and not (aside and before_it.place.is_state_seat):
            described_place = before_it
        aside = described_place is not None and DESCRIBES_A_PLACE.fullmatch(text, described_place.end, m.start) is not None
        if (before_it is not None and before_it.place.place_id in located and before_it.place.kind in _SETTLEMENTS
                and _locates(text, before_it.end, m.start)):
            continue  # «قرى تاليش في منطقة ترتر»: the district only places the village the claim is about
        if before_it is not None and m.place.kind == "country" and (before_it.place.kind in _SETTLEMENTS and text[
                before_it.end:m.start].strip() == "(" or _DIRECTION.fullmatch(text, before_it.end, m.start)):
            continue  # «في تبيليسي (جورجيا)», «سيونيك جنوب أرمينيا»: the state only says where the place is
        if who is not None and who.start <= m.start < max(who.end, described) and not RESIDENTS_OF.search(
                text, max(who.start, m.start - 30), m.start):
            if m.place.country in _THEATRE_STATES and LOCAL_OFFICE.search(text, max(who.start, m.start - 30), m.start):
                local.append(m.place.place_id)  # «سلطات مدينة غوريس»: the town, if the claim names no place
                # (a mayor of Paris speaks of the aid she sent, not of Paris)
            elif kind == "diplomacy" and _THE_TWO_SIDES <= set(who.sides) and m.place.is_state_seat:
                # «أعلنت أرمينيا وأذربيجان بدء ترسيم الحدود», «مسؤولون في يريفان وباكو»: the two parties, as states
                state = words.state_of(m.place.place_id)
                joint.append(state)
            continue  # a place inside the speaker's name ("وزارة الدفاع في أذربيجان") or the relative
            # clause describing it («مجموعة مينسك … والتي تترأسها الولايات المتحدة وفرنسا وروسيا،») is not what it is about
        if m.role == "context" and text and (opens_dateline(text, m.start, m.end) or figure_of_speech(text, m.end)):
            continue  # «موسكو 6 إبريل 2016 / أعرب ...»: where the story was filed; «سوريا ثانية»: a likeness
        pid = m.place.place_id
        if kind == "accusation" and THE_CONFLICT_OVER.search(text, max(0, m.start - 30), m.start):
            continue  # «متورطة في تصعيد النزاع في قره باغ»: the conflict's name, not where the blamed act was
        if kind in ALONG_THE_BORDER and m.place.is_state_seat and on_the_border(text, m.start):
            continue  # «مقتل 4 جنود في تبادل لإطلاق النار على الحدود بين أرمينيا وأذربيجان»: where, not whom
            # («اتهمت أذربيجان أرمينيا بتعزيز قواتها عند الحدود بين أرمينيا وأذربيجان»: the accused is named)
        before = text[max(0, m.start - 4):m.start]  # (most names have neither «من»/«عن» nor «في»/«ب» before them)
        if ("من" in before or "عن" in before) and DESCRIBED_BY.search(text, max(0, m.start - 40), m.start):
            continue  # «القوات الانفصالية المدعومة من يريفان», «على بعد 70 كيلومترا من يريفان»: a description
        if aside and (m.place.is_state_seat or kinds.get(m.place.place_id) in _BROAD_KINDS):
            continue  # «قره باغ التي تتنازعها باكو ويريفان»: states or regions in a clause about a place just named
        if m.place.is_state_seat and RELATIVE_ASIDE.search(text, max(0, m.start - 80), m.start) \
                and not IN_LANDS.search(text, max(0, m.start - 12), m.start):
            continue  # «المعاهدة، التي يسيطر عليها روسيا»: a state in a clause describing something else (not
            # where it happened: «قوات حفظ السلام، التي نشرت في أراضي أذربيجان»)
        if kind != "diplomacy" and m.role != "event" and BROKERED_BY.search(text, max(0, m.start - 12), m.start):
            continue  # «بخرق هدنة توسطت روسيا فيها»: the broker, not a place of the breach (of talks it is a party)
        if m.place.kind == "city" and NAMED_AFTER.search(text, max(0, m.start - 12), m.start):
            continue  # «اتفاق موسكو», «مجموعة مينسك», «بيان براغ»: an agreement or a process named after a city
        if kind != "diplomacy" and (m.role == "venue" or m.place.kind == "city") and (
                AGREED_AT if m.role == "venue" else NEGOTIATED_AT).search(text, max(0, m.start - 50), m.start):
            continue  # «بخرق وقف إطلاق النار الذي تم التوصل إليه السبت في موسكو»: where the truce was made
        if spoken_at(text, m.start) or who is not None and _serves_at(text, m.start, who):
            continue  # «خلال إفادة في ستراسبورغ», «السفير الأرميني في القاهرة»: where the speaker stood or serves
        if kind == "casualties" and m.place.kind == "country" and VICTIMS_FROM.search(
                text, max(0, m.start - 30), m.start):
            continue  # «مقتل ثلاثة جنود ومقتل شخص واحد من أذربيجان»: whose dead, not where they fell
        if m.role == "actor":
            # a state or its capital acting ("أرمينيا وأذربيجان اتفقتا", "محادثات بين باكو ويريفان"):
            # a party, not a location
            if m.place.is_state_seat and all(p != pid for p, _own in parties):
                parties.append((pid, words.place_sides.get(pid) in own))
                if who is not None and text and (_right_after(text, who.end, m.start) if not objects else (
                        objects[-1][1] < m.start <= objects[-1][1] + 3 and text[objects[-1][1]:m.start].strip() == "و")):
                    objects.append((pid, m.end))  # «اتهمت أرمينيا تركيا بالعمل على …», «باكو وأنقرة»: the accused
            continue
        if pid not in located:
            located.append(pid)
    specific = {p for p in located if kinds.get(p) not in _BROAD_KINDS}
    if not specific and local:  # what a town's own office reports is about the town
        located, specific = [*local[:1], *located], set(local[:1])
    if specific and not specific <= {m.place.place_id for m in mentions if m.role == "venue"}:
        located = [p for p in located if p in specific]  # «قرية تاليش في إقليم قره باغ»: the village, not the region
    elif specific:  # talks in Vienna about Karabakh: a venue does not place the region; a state that does stays out
        places_by_id = {m.place.place_id: m.place for m in mentions}
        placed = {places_by_id[p].country for p in located if kinds.get(p) in ("region", "province")}
        located = [p for p in located if not (kinds.get(p) == "country" and places_by_id[p].country in placed)]
    if kind == "diplomacy":  # the parties of talks or an agreement, the speaker's own state among them
        venues = {m.place.place_id for m in mentions if m.role == "venue"}
        if any(p not in venues for p in located) or parties or len(set(joint)) >= 2:
            located = [p for p in located if p not in venues]  # «محادثات … في موسكو» about Karabakh: where, not what
        if len(set(joint)) >= 2:  # the states, and what the agreement concerns («وقف لإطلاق النار في إقليم قره باغ»),
            spanning = _spanning_states(mentions)  # not the Caucasus they fought in
            return tuple(dict.fromkeys([*joint, *(p for p in located if p not in spanning)]))
        return tuple(located + [p for p, _own in parties if p not in located])
    if located:  # «على طول الحدود في القوقاز», «قره باغ … في جنوب القوقاز»: the setting, not what it is about
        spanning = _spanning_states(mentions)
        located = [p for p in located if p not in spanning] or (located if kind != "accusation" else [])
    if kind in ("accusation", "other") and not located:  # the accused state
        # a capital accused stands for its state («حمّلت يريفان باكو المسؤولية» accuses Azerbaijan)
        named = [(p, False) for p, _end in objects] if kind == "accusation" and objects else parties
        accused = tuple(dict.fromkeys(words.state_of(p) if kinds.get(p) != "country"
                                      else p for p, own_state in named if not own_state))
        if not accused and kind == "accusation":
            accused = _accused_by_adjective(tokens, own, words)
        return accused
    return tuple(located)


def _serves_at(text: str, start: int, who: Attribution) -> bool:
    """Is the place the post of the envoy who speaks («قال السفير الأرميني في القاهرة»; not «اجتماعا مع السفير الروسي في
    طهران» when another speaks)?"""
    glued = start - 1 if text.startswith("ب", start - 1) else start if text.startswith("ب", start) else -1
    post = ENVOY_POST.search(text, max(0, start - 40), start) or (
        ENVOY_BEFORE.search(text, max(0, start - 40), glued) if glued > 0 else None)
    return post is not None and who.start <= post.start() < who.end


_NEIGHBOUR = re.compile(r"\s*(?:جارتها|جارتنا|جارته|الجارة)?\s*")


def _right_after(text: str, end: int, start: int) -> bool:
    """Does a place follow the speaker right away, or after «جارتها» («اتهمت أذربيجان جارتها أرمينيا»)?"""
    return 0 <= start - end <= 12 and _NEIGHBOUR.fullmatch(text, end, start) is not None


def _spanning_states(mentions: Sequence[Mention]) -> set[str]:
    """The regions named that span several states (the Caucasus, Europe): a setting, not a party."""
    return {m.place.place_id for m in mentions if m.place.kind == "region" and not m.place.country}


_SETTLEMENTS = frozenset({"village", "town", "city"})
_DIRECTION = re.compile(r"\s*(?:في\s+)?(?:ال)?(?:جنوب|شمال|شرق|غرب)[يى]?(?:\s+(?:ال)?(?:شرق|غرب)[يى]?)?\s+")
_LOCATOR = re.compile(r"\s*(?:،\s*)?(?:ف[يى]|ب)\s*(?:منطقة|محافظة|مقاطعة|ولاية|إقليم|اقليم)\s+")


def _locates(text: str, end: int, start: int) -> bool:
    """Is the text between a settlement and the next place «في منطقة» (in the district of): it only locates it?"""
    return start - end < 24 and _LOCATOR.fullmatch(text, end, start) is not None

_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين"})


def _description_end(text: str, tokens: Sequence[Token], who: Attribution) -> int:
    """Where a relative clause right after the speaker ends (its comma), or -1 when none follows."""
    k = bisect.bisect_left(tokens, who.end, key=TOKEN_START)  # the first word after the speaker
    if k == len(tokens) or tokens[k].start - who.end > 3:
        return -1
    dash = text[who.end:tokens[k].start].strip()
    titled = dash in ("،", ",") and bare_key(tokens[k].key).removeprefix("ال") in _TITLE_HEADS
    if dash in ("-", "–", "—") or titled:
        # «دافيد بابايان - المتحدث باسم …،», «علييف -في تغريدة-», «أرتور سركيسيان، نائب قائد جيش إقليم
        # كاراباخ،»: a title or an aside, up to the comma or the closing dash
        ends = [e for e in (text.find(mark, tokens[k].start, tokens[-1].end) for mark in ("،", ",", dash)) if e != -1]
        return min(ends, default=-1)
    if tokens[k].key.startswith("ال") and k + 1 < len(tokens) and tokens[k + 1].key in _RELATIVES:
        k += 1  # «وزارة الدفاع في ناغورني قره باغ المنطقة التي تدعمها أرمينيا،»: a noun in apposition first
    after = tokens[k]
    if after.key in _CHARGED_WITH:  # «اللجنة … المعنية بترسيم الحدود مع أرمينيا بيانا»: up to what it issues
        return next((t.start for t in tokens[k + 1:k + 10] if t.key.startswith(_ISSUED_THINGS)), -1)
    if after.key.removeprefix("و") not in _RELATIVES:
        return -1
    comma = min((k for k in (text.find("،", after.end, tokens[-1].end), text.find(",", after.end, tokens[-1].end))
                 if k != -1), default=-1)
    return comma


_TITLE_HEADS = frozenset({"نايب", "رييس", "قايد", "متحدث", "وزير", "مستشار", "سفير", "مساعد", "ممثل", "امين", "مدير",
                          "رييسه", "متحدثه", "مستشاره", "ناطق"})
"""Heads of a title in apposition after a named speaker («باشينيان، رئيس الوزراء الأرميني،»)."""
_CHARGED_WITH = frozenset({"المعنيه", "المعني", "المكلفه", "المكلف", "المختصه", "المختص"})
"""A participle after an institution that says what it is charged with («المعنية بترسيم الحدود»)."""
_ISSUED_THINGS = ("بيان", "تصريح", "رساله", "تقرير")


def _accused_by_adjective(tokens: Sequence[Token], own: set[str], words: ClaimWords) -> tuple[str, ...]:
    """The state of the first nationality adjective of another side in an accusation («نحمل القيادة
    الأرمينية المسؤولية» -> armenia), or nothing."""
    for i, tok in enumerate(tokens):
        if i and tokens[i - 1].key in _BROKERING:
            continue  # «بانتهاك هدنة برعاية روسية»: the broker, not the accused
        for stem in stems_of(tok.key):
            side = words.nationalities.get(stem)
            if side is not None and side not in own and side in words.side_states:
                return (words.side_states[side],)
    return ()


_BROKERING = frozenset({"برعايه", "بوساطه", "وساطه", "رعايه"})
_EACH_OTHER = frozenset({"بعضهما", "بعضهم", "البعض", "الاخر", "الاخري"})
_EXCHANGE = ("تبادل", "يتبادل", "تتبادل", "متبادل")


def each_accuses_the_other(
    tokens: Sequence[Token], sides: Sequence[str], places: tuple[str, ...], kinds: dict[str, str], words: ClaimWords
) -> dict[str, tuple[str, ...]] | None:
    """Two sides that accuse each other («اتهم الجانبان بعضهما», «تبادلت باكو ويريفان الاتهامات»): each
    side's claim is about the other side's state and the places the clause locates (where each says
    the other fired: the same place, so contested); None when the clause is not reciprocal."""
    states = [words.side_states.get(side) for side in sides]
    if len(sides) != 2 or None in states or not any(
            stem in _EACH_OTHER or stem.startswith(_EXCHANGE) for tok in tokens for stem in stems_of(tok.key)):
        return None
    located = [p for p in places if p not in states]  # (the two states as parties of a truce are whom, not where)
    return {side: tuple(dict.fromkeys((other, *located))) for side, other in zip(sides, reversed(states), strict=True)}
