"""Embedded statements: another side's statement named inside a clause, by a verbal noun or a relative clause.

«نفت وزارة الدفاع الأرمينية مزاعم أذربيجان بقصف عدد من مدنها», «بعد يوم من إعلان أذربيجان سيطرتها
على المدينة», «اتهام أذربيجان لجارتها بإصابة جندي»: the clause's own speaker (or the reporter) names
what another side said, and that side is a speaker too (docs/annotation.md: two speakers, two claims).
The embedded claim is asserted (the outer clause may deny it: that is the outer claim's polarity);
its type and places come from the words after its speaker, as for any clause.
geo/claims/extract.py asks for them after each clause's own claim.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from geo.claims.claimplaces import claim_places, own_territory, pointed_back, pointing_kinds, speakers_country
from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import STATEMENT_OPENERS, _np_end, bare_key
from geo.claims.speakerspan import PREPOSITIONS, Attribution, build_speaker
from geo.claims.subjects import after_time_adverbial
from geo.claims.topics import claim_topic
from geo.model import Claim, Mention, Token

STATEMENT_NOUNS = frozenset({"اعلان", "ادعاء", "ادعاءات", "مزاعم", "زعم", "روايه", "تصريح", "تصريحات",
                             "تاكيد", "اتهام", "اتهامات"})
"""Verbal nouns of reporting, in the construct state before their speaker («إعلان أذربيجان»)."""
_BLAMING = frozenset({"اتهام", "اتهامات"})
"""«اتهام أذربيجان» is Azerbaijan's accusation only with its object after «ل» («لجارتها»); else
Azerbaijan may be the accused («اتهام أذربيجان بخرق الهدنة»)."""
_KEYS = frozenset(p + n for n in STATEMENT_NOUNS for p in ("", "و", "ب", "ل", "وب", "ول"))
_SAID_OPENERS = STATEMENT_OPENERS | {"بانه", "بانها", "عن", "حول"}
"""What says what a statement said, after its speaker («تصريح باكو بأن», «إعلان … عن سيطرة»); a
preposition glued to a noun («بقصف», «لجارتها») or a word of a claim's type («سيطرتها») does too."""
_RELATIVES = frozenset({"الذي", "التي", "الذين"})
_OF_BEING = frozenset({"بانها", "بانه", "بانهم", "بان"})
"""«بأنها …» after the accused: a charge about what the accused is or does not do."""
_OF = frozenset({"ذي", "ذو", "ذات", "ذا"})
_NO_SIDE = frozenset({"other", "none", ""})


def embedded_speakers(
    text: str, tokens: Sequence[Token], keys: Sequence[str], mentions: Sequence[Mention], words: ClaimWords,
    outer: Attribution | None,
) -> list[tuple[Attribution, int, int]]:
    """Each statement of another side a clause names with a verbal noun or a relative clause: its speaker,
    the index of the noun (or the verb) and that of the first word of what it says. Not the outer speaker's
    own words, nor its own side's statement."""
    own = set(outer.sides) if outer is not None else set()
    found = _relative_speakers(text, tokens, keys, mentions, words, own) if not _RELATIVES.isdisjoint(keys) else []
    if _KEYS.isdisjoint(keys):
        return found
    for i, key in enumerate(keys):
        if key not in _KEYS or i + 2 >= len(tokens):
            continue
        if outer is not None and outer.start <= tokens[i].start < outer.end:
            continue  # «إعلان وزارة الدفاع … عن»: the clause's own speaker
        noun = bare_key(key)
        noun = noun if noun in STATEMENT_NOUNS else noun[1:]
        end = _np_end(text, tokens, i + 1, words)
        # «إعلان باكو انتصارها في عملية …»: an event's noun after the speaker is what was said
        end = next((k for k in range(i + 2, end) if words.event_nouns[keys[k]]), end)
        if not 1 <= end - i - 1 <= 6 or end >= len(tokens):
            continue  # (a statement with nothing said after its speaker names no proposition)
        who = build_speaker(text, tokens, i + 1, end, mentions, words,
                            "accuse" if noun in _BLAMING else "say", "embedded")
        if who is None or len(who.sides) != 1 or who.sides[0] in _NO_SIDE | own:
            continue
        # what is said starts after the speaker («إعلان أذربيجان سيطرتها»): a word that opens it
        said = next(k for k in range(i + 1, end + 1) if k == end or tokens[k].start >= who.end)
        said = after_time_adverbial(tokens, said, words)  # «مع إعلان السلطات في يريفان السبت أن»: the day, then what
        if said >= len(tokens):
            continue
        if noun in _BLAMING and not keys[said].startswith("ل"):
            continue
        if bare_key(keys[said]) not in _SAID_OPENERS and keys[said][0] not in "بل" \
                and claim_topic(tokens[said:said + 1], words, keys[said:said + 1])[1] != 0:
            continue  # «بتصريحات الرئيس الفرنسي غير المقبولة»: the statement named, not what it says
        found.append((who, i, said))
    return found


