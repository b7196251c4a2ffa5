"""A verb's agreement with its subject. A masculine verb of accusing or calling on does not take a state
as its subject (state_not_agreeing: «واتهم أذربيجان» accuses Azerbaijan). A reporting verb that carries
the last speaker over («وقال», «وأضافت», «مضيفا») continues the last speaker whose gender agrees: a
masculine verb cannot continue a state or a ministry («تقول أرمينيا … وقال في خطابه»), a feminine one
cannot continue «الرئيس» or «الوزير», a singular one not two sides. And «قالت فيه» (said in it) speaks
for whoever issued the statement named just before («أن وزارة الدفاع الأرمينية أصدرت بيانا، …، قالت
فيه»), not the speaker of the sentence.

Pure: reads the speakers' words and the verb's form; it never looks anything up but the claim words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import OBJECT_VERBS_MASCULINE, PUBLISHING, THE_TWO_PARTIES, WHAT_WAS_SAID, bare_key
from geo.claims.speakerspan import Attribution, build_speaker
from geo.model import Mention, Token
from geo.text.keys import normalise_key

_MASCULINE_HEADS = frozenset(map(normalise_key, (
    "رئيس", "وزير", "متحدث", "ناطق", "قائد", "مستشار", "مساعد", "سفير", "مدير", "زعيم", "نائب", "مبعوث",
    "مندوب", "أمين", "جيش", "كرملين", "مكتب", "بيان", "مسؤول",
)))
"""Heads of a speaker's phrase that are masculine and singular (with or without «ال»)."""
_STATEMENTS = ("بيان", "تصريح", "بلاغ")
_LOOK_BACK = 4
"""How many speakers back a verb that does not agree with the last one may look."""


def verb_gender(key: str, words: ClaimWords) -> str:
    """'f' or 'm' for a singular verb or participle of reporting («قالت», «تقول», «مضيفة» / «قال», «يقول»,
    «مضيفا»); '' when its form does not tell (a plural, a dual, a word that is no such verb)."""
    participle = words.participle(key)
    bare = bare_key(key)
    if participle is not None:
        return "f" if bare.endswith("ه") else "m" if bare.endswith("ا") else ""
    verbs = words.verb_cache
    if not verbs[bare] or words.plural_verb_cache[bare]:
        return ""
    if bare.endswith("ت") and verbs[bare[:-1]]:
        return "f"
    if verbs[bare + "ت"]:
        return "m"
    if bare[:1] in "يت" and len(bare) > 3 and verbs[("ت" if bare[0] == "ي" else "ي") + bare[1:]]:
        return "m" if bare[0] == "ي" else "f"
    return ""


def speaker_gender(who: Attribution, mentions: Sequence[Mention], text: str) -> str:
    """'f' for a state or city speaking («أرمينيا», «باكو») or a phrase whose head ends in «ة» or «ات»
    («وزارة الدفاع», «السلطات»); 'm' for a masculine title («الرئيس», «المتحدث باسم …»); '2' for two
    («الطرفان», «أذربيجان وأرمينيا»); '' for a person's name or anything else (a name does not tell), and
    for a speaker named as the author of a statement or as speaking through someone."""
    if len(who.sides) > 1:
        return "2"  # «أذربيجان وأرمينيا», «الطرفان»: two, whom no singular verb continues
    before, after = text[max(0, who.start - 12):who.start], text[who.end:who.end + 20]
    if any(noun in before for noun in _STATEMENTS) or "لسان" in after:
        return ""  # «جاء في بيان الوزارة» (the statement speaks), «علقت إيران على لسان المتحدث …» (he does)
    if any(m.start == who.start and m.end == who.end for m in mentions):
        return "f"
    words = text[who.start:who.end].split()
    if not words:
        return ""
    head = normalise_key(words[0].strip("«»\"“”()"))
    head = head[1:] if head[:1] == "و" and len(head) > 3 else head
    head = head[2:] if head.startswith("ال") else head
    if "ال" + head in THE_TWO_PARTIES:
        return "2"  # «الطرفان», «البلدين»: two, whom no singular verb continues
    if head.endswith(("ه", "ات")) and not head.endswith("ياه"):
        return "f"
    return "m" if head in _MASCULINE_HEADS else ""


