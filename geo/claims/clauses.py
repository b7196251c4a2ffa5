"""Clauses: where a sentence holds more than one statement.

Owns cutting a sentence into clauses: at «؛», at a comma before another speaker's reporting verb
(«، نفت الوزارة ذلك»), a participle that goes on («، مضيفة أن») or a contrastive opener («، في حين»،
«بينما»، «فيما»), and with no mark at a contrastive opener, a reporting verb joined by و with a
subject of its own, or a state joined by و before a verb. geo/claims/extract.py asks it for the
clauses of each sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import (
    QUOTES,
    SPEAKER_MAX_TOKENS,
    STATEMENT_OPENERS,
    WHAT_WAS_SAID,
    _np_end,
    bare_key,
    turn_marker_at,
    verb_kind,
)
from geo.claims.signals import speaker_signals
from geo.claims.speakerspan import OBLIQUE_TWO, PREPOSITIONS
from geo.claims.subjects import BUT_SHE
from geo.model import Sentence, Token, slot_init
from geo.text.wordcache import answers, keys_of

_CLAUSE_OPENERS = (("في", "حين"), ("بينما",), ("فيما",), ("تزامنا",), ("في", "المقابل"), ("دون", "ان"), ("من", "دون", "ان"))
_OPENER_FIRST_WORDS = frozenset(opener[0] for opener in _CLAUSE_OPENERS)
_BARE_OPENERS = frozenset({"بينما", "وبينما", "فيما", "وفيما", "حيث", "وحيث", "في", "وفي", "تزامنا", "وتزامنا"})


@slot_init
@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    first: int  # token index range [first, last)
    last: int
    goes_on: bool = False  # opens with a verb joined by و that goes on with the last speaker


_RELATIVE_OPENERS = frozenset({"هو", "هي", "هذا", "ما", "الامر"})  # «، الأمر الذي نفته باكو»
_BUT = frozenset({"لكن", "ولكن"})
_ASIDE_ADVERBS = frozenset({"ايضا", "كذلك", "بدوره", "بدورها"})
"""Adverbs between a participle and what it says («مشيرة، أيضًا، إلى أنها …»)."""
_BEFORE_WHAT_IS_SAID = _ASIDE_ADVERBS | {"الي"}
_SUBORDINATORS = frozenset({"بعد", "قبل"})
_CALLS = frozenset({"دعا", "دعت", "طالب", "طالبت", "حث", "حثت", "ناشد", "ناشدت", "دعوا", "طالبوا", "ناشدوا"})
"""Past verbs of calling on someone: after «و», the same speaker's next claim, whose object is the one called on."""
_CLAUSE_MARKS_RE = re.compile(r"[؛;،,]")


def _what_it_says(tokens: Sequence[Token], i: int, last: int) -> int:
    """The word after a participle at ``i`` where what it says starts: past «، أيضًا،» and «إلى»."""
    j = i + 1
    while j < last - 1 and tokens[j].key in _ASIDE_ADVERBS:
        j += 1  # «مشيرة، أيضًا، إلى أنها»
    return j + 1 if j + 1 < last and tokens[j].key == "الي" else j  # «مشيرة إلى أن»


