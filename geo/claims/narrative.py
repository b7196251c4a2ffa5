"""The person a narrative sentence is about, for the statement that follows it with no subject.

«وفي 9 نوفمبر، وقع رئيس الوزراء الأرميني، نيكول باشانيان، على بيان إنهاء الحرب. وقال: "…"»: the
reporter's sentence names the one who acts; «وقال» right after it is his. The reporter's sentence
itself stays narrative (no claim); only the speaker carried to the next clause changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import _np_end, bare_key, turn_marker_at, verb_kind
from geo.claims.signals import speaker_signals
from geo.claims.speakerspan import PREPOSITIONS, Attribution, build_speaker
from geo.claims.subjects import _NOT
from geo.model import TOKEN_KEY, TOKEN_START, Mention, Token

_REACH = 12
"""How far into the clause its opening verb may stand (after a time phrase: «وفي 9 نوفمبر، وقع»)."""
_ON_ITS_PART = frozenset({"جهتها", "جهته", "بدورها", "بدوره", "جانبها", "جانبه"})
"""«من جهتها», «بدورها» after a state that opens the clause: the state is the subject, fronted."""


def narrative_subject(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
) -> Attribution | None:
    """The titled or named person right after a narrative clause's opening verb, with a side of its
    own, or None («وقع رئيس الوزراء الأرميني نيكول باشانيان على بيان» -> the Armenian prime minister).
    The verb opens the clause or follows a comma; a reporting verb negated («ولم ترد يريفان»: no claim)
    names the one a subjectless verb after it continues."""
    lim = min(len(tokens) - 2, _REACH)
    first_state = next((m for m in mentions if tokens and m.start == tokens[0].start and m.place.is_state_seat), None)
    if first_state is not None and any(bare_key(t.key) in _ON_ITS_PART for t in tokens[1:5]):
        return _state_speaker(text, tokens, 0, first_state, mentions, words)  # «طهران، من جهتها، دعمت أرمينيا»
    titles, first_words = words.titles, words.speaker_first
    k = turn_marker_at(tokens, 0)
    if k and k + 1 < len(tokens) and "ال" + bare_key(tokens[k].key).removeprefix("ال") in titles:
        # «وبدوره الرئيس الأذري "إلهام ألييف" قدّم شكره …، مؤكدا أن»: the one named after «بدوره» acts
        found = build_speaker(text, tokens, k, _np_end(text, tokens, k, words), mentions, words, "say", "narrative")
        if found is not None and found.sides != ("other",):
            return found
    for i in range(lim):
        gap = text[tokens[i - 1].end:tokens[i].start] if i else ""
        negated = i == 1 and bare_key(tokens[0].key) in _NOT  # «ولم ترد يريفان على هذا الكلام. وأعلنت فقط أن»
        if i and "،" not in gap and "," not in gap and not negated:
            continue  # the verb opens the clause or follows a comma
        head_key = tokens[i + 1].key
        head = bare_key(head_key).removeprefix("ال")
        titled = head in titles or "ال" + head in titles or head.endswith(("ين", "ان")) and "ال" + head[:-2] in titles
        state = next((m for m in mentions if m.start == tokens[i + 1].start and m.place.is_state_seat), None)
        if not titled and state is None and head_key not in first_words and bare_key(head_key) not in first_words:
            continue  # the cheap test first: a title («رئيس»), a state («شنت أذربيجان») or a known name follows
        first = bare_key(tokens[i].key)
        if (text[tokens[i].end:tokens[i + 1].start].strip() or first.startswith("ال") or first in PREPOSITIONS
                or verb_kind(tokens[i], words) and not negated or not first.isalpha() or first.endswith(("ه", "ات"))):
            continue  # («بعثة الاتحاد الأوروبي تغادر»: a noun, not a verb, opens the line)
        if state is not None:  # («شنت أذربيجان عملية عسكرية …، ووصفتها بأنها»: the state, for what follows)
            return _state_speaker(text, tokens, i + 1, state, mentions, words)
        if not titled:
            signals = speaker_signals(text, tokens[i + 1:i + 3], (), words)
            if not (signals and signals[0][0] == 0 and signals[0][2]):
                continue  # not a known name right after the verb
        found = build_speaker(text, tokens, i + 1, _np_end(text, tokens, i + 1, words), mentions, words, "say", "narrative")
        return found if found is not None and found.sides != ("other",) else None
    return None


DESCRIBED_IT_BARE = frozenset({"وصفتها", "وصفها", "وصفته", "وصفه", "اعتبرتها", "اعتبرها", "اعتبرته", "اعتبره"})
"""A describing verb and its object pronoun («وصفتها بأنها …»: what was just told, described)."""
DESCRIBED_IT = frozenset("و" + key for key in DESCRIBED_IT_BARE)
_DESCRIBING = frozenset({"واصفه", "واصفا", "واصفين"}) | DESCRIBED_IT


def describing_state(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
) -> Attribution | None:
    """The state that opens a narrative clause («وشنّت أذربيجان عملية عسكرية في قره باغ، واصفة إياها بـ"إجراءات
    مكافحة الإرهاب"») when the clause goes on to say how that state describes its act: its claim; else None."""
    if _DESCRIBING.isdisjoint(map(TOKEN_KEY, tokens[3:])):
        return None
    first = next((m for m in mentions if m.place.is_state_seat and tokens[0].end < m.start), None)
    if first is None or len(tokens) < 3 or tokens[1].start != first.start:
        return None  # the state right after the clause's first word (its verb)
    return _state_speaker(text, tokens, 1, first, mentions, words)


def _state_speaker(
    text: str, tokens: Sequence[Token], at: int, state: Mention, mentions: Sequence[Mention], words: ClaimWords,
) -> Attribution | None:
    """The state named from token ``at`` (one word or more) as a speaker with its side, or None."""
    end = bisect.bisect_left(tokens, state.end, key=TOKEN_START)  # (after ``at``: the name starts there)
    found = build_speaker(text, tokens, at, end, mentions, words, "say", "narrative")
    return found if found is not None and found.sides != ("other",) else None
