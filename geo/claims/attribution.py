"""Attribution: who makes the statement in a clause, and for which side.

Owns the speaker patterns Arabic news uses:
- verb first: "وأعلنت وزارة الدفاع الأذربيجانية، الخميس، أن ..." (speaker after the verb);
- source first: "وزارة الدفاع الأرمينية كانت قد أعلنت أنه ..." (speaker before the verb);
- according to (geo/claims/according.py): "وفقاً لمركز الإعلام الموحد"، "بحسب المتحدث ..."، "نقلاً عن ...";
- carried over: "وأضاف ..."، "وتابع ..."، "وأكدت أن ..." with no new subject take the
  previous speaker; a bare head ("وقالت الوزارة"، "وأوضح البيان") points back to the last
  speaker with that head;
- metonymy: a capital or country as the speaker ("نفت يريفان"، "وهو ما تنفيه أرمينيا").
The side comes from data/lexicon/speakers.tsv (longest phrase), then a nationality
adjective (nationalities.tsv), then a place named in the speaker (place_sides.tsv).
It does not decide what the claim is about: geo/claims/extract.py does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import compress, count

from geo.claims.according import HIS_WORDS, according_to
from geo.claims.agreement import state_not_agreeing
from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import (
    _COMPLEMENTISERS,
    FROM_HIM,
    OUTLET_HEADS,
    PUBLISHING,
    SPEAKER_MAX_TOKENS,
    THE_TWO_PARTIES,
    _np_end,
    _without_turn_marker,
    addressee,
    bare_key,
    is_masdar,
    masdar_without_statement,
    named_ali,
    prepositional_object,
    separates_subject,
    verb_kind,
)
from geo.claims.quotes import opens_statement_quote
from geo.claims.signals import called_to
from geo.claims.speakerspan import PREPOSITIONS, Attribution, build_speaker, resolve_bare_head
from geo.claims.statements import explained_by, fronted_statement, stated_in
from geo.claims.subjects import (
    _AUXILIARIES,
    _NOT,
    _VERB_OBJECTS,
    BUT_SHE,
    accused_in_passive,
    after_time_adverbial,
    as_reported_before,
    deemed_superlative,
    demands_it,
    exchanges_no_blame,
    holds_relative_clause,
    marked_passive,
    own_act,
    published_thing,
    publishes_nothing,
    relative_clause_before,
    reports_nothing,
    the_latter_speaks,
    topic_masdar,
)
from geo.model import Mention, Token
from geo.text.keys import normalise_key
from geo.text.wordcache import keys_of

_OBJECT_PRONOUNS = ("ته", "تها", "تهم", "ها", "هم")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "ما", "بما", "مما"})
"""A word before a verb that makes it a relative clause's, with no subject before it."""


def attribute(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
    previous: Attribution | None, keys: Sequence[str] | None = None,
) -> Attribution | None:
    """The speaker of a clause given as its tokens (``keys``: their keys, when the caller has them),
    or None for the reporter's narrative. An outlet that reports what a side announced («نقل موقع
    روسيا اليوم عن وسائل إعلام أن الخارجية الأذربيجانية أعلنت ...») passes the claim on: the side
    that announced it is the speaker."""
    keys = keys_of(tokens) if keys is None else keys
    found = _attribute(text, tokens, mentions, words, previous, keys)
    if found is None or found.pattern in ("carried", "anaphora", "headline"):
        return found
    if found.sides != ("other",) and not _relays(found.speaker):
        return found
    return _reported_within(text, tokens, mentions, words, found) or found


_RELAYING_HEADS = OUTLET_HEADS | {"وسايل", "اعلام"}
"""Outlets and media, whose report of a side's announcement is that side's claim."""


@lru_cache(maxsize=65_536)
def _relays(speaker: str) -> bool:
    """Does the speaker open with an outlet or media (one of its first two words, «وكالة»)? (Cached per speaker.)"""
    keys = [normalise_key(w) for w in speaker.split()[:2]]
    heads = {k.removeprefix("ال") for k in keys} | {bare_key(k).removeprefix("ال") for k in keys}
    return bool(heads & _RELAYING_HEADS)


