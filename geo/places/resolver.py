"""Resolution: deciding whether each matched name is a place, and which place.

Owns the rules that turn matches into mentions, each one named and tested:
- labels (فرانس برس, مجموعة مينسك, بتوقيت موسكو) are not places;
- person names: a name after a person's title with the article (الشاعر فضولي) or
  after a given name (محمد فضولي, حسن لاشين), or followed by a surname
  (جبرائيل حسنوف, شوشان ستيبانيان), is a person;
- adjectives: a country-shaped word with tanween (أرمينياً), after an
  indefinite accusative noun (جنديا أرمينيا), or a feminine form that is
  not governed by a preposition (قوات أرمينية), is an adjective;
- names that are also ordinary words (مالي) count only after a cue word;
- a one-letter typo counts when the name is long enough or a cue word announces it;
- an ambiguous name goes to the place that fits: the kind its cue word
  announces, the curated layer before the worldwide one, and the place
  nearest the article's other theatre places (Martuni in Karabakh rather
  than Martuni in Gegharkunik in an article about Karabakh).
The unknown names after a cue word are found in geo/places/unresolved.py, roles decided in
geo/places/roles.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from geopy.distance import great_circle

from geo.model import Candidate, Place, Resolution, Token
from geo.places.gazetteer import Gazetteer
from geo.places.lexicon import ACTOR_VERB, LOCATIVE, PERSON_TITLE, Lexicon
from geo.places.matcher import Match
from geo.text.clitics import stems_of
from geo.text.datelines import in_dateline_credit, opens_dateline
from geo.text.wordcache import answers, remember, word_cache

TANWEEN_FATH = "\u064b"
COUNTRY_LIKE = frozenset({"country", "region"})
FUZZY_MIN_LEN_WITHOUT_CUE = 6
"""A misspelt name shorter than this counts only after a cue word (مدينة شوسا), or, one letter
shorter, after a locative (في بردغة): short words are one letter away from too many ordinary words."""
PREFIXED_WORD_MARGIN = 0.5
"""A foreign town read with a proclitic («بلندن») is rarer than the town's name alone (by 1.2–1.9 on
the Zipf scale); a word about as common as the name it would hide («بابا», «ابا») is a word."""


@dataclass(frozen=True)
class Context:
    """What the resolver needs to know about the text around the matches."""

    text: str
    tokens: Sequence[Token]
    matches: Sequence[Match]
    gaz: Gazetteer
    lexicon: Lexicon
    before: dict[int, Token | None] = field(default_factory=dict, repr=False, compare=False)
    """adjacent_before's answers: the resolver and the role rules ask it of each name's first word several times."""

    def adjacent_before(self, index: int) -> Token | None:
        found = self.before.get(index, self)
        if found is not self:
            return found
        if index <= 0:
            return None
        prev, cur = self.tokens[index - 1], self.tokens[index]
        gap = self.text[prev.end:cur.start]
        found = self.before[index] = prev if gap == " " or _plain_gap(gap) else None
        return found

    def adjacent_after(self, index: int) -> Token | None:
        if index + 1 >= len(self.tokens):
            return None
        cur, nxt = self.tokens[index], self.tokens[index + 1]
        gap = self.text[cur.end:nxt.start]
        return nxt if gap == " " or _plain_gap(gap) else None


def _plain_gap(gap: str) -> bool:
    """Only spaces, or a quotation mark around a name («منطقة "تيغ"», «تحرير “شوشة”»)."""
    return len(gap) <= 3 and gap.strip(" \t\u00a0\u200c\u200f\u200e\"“”«»") == ""


def find_cue(ctx: Context, first: int) -> str:
    """The cue word announcing the name that starts at token ``first`` ('' if none).

    Looks at the word before, or two words back past a nisba adjective
    (العاصمة الأرمينية يريفان).
    """
    prev = ctx.adjacent_before(first)
    if prev is None:
        return ""
    cue_of = ctx.lexicon.cue_of
    cue = cue_of[prev.key]
    if not cue and prev.key.startswith("ال") and prev.key.endswith(("ي", "يه")) and len(prev.key) >= 5:  # not «إلى», «التي»
        before = ctx.adjacent_before(first - 1)
        if before is not None:
            return cue_of[before.key]
    return cue


def _matched_token_indexes(matches: Sequence[Match]) -> set[int]:
    out: set[int] = set()
    for m in matches:
        if m.entry.place_ids:
            out.update(range(m.first, m.first + m.count))
    return out


def _tells_an_event(ctx: Context, m: Match) -> bool:
    """Does an event word stand near the name on its line («يريفان: أذربيجان تهاجم جرموك», «علييف: شوشا تحررت»)?
    Then the short line is a headline with its speaker before the colon, not a dateline and its outlet."""
    line_start, line_end = ctx.text.rfind("\n", 0, m.start), ctx.text.find("\n", m.end)
    near = ctx.tokens[max(0, m.first - 3):m.first + m.count + 3]
    return any(ctx.lexicon.event_words[t.key] for t in near if t.start > line_start and (line_end == -1 or t.start < line_end))


def reject_reason(ctx: Context, m: Match, cue: str, place_tokens: set[int],
                  places: Sequence[Place] | None = None) -> str:
    """Why a matched name is not a place here ('' when it is one). ``places``: those of its name."""
    lex = ctx.lexicon
    if not m.entry.place_ids:
        return f"label:{m.entry.label}"
    if places is None:
        places = _places_of(ctx.gaz, m.entry.key, m.entry.place_ids)
    if in_dateline_credit(ctx.text, m.start, ctx.lexicon.reporting_verbs) and not _tells_an_event(ctx, m):
        return "label:outlet named in a dateline"
    country_like, foreign_town, states = _name_kinds(ctx.gaz, m.entry.key, places)
    # Person: a title with the article or a given name right before the name.
    prev = ctx.adjacent_before(m.first)
    if prev is not None and not cue and (m.first - 1) not in place_tokens and not m.prefix and not states:
        # (a country or capital after a title is its object: "اتهم الوزير باكو", not a person)
        if lex.reads_as[prev.key] & PERSON_TITLE or prev.key in lex.first_names:
            return "person:after title or given name"
    # Person: a surname right after a one-word name.
    nxt = ctx.adjacent_after(m.first + m.count - 1)
    if nxt is not None and m.count == 1 and (m.first + 1) not in place_tokens and _is_surname(ctx, nxt):
        return "person:before a surname"
    # Adjective forms of country names.
    if country_like:
        reason = _adjective_reason(ctx, m, prev)
        if reason:
            return reason
    if not cue and " ".join(m.entry.key) in lex.ambiguous_names and not (
            m.prefix.startswith("و") and (m.first - 1) in place_tokens):  # «تارتار، وبردعة، وآقدام»: a list
        return "ambiguous:an ordinary word unless a cue word or a list of places announces it"
    if foreign_town and m.article_stripped:
        return "article:a foreign town's name read only without the article («اللوم» is blame, not Lomé)"
    if foreign_town and lex.announces_a_feature(cue):
        return "cue:a height, mountain or river is announced, not a foreign town («جبل لاغوس»)"
    if foreign_town and m.prefix and len(m.entry.key) == 1 and (
            ctx.gaz.zipf(ctx.tokens[m.first].key) >= ctx.gaz.zipf(m.entry.key[0]) - PREFIXED_WORD_MARGIN):
        return "proclitic:the whole word is a word of its own («بابا» is not ب + Aba, Nigeria)"
    if foreign_town and not (
        cue or m.prefix.strip("و") or (prev is not None and lex.reads_as[prev.key] & LOCATIVE)
        or opens_dateline(ctx.text, m.start, m.end) or (m.prefix.startswith("و") and (m.first - 1) in place_tokens)
    ):  # («باريس ومرسيليا وستراسبورغ»: a list of places goes on)
        # a foreign town outside the theatre is named after في، إلى، من، مدينة ... ; bare, the same
        # word is far more often a surname (لويس مورينو أوكامبو) than Moreno, Argentina
        return "worldwide:a foreign town needs a locative or a cue word"
    if m.fuzzy:
        governed = bool(cue) or (prev is not None and bool(lex.reads_as[prev.key] & LOCATIVE))
        if len(m.fuzzy_target) < FUZZY_MIN_LEN_WITHOUT_CUE and not (
            cue or (governed and len(m.fuzzy_target) >= FUZZY_MIN_LEN_WITHOUT_CUE - 1)
        ):
            return "typo:short name without a cue word"
        if _nisba_mismatch(m.stem, m.fuzzy_target):
            return "typo:an adjective form, not a misspelt name"
        suffixes = lex.surname_suffixes
        if m.stem.endswith(suffixes) and not m.fuzzy_target.endswith(suffixes):
            return "typo:a surname, not a misspelt name"
    return ""


def _places_of(gaz: Gazetteer, key: tuple[str, ...], place_ids: tuple[str, ...],
               cache: dict[tuple[str, ...], tuple[Place, ...]] | None = None) -> tuple[Place, ...]:
    """The places of an indexed name (cached per name)."""
    if cache is None:
        cache = word_cache(gaz.places, "places of a name")
    places = cache.get(key)
    if places is None:
        places = remember(cache, key, tuple(gaz.places[p] for p in place_ids))
    return places


def _name_kinds(gaz: Gazetteer, key: tuple[str, ...], places: Sequence[Place]) -> tuple[bool, bool, bool]:
    """(a country or region among the places of a name, all of them worldwide towns, all of them
    countries or capitals; cached per name)."""
    cache = word_cache(gaz.places, "kinds of a name's places")
    kinds = cache.get(key)
    if kinds is None:
        kinds = remember(cache, key, (any(p.kind in COUNTRY_LIKE for p in places), all(
            p.layer == "worldwide" and p.kind == "city" and not p.capital_of for p in places), all(
            p.kind == "country" or bool(p.capital_of) for p in places)))
    return kinds


def _is_surname(ctx: Context, tok: Token) -> bool:
    key = tok.key
    if key.startswith("ال") or len(key) < 5 or key.isascii():
        return False
    gaz = ctx.gaz
    if answers(gaz.by_first, "a reading is common or starts a name", lambda word: _common_or_named(word, gaz))[key]:
        return False
    return key.endswith(ctx.lexicon.surname_suffixes)


def _common_or_named(key: str, gaz: Gazetteer) -> bool:
    """Is a reading of the word common (كحليف is ك + حليف "ally", not a surname in -يف), or the first
    word of a name (a place name exactly written after a place is a list, not a surname)?"""
    stems = stems_of(key)
    for stem in stems:
        if gaz.zipf(stem) >= 3.0:
            return True
    return not gaz.by_first.keys().isdisjoint(stems)


def _adjective_reason(ctx: Context, m: Match, prev: Token | None) -> str:
    surface = ctx.text[m.start:m.end + 1]
    if TANWEEN_FATH in surface:
        return "adjective:tanween"
    if m.article_stripped:
        return "adjective:a country name does not take the article"
    if prev is not None and not m.prefix:
        prev_text = ctx.text[prev.start:prev.end]
        if (prev_text.endswith((TANWEEN_FATH, "اً", "ًا")) and prev.key.removeprefix("و") not in _ADVERBS) \
                or prev.key in ctx.lexicon.adjective_context:
            return "adjective:after an indefinite noun"
    if m.stem.endswith("يه") and m.count == 1:
        reads_as = ctx.lexicon.reads_as
        governed = bool(m.prefix.strip("وف")) or (prev is not None and bool(reads_as[prev.key] & LOCATIVE))
        nxt = ctx.adjacent_after(m.first)
        subject = nxt is not None and bool(reads_as[nxt.key] & ACTOR_VERB)
        if not governed and not subject:
            return "adjective:feminine form not governed by a preposition"
    return ""


_ADVERBS = frozenset({"ايضا", "مجددا", "حاليا", "رسميا", "سابقا", "لاحقا", "موخرا", "تقريبا", "خصوصا", "تحديدا",
                      "دايما", "معا", "جدا", "فعلا", "اساسا", "عموما", "غالبا", "احيانا", "مسبقا", "مبدييا"})
"""Adverbs in the accusative («أيضاً», «مجدداً»): no noun for a following «روسيا» to describe."""


def _nisba_mismatch(stem: str, target: str) -> bool:
    if stem.endswith(("ي", "يه", "يين", "يون")) and not target.endswith(("ي", "يه")):
        return True
    return target.endswith(("يا", "يه")) and not stem.endswith(("يا", "يه", "ا"))


def choose_place(places: Sequence[Place], cue_kinds: frozenset[str], anchor: tuple[float, float] | None) -> tuple[Place, float]:
    """The best place for an ambiguous name, and a confidence penalty (0 when unambiguous)."""
    if len(places) == 1:
        return places[0], 0.0

    def score(p: Place) -> float:
        s = 2.0 if p.layer in ("curated", "user") else 0.0
        if cue_kinds and ("*" in cue_kinds or p.kind in cue_kinds):
            s += 1.5
        s += {"country": 0.4, "region": 0.35, "city": 0.3, "town": 0.2, "village": 0.1}.get(p.kind, 0.15)
        if anchor is not None:
            s -= distance_km(anchor[0], anchor[1], p.lat, p.lon) / 200.0
        return s

    ranked = sorted(places, key=score, reverse=True)
    margin = score(ranked[0]) - score(ranked[1])
    return ranked[0], 0.2 if margin < 0.5 else 0.1


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (geopy's, on the mean Earth radius)."""
    return great_circle((lat1, lon1), (lat2, lon2)).km


