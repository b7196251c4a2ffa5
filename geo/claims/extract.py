"""Claims: statements tied to a speaker, a side, a type, a polarity, places, figures and a date;
and the places the sides contradict each other about.

Owns: asking geo/claims/clauses.py for a sentence's clauses, geo/claims/attribution.py for each
clause's speaker, geo/claims/topics.py for the claim's type and negation; its polarity (denial
verbs and cues, a negated proposition), its places (the mentions in the clause outside the
speaker, not a capital standing for a government), and the contested places of an article. The reporter's own
narrative becomes a claim with side "none" only when it reports an event at a
place; it is never given a side.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from geo.claims.agreement import agreeing_speaker
from geo.claims.attribution import Attribution, attribute, bare_key, verb_kind
from geo.claims.claimplaces import (
    claim_places,
    each_accuses_the_other,
    event_pointed_back,
    own_territory,
    pointed_back,
    speakers_country,
    two_states_pointed_back,
)
from geo.claims.claimwords import ClaimWords, load_claim_words
from geo.claims.clauses import bare_openers, joined_verbs, said_words, split_clauses
from geo.claims.contested import find_contested
from geo.claims.dates import find_date
from geo.claims.denials import denied_places, located_first
from geo.claims.embedded import embedded_claims
from geo.claims.epithets import with_described
from geo.claims.figures import find_figures
from geo.claims.narrative import DESCRIBED_IT, DESCRIBED_IT_BARE, describing_state, narrative_subject
from geo.claims.negation import negated, not_complying
from geo.claims.parties import with_own_state, without_own_state
from geo.claims.quotes import quotation_around, running_quotations
from geo.claims.revisions import (
    agreements_pointed_back,
    denials_of_what_follows,
    same_head_before,
    sides_from_namesakes,
    the_latter,
    the_two_named,
    told_after,
)
from geo.claims.signals import speaker_signals
from geo.claims.subjects import first_verb_in
from geo.claims.topics import blamed_act, claim_topic, claim_type, denied_topic, has_phrase, took_people_in
from geo.claims.wordflags import DATE, DENIAL, EVENT_NOUN, FIGURE, POINTS_BACK, TWO_STATES, TYPE, flags_of, held
from geo.model import TOKEN_END, Article, Claim, Mention, Sentence, Token
from geo.text.clitics import stems_of
from geo.text.wordcache import keys_of

EVENT_TYPES = frozenset({"attack", "control", "casualties", "humanitarian"})
_ATTEMPT = frozenset({"بمحاوله", "محاوله", "بمحاولات", "محاولات", "بالسعي", "بالعمل"})


def claim_id(article_id: str, version: str, start: int, end: int, side: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{version}|{start}|{end}|{side}".encode()).hexdigest()[:12]
    return f"{article_id}:{digest}"


def extract_claims(
    article: Article, tokens: Sequence[Token], sentences: Sequence[Sentence], mentions: Sequence[Mention],
    *, version: str, words: ClaimWords | None = None, starts: Sequence[int] | None = None,
    keys: Sequence[str] | None = None,
) -> tuple[list[Claim], list[str]]:
    """The claims of an article and its contested place ids (``starts`` and ``keys``: the tokens'
    start offsets and keys, when the caller has them already)."""
    words = words or load_claim_words()
    text = article.text
    if starts is None:
        starts = [t.start for t in tokens]
    mention_starts = [m.start for m in mentions]
    claims: list[Claim] = []
    kinds = {m.place.place_id: m.place.kind for m in mentions}
    previous: Attribution | None = None
    history: list[Attribution] = []  # the speakers found so far: a bare head points back to its namesake
    actors = sorted({bisect.bisect_right(starts, m.start) - 1 for m in mentions if m.role == "actor"})
    if keys is None:
        keys = keys_of(tokens)
    openers = bare_openers(keys)
    joined = joined_verbs(keys, words)
    said_at = said_words(keys)
    flags = flags_of(keys, words)  # what each word may hold (geo/claims/wordflags.py)
    rebutted: list[str] = []  # places of a denial that names the other side's statement: contested
    quotations = running_quotations(text)
    quote_opens = [q[0] for q in quotations]
    quoted_by: dict[int, Attribution] = {}  # who opened each running quotation
    sentence_lo = 0  # the first word of the last sentence that had words
    make_id = partial(claim_id, article.id, version)
    for sentence in sentences:
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        if hi <= lo:
            continue
        before_lo, sentence_lo = sentence_lo, lo
        for clause in split_clauses(text, tokens, sentence, lo, hi, words, starts, actors, openers, joined, said_at):
            ctoks = tokens[clause.first:clause.last]
            if len(ctoks) == 1 and verb_kind(ctoks[0], words) and not text[ctoks[0].end:clause.end].strip(" .:\n"):
                continue  # a reporting word alone («اعلان»: an advertisement's label glued to a sentence) says nothing
            if bare_key(ctoks[0].key) in _ASKING and text[clause.start:clause.end].rstrip().endswith(("؟", "?")):
                continue  # «ماذا جاء في اتصال بلينكن الهاتفي؟»: a question (a subheading) asserts nothing
            m_lo = bisect.bisect_left(mention_starts, clause.start)
            m_hi = bisect.bisect_left(mention_starts, clause.end)
            cmentions = mentions[m_lo:m_hi]
            if clause.goes_on and previous is not None:  # «... واتهمت أذربيجان بـ»: she accused Azerbaijan
                who = replace(previous, verb_kind=verb_kind(ctoks[0], words), pattern="carried")
            else:
                who = the_latter(attribute(text, ctoks, cmentions, words, previous, keys[clause.first:clause.last]),
                                 mentions[:m_hi], words, previous)
                who = the_two_named(same_head_before(who, history), tokens, before_lo, clause.first, words, mentions, text)
                opened = quotation_around(quotations, quote_opens, clause.start)
                if opened in quoted_by and (who is None or (who.sides == ("other",) and who.pattern == "verb_first")):
                    # a later sentence of a quotation is its speaker's, though a word in it reads as a verb
                    # with no side («.. كذب تام واستفزاز"»: a lie, not "denied")
                    who = replace(quoted_by[opened], verb_kind="say", pattern="carried")
            if who is not None and who.pattern == "carried":  # «تقول أرمينيا … وقال في خطابه»: not Armenia
                who = agreeing_speaker(who, ctoks, history, mentions, text, words, tokens[lo:clause.first])
            if who is None:
                who = describing_state(text, ctoks, cmentions, words)  # «وشنت أذربيجان …، واصفة إياها بـ»
            inner = partial(embedded_claims, text, ctoks, keys[clause.first:clause.last], cmentions, words, end=clause.end,
                            claim_id=make_id, everywhere=mentions, sentence_start=sentence.start)  # (another side's statement)
            if who is None:  # narrative about a named person: the next subjectless «وقال» is his
                previous = narrative_subject(text, ctoks, cmentions, words) or previous
                if not any(m.role == "event" for m in cmentions):
                    claims.extend(inner(None))
                    continue  # narrative with no event place: not a claim
            content, ckeys, cflags = _without_speaker(ctoks, tokens, keys, flags, starts, clause.first, clause.last, who)
            said = _said_after(text, content, ckeys, who)
            if said:  # «… إلى اتفاق لوقف إطلاق النار أعلنت باكو بموجبه استعادة سيادتها على الإقليم»
                content, ckeys, cflags = content[said:], ckeys[said:], cflags[said:]
                cmentions = mentions[bisect.bisect_left(mention_starts, who.end):m_hi]
            has = held(cflags)  # the helpers that can find anything in the content
            kind, decided_at = claim_topic(content, words, ckeys) if has & TYPE else ("other", -1)
            took_in = kind in ("other", "diplomacy") and who is not None and took_people_in(ckeys, words, kind == "other")
            if took_in:
                kind = "humanitarian"  # «أعلنت الحكومة أنها استقبلت أكثر من 13 ألف شخص»
            blamed = None if who is None or who.verb_kind != "accuse" or len(who.sides) != 1 else blamed_act(
                content, kind, decided_at, words)  # (two sides blaming each other make accusations)
            kind, decided_at = blamed or (kind, decided_at)
            if kind == "control" and who is not None and who.verb_kind == "accuse" and _ATTEMPT & set(ckeys[:max(decided_at, 0)]):
                kind = "accusation"  # «اتهمت يريفان القوات الأذربيجانية بمحاولة السيطرة»: an attempt blamed, no place taken
            if who is not None and has & TYPE:
                kind, decided_at = _as_described(content, ckeys, words, who.start) or (kind, decided_at)
            if kind in ("attack", "control") and first_verb_in(keys[clause.first:clause.last], words, words.threats):
                kind = "other"  # «هددت الوزارة بأنها ستشن هجوما»: a threat, not an attack
            if kind in ("diplomacy", "other") and not_complying(ckeys):
                kind, decided_at = "accusation", -1  # «لم تمتثل لاتفاق وقف إطلاق النار»: a breach blamed, asserted
            places = claim_places(cmentions, who, words, kind, content, text)
            places = with_described(has, places, content, cmentions, words)  # «ثاني أكبر مدن الإقليم»: Shusha
            if kind == "other" and claims and who is not None and who.pattern == "carried" and claims[-1].speaker == who.speaker \
                    and words.participle(ctoks[0].key) is not None:  # «، مطالبا بحضور تركيا»: no topic of its own,
                kind = claims[-1].type  # the statement it goes on with (its places read as its own words say)
            if has & TWO_STATES:
                places = places + two_states_pointed_back(content, mentions, m_lo, places, ckeys, kind)
            denies = who is not None and (who.verb_kind == "deny" or (who.verb_kind == "reject" and _rebuts(content, words)))
            if has & POINTS_BACK and (denies or _points_back(
                    kind if len(content) == len(ctoks) else claim_type(content if said else ctoks, words))):
                back_to = m_hi - len(cmentions)  # (the reporter's words before the speaker: pointed back to)
                if who is not None and clause.start <= who.start and who.end < clause.end and back_to == m_lo:
                    back_to = bisect.bisect_left(mention_starts, who.end)  # «أعلنت إدارة قره باغ … في المنطقة»
                places = places + pointed_back(content, mentions, back_to, places, words, ckeys, sentence.start)
            if kind in ("attack", "casualties") and who is not None and len(who.sides) == 1:
                # «تقصف أراضي البلاد», «أراضيها تتعرض لهجوم وإن قصفا يستهدف غوريس»: the speaker's state too
                own = own_territory(ckeys, who.sides[0], words, named=bool(places))
                places = places + tuple(p for p in own if p not in places)
            places = with_own_state(places, kind, who, took_in, words, cmentions, text, ckeys)  # (a party: parties.py)
            if not places and who is not None and len(who.sides) == 1:
                places = speakers_country(ckeys, who.sides[0], words)
            if not places and who is not None and kind in EVENT_TYPES and has & EVENT_NOUN:
                places = event_pointed_back(content, mentions, m_lo, clause.start, words)
            deny = denies or (has & DENIAL and has_phrase(content, words.denial_first, ckeys)) \
                or (decided_at > 0 and negated(content, decided_at))
            if deny and who and not places and claims and claims[-1].start >= sentence.start and claims[-1].type == kind \
                    and claims[-1].side not in who.sides:
                # «اتهمت سلطات الإقليم القوات بقصف ستيباناكيرت، في حين قالت باكو إنها لا تستهدف المدنيين»
                rebutted.extend(p for p in claims[-1].place_ids if kinds.get(p) != "country")
            states = bool(places) and all(kinds.get(p) == "country" for p in places)  # (the author: «إن بيان أذربيجان …»)
            author = deny and states and who is not None and _rebutted_sides(text, content, cmentions, words, set(who.sides))
            if claims and (not places or author or denies and _rebuts(content, words) and states) \
                    and (denies or author or (deny and _names_what_was_said(content, words))):
                # "ونفت باكو الاتهام", «وصفت الوزارة هذه الاتهامات بأنها كذب»: a denial without a place (or with only a
                # state blamed after it) denies what the claim it answers said about its places (the places it locates,
                # not the states it names as parties, unless it locates nothing: «تركيا ترسل مقاتلين لدعم أذربيجان.
                # ونفت تركيا وأذربيجان ذلك»); which claim that is: denials.py
                places = denied_places(claims, set(who.sides) if who is not None else set(), sentence.start, kinds)
            if not places and claims and who is not None and not deny and _described_back(content, words) \
                    and claims[-1].side not in who.sides:
                # «ووصفت يريفان ذلك بأنه عدوان»: what it describes is the last claim or event, and its places
                places = located_first(claims[-1], kinds)
            if not places and who is not None and len(ckeys) > 2 and ckeys[0] == "في" and ckeys[2] in DESCRIBED_IT_BARE:
                # «…، في خطوة وصفتها يريفان بالاستفزاز»: the step told before the comma, in the same sentence
                told = mentions[bisect.bisect_left(mention_starts, sentence.start):m_lo]
                places = claim_places(told, None, words, kind, (), text)
            if deny and who is not None and places and _rebutted_sides(text, content, cmentions, words, set(who.sides)):
                # «نفت ... صحة إعلان علييف عن سيطرة القوات على قرية ماداغيز»: the places the events are at
                rebutted.extend(m.place.place_id for m in cmentions if m.role == "event" and m.place.place_id in places)
            if denies and (kind == "other" or _rebuts(content, words)):
                # "نفت الوزارة سقوط شوشا" and "نفت ذلك قائلة إن إعلان احتلال القرى كاذب" keep their
                # topic (control) and are denied; "ونفت يريفان ذلك" alone is a blanket denial
                kind = denied_topic(kind, content, words)
            elif who is not None and who.verb_kind == "accuse" and not deny and kind != "control" and not blamed:
                kind = "accusation"  # (its places read again: with none located, the accused state)
                places = places or claim_places(cmentions, who, words, kind, content, text)
            elif deny and kind == "other":
                kind = "denial"  # «وقالت ستيبانيان: هذه معلومات مضللة»: a blanket rebuttal
            if who is None:
                # the reporter's narrative: kept as an event, never given a side (another side's statement
                # it names is that side's claim instead: «بعد يوم من إعلان باكو سيطرتها على …»)
                told = inner(None)
                if told or kind not in EVENT_TYPES or not any(m.role == "event" for m in cmentions):
                    claims.extend(told)
                    continue
                sides: tuple[str, ...] = ("none",)
                speaker = speaker_en = ""
                confidence = 0.5
            else:
                if not _aside(keys[clause.first:clause.first + 2]):  # (a side remark names no antecedent)
                    previous = who
                    if who.sides != ("other",):
                        history.append(who)
                k = bisect.bisect_left(quote_opens, clause.start)
                while k < len(quote_opens) and quote_opens[k] < clause.end:
                    quoted_by.setdefault(quote_opens[k], who)
                    k += 1
                sides = who.sides
                speaker, speaker_en = who.speaker, who.speaker_en
                confidence = _CONFIDENCE.get(who.pattern, 0.6)
                if sides == ("other",) and who.pattern != "carried":
                    confidence -= 0.15
            if who is not None and len(ckeys) <= 2 and ckeys and bare_key(ckeys[0]) in _SOURCE_TAG:
                continue  # «… حسبما أفادت وكالة رويترز.», «بحسب موقع AP.» standing alone: a source tag, nothing said
            if kind == "diplomacy" and who is not None and _schedule(ckeys):
                continue  # «أعلن توكاييف أن بلاده ستستضيف المفاوضات»: a schedule, no claim (the speaker still spoke)
            figures = tuple(find_figures(text, content, words, ckeys)) if has & FIGURE else ()
            date = find_date(content, article.published, words, ckeys) if has & DATE else None
            mutual = each_accuses_the_other(content, sides, places, kinds, words) if kind == "accusation" else None
            if mutual and len(places) == 0:
                # «اندلعت جولة جديدة من التصعيد في إقليم قره باغ، حيث تبادل الطرفان الاتهامات»: the
                # sides blame each other for what happened where the sentence says: contested
                rebutted.extend(m.place.place_id for m in mentions[bisect.bisect_left(mention_starts, sentence.start):m_lo]
                                if m.role == "event")
            for side in sides:
                claims.append(
                    Claim(
                        id=claim_id(article.id, version, clause.start, clause.end, side),
                        start=clause.start,
                        end=clause.end,
                        text=text[clause.start:clause.end],
                        speaker=speaker,
                        speaker_en=speaker_en,
                        side=side,
                        type=kind,
                        polarity="deny" if deny else "assert",
                        place_ids=mutual[side] if mutual else without_own_state(places, kind, side, words, cmentions),
                        numbers=figures,
                        date=date,
                        confidence=round(confidence, 2),
                        speaker_start=who.start if who else -1,
                        speaker_end=who.end if who else -1,
                    )
                )
            if who is not None:
                claims.extend(inner(who))
    claims = told_after(denials_of_what_follows(sides_from_namesakes(claims, words), text), text)
    claims = agreements_pointed_back(claims, kinds)
    contested = list(dict.fromkeys([*find_contested(claims), *rebutted]))
    return claims, [p for p in contested if kinds.get(p) != "country"]


_ASKING = frozenset({"ماذا", "ما", "هل", "كيف", "لماذا", "متي", "اين", "من"})
_SOURCE_TAG = frozenset({"حسبما", "كما", "بحسبما", "بحسب", "حسب", "وفقا", "وفق", "نقلا"})
_ABOUT = frozenset({"عن", "حول", "بشان", "بخصوص", "ازاء", "تجاه", "يتعلق"})
_AS_REPORTED = frozenset({"حسبما", "كما", "ما", "وفق", "وفقا", "بحسب", "حسب", "لما"})
"""Words before a verb whose clause reports what precedes («…، حسبما أفادت», «وفق ما ذكرت»): a wider set
than subjects.as_reported_before's, as here a comma need not stand before them."""