def _opens_statement(
    text: str, tokens: Sequence[Token], i: int, last: int, words: ClaimWords, actors: Sequence[int] = (),
) -> bool:
    """After a comma: does a reporting verb (not a carried-over one) with its own subject start here,
    or a participle that goes on with the same speaker's next proposition («، مضيفة أن ...»)?"""
    bare = bare_key(tokens[i].key)
    participle = words.participles.get(bare)
    if participle is not None:
        j = _what_it_says(tokens, i, last)
        return j < last and (participle[1] or bare_key(tokens[j].key) in WHAT_WAS_SAID
                             or any(c in text[tokens[i].end:tokens[i + 1].start] for c in ':"«“'))
    if bare in _RELATIVE_OPENERS:
        # "، وهو ما نفته سلطات الإقليم" / "، وهو تصريح نفى صحته مسؤولون": a relative clause that
        # carries another speaker's statement about what was just said
        return any(verb_kind(t, words) in ("deny", "say", "accuse") for t in tokens[i + 1:min(last, i + 4)])
    if bare == "ذلك" and i + 4 < last and tokens[i + 1].key == "في":
        i, bare = i + 1, "في"  # «، وذلك في تعليقات وصفها زعيم أرمينيا بمحاولة …»
    if i + 2 < last and bare in _SUBORDINATORS and tokens[i + 1].key == "ان":
        i += 2  # «، بعد أن أعلن الرئيس الأذربيجاني أن ...»: another speaker's statement
    elif i + 1 < last and bare in ("حيث", "قد", "لقد"):
        i += 1  # «، حيث أعلن الرئيس الأرميني عن مقتل 18 جنديا», «، وقد أعلنت المصادر الأرمينية أن»
    elif i + 3 < last and bare == "في" and words.verb_cache[tokens[i + 2].key] and (
            _own_subject(text, tokens, i + 3, last, words) or _acts_at(actors, i + 3) or _acts_at(actors, i + 4)):
        return True  # «، في خطوة وصفتها يريفان بالاستفزاز»: another speaker's word on what was told
    elif i + 2 < last and bare in ("كما", "ثم") and words.verb_cache[tokens[i + 1].key]:
        if bare == "كما" and _np_end(text, tokens, i + 2, words) >= last:
            return False  # «قتل جنديان …، كما أعلنت السلطات الانفصالية.»: as they said; what precedes is theirs
        # «، كما أعلنت مقتل ثلاثة من جنودها», «، ثم أعلن الطرفان وقف إطلاق النار»: a further statement
        return words.verb_cache[tokens[i + 1].key] != "carry" or bare_key(tokens[i + 2].key) in WHAT_WAS_SAID
    elif bare in BUT_SHE and i + 1 < last and words.verb_cache[tokens[i + 1].key]:
        return True  # «، لكنها ذكرت أن معارك تجري»: the same speaker's next statement
    elif bare in ("الا", "غير") and i + 3 < last and tokens[i + 1].key == "ان":
        # «، إلا أن الطرفين تبادلا الاتهامات بخرقها», «، غير أن يريفان نفت»: another statement, its subject
        # right after «أن»
        return _speaker_before_verb(text, tokens, i + 2, last, words, actors, OBLIQUE_TWO)
    elif bare == "اما" and i + 2 < last:
        # «، أما وزير الخارجية الأميركي جون كيري فقد أدان المعارك»: as for another speaker, his statement
        return _speaker_before_verb(text, tokens, i + 1, last, words, actors)
    elif (size := turn_marker_at(tokens, i)) and i + size + 1 < last:
        # «، بدوره طالب الرئيس الأرميني», «، ومن جهته قال الرئيس الفرنسي», «، ومن جانبه الرئيس الفرنسي … دعوا»:
        # another speaker's turn, named before or after its verb
        j = i + size
        return _speaker_before_verb(text, tokens, j, last, words, actors) or (bool(words.verb_cache[tokens[j].key]) and (
            bool(speaker_signals(text, tokens[j + 1:min(last, j + 5)], (), words)) or _acts_at(actors, j + 1)))
    elif bare == "لكن" and i + 2 < last:
        # «، لكن وزارة الدفاع الآذرية نفت هذه المزاعم»: another speaker named before its verb
        return _speaker_before_verb(text, tokens, i + 1, last, words, actors)
    kind = words.verb_cache[tokens[i].key]
    if not kind or i + 1 >= last:
        return False
    key = tokens[i].key
    if not key.startswith("و") and (words.plural_verb_cache[key] or (key.endswith("ا") and key[:-1] in words.verbs)):
        return False  # «أن «الرئيسين الروسي … والفرنسي …، ناقشا الوضع»: the dual verb's subject is before the comma
    nxt = tokens[i + 1]
    gap = text[tokens[i].end:nxt.start]
    if tokens[i].key.startswith("و") and not gap.strip() and bare_key(nxt.key) in WHAT_WAS_SAID:
        return True  # «، وقال إن هناك استفزازات»: the same speaker's next statement
    opens = (not gap.strip() and bare_key(nxt.key) not in STATEMENT_OPENERS and nxt.key not in words.stops
             and nxt.key not in PREPOSITIONS)
    # «وأكد»، «وأوضح» usually go on with the last speaker; with a subject that has a side of its own
    # («، وأكد الرئيس التركي») they open another speaker's statement
    # (or a state acting: «فيما أكدت باكو أن الأمر يتعلق بمجموعة تخريب»)
    return opens and (kind != "carry" or bool(speaker_signals(text, tokens[i + 1:min(last, i + 5)], (), words))
                      or _acts_at(actors, i + 1))