def _reported_within(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
                     outer: Attribution) -> Attribution | None:
    """«... أن برلمان أرمينيا أعلن عن مقتل 15 جنديا»: a side's own announcement inside the statement."""
    for k, tok in enumerate(tokens):
        if tok.start < outer.end or bare_key(tok.key) not in ("ان", "بان"):
            continue
        end = _np_end(text, tokens, k + 1, words) if k + 1 < len(tokens) else k + 1
        if not 1 <= end - (k + 1) <= 6 or end >= len(tokens) or verb_kind(tokens[end], words) in ("", "carry") \
                or marked_passive(text, tokens[end]):  # («… "نُقلا إلى العاصمة"»: were moved, said nothing)
            return None
        inner = build_speaker(text, tokens, k + 1, end, mentions, words, verb_kind(tokens[end], words), "relayed")
        return inner if inner is not None and inner.sides != ("other",) else None
    return None


def _attribute(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
    previous: Attribution | None, keys: Sequence[str],
) -> Attribution | None:
    n = len(tokens)
    participle = words.participles.get(bare_key(tokens[0].key)) if n and previous is not None else None
    if participle is not None:  # «، مضيفة أن جنديين أصيبا»: the same speaker's next proposition
        return replace(previous, verb_kind=participle[0], pattern="carried")
    headline = _colon_speaker(text, tokens, mentions, words)
    if headline is not None:
        return _said_after_dateline(text, tokens, mentions, words, headline) or headline
    stated = stated_in(text, tokens, mentions, words, previous) or fronted_statement(text, tokens, mentions, words)
    if stated is not None:
        return stated
    opening = n > 1 and (words.opens_according_to[keys[0]] or words.opens_according_to[keys[1]])
    according = None
    if opening:  # «وبحسب الوزارة، اتخذ حرس الحدود ...»: the source the clause opens with, before any later verb
        according = according_to(text, tokens, mentions, words, previous, keys)
        if according is not None and (according.sides == ("other",) or _relays(according.speaker)):
            k = next((k for k in range(2, n) if tokens[k].start >= according.end), n)
            stated = stated_in(text, tokens[k:], mentions, words, None) if k < n else None
            if stated is not None and stated.sides != ("other",):
                return stated  # «وبحسب فرانس برس، جاء في بيان صادر عن وزارة الداخلية في أذربيجان أن»: its author
            inner = None if k >= n else _attribute_by_verb(
                text, tokens[k:], mentions, words, None, keys[k:])
            if inner is not None and inner.sides != ("other",) and inner.pattern != "carried" and _relays(according.speaker):
                return inner  # «وبحسب موقع روسيا اليوم، فقد أكدت وزارة الدفاع الأرمينية»: the ministry, relayed
        if according is not None and according.sides != ("other",):
            return according  # (an outlet with no side relays: «وفقا لما أفادته وكالة ...، أعلن علييف»)
    by_verb = _attribute_by_verb(text, tokens, mentions, words, previous, keys)
    if by_verb is not None and by_verb.sides != ("other",):
        return by_verb
    explained = explained_by(text, tokens, mentions, words, keys)
    if explained is not None:
        return explained
    if opening:
        return according or by_verb
    return according_to(text, tokens, mentions, words, previous, keys) or by_verb


_TIME_OPENERS = frozenset({"بعد", "قبل", "خلال", "منذ", "عند", "حين", "عندما", "اثر"})


def _closed_subject(text: str, tokens: Sequence[Token], j: int) -> bool:
    """After «وأضاف،»: is a subject set off by commas before what was said («وأضاف، المتحدث باسم الوزارة،
    أن …»): a comma, then «أن»/«إن» or a colon, within eight words?"""
    for k in range(j + 1, min(j + 9, len(tokens))):
        gap = text[tokens[k - 1].end:tokens[k].start]
        if ":" in gap or ("،" in gap or "," in gap) and bare_key(tokens[k].key) in _COMPLEMENTISERS:
            return True
    return False


_CONFIRM = ("يوكد", "توكد")  # «لم يؤكد»: the speaker does not confirm what was claimed (a denial), unlike «لم تعلن»
_TOPIC_OPENERS = PREPOSITIONS | {"بشان", "ازاء", "تجاه", "بخصوص"}
"""A word that opens a fronted topic or adverbial before a verb, never its subject."""
_TOPIC_OR_TIME, _PREPOSITIONS_OR_TIME = _TOPIC_OPENERS | _TIME_OPENERS, PREPOSITIONS | _TIME_OPENERS


