"""The place stage: an article's tokens -> its place mentions (resolved, with a role), the names
the resolver turned down, and the toponym-shaped words no layer knows.

Owns the order of the place steps (matcher, resolver, roles) for one article; each step lives in
its own module. Pure: no file, clock or network.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Any

from geo.model import Mention, Place, Resolution, Sentence, Span, Token
from geo.places.gazetteer import Gazetteer
from geo.places.lexicon import Lexicon
from geo.places.matcher import Match, find_matches
from geo.places.resolver import Context, resolve_matches
from geo.places.roles import assign_role, event_word_in, is_governed
from geo.places.settlements import find_settlement, theatre_skeletons
from geo.places.unresolved import find_unresolved
from geo.text.clitics import iter_stems
from geo.text.keys import TokenColumns
from geo.text.wordcache import keys_of

ROLE_WINDOW_BEFORE = 10
ROLE_WINDOW_AFTER = 4
"""Words around a mention that can make it an event or a venue place: the verb of its own clause
(«قصفت القوات ... مدينة ترتر»), not one at the far end of a long sentence."""


@dataclass(frozen=True)
class PlaceFindings:
    mentions: tuple[Mention, ...]
    unresolved: tuple[Span, ...]
    rejected: tuple[Resolution, ...]


def find_mentions(
    text: str, tokens: Sequence[Token], sentences: Sequence[Sentence], gaz: Gazetteer, lexicon: Lexicon, *,
    fuzzy: bool = True, columns: TokenColumns | None = None,
) -> PlaceFindings:
    """Find, resolve and give a role to every place the tokens name (``columns``: the tokens' starts
    and keys, when the caller has them already)."""
    tokens = list(tokens)
    # read once for the matcher, the roles' windows and the unknown names
    keys = keys_of(tokens) if columns is None else columns.keys
    matches = find_matches(text, tokens, gaz, fuzzy=fuzzy, keys=keys)
    ctx = Context(text, tokens, matches, gaz, lexicon)
    resolutions = resolve_matches(ctx)

    sentence_starts = [s.start for s in sentences]
    venue_at = lexicon.venue_words
    token_starts = list(map(itemgetter(0), tokens)) if columns is None else columns.starts

    def sentence_flags(offset: int) -> tuple[bool, bool]:
        # whether an event verb and a venue word stand near the mention, inside its sentence
        idx = bisect.bisect_right(sentence_starts, offset) - 1
        if idx < 0:
            return (False, False)
        lo = bisect.bisect_left(token_starts, sentences[idx].start)
        hi = bisect.bisect_left(token_starts, sentences[idx].end)
        at = bisect.bisect_left(token_starts, offset)
        lo, hi = max(lo, at - ROLE_WINDOW_BEFORE), min(hi, at + ROLE_WINDOW_AFTER)
        has_event = event_word_in(keys, lo, hi, lexicon)
        venues = list(compress(range(lo, at), map(venue_at.__getitem__, keys[lo:at])))
        if has_event and venues and not event_word_in(keys, venues[-1] + 1, hi, lexicon, forces_count=False):
            # «اتفاق لوقف إطلاق النار …، في لقاء رئيسي أركان القوات المسلحة … في موسكو»: the meeting is nearer
            has_event = False
        return (has_event, bool(venues) or any(map(venue_at.__getitem__, keys[at:hi])))

    mentions: list[Mention] = []
    rejected = [res for res in resolutions if res.place is None]
    lines_named = any(noun in text for noun in _LINE_NOUN_CORES)  # (most articles name no pipeline or railway)
    found = [(m, res) for m, res in zip(matches, resolutions, strict=True)
             if res.place is not None and not (lines_named and _names_a_line(text, m.start, m.end))]
    read = [_as_titled(tokens, m, res, lexicon) for m, res in found]
    flags = [[*sentence_flags(m.start), is_governed(ctx, res.place, *read[i][::2], read[i][3])]
             for i, (m, res) in enumerate(found)]

    def role_of(i: int) -> str:
        m, res = found[i]
        return assign_role(ctx, res.place, m.start, m.end, *read[i], has_event=flags[i][0], has_venue=flags[i][1],
                           governed=flags[i][2])

    roles: list[str] = []
    for run in _coordinated_runs(text, [m for m, _res in found]):
        # a list of names («مدن بردعة وترتر وبيلاقان تعرضت لقصف») shares its event and meeting
        # words, and what governs its first name governs the rest unless the first is a state acting
        if len(run) > 1:  # (a run of one name keeps its own)
            has_event = any(flags[i][0] for i in run)
            has_venue = any(flags[i][1] for i in run)
            for i in run:
                flags[i][:2] = has_event, has_venue
        head = role_of(run[0])
        roles.append(head)
        head_state = found[run[0]][1].place.is_state_seat
        for i in run[1:]:
            if head_state and found[i][1].place.is_state_seat:
                # states listed together: acting together («وزيري خارجية أذربيجان وأرمينيا اتفقا»), named
                # together («أعلام أوكرانيا وفرنسا», «حدود أرمينيا مع إيران وتركيا»), or each read on its
                # own when the first is an event or venue place («مع كل من موسكو وباريس»)
                roles.append(head if head in ("actor", "context") else role_of(i))
                continue
            flags[i][2] = flags[i][2] or (flags[run[0]][2] and head != "actor")
            roles.append(role_of(i))
    for i in range(1, len(found)):
        if _locates_the_one_before(ctx, found[i - 1], found[i]):
            roles[i] = "context"  # «مدينة شوشة الاستراتيجية في إقليم قره باغ»: where the first one lies
    for (m, res), role in zip(found, roles, strict=True):
        mentions.append(Mention(m.start, m.end, text[m.start:m.end], res.place, role, res.confidence))
    covered = {i for m in matches for i in range(m.first, m.first + m.count)}
    unresolved = []
    theatre = theatre_skeletons(gaz.places, gaz.digest)
    for span in find_unresolved(ctx, covered, keys):
        place = _transliterated(tokens, token_starts, span, lexicon, theatre)
        if place is None:
            unresolved.append(span)
            continue
        has_event, _has_venue = sentence_flags(span.start)
        start = span.start
        mentions.append(Mention(start, span.end, text[start:span.end], place, "event" if has_event else "context",
                                SETTLEMENT_CONFIDENCE))
    mentions.sort(key=lambda m: m.start)
    return PlaceFindings(tuple(mentions), tuple(unresolved), tuple(rejected))


_LIST_GAP = re.compile(r"[ \t\u00a0،,\-–/()«»\"“”']{0,6}(?:و[ «»\"“”']{0,2})?(?:جمهور[يی][ةه] {1,2})?")
"""What may stand between two names of one list or a name and its other spelling: spaces,
commas, a hyphen or slash, brackets and quotes, a free-standing و, also before a quoted name
(«مدن “أغدره” و”أغدام”»; no full stop, no line break), and a state's title («أرمينيا وجمهورية أذربيجان»)."""