def _speaker_before_verb(
    text: str, tokens: Sequence[Token], subject: int, last: int, words: ClaimWords, actors: Sequence[int],
    alone: frozenset[str] = frozenset(),
) -> bool:
    """Does a speaker start at ``subject`` and a reporting verb follow it: a subject with a side of
    its own, a state acting («، لكن يريفان نفت»), or one word of ``alone`` right before the verb?"""
    verb = next((j for j in range(subject + 1, min(last, subject + 1 + SPEAKER_MAX_TOKENS))
                 if verb_kind(tokens[j], words)), None)
    return verb is not None and (bool(speaker_signals(text, tokens[subject:verb], (), words))
                                 or bisect.bisect_left(actors, verb) > bisect.bisect_right(actors, subject - 1)
                                 or (verb == subject + 1 and tokens[subject].key in alone))


def _acts_at(actors: Sequence[int], i: int) -> bool:
    """Is the token at ``i`` a state acting (``actors``: their token indices, sorted)?"""
    at = bisect.bisect_left(actors, i)
    return at < len(actors) and actors[at] == i


def split_clauses(
    text: str, tokens: Sequence[Token], sentence: Sentence, first: int, last: int, words: ClaimWords,
    starts: Sequence[int] | None = None, actors: Sequence[int] = (), openers: Sequence[int] | None = None,
    joined: Sequence[int] | None = None, said: Sequence[int] | None = None,
) -> list[Clause]:
    """The clauses of a sentence (its tokens are ``tokens[first:last]``; ``starts``, when given,
    are the start offsets of all ``tokens``; ``actors``, ``openers``, ``joined`` and ``said``, sorted,
    the indexes of the tokens that are states acting, of those in _BARE_OPENERS, of the reporting
    verbs joined by و and of the words that may open what was said (said_words))."""
    cuts = [first]
    if starts is None:
        starts = [t.start for t in tokens]
    if openers is None:
        openers = bare_openers(keys_of(tokens))
    for mark in _CLAUSE_MARKS_RE.finditer(text, sentence.start, sentence.end):
        i = bisect.bisect_left(starts, mark.end(), first, last)
        if i <= first or i >= last or i == cuts[-1]:
            continue
        if mark.group() in "؛;":
            if bare_key(tokens[i].key) not in STATEMENT_OPENERS:
                cuts.append(i)  # not «قال علييف في مقابلة؛ إن بلاده ...»: the statement goes on
            continue
        key = tokens[i].key
        if _opens_statement(text, tokens, i, last, words, actors):
            lo = sentence.start if cuts[-1] == first else tokens[cuts[-1] - 1].end
            if not _source_only(tokens, cuts[-1], i, words) and not _quoted_before(text, lo, tokens, i, words) \
                    and not (bare_key(key) == "هذا" and i + 2 < last and tokens[i + 1].key == "ما"
                             and verb_kind(tokens[i + 2], words) == "say"):  # «…، هذا ما قالته الوزارة»: theirs
                cuts.append(i)  # "..، نفت الوزارة ذلك": a second speaker's statement in the same sentence
            continue
        if key not in _OPENER_FIRST_WORDS and bare_key(key) not in _OPENER_FIRST_WORDS:
            continue  # most commas open no clause: the opener loop below is for the few that might
        for opener in _CLAUSE_OPENERS:
            raw = tuple(t.key for t in tokens[i:i + len(opener)])
            if raw == opener or tuple(bare_key(k) for k in raw) == opener:
                cuts.append(i)
                break
    if openers is None:
        openers = bare_openers(keys_of(tokens))
    if joined is None:
        joined = joined_verbs(keys_of(tokens), words)
    if said is None:
        said = said_words(keys_of(tokens))
    going_on = _cuts_without_a_mark(text, tokens, first, last, words, actors, openers, joined, said, cuts)
    cuts.sort()
    clauses = []
    for a, b in zip(cuts, cuts[1:] + [last], strict=True):
        if b > a:
            start = sentence.start if a == first else tokens[a].start
            end = sentence.end if b == last else tokens[b - 1].end
            clauses.append(Clause(start, end, a, b, a in going_on))
    return clauses