def _attribute_by_verb(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
    previous: Attribution | None, keys: Sequence[str],
) -> Attribution | None:
    n = len(tokens)
    kinds = list(map(words.verb_cache.__getitem__, keys))
    outlet: Attribution | None = None
    for i in compress(count(), kinds):  # the reporting verbs (few)
        tok, kind = tokens[i], kinds[i]
        if i and len(tokens[i - 1].key) > 1 and tokens[i - 1].key in PREPOSITIONS and text[tokens[i - 1].end:tok.start] == " ":
            continue  # «اتفقتا على نشر قوات»: after a preposition the word is a verbal noun (deployment), no verb
        if i and bare_key(tokens[i - 1].key) in _NOT:
            if not tok.key.removeprefix("و").startswith(_CONFIRM):
                continue  # («ولم تعلن أذربيجان عن حصيلة قتلاها»: saying nothing is no claim)
            kind = "deny"  # «لم تؤكد سلطات قره باغ انسحاب قواتها»: not confirming what the other side said
        if reports_nothing(text, tokens, i) or marked_passive(text, tok) or exchanges_no_blame(tokens, i) \
                or accused_in_passive(text, tok, kind) \
                or deemed_superlative(tokens, i) or demands_it(tokens, i) or publishes_nothing(tokens, i, words):
            continue
        j = i + 1
        while j < n and tokens[j].key in _VERB_OBJECTS:
            j += 1
        j = after_time_adverbial(tokens, j, words)  # «وقال في وقت لاحق الرئيس», «وأعلن اليوم الوزير»
        if j + 1 < n and tokens[j].key in ("كل", "كلا") and tokens[j + 1].key == "من":
            j += 2  # «أعرب كل من رئيس الوزراء الروسي ونظيره الأرميني» («كلاً من»): each of them
        nxt = tokens[j] if j < n else None
        gap = text[tok.end:nxt.start] if nxt is not None else ""
        subject_follows = (
            nxt is not None and not opens_statement_quote(text, tokens, j, gap, words) and ":" not in gap
            and bare_key(nxt.key) not in _COMPLEMENTISERS and not prepositional_object(nxt.key, words)
            and not (bare_key(tok.key) in _BI_VERBS and _by_object(nxt, mentions, words))
            and (nxt.key not in PREPOSITIONS and nxt.key not in words.stops or named_ali(text, tokens, j, words))
            and nxt.key not in words.time_words and not topic_masdar(nxt.key, words)
            and not (nxt.key.startswith("ال") and words.event_nouns[nxt.key])  # «وأعلنت السيطرة على»: what
            and not (kind in ("deny", "reject") and nxt.key in words.rebuttal_objects))  # «يرفض هذه الاتهامات»
        if subject_follows and kind == "carry" and ("،" in gap or "," in gap) and not _closed_subject(text, tokens, j):
            subject_follows = False  # «وتابع، حدود الجمهورية لم تتغير»: after the comma, what he said
        if subject_follows and words.plural_verb_cache[tok.key]:
            subject_follows = False  # «ذكرتا فيها»: a plural verb's subject is before it or the last speaker
        if subject_follows and own_act(nxt.key):
            subject_follows = False  # «وجددت دعوتها لإقرار آلية»: its own call, renewed; the speaker is the last one
        if subject_follows and i and bare_key(tokens[i - 1].key) in BUT_SHE:
            subject_follows = False  # «لكنها اتهمت باكو بخرق الهدنة»: the pronoun is the subject, Baku the accused
        if subject_follows and bare_key(tok.key) in PUBLISHING and published_thing(nxt.key, words):
            subject_follows = False  # «ونشر صورة خاصة به»: what was published; the speaker is the last one
        if subject_follows and (addressee(tok, nxt, tokens[j + 1].key if j + 1 < n else "") or called_to(
                text, tokens, tok, j, mentions, words) or (previous and state_not_agreeing(tokens, tok, j, mentions))):
            subject_follows = False  # "ودعت المجتمع الدولي إلى", «واتهم اذربيجان»: the one called on or accused
        relative = i > 0 and tokens[i - 1].key in _RELATIVES  # «الإقليم الذي أعلن استقلاله»: no subject before it
        if relative and i > 1 and bare_key(tokens[i - 2].key) in THE_TWO_PARTIES:  # «بين البلدين اللذين يتبادلان
            two = build_speaker(text, tokens, i - 2, i - 1, mentions, words, kind, "source_first")  # الاتهامات»: both
            return two if two is None or two.sides != ("other",) else replace(two, sides=("armenia", "azerbaijan"))
        if not subject_follows and kind != "carry" and bare_key(tok.key) == tok.key and relative_clause_before(text, tokens, i):
            continue  # «بهدنة توسطت فيها روسيا دعت إلى نشر قوات»: the truce called for it, no one speaks
        source_first = None if relative or is_masdar(text, tok, words) else _source_first(text, tokens, i, mentions, words, kind)
        if source_first is not None and j < n and tokens[j].key == "عن" and bare_key(tok.key) in words.relay_verbs:
            # «وفقا لتقارير وكالة أنباء روسية نقلت عن وزارة الدفاع الأرمينية»: the source relayed speaks
            source_first = _relayed(text, tokens, j, mentions, words, kind) or source_first
        if source_first is not None and (not subject_follows or source_first.sides != ("other",)) and not (
                subject_follows and bare_key(tok.key) in _SAID and _says_itself(text, tokens, j, mentions, words, source_first)):
            # SVO: a speaker before the verb wins ("الاستخبارات الروسية اتهمت نظيرتها التركية")
            return resolve_bare_head(source_first, previous, words)
        if subject_follows:
            end = _np_end(text, tokens, j, words)
            if (bare_key(tok.key) in words.relay_verbs or tok.key in words.relay_verbs) and (
                    relayed := _relayed(text, tokens, end, mentions, words, kind, previous)) is not None:
                return relayed
            if masdar_without_statement(text, tokens, tok, end, words):
                continue  # «بعد وقت قصير من إعلان علييف، أكد المسؤول»: the next verb reports
            found = build_speaker(text, tokens, j, end, mentions, words, kind, "verb_first")
            if found is not None and relative and found.sides == ("other",) and not the_latter_speaks(found.speaker, tok.key):
                # background about the antecedent, not a source's statement; or an outlet («لما أفادته
                # وكالة ...، أعلن رئيس أذربيجان»): the side it relays, if a later verb names one
                outlet = outlet or (found if _relays(found.speaker) else None)
                continue
            if found is not None and found.sides == ("other",) and _relays(found.speaker) and outlet is None:
                outlet = found
                continue
            if found is not None and found.sides == ("other",) and previous is not None and tok.key[:1] == "و" \
                    and tok.key.endswith(_OBJECT_PRONOUNS) and not found.speaker.startswith("ال"):
                return replace(previous, verb_kind=kind, pattern="carried")  # «واعتبرته محاولة …»: what it was deemed
            if found is not None:
                return resolve_bare_head(found, previous, words)
        if source_first is not None:
            return resolve_bare_head(source_first, previous, words)
        if not subject_follows and (relative or is_masdar(text, tok, words) and any(kinds[i + 1:])):
            continue  # «الهدنة التي أُعلنت في موسكو», «وفي تصريح للأناضول قال …»: no speaker; a later verb may name one
        if previous is not None and (kind == "carry" or not subject_follows):
            return Attribution(previous.start, previous.end, previous.speaker, previous.speaker_en,
                               previous.sides, kind, "carried")
        if kind:
            break
    return None if outlet is None else resolve_bare_head(outlet, previous, words)


