"""Statements named as the clause's frame, and «بيّن» (explained) that no verb table holds: «وجاء في بيان وزارة الخارجية: …» (the statement's author
speaks), «وفي بيان للدفاع الأذربيجانية جاء فيه: …», «وفي بيان لوزارة الخارجية، قالت إن …» (a fronted
statement of someone: its author speaks when the verb after it has no subject of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import SPEAKER_MAX_TOKENS, STATEMENT_OPENERS, _np_end, bare_key
from geo.claims.speakerspan import Attribution, build_speaker
from geo.model import Mention, Token

_STATED_VERBS = frozenset({"جاء", "ورد", "وجاء", "وورد"})
_CHANNEL_ADJECTIVES = frozenset({"صحفي", "صحافي", "رسمي", "مكتوب"})


def stated_in(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
    previous: Attribution | None,
) -> Attribution | None:
    """ "وجاء في بيان وزارة الخارجية الأذرية: ..." — the statement's author is the speaker; "وجاء في
    البيان" (no author) points back to the last speaker; «وجاء على لسان الوزير أن …»: the one it names."""
    for i in range(min(len(tokens) - 2, 3)):  # the clause opens with it
        if tokens[i].key in _STATED_VERBS and tokens[i + 1].key == "علي" and tokens[i + 2].key == "لسان" and i + 3 < len(tokens):
            # «وجاء على لسان المتحدث باسم الخارجية أن …»: by the tongue of, the speaker after it
            return build_speaker(text, tokens, i + 3, _np_end(text, tokens, i + 3, words), mentions, words, "say", "according_to")
        if tokens[i].key not in _STATED_VERBS or tokens[i + 1].key != "في":
            continue
        channel = tokens[i + 2].key
        bare = channel[2:] if channel.startswith("ال") else channel
        if not bare.startswith(words.channels):
            return None
        if channel.startswith("ال"):
            if previous is None:
                return None
            return Attribution(previous.start, previous.end, previous.speaker, previous.speaker_en, previous.sides,
                               "say", "anaphora")
        j = i + 3
        if j + 1 < len(tokens) and tokens[j].key in _CHANNEL_ADJECTIVES:
            j += 1  # «وجاء في بيان صحفي نشرته …»: a press statement, not a journalist
        if j + 1 < len(tokens) and bare_key(tokens[j].key) in ("صدر", "الصادر", "صادر") and tokens[j + 1].key == "عن":
            j += 2  # «وجاء في بيان صدر عن المكتب»: the author after عن
            if j < len(tokens) and tokens[j].key in words.anaphoric_heads and previous is not None:
                return replace(previous, verb_kind="say", pattern="anaphora")  # «صدر عن المكتب»: the office named before
        if j < len(tokens) and text[tokens[j - 1].end:tokens[j].start].strip() == "":
            return build_speaker(text, tokens, j, _np_end(text, tokens, j, words), mentions, words, "say", "according_to")
        return None
    return None


_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما"})


def fronted_statement(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
) -> Attribution | None:
    """«وفي بيان للدفاع الأذربيجانية جاء فيه: …», «وفي بيان لوزارة الخارجية الأرمينية، قالت إن …»: a
    clause that opens with someone's statement and goes on with «جاء فيه» or a reporting verb with no
    subject of its own (the next word opens what is said): its author speaks. Not «وفي بيان لها، قالت
    الوزارة» (a pronoun: the subject after the verb speaks)."""
    if len(tokens) < 5 or bare_key(tokens[0].key) != "في" or not tokens[1].key.removeprefix("ال").startswith(words.channels):
        return None
    key = tokens[2].key
    if not key.startswith("ل") or len(key) < 3 or key in _PRONOUNS:
        return None
    end = _np_end(text, tokens, 2, words)
    end = next((k for k in range(3, end) if bare_key(tokens[k].key) in _STATED_VERBS), end)  # («جاء» is no verb)
    if end >= len(tokens) - 1:
        return None
    verb, nxt = tokens[end], tokens[end + 1]
    stated = bare_key(verb.key) in _STATED_VERBS and nxt.key in ("فيه", "فيها")  # «جاء فيه»
    if not stated and not (words.verb_cache[verb.key] == "say" and bare_key(nxt.key) in STATEMENT_OPENERS):
        return None
    return build_speaker(text, tokens, 2, end, mentions, words, "say", "according_to")


_ON_ITS_PART = (("من", "جانبه"), ("من", "جهته"), ("بدوره",))
_THAT = STATEMENT_OPENERS - {"بان"}  # «بيّن … أنّ»


def explained_by(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords, keys: Sequence[str],
) -> Attribution | None:
    """«وبيّن المكتب الإعلامي … أنّ …», «من جانبه، بين زعيم … أنه …»: «بيّن» (explained) opening the clause, with a
    speaker that has a side before «أن»; unvocalised it is «بين» (between) elsewhere, so no verb in the table."""
    if "بين" not in map(bare_key, keys[:3]):
        return None  # (most clauses) «بين» is none of the first three words
    at = next((len(opener) for opener in _ON_ITS_PART if tuple(map(bare_key, keys[:len(opener)])) == opener), 0)
    if at >= len(keys) - 2 or bare_key(keys[at]) != "بين":
        return None
    that = next((k for k in range(at + 2, min(len(keys), at + 2 + SPEAKER_MAX_TOKENS))
                 if bare_key(keys[k]) in _THAT), None)
    found = None if that is None else build_speaker(text, tokens, at + 1, that, mentions, words, "say", "verb_first")
    return found if found is not None and len(found.sides) == 1 and found.sides != ("other",) else None