def article_anchor(places: Sequence[Place]) -> tuple[float, float] | None:
    """Median point of the unambiguous theatre towns and features an article names."""
    pts = [(p.lat, p.lon) for p in places if p.is_theatre and p.kind not in COUNTRY_LIKE and p.kind != "sea"
           and not p.is_state_seat]  # (a capital is named as a government more often than as a place)
    if not pts:
        return None
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def resolve_matches(ctx: Context) -> list[Resolution]:
    """One Resolution per match, in text order."""
    place_tokens = _matched_token_indexes(ctx.matches)
    unambiguous = [
        ctx.gaz.places[m.entry.place_ids[0]] for m in ctx.matches if len(m.entry.place_ids) == 1 and not m.fuzzy
    ]
    anchor = article_anchor(unambiguous)
    places_of = word_cache(ctx.gaz.places, "places of a name")
    out: list[Resolution] = []
    for m in ctx.matches:
        cue = find_cue(ctx, m.first)
        # (start, end, surface, places, token_index, token_count, fuzzy, cue: by position, a call by
        # keyword costs more)
        candidate = Candidate(m.start, m.end, ctx.text[m.start:m.end],
                              _places_of(ctx.gaz, m.entry.key, m.entry.place_ids, places_of), m.first, m.count,
                              m.fuzzy, cue)
        reason = reject_reason(ctx, m, cue, place_tokens, candidate.places)
        if reason:
            out.append(Resolution(candidate, None, reason))
            continue
        place, penalty = choose_place(candidate.places, ctx.lexicon.cues.get(cue, frozenset()), anchor)
        confidence = 0.9 if place.is_theatre else 0.75
        if cue:
            confidence += 0.05
        if m.fuzzy:
            confidence -= 0.25
        confidence -= penalty
        why = "typo of " + m.fuzzy_target if m.fuzzy else ("ambiguous name" if penalty else "name")
        out.append(Resolution(candidate, place, why, _rounded(confidence)))
    return out


_ROUNDED: dict[float, float] = {}


def _rounded(confidence: float) -> float:
    """A confidence between 0.05 and 0.99, to two decimals (cached per value: the sums of a few steps
    make a few dozen values, and round() to two decimals costs more than a look-up)."""
    found = _ROUNDED.get(confidence)
    if found is None:
        found = round(max(0.05, min(confidence, 0.99)), 2)
        if len(_ROUNDED) < 10_000:
            _ROUNDED[confidence] = found
    return found