def _colon_speaker(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords) -> Attribution | None:
    """ "باكو: 21 قتيلا بقصف على بردعة", "لافروف من باكو: ...": one to three words (and where) and a colon open
    the clause. Only when those words give a side (a known speaker, a nationality, a capital or country), and
    not when they open with a reporting verb («وقالت ستيبانيان:»: the verb's subject speaks)."""
    if len(tokens) < 2 or ":" not in text[tokens[0].end:tokens[min(5, len(tokens) - 1)].start] or verb_kind(
            tokens[0], words):
        return None  # (most clauses) no colon after their first words
    for i in range(1, min(6, len(tokens))):
        gap = text[tokens[i - 1].end:tokens[i].start]
        if ":" in gap and "«" not in gap:
            at = next((k for k in range(1, min(4, i - 1)) if tokens[k].key in ("من", "في") and any(  # «… من باكو:»
                m.start == tokens[k + 1].start and m.end == tokens[i - 1].end for m in mentions)), i)
            found = build_speaker(text, tokens, 0, at, mentions, words, "say", "headline") if at < 4 else None
            return found if found is not None and len(found.sides) == 1 and found.sides != ("other",) else None
        if gap.strip():
            return None
    return None


def _said_after_dateline(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
                         headline: Attribution) -> Attribution | None:
    """«يريفان: متحدث من مجلس النواب الأمريكي قالت نانسي بيلوسي إن …»: a city and a colon before a
    sentence that has its own verb of saying and subject is where the story was filed, not who speaks."""
    if not any(m.start == headline.start and m.end == headline.end and m.place.kind == "city" for m in mentions):
        return None
    k = next((k for k, tok in enumerate(tokens) if tok.start > headline.end), len(tokens))
    inner = _attribute_by_verb(text, tokens[k:], mentions, words, None,
                               keys_of(tokens[k:])) if k < len(tokens) else None
    return inner if inner is not None and inner.sides != ("other",) and inner.pattern != "carried" else None