def _cuts_without_a_mark(
    text: str, tokens: Sequence[Token], first: int, last: int, words: ClaimWords, actors: Sequence[int],
    openers: Sequence[int], joined: Sequence[int], said: Sequence[int], cuts: list[int],
) -> set[int]:
    """Add to ``cuts`` the clauses that open with no comma or semicolon before them; return those of
    them that go on with the last speaker."""
    # «... عشرات المدنيين بينما ذكرت أذربيجان أنها ...»: a contrastive opener with no comma before it
    # opens a clause only when another speaker's statement follows it
    for i in openers[bisect.bisect_right(openers, first):bisect.bisect_left(openers, last)]:
        after = i + 2 if i + 1 < last and tokens[i + 1].key == "حين" else i + 1  # «في حين»
        if i not in cuts and after < last and (tokens[i].key not in ("في", "وفي") or after == i + 2) \
                and _opens_statement(text, tokens, after, last, words, actors):
            cuts.append(i)
        elif i not in cuts and i + 4 < last and tokens[i + 1].key in ("الوقت", "وقت") and (
                _at_the_time_when(text, tokens, i + 3, last, words, actors) if tokens[i + 2].key == "الذي"
                else tokens[i + 3].key in ("فيه", "فيها") and _at_the_time_when(text, tokens, i + 2, last, words, actors)):
            cuts.append(i)  # («في وقت تحدثت فيه وزارة الدفاع …»: the same without «الذي»)
    # «وبينما أكد علييف أن بلاده غير مستعدة لتقديم تنازلات قالت وزارة الخارجية الأرمينية إن …»: after a
    # statement opened by «بينما», the main clause's verb with its own subject, no comma before it
    if bare_key(tokens[first].key) in ("بينما", "فيما") and first + 1 < last and verb_kind(tokens[first + 1], words):
        stated = next((k for k in range(first + 2, last) if bare_key(tokens[k].key) in WHAT_WAS_SAID), last)
        main = next((k for k in range(stated + 2, last - 1) if verb_kind(tokens[k], words)
                     and not tokens[k].key.startswith("و") and _own_subject(text, tokens, k + 1, last, words)), None)
        if main is not None and main not in cuts:
            cuts.append(main)
    # «… السيطرة على الحدود مع إيران وهو ما تنفيه أرمينيا»: «وهو ما» / «وهذا ما» and another side's
    # verb, with no comma before it, as after one
    for i in range(first + 3, last - 2):
        if tokens[i].key in ("وهو", "وهذا") and tokens[i + 1].key == "ما" and i not in cuts \
                and _opens_statement(text, tokens, i, last, words, actors):
            cuts.append(i)
    # «نفت هذه التقارير لكنها أبلغت عن القتال»: «لكنها» and a reporting verb with no comma before them, as after one
    for i in range(first + 2, last - 1):
        if "لكن" in tokens[i].key and bare_key(tokens[i].key) in BUT_SHE and i not in cuts \
                and verb_kind(tokens[i + 1], words):  # (the substring test first: this runs on every word)
            cuts.append(i)
    # «وصفت الوزارة الاتهامات بأنها كذب واتهمت أذربيجان بمواصلة القصف»: a reporting verb joined by و
    # with its own object is the same speaker's next claim
    verbs = words.verb_cache
    going_on: set[int] = set()
    for i in joined[bisect.bisect_left(joined, first + 2):bisect.bisect_left(joined, last - 1)]:
        gap = text[tokens[i - 1].end:tokens[i].start].strip()
        if i in cuts or tokens[i].key[1:] in words.masdars or gap not in ("", "»", "”", '"'):
            continue
        if verbs[tokens[i].key] in ("accuse", "deny") or tokens[i].key[1:] in _CALLS and _same_subject(
                tokens, first, i, words, actors):
            cuts.append(i)  # (and «ونفت أرمينيا وجود قواتها … ودعت المجتمع الدولي إلى التدخل»: a call, the same speaker's)
            going_on.add(i)
        elif verbs[tokens[i].key] != "carry" and _own_subject(text, tokens, i + 1, last, words):
            # «اندلع القتال في قره باغ وقالت وزارة الدفاع الأرمينية إنها …»: a full stop left out
            cuts.append(i)
    # «ووصفت يريفان هذا العدوان قائلة إنه لا توجد وحدات»: a participle and what was said, with no comma
    # (not after a denial: «ونفت ذلك قائلة إن …» is one denial and what it says instead)
    said_at = [k - 1 for k in said[bisect.bisect_left(said, first + 3):bisect.bisect_left(said, last)]
               if tokens[k].key in WHAT_WAS_SAID or tokens[_what_it_says(tokens, k - 1, last)].key in WHAT_WAS_SAID]
    ordered = sorted(cuts) if said_at else []
    for i in said_at:
        before = ordered[bisect.bisect_left(ordered, i) - 1]  # (the last cut before it; «first» is one)
        if i not in cuts and words.participle(tokens[i].key) is not None \
                and not any(verbs[t.key] == "deny" for t in tokens[max(before, i - 12):i]):
            cuts.append(i)
            bisect.insort(ordered, i)
    # «وتراجعت حدة المواجهات أمس لكن باكو ويريفان تبادلتا الاتهامات»: «لكن», then states, then their verb
    for i in actors[bisect.bisect_right(actors, first + 1):bisect.bisect_left(actors, last - 1)]:
        if tokens[i - 1].key in _BUT and i - 1 not in cuts:
            j = i + 1
            while j < last - 1 and _acts_at(actors, j) and tokens[j].key.startswith("و"):
                j += 1
            if verb_kind(tokens[j], words):
                cuts.append(i - 1)
    # «أذربيجان تعلن السيطرة على 60 موقعا وأرمينيا تنفي»: a state joined by و before a reporting verb
    # (``actors``: the token indices of states acting) is a second speaker
    for i in actors[bisect.bisect_right(actors, first):bisect.bisect_left(actors, last - 1)]:
        if i not in cuts and tokens[i].key.startswith("و") and verb_kind(tokens[i + 1], words) \
                and not words.plural_verb_cache[tokens[i + 1].key] and not _dual_present(tokens[i + 1].key) \
                and not text[tokens[i].end:tokens[i + 1].start].strip() \
                and any(verb_kind(t, words) for t in tokens[first:i]):
            # (not «باكو ويريفان أعلنتا», «أذربيجان وأرمينيا تتبادلان»: one subject of two; nor «أرمينيا
            # وأذربيجان تلوم كل منهما الأخرى», where nothing before the second state says anything)
            cuts.append(i)
    return going_on