def _said_after(text: str, content: Sequence[Token], keys: Sequence[str], who: Attribution | None) -> int:
    """Where the proposition starts when the speaker's verb stands after three or more of the reporter's
    words with no comma («… والتوصل إلى اتفاق أعلنت باكو بموجبه استعادة سيادتها»): after the speaker; 0
    when the verb opens the clause or follows «حسبما», «كما», «وفق ما» (what precedes is what was said)."""
    if who is None or who.pattern != "verb_first":
        return 0
    v = bisect.bisect_right(content, who.start, key=TOKEN_END) - 1  # the last word before the speaker
    if v < 3 or bare_key(keys[v - 1]) in _AS_REPORTED or keys[v].startswith(_DESCRIBE) or any(
            bare_key(key) in _ABOUT for key in keys[:3]) or not _NO_COMMA.isdisjoint(text[content[v - 1].end:content[v].start]):
        return 0  # («في خطوة وصفتها أرمينيا», «وفي حديثه عن الحصار … شدد»: what it describes, what it is about;
        # «"قصفت القوات مدينة ترتر"، قال علييف»: the quotation before the comma is what was said)
    return v + 1


_DESCRIBE = ("وصف", "اعتبر", "تصف", "يصف", "تعتبر", "يعتبر")
_NO_COMMA = frozenset("،,")