def _relayed(text: str, tokens: Sequence[Token], end: int, mentions: Sequence[Mention], words: ClaimWords,
             kind: str, previous: Attribution | None = None) -> Attribution | None:
    """After «نقلت الوكالة», past its description, the source after عن speaks («عنه»: the last speaker)."""
    if end < len(tokens) and tokens[end].key in FROM_HIM and previous is not None:
        return replace(previous, verb_kind=kind, pattern="carried")  # «ونقلت وسائل الإعلام عنه القول»
    for _skip in range(3):
        if end >= len(tokens) or tokens[end].key in _RELAYED_FROM or verb_kind(tokens[end], words):
            break
        if bare_key(tokens[end].key) in _COMPLEMENTISERS:
            return None  # «وذكرت الرئاسة أن ممثلين عن السكان الأرمن»: what was said opens; no source relayed
        end += 1
    if end < len(tokens) and tokens[end].key == "الي" and not HIS_WORDS.intersection(
            t.key for t in tokens[end + 1:end + 8]):
        return None  # «نسبت إلى باشينيان قوله»: to whom words are attributed (an act attributed is no statement)
    if end < len(tokens) and tokens[end].key in _RELAYED_FROM and end + 1 < len(tokens):  # «نقلت الوكالة قول متحدث»
        source_end = _np_end(text, tokens, end + 1, words)
        found = build_speaker(text, tokens, end + 1, source_end, mentions, words, kind, "relayed")
        if found is not None and found.sides != ("other",):
            return found
    return None


_SAID = frozenset({"قال", "قالت", "يقول", "تقول"})
_RELAYED_FROM = frozenset({"عن", "قول", "الي"})
_BI_VERBS = frozenset({"طالب", "طالبت", "رحب", "رحبت", "اشاد", "اشادت", "ندد", "نددت", "تعهد", "تعهدت", "وعد", "وعدت",
                       "هدد", "هددت", "اعترف", "اعترفت", "اقر", "اقرت", "تمسك", "تمسكت", "التزم", "التزمت", "ادلي", "ادلت"})
"""Verbs whose object «ب» introduces («وطالب بدور روسي», «ورحب بأي حلول», «أدلى بتصريحات»)."""


def _by_object(tok: Token, mentions: Sequence[Mention], words: ClaimWords) -> bool:
    """After one of _BI_VERBS, is the word with «ب» what is asked for or welcomed, not the subject: neither
    a place named there nor a known speaker's first name («رحبت باكو», «رحب بوتين»)?"""
    return tok.key.startswith("ب") and len(tok.key) > 2 and tok.key not in words.speaker_first and not any(
        m.start == tok.start for m in mentions)