def agreeing_speaker(
    who: Attribution, clause: Sequence[Token], history: Sequence[Attribution], mentions: Sequence[Mention], text: str,
    words: ClaimWords, before: Sequence[Token] = (),
) -> Attribution:
    """The speaker a clause's carried-over verb (among its first words) continues: the issuer of a
    statement ``before`` it in the sentence names when the verb says «فيه»; else ``who`` (the last
    speaker) unless its gender and the verb's differ, then the latest of the few speakers before it whose
    gender agrees."""
    issuer = _statement_issuer(clause, before, mentions, text, words)
    if issuer is not None:
        return issuer
    verb = next((t for t in clause[:4] if words.verb_cache[t.key] or words.participle(t.key) is not None), None)
    wanted = verb_gender(verb.key, words) if verb is not None else ""
    if not wanted:
        return who
    have = speaker_gender(who, mentions, text)
    if not have or have == wanted:
        return who
    agreeing = (wanted, "") if have == "2" else (wanted,)  # (after two, any one speaker whose gender does not clash)
    for earlier in reversed(history[max(0, len(history) - _LOOK_BACK):]):
        if earlier.speaker != who.speaker and speaker_gender(earlier, mentions, text) in agreeing:
            return replace(earlier, verb_kind=who.verb_kind, pattern="carried")
    return who


_IN_IT = frozenset({"فيه", "فيها"})
_STATEMENT_NOUNS = frozenset({"بيانا", "بيان", "تقريرا", "تقرير", "رساله", "بلاغا", "تصريحا"})


def _statement_issuer(
    clause: Sequence[Token], before: Sequence[Token], mentions: Sequence[Mention], text: str, words: ClaimWords,
) -> Attribution | None:
    """«… أن وزارة الدفاع الأرمينية أصدرت بيانا، في وقت سابق، قالت فيه …»: who issued the statement
    the clause's «فيه» points to, named before («X أصدرت بيانا») or after («أصدرت X بيانا») the verb."""
    if len(clause) < 2 or clause[1].key not in _IN_IT or not words.verb_cache[clause[0].key]:
        return None
    for k in range(len(before) - 2, -1, -1):
        if bare_key(before[k].key) not in PUBLISHING:
            continue
        noun = next((s for s in range(k + 1, min(len(before), k + 6)) if before[s].key in _STATEMENT_NOUNS), None)
        if noun is None:
            return None
        if noun > k + 1:  # «أصدرت وزارة الدفاع بيانا»
            start, end = k + 1, noun
        else:  # «أن وزارة الدفاع أصدرت بيانا»: back to «أن», a comma or the sentence's start
            start = k
            while start > 0 and bare_key(before[start - 1].key) not in WHAT_WAS_SAID and not (
                    set(text[before[start - 1].end:before[start].start]) & {"،", ",", ".", ":"}):
                start -= 1
            end = k
        found = build_speaker(text, before, start, end, mentions, words, "say", "carried") if end > start else None
        return found if found is not None and found.sides != ("other",) else None
    return None


_MASCULINE_STATES = frozenset({"لبنان", "عمان", "قطر"})


def state_not_agreeing(tokens: Sequence[Token], verb: Token, j: int, mentions: Sequence[Mention]) -> bool:
    """After a masculine verb of accusing or calling on, is the word at ``j`` a state or city named without
    «ال» (grammatically feminine, «أذربيجان», «باكو»)? It cannot be the subject, the verb would agree with
    it: it is the one accused («واتهم اذربيجان باستخدام …»), and the subject is the last speaker. After
    any verb of accusing, a state followed at once by the charge («ب…») is the accused too: «اتهم» takes
    the accused as its object, so with one name and no second the subject is the last speaker."""
    if j >= len(tokens):
        return False
    start = tokens[j].start
    state = next((m for m in mentions if m.start == start and m.place.is_state_seat), None)
    if state is not None and bare_key(verb.key).startswith(_ACCUSING):
        after = next((t for t in tokens[j + 1:j + 5] if t.start >= state.end), None)
        if after is not None and after.key.startswith("ب") and not after.key.startswith("بدور"):
            return True  # «واتهمت باكو بالاستمرار في قصف …»: one state, then the charge: the state is the accused
    if bare_key(verb.key) not in OBJECT_VERBS_MASCULINE or tokens[j].key.startswith("ال"):
        return False
    return state is not None and state.surface not in _MASCULINE_STATES


_ACCUSING = ("اتهم", "تتهم", "يتهم")