def _as_described(content: Sequence[Token], keys: Sequence[str], words: ClaimWords,
                  speaker_start: int) -> tuple[str, int] | None:
    """After the reporter's own words, the speaker's describing verb says what the claim is about («أقامت
    أذربيجان نقطة تفتيش، في خطوة وصفتها أرمينيا بأنها انتهاك لوقف إطلاق النار»: blame, not the checkpoint):
    the type of what follows the verb, or None. The verb is the speaker's, right before it (not «ما وصفته
    بالعدوان» inside another statement)."""
    v = bisect.bisect_left(content, speaker_start, key=TOKEN_END) - 1  # the one word that can stand right before it
    if 1 <= v < len(content) - 1 and content[v + 1].start > speaker_start and (
            keys[v].startswith(_DESCRIBE) or bare_key(keys[v]).startswith(_DESCRIBE)) \
            and verb_kind(content[v], words) == "say":  # (the و of «وصفت» is the root's)
        kind, at = claim_topic(content[v + 1:], words, keys[v + 1:])
        return (kind, at + v + 1) if kind != "other" else None
    return None


_HOSTED = frozenset({"ستستضيف", "سيستضيف", "ستستضيفان", "سيستضيفان", "ستجري", "سيجري", "ستعقد", "سيعقد"})
"""Future verbs of hosting or holding talks: a statement whose proposition they open is a schedule."""