def _says_itself(
    text: str, tokens: Sequence[Token], j: int, mentions: Sequence[Mention], words: ClaimWords, before: Attribution,
) -> bool:
    """After a verb of saying, which takes no person as its object, does a speaker of another side follow
    it («ويخضع لحصار أذربيجاني قالت يريفان إنه …»)? Then it, not the words before the verb, is the subject."""
    after = build_speaker(text, tokens, j, _np_end(text, tokens, j, words), mentions, words, "say", "verb_first")
    return after is not None and after.sides != ("other",) and after.sides != before.sides


def _source_first(
    text: str, tokens: Sequence[Token], i: int, mentions: Sequence[Mention], words: ClaimWords, kind: str
) -> Attribution | None:
    """The words before the verb (after the last comma) as its subject, if there are any."""
    if i == 0 or as_reported_before(tokens, i):
        return None

    def segment_start(end: int) -> int:
        start = end
        while start > 0 and not separates_subject(text[tokens[start - 1].end:tokens[start].start]):
            start -= 1
        return start

    start, end = segment_start(i), i
    if text[max(0, tokens[0].start - 2):tokens[0].start].strip() == "(" and ")" in text[tokens[i - 1].end:tokens[i].start]:
        return None  # «(پاکستان پوائنٹ نیوز / سبوتنيك - 06 اكتوبر 2020ء) أكد الوزير»: an outlet's credit, then the verb
    if end - start == 1 and bare_key(tokens[start].key) in ("لكنها", "لكنه", "لكنهم", "هو", "هي"):
        return None  # «، لكنها قالت»: «but she» points back to the last speaker
    end = _without_turn_marker(tokens, start, end)
    if all(tokens[k].key in _AUXILIARIES for k in range(start, end)) and start > 0 and text[
            tokens[start - 1].end:tokens[start].start].strip() in ("،", ","):
        # "وزارة الدفاع الروسية، قالت من جهتها" / "الوزارة ومن جهتها، قالت": the subject before the comma,
        # not an adverbial phrase («وبعد وقت قصير من إعلان علييف، أكد»)
        start, end = segment_start(start - 1), start
        if bare_key(tokens[start].key) in _PREPOSITIONS_OR_TIME:
            return None
        end = _without_turn_marker(tokens, start, end)
    # «وقد أصدرت وزارة الدفاع بيانا أوضحت فيه»: the publishing verb and its statement are not the speaker
    while start < end and (tokens[start].key in _AUXILIARIES or bare_key(tokens[start].key) in PUBLISHING):
        start += 1
    # «يذكر أن أذربيجان أعلنت», «والجدير بالذكر أن الوزارة أكدت»: the reporter's connective ends at «أن»
    start = next((k + 1 for k in range(end - 1, start - 1, -1) if bare_key(tokens[k].key) in _COMPLEMENTISERS), start)
    if start < end and (bare_key(tokens[start].key) in _TOPIC_OR_TIME or bare_key(tokens[start].key) == "علي"
                        and not named_ali(text, tokens, start, words)):  # («وعلى الرغم من … صرح الوزير»; not «علي» the name)
        return None  # «وحول العدوان على إيران قال الرئيس»: a fronted topic, the subject follows the verb
    while end - 1 > start and bare_key(tokens[end - 1].key).removesuffix("ا").startswith(words.channels):
        end -= 1
    head = [t for t in tokens[start:end] if t.key not in _AUXILIARIES]
    if not head or len(head) > SPEAKER_MAX_TOKENS or head[-1].key in PREPOSITIONS or holds_relative_clause(
            head):  # («… في تصريحات الوزارة»; «… المعترف بها دولياً»: a clause)
        return None
    found = build_speaker(text, tokens, start, end, mentions, words, kind, "source_first")
    if found is not None and found.sides == ("other",) and start > 0 and separates_subject(text[tokens[start - 1].end:tokens[start].start]):
        # «مدير القسم في وزارة الخارجية الروسية، دينيس جونتشار، قد أعلن»: the title in apposition before the name
        wide = segment_start(start - 1)
        wider = build_speaker(text, tokens, wide, end, mentions, words, kind, "source_first") if end - wide <= 2 * SPEAKER_MAX_TOKENS else None
        return wider if wider is not None and wider.sides != ("other",) else found
    return found