_STATE_TITLE = "جمهوريه"


def _as_titled(tokens: Sequence[Token], m: Match, res: Resolution, lexicon: Lexicon) -> tuple[int, int, str, str]:
    """Where a mention's name begins for its role, its length in words, its proclitic and its cue word: a
    state named by its title, «جمهورية أذربيجان», «بين جمهورية أرمينيا وجمهورية أذربيجان», reads as the
    state's bare name would (the words before the title govern it), though the mention is the name alone."""
    if m.first and not m.prefix and res.place is not None and res.place.kind == "country" \
            and res.candidate.cue == _STATE_TITLE and lexicon.cue_of[tokens[m.first - 1].key] == _STATE_TITLE:
        key = tokens[m.first - 1].key
        if key.endswith(_STATE_TITLE):
            return m.first - 1, m.count + 1, key[:-len(_STATE_TITLE)], ""
    return m.first, m.count, m.prefix, res.candidate.cue


def _coordinated_runs(text: str, matches: Sequence[Any]) -> list[list[int]]:
    """The indexes of ``matches`` grouped into runs of names listed together: «جبرائيل وفضولي»,
    «تارتار، وبردعة، وآقدام», «جبرائيل-فضولي», «شوشة (Şuşa)»."""
    runs: list[list[int]] = []
    for i, m in enumerate(matches):
        if runs and _LIST_GAP.fullmatch(text, matches[i - 1].end, m.start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


_LINE_BEFORE = re.compile(r"(?:أنابيب|انابيب|أنبوب|انبوب|حديد|الحديدية|الحديدي)(?:\s+(?:ال)?(?:غاز|نفط))?\s+"
                          r"(?:[^\s\-–]+(?:\s+[^\s\-–]+)?\s*[-–]\s*)*$")
_LINE_NOUN_CORES = ("نابيب", "نبوب", "حديد")
"""What every line noun of _LINE_BEFORE holds: a text holding none of them names no line."""
_HYPHEN_AFTER = re.compile(r"\s*[-–]")
_HYPHEN_BEFORE = re.compile(r"[-–]\s*$")


def _names_a_line(text: str, start: int, end: int) -> bool:
    """Is the name one end of a pipeline's or a railway's name («خط أنابيب باكو-تبليسي-جيهان», «خط أنابيب
    غاز إغدير-نخجوان», «سكة حديد قارص - ناخجوان»): a name joined to another by a hyphen, after the line's
    noun? Such a name is not a place mention (docs/annotation.md)."""
    before = text[max(0, start - 80):start]
    return bool((_HYPHEN_AFTER.match(text, end) or _HYPHEN_BEFORE.search(before)) and _LINE_BEFORE.search(before))


_SIZE = {"country": 4, "region": 3, "province": 2, "district": 2, "town": 0.5, "village": 0}


def _locates_the_one_before(ctx: Context, before: tuple[Any, Resolution], after: tuple[Any, Resolution]) -> bool:
    """Does the second name only say where the first lies: a larger place right after it, joined
    by في, ب or a place word and at most an adjective («قرية ماداغيز في منطقة تارتار», «قرية
    كولوقيشلاق بمحافظة زنكيلان», «مدينة شوشة الاستراتيجية في إقليم قره باغ»)?"""
    (m1, r1), (m2, r2) = before, after
    if _SIZE.get(r2.place.kind, 1) <= _SIZE.get(r1.place.kind, 1):
        return False
    gap = ctx.tokens[m1.first + m1.count:m2.first]
    if len(gap) > 3 or ctx.text.count("\n", m1.end, m2.start) or any(c in ctx.text[m1.end:m2.start] for c in ".؟!:؛"):
        return False
    lex = ctx.lexicon
    joined = "ب" in m2.prefix or bool(r2.candidate.cue) or any(t.key in _WITHIN for t in gap)
    return joined and all(t.key in _WITHIN or t.key.startswith("ال") or lex.cue_of[t.key]
                          for t in gap)


_WITHIN = frozenset({"في", "فى", "داخل", "غربي", "شرقي", "شمالي", "جنوبي", "غرب", "شرق", "شمال", "جنوب", "وسط"})
"""Words that place a name inside a larger one: «في», «داخل», a compass point («بردة غربي أذربيجان»)."""


SETTLEMENT_CONFIDENCE = 0.55
"""A name read by transliteration against the settlement layer, after a place cue: likelier wrong
than a gazetteer name, so the review queue shows it early."""


def _span_tokens(tokens: Sequence[Token], token_starts: list[int], span: Span) -> list[Token]:
    lo = bisect.bisect_left(token_starts, span.start)
    return list(tokens[lo:bisect.bisect_left(token_starts, span.end)])


def _transliterated(tokens: Sequence[Token], token_starts: list[int], span: Span, lexicon: Lexicon,
                    theatre: dict[str, tuple[Place, ...]]) -> Place | None:
    """The settlement an unknown name after a cue spells, its first word read with or without a
    proclitic («وخيريملي»); none when the cue announces no settlement («مرتفعات "قرق قز"»: heights)."""
    words = _span_tokens(tokens, token_starts, span)
    if not words:
        return None
    at = bisect.bisect_left(token_starts, span.start)
    if at > 0 and lexicon.announces_a_feature(lexicon.cue_of[tokens[at - 1].key]):
        return None
    for _prefix_len, stem, _stripped in iter_stems(words[0].key):
        place = find_settlement((stem, *(t.key for t in words[1:])), theatre)
        if place is not None:
            return place
    return None