def _schedule(keys: Sequence[str]) -> bool:
    """Does the proposition only say where or when talks will be held («أن بلاده ستستضيف مفاوضات»,
    «أن المحادثات ستجرى في جنيف»): its first future verb, within its first ten words, one of hosting?"""
    first = next((bare_key(k) for k in keys[:10] if bare_key(k)[:2] in ("سي", "ست")), "")
    return first in _HOSTED


def _aside(first_keys: Sequence[str]) -> bool:
    """Does a clause open «في وقت …» or «في الوقت الذي …» (at a time when another said): a side remark
    whose speaker is not the one a later bare «الوزارة» points back to?"""
    return len(first_keys) == 2 and first_keys[0] in ("في", "وفي") and first_keys[1] in ("وقت", "الوقت")


_CONFIDENCE = {"verb_first": 0.85, "source_first": 0.75, "according_to": 0.75, "anaphora": 0.7, "carried": 0.6}
"""A claim's confidence by how its speaker was found (0.6 for any other pattern)."""


def _without_speaker(
    ctoks: list[Token], tokens: Sequence[Token], keys: Sequence[str], flags: list[int], starts: Sequence[int],
    first: int, last: int, who: Attribution | None,
) -> tuple[list[Token], Sequence[str], list[int]]:
    """The clause's tokens (``ctoks``: ``tokens[first:last]``) that start outside the speaker, with
    their keys and flags (``keys`` and ``flags``: the article's)."""
    if who is not None:
        lo = bisect.bisect_left(starts, who.start, first, last)
        hi = bisect.bisect_left(starts, who.end, first, last)
        if hi > lo:
            return (ctoks[:lo - first] + ctoks[hi - first:], keys[first:lo] + keys[hi:last],
                    flags[first:lo] + flags[hi:last])
    return ctoks, keys[first:last], flags[first:last]