def _same_subject(tokens: Sequence[Token], first: int, i: int, words: ClaimWords, actors: Sequence[int]) -> bool:
    """Does a reporting verb come before word ``i`` in the clause with no state acting between its subject
    and ``i`` («بينما دخلت تركيا على الخط وطالبت»: Turkey, not the speaker before, makes the call)?"""
    said = next((k for k in range(i - 1, first - 1, -1) if words.verb_cache[tokens[k].key]), None)
    return said is not None and not any(said + 1 < a < i for a in actors)


def _at_the_time_when(
    text: str, tokens: Sequence[Token], verb: int, last: int, words: ClaimWords, actors: Sequence[int]
) -> bool:
    """After «في الوقت الذي» (at the time when): a reporting verb, «فيه» and a subject with a side of its own
    («في الوقت الذي أعلن فيه الرئيس الآذري أن …»): another speaker's statement."""
    subject = verb + 2 if tokens[verb + 1].key in ("فيه", "فيها") else verb + 1
    return bool(verb_kind(tokens[verb], words)) and subject < last and (
        _own_subject(text, tokens, subject, last, words) or _acts_at(actors, subject))


def _dual_present(key: str) -> bool:
    """Is the word a present-tense verb in the dual or plural («تتبادلان», «يعلنون»)?"""
    bare = bare_key(key)
    return len(bare) > 5 and bare[0] in "تي" and bare.endswith(("ان", "ون"))