def _relative_speakers(
    text: str, tokens: Sequence[Token], keys: Sequence[str], mentions: Sequence[Mention], words: ClaimWords,
    own: set[str],
) -> list[tuple[Attribution, int, int]]:
    """«نظيره الفرنسي الذي اتهم موسكو …», «تصريحات الرئيس الفرنسي التي رأى فيها أن …»: a person or body of
    another side, then a relative pronoun and a reporting verb: what the verb says is that speaker's claim.
    The speaker is the longest run of up to five words before the pronoun that names one side by its
    words (not a place: «الإقليم الذي أعلن استقلاله» is background)."""
    found: list[tuple[Attribution, int, int]] = []
    places = {m.start for m in mentions}
    pointing = pointing_kinds(words)
    for r in range(1, len(keys) - 2):
        if keys[r] not in _RELATIVES or words.verb_cache[keys[r + 1]] in ("", "carry"):
            continue
        best = None
        for start in range(r - 1, max(-1, r - 6), -1):
            if keys[start] in _OF:
                best = None  # «الإقليم ذي الغالبية الأرمنية الذي»: what the place is like, no speaker
                break
            if tokens[start].start in places or words.verb_cache[keys[start]] or keys[start] in PREPOSITIONS \
                    or pointing[keys[start]] or text[tokens[start].end:tokens[start + 1].start].strip():
                break  # (not across a place, a verb, a preposition or a comma; «الإقليم» is no speaker here)
            who = build_speaker(text, tokens, start, r, mentions, words, words.verb_cache[keys[r + 1]], "relative")
            if who is not None and len(who.sides) == 1 and who.sides[0] not in _NO_SIDE | own:
                best = who
        if best is not None:
            said = r + 3 if keys[r + 2] in ("فيه", "فيها") else r + 2  # («التي رأى فيها أن»)
            if said < len(tokens):
                found.append((best, r + 1, said))
        elif r and bare_key(keys[r - 1]).removeprefix("ال") in _PUBLISHED and r + 3 < len(tokens):
            # «التقرير الذي نشرته وزارة الدفاع الأرمنية حول أعمال قتالية»: the report's publisher after the verb
            end = _np_end(text, tokens, r + 2, words)
            who = build_speaker(text, tokens, r + 2, end, mentions, words, "say", "relative") if end > r + 2 else None
            if who is None or len(who.sides) != 1 or who.sides[0] in _NO_SIDE | own:
                continue
            said = next((k for k in range(r + 2, len(tokens)) if tokens[k].start >= who.end), 0)  # after the speaker
            if 0 < said < len(tokens) - 1 and bare_key(keys[said]) in _SAID_OPENERS:
                found.append((who, r - 1, said + 1))
    return found


_PUBLISHED = frozenset({"تقرير", "بيان", "معلومات", "تصريحات", "ادعاءات", "روايه"})
"""A statement named, then «الذي نشرته …» and its publisher: «التقرير الذي نشرته الوزارة حول …»."""


def embedded_claims(
    text: str, tokens: Sequence[Token], keys: Sequence[str], mentions: Sequence[Mention], words: ClaimWords,
    outer: Attribution | None, end: int, claim_id: Callable[[int, int, str], str],
    everywhere: Sequence[Mention], sentence_start: int,
) -> list[Claim]:
    """The claims of the statements a clause (``tokens``, ending at offset ``end``, its ``mentions``) names
    with a verbal noun, each from the noun to the clause's end (``claim_id`` gives a claim's id from its
    span and side; ``everywhere``: the article's mentions, for a place pointed back to)."""
    claims: list[Claim] = []
    found = embedded_speakers(text, tokens, keys, mentions, words, outer)
    starts = [m.start for m in everywhere] if found else []
    for who, noun, said in found:
        content, ckeys = tokens[said:], keys[said:]
        kind, _at = claim_topic(content, words, ckeys)
        charged = who.verb_kind == "accuse" and not _OF_BEING.isdisjoint(ckeys[:8])
        if who.verb_kind == "accuse" and (kind not in ("attack", "control") or charged):
            kind = "accusation"  # (and «اتهام أرمينيا لروسيا بأنها لا تعبأ بالهجمات»: what the accused is, not an act)
        before = bisect.bisect_left(starts, content[0].start)
        inside = everywhere[before:bisect.bisect_left(starts, end)]
        accused = tuple(m.place.place_id for m in inside[:1] if charged and m.place.is_state_seat and m.start < content[0].end)
        places = accused or claim_places(inside, who, words, kind, content, text)
        places += pointed_back(content, everywhere, before, places, words, ckeys, sentence_start)
        if kind == "attack":  # «مزاعم أذربيجان بقصف عدد من مدنها»: the speaker's own towns
            places += tuple(p for p in own_territory(ckeys, who.sides[0], words, named=bool(places)) if p not in places)
        places = places or speakers_country(ckeys, who.sides[0], words)
        start, side = tokens[noun].start, who.sides[0]
        claims.append(Claim(id=claim_id(start, end, side), start=start, end=end, text=text[start:end],
                            speaker=who.speaker, speaker_en=who.speaker_en, side=side, type=kind, polarity="assert",
                            place_ids=places, numbers=(), date=None, confidence=0.6,
                            speaker_start=who.start, speaker_end=who.end))
    return claims