def _rebuts(content: Sequence[Token], words: ClaimWords) -> bool:
    """Does a denial verb's object open with what rebuts an earlier statement ("نفت ... هذه الاتهامات",
    "نفت ذلك")? The speaker is not part of ``content``, so the object follows the verb directly."""
    for i, tok in enumerate(content):
        if verb_kind(tok, words) in ("deny", "reject"):
            after = [t for t in content[i + 1:i + 5] if t.key not in words.time_words][:2]  # "رفضت، اليوم، الاتهامات"
            return _names_what_was_said(after, words)
    return False


_REPORTED = frozenset({"اعلان", "ادعاء", "ادعاءات", "مزاعم", "روايه", "تصريح", "تصريحات", "بيان", "اتهام", "اتهامات"})


def _rebutted_sides(text: str, content: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords,
                    own: set[str]) -> set[str]:
    """The other sides whose statement a denial names («صحة إعلان علييف», «ادعاءات باكو»): their
    claim and the denial contest the same places."""
    for i, tok in enumerate(content):
        key = bare_key(tok.key)
        if (key[2:] if key.startswith("ال") else key) in _REPORTED:
            found = {side for _i, side, _en, _end in speaker_signals(text, content[i + 1:i + 4], mentions, words)}
            found -= own | {"other", ""}
            if found:
                return found
    return set()


def _names_what_was_said(content: Sequence[Token], words: ClaimWords) -> bool:
    """Do the tokens name another's statement («هذه الاتهامات», «تلك المزاعم», «ذلك»)?"""
    return any(stem in words.rebuttal_objects or "ال" + stem in words.rebuttal_objects
               for t in content for stem in stems_of(t.key))


_THAT_BACK = frozenset({"ذلك", "هذا"})


def _described_back(content: Sequence[Token], words: ClaimWords) -> bool:
    """Is «ذلك» or «هذا» the object of the clause's verb («وصفت يريفان ذلك بأنه عدوان»): what was just told?"""
    return bool(content) and (content[0].key in DESCRIBED_IT or (
        any(t.key in _THAT_BACK for t in content[1:3]) and bool(verb_kind(content[0], words))))


def _points_back(kind: str) -> bool:
    """Does a claim of this type take a place pointed back to («المدينة», «فيها»; talks «عن الأزمة في الإقليم»)?"""
    return kind in EVENT_TYPES or kind in ("accusation", "diplomacy")