def _source_only(tokens: Sequence[Token], start: int, end: int, words: ClaimWords) -> bool:
    """Is tokens[start:end] only a source («وفقا لما أفادته وكالة محلية للأنباء،»), which introduces the
    statement after its comma rather than making one?"""
    opens = words.opens_according_to
    return end - start <= 8 and (opens[tokens[start].key] or (end - start > 1 and opens[tokens[start + 1].key]))


def _quoted_before(text: str, lo: int, tokens: Sequence[Token], i: int, words: ClaimWords) -> bool:
    """Is the text from offset ``lo`` to the word at ``i`` one quotation and that word a verb of saying («"لن
    نتراجع عن شوشا"، قال علييف»): the quotation is what that speaker said, not a clause of its own?"""
    before = text[lo:tokens[i].start].strip().rstrip("،,").rstrip()
    return (before[:1] in _OPEN_QUOTES and before[-1:] in _CLOSE_QUOTES and words.verb_cache[tokens[i].key] == "say"
            and sum(before.count(q) for q in set(_OPEN_QUOTES + _CLOSE_QUOTES)) <= 2)


_OPEN_QUOTES, _CLOSE_QUOTES = "".join(QUOTES), "".join(QUOTES.values())


def _own_subject(text: str, tokens: Sequence[Token], j: int, last: int, words: ClaimWords) -> bool:
    """Does a subject with a side of its own (a ministry, a nationality, a state) follow at ``j``,
    before any complementiser?"""
    end = j
    while end < min(last, j + 5) and bare_key(tokens[end].key) not in WHAT_WAS_SAID:
        end += 1
    return end > j and tokens[j].key not in PREPOSITIONS and bool(speaker_signals(text, tokens[j:end], (), words))


def bare_openers(keys: Sequence[str]) -> list[int]:
    """The indexes of the tokens (given as their keys) that are contrastive openers («بينما», «فيما», «في» ...)."""
    return list(compress(count(), map(_BARE_OPENERS.__contains__, keys)))


def said_words(keys: Sequence[str]) -> list[int]:
    """The indexes of the tokens (given as their keys) that may open what was said after a participle
    («أن», or «أيضًا», «إلى» before it)."""
    return list(compress(count(), map(_SAID_OR_BEFORE.__contains__, keys)))


_SAID_OR_BEFORE = WHAT_WAS_SAID | _BEFORE_WHAT_IS_SAID


def joined_verbs(keys: Sequence[str], words: ClaimWords) -> list[int]:
    """The indexes of the tokens (given as their keys) that are reporting verbs joined by و: the word without
    its first و is one too («واتهمت», «ووصفت»; not «وجه», «وصفتها», whose و is the root's: «على وجه الخصوص»
    and «منددة بما وصفتها» go on with no new verb), or by «ثم» («ونفت أرمينيا الاتهام ثم اتهمت أذربيجان»)."""
    verbs = words.verb_cache
    is_joined = answers(verbs, "a reporting verb joined by و",
                        lambda key: key[:1] == "و" and bool(verbs[key]) and bool(verbs[key[1:]]))
    joined = list(compress(count(), map(is_joined.__getitem__, keys)))
    if "ثم" in keys:  # (few clauses)
        joined = sorted({*joined, *(k for k in range(1, len(keys)) if keys[k - 1] == "ثم" and verbs[keys[k]])})
    return joined
