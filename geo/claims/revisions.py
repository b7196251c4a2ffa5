"""Sides read from elsewhere in the article: an office or a surname named bare takes the side the
article gives it elsewhere, «الأخيرة» (the latter) or an office with a possessive («وزارة خارجيتها»)
is the last state named, residents or protesters speak for the side that holds the town named before
them, and a blanket denial takes the topic and places of the claim it denies.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import bare_key
from geo.claims.signals import dual_office
from geo.claims.speakerspan import Attribution
from geo.claims.subjects import repeats_title
from geo.model import Claim, Mention, Token
from geo.text.clitics import stems_of
from geo.text.keys import find_tokens, normalise_key
from geo.text.wordcache import remember, word_cache


def sides_from_namesakes(claims: list[Claim], words: ClaimWords) -> list[Claim]:
    """An office named without its state ("وقالت وزارة الدفاع في بيان") is the office of that name
    whose state the article gives elsewhere ("وزارة الدفاع الأذرية"): the nearest before it, else after.
    A spokesperson of a bare institution ("متحدث باسم الوزارة") speaks for the last one with that head."""
    if not any(c.side == "other" and c.speaker for c in claims):
        return claims  # (most articles) nothing to look up
    offices = [(_office_key(c.speaker, words) if c.speaker else None) for c in claims]
    # the claims whose side is known, by office, by the office's head and by the speaker's last word
    # (positions in order, looked up by bisection: an article of thousands of claims stays linear)
    by_office: dict[tuple, list[int]] = {}
    by_head: dict[str, list[int]] = {}
    by_surname: dict[str, list[int]] = {}
    for j, (c, office) in enumerate(zip(claims, offices, strict=True)):
        if c.side in ("other", "none"):
            continue
        if office is not None:
            by_office.setdefault(office, []).append(j)
            by_head.setdefault(office[0], []).append(j)
        if c.speaker:
            by_surname.setdefault(normalise_key(c.speaker.split()[-1]), []).append(j)
    out = list(claims)
    for i, c in enumerate(claims):
        head = _spokesman_of(c.speaker, words) if c.side == "other" and c.speaker else None
        if head is not None:
            earlier = _last_before(by_head.get(head, ()), i)
            if earlier is not None:
                out[i] = replace(c, side=claims[earlier].side, speaker_en=claims[earlier].speaker_en)
            continue
        if c.side == "other" and len(c.speaker.split()) == 1:  # «ونفى حسنلي»: the person named in full before
            earlier = _last_before(by_surname.get(normalise_key(c.speaker), ()), i)
            if earlier is not None:
                out[i] = replace(c, side=claims[earlier].side, speaker_en=claims[earlier].speaker_en)
                continue
        if c.side != "other" or offices[i] is None:
            continue
        same = by_office.get(offices[i], ())
        found = _last_before(same, i)
        if found is None:  # the nearest before, else the first after
            k = bisect.bisect_right(same, i)
            found = same[k] if k < len(same) else None
        if found is not None:
            out[i] = replace(c, side=claims[found].side, speaker_en=claims[found].speaker_en)
    return out


def _last_before(positions: Sequence[int], i: int) -> int | None:
    """The last of the sorted ``positions`` before ``i``, or None."""
    k = bisect.bisect_left(positions, i)
    return positions[k - 1] if k else None


def denials_of_what_follows(claims: list[Claim], text: str) -> list[Claim]:
    """«نفت ستيبانيان، ما ذكرته سلطات باكو بشأن قصف كنجة»: a blanket denial whose object is the
    next clause («ما ذكرته ...») denies what that clause reports, at its places."""
    out = list(claims)
    for i in range(len(claims) - 1):
        c, nxt = claims[i], claims[i + 1]
        if (c.type == "denial" and nxt.start > c.start and nxt.type != "denial"
                and text[c.end:nxt.start].strip(" ،,") == "" and nxt.text.split()[:1] in (["ما"], ["وما"])):
            out[i] = replace(c, type=nxt.type, place_ids=nxt.place_ids)
    return out


_TOLD_AFTER = re.compile(r"^(?:و|ف)?(?:جاء|صرح|صرّح|أعلن|اعلن|ذكر|قال|أفاد|افاد|أكد|اكد)(?:ت)? (?:ب)?ذلك(?:\s|$)")


def told_after(claims: list[Claim], text: str) -> list[Claim]:
    """«قُتل 218 شخصا في الانفجار. صرح بذلك رئيس لجنة التحقيق …», «…، وجاء ذلك في بيان للرئاسة»: what
    the reporter told just before, with no speaker, is the statement of the one named after «ذلك»."""
    out = list(claims)
    for i in range(1, len(claims)):
        c, before = claims[i], claims[i - 1]
        if c.side in ("none", "other") or before.side != "none" or not _TOLD_AFTER.match(c.text):
            continue
        if before.end <= c.start and text[before.end:c.start].strip(" ،,.\n") == "":
            out[i - 1] = replace(before, side=c.side, speaker=c.speaker, speaker_en=c.speaker_en,
                                 speaker_start=c.speaker_start, speaker_end=c.speaker_end, confidence=c.confidence)
    # «جاء ذلك في تصريحات أدلى بها للصحافة، عقب توقيعه إعلانا …»: where and when the last statement was
    # made, no proposition of its own
    return [c for c in out if not _FRAME.match(c.text) or _STATEMENT_IN.search(c.text)]  # («… أوضح فيه أن»: it says)


_FRAME = re.compile(r"^(?:و|ف)?جاء ذلك(?:،|,)?\s")
_STATEMENT_IN = re.compile(r"(?:^|\s)(?:[أإا]ن|ب[أا]ن|[أإا]نه|[أإا]نها)\s|:")


_AGREEMENT = re.compile(r"(?:^|\s)(?:و|ف)?(?:ب|ل)?ال(?:اتفاق|اتفاقيه|اتفاقية|إعلان المشترك|اعلان المشترك)(?:\s|$|[.،,])")


def agreements_pointed_back(claims: list[Claim], kinds: dict[str, str]) -> list[Claim]:
    """A claim about «the agreement» that names no place («ورحبت تركيا وفرنسا بالاتفاق») is about the
    agreement's parties: the states of the last claim about talks or ties that names both Armenia and
    Azerbaijan (the parties of every agreement of this conflict, with a mediator at times)."""
    out = list(claims)
    parties: tuple[str, ...] = ()
    for i, c in enumerate(claims):
        if c.type != "diplomacy":
            continue
        states = tuple(p for p in c.place_ids if kinds.get(p) == "country")
        if _PARTIES <= set(states):
            parties = states
        elif not c.place_ids and parties and _AGREEMENT.search(c.text):
            out[i] = replace(c, place_ids=parties)
    return out


_PARTIES = frozenset({"armenia", "azerbaijan"})


def _office_key(speaker: str, words: ClaimWords) -> tuple[str, ...] | None:
    """The first two words of a speaker that opens with an institution's head ("وزارة الدفاع",
    "الجيش"), folded and without clitics; None for a person or anything else."""
    offices = word_cache(words.heads, "office of a speaker")
    if speaker in offices:
        return offices[speaker]
    keys = [t.key for t in find_tokens(speaker)][:2]
    head = next((stem for stem in stems_of(keys[0]) if stem in words.heads), None) if keys else None
    office = None if head is None else (head, stems_of(keys[1])[-1] if len(keys) > 1 else "")
    return remember(offices, speaker, office)


def _spokesman_of(speaker: str, words: ClaimWords) -> str | None:
    """The institution's head a spokesperson speaks for when it is named bare and pointed back to
    ("متحدث باسم الوزارة" -> وزاره); None otherwise."""
    keys = [t.key for t in find_tokens(speaker)]
    if len(keys) == 3 and keys[1] == "باسم" and keys[2] in words.anaphoric_heads:
        return next((stem for stem in stems_of(keys[2]) if stem in words.heads), None)
    return None


_LATTER = frozenset({"الاخيره", "الاخير"})
_THREE = frozenset({"الثلاث", "الثلاثه"})


def the_latter(
    who: Attribution | None, before: Sequence[Mention], words: ClaimWords, previous: Attribution | None = None,
) -> Attribution | None:
    """«أعلنت الأخيرة» (the latter), «ووصفت وزارة خارجيتها» (its foreign ministry): the speaker is
    (an office of) the last state named before the clause, or «وحمل رئيسها» (its president) the head of
    the last speaker (``previous``), when it had a side."""
    if who is None or who.sides != ("other",):
        return who
    spoken = who.speaker.split()
    keys = [normalise_key(w) for w in spoken]
    latter = keys[0] in _LATTER
    owner = next((j for j, k in enumerate(keys[:3]) if k.endswith("ها") and (
        k[:-2] in words.heads or k[:-2].removesuffix("ت") + "ه" in words.heads or k[:-2] in _OFFICES)), None)
    if not latter and owner is None:
        return _people_of_the_place(who, keys, before, words)
    state = next((m.place.place_id for m in reversed(before) if m.place.is_state_seat and m.start < who.start), None)
    side = words.place_sides.get(state or "")
    if not latter and previous is not None and len(previous.sides) == 1 and previous.sides != ("other",):
        side = previous.sides[0]  # «وحمل رئيسها …»: the head of the last speaker
    if not side:
        return who
    if not latter:
        return replace(who, sides=(side,))
    first = spoken[0]  # «أعلنت الأخيرة إطلاق عمليات»: the pronoun alone, the rest is what it said
    return replace(who, sides=(side,), speaker=first, end=who.start + len(first))


def _people_of_the_place(who: Attribution, keys: Sequence[str], before: Sequence[Mention], words: ClaimWords) -> Attribution:
    """«ويشكو السكان», «وهتف المتظاهرون», «تقول المرأة»: people with no office and no nationality named
    speak for the side that holds the town or region the story is in: the last place named before them
    that is not itself acting (a town of Armenia, Stepanakert, Karabakh; a town of Azerbaijan gives no
    side, for Karabakh's own towns are Azerbaijan's)."""
    local = not _LOCAL_WORDS.isdisjoint(map(bare_key, keys))  # «السلطات المحلية», «مسؤول محلي»: the town's own officials
    if bare_key(keys[0]) not in _PEOPLE and not local:
        return who
    for m in reversed(before):
        if m.start >= who.start or who.start - m.start > _SETTING_REACH:
            continue
        if m.role == "actor" or m.place.kind not in _LIVED_IN:
            continue  # (a state, a road, a river: not where people live)
        side = words.place_sides.get(m.place.place_id) or words.country_sides.get(m.place.country or "")
        if side == "azerbaijan" and m.place.country == "AZ" and not m.place.is_state_seat and not local:
            side = ""  # (a survivor in Ganja is a witness, not the state's voice: its officials are)
        return replace(who, sides=(side,)) if side else who  # (the nearest place decides, of no side too)
    return who


_PEOPLE = frozenset({"السكان", "سكان", "الاهالي", "اهالي", "المتظاهرون", "المتظاهرين", "متظاهرون", "المحتجون",
                     "المحتجين", "محتجون", "النازحون", "النازحين", "اللاجيون", "اللاجيين", "المراه", "امراه",
                     "الرجل", "رجل", "شهود", "الشهود", "المواطنون", "المواطنين"})
"""Residents, protesters, the displaced, a woman or a man, witnesses: people, not offices."""
_LOCAL_WORDS = frozenset({"المحليه", "محليه", "محلي", "المحلي", "المحليون", "محليون", "المحليين", "محليين"})
_LIVED_IN = frozenset({"city", "town", "village", "district", "province", "region"})
_SETTING_REACH = 600
"""How far before such a speaker (characters) the place of the story may be named."""


_OFFICES = frozenset({"خارجيت", "دفاع", "وزراي", "رييس", "جيش", "حكومت", "قوات", "برلمان", "رياست"})
"""Office words that take a possessive pronoun for their state («خارجيتها», «رئيس وزرائها»)."""


def same_head_before(who: Attribution | None, history: Sequence[Attribution]) -> Attribution | None:
    """A bare head pointed back («وقالت الوزارة», «بيان صادر عن الوزارة») names the last speaker with
    that head («وزارة الدفاع الأذربيجانية»), not merely the last speaker («أرمينيا» in between);
    ``history``: the speakers found so far, in order. Unchanged when the last speaker has the head or
    none before it has. A bare title with no side is looked for in the speakers before it (_title_named_before)."""
    if who is None or not history:
        return who
    if who.sides == ("other",) and not _THREE.isdisjoint(map(normalise_key, who.speaker.split())):
        three = next((h for h in _recent(history) if len(h.sides) == 3), None)  # «قادة الدول الثلاث»: the
        return who if three is None else replace(who, sides=three.sides, pattern="anaphora")  # three named before
    if who.pattern != "anaphora":
        return _title_named_before(who, history)
    head = _institution_head(who.speaker)
    if head is None or head in _heads_of(history[-1].speaker):
        return who
    named = _last_with_head(head, history)
    return who if named is None else replace(who, sides=named.sides, speaker_en=named.speaker_en)


def _institution_head(speaker: str) -> str | None:
    """The first of a speaker's words that is an institution's head («الوزارة» -> وزاره), or None."""
    return next((h for h in _heads_of(speaker) if h in _INSTITUTION_HEADS), None)


def _last_with_head(head: str, history: Sequence[Attribution]) -> Attribution | None:
    """The last speaker named outright (not pointed back to) whose phrase holds ``head``, or None."""
    return next((h for h in _recent(history) if h.pattern != "anaphora" and head in _heads_of(h.speaker)), None)


def _recent(history: Sequence[Attribution]) -> Iterator[Attribution]:
    """The speakers of ``history``, last first, each phrase once, among the last _RECENT (a page that
    repeats one sentence thousands of times stays linear; an article has far fewer speakers)."""
    seen: set[tuple[str, str]] = set()
    for h in history[:-_RECENT - 1:-1]:
        if (h.speaker, h.pattern) not in seen:
            seen.add((h.speaker, h.pattern))
            yield h


_RECENT = 300


def _title_named_before(who: Attribution, history: Sequence[Attribution]) -> Attribution:
    """A bare title with no side («قال سكرتير مجلس الأمن», «وبحسب رئيس الوزراء») names the last
    speaker whose phrase held it («سكرتير مجلس الأمن الأرميني أرمين غريغوريان»), though others
    («المسؤول») spoke in between."""
    written = who.speaker.split()
    if who.sides != ("other",) or len(written) > 3:  # (a title of one to three words)
        return who
    keys = [normalise_key(w) for w in written]
    head = _institution_head(who.speaker) if len(keys) == 1 else None
    if head is not None and bare_key(keys[0]).startswith(("ال", "لل")):
        # «وجاء في بيان للوزارة», «بحسب بيان الوزارة»: the one ministry named before, as «وقالت الوزارة» is
        named = _last_with_head(head, history)
        if named is not None:
            return replace(who, sides=named.sides, speaker_en=named.speaker_en, pattern="anaphora")
    titles = [keys] if keys[0] != "وزاره" or len(keys) < 2 else [keys, ["وزير", *keys[1:]], ["وزيره", *keys[1:]]]
    construct = keys[0][2:] if len(keys) == 1 and keys[0].startswith("ال") else ""
    named = next((h for h in _recent(history) if h.pattern != "anaphora" and (any(  # «وزارة الخارجية»: the ministry
        repeats_title(title, h.speaker) for title in titles)  # of «وزير الخارجية الأميركي» named before
        or construct and _of_a_state(construct, h.speaker))), None)
    return who if named is None else replace(who, sides=named.sides, speaker_en=named.speaker_en, pattern="anaphora")


def _of_a_state(title: str, speaker: str) -> bool:
    """Does the speaker's phrase hold the title in construct with a state's name («رئيس أذربيجان، إلهام علييف»,
    «رئيس جمهورية أرمينيا»), so that «الرئيس» alone points back to it (not «رئيس الوزراء»)?"""
    written = [normalise_key(w) for w in speaker.split()]
    return any(w == title and (not after.startswith("ال") or after.startswith("جمهوريه"))
               for w, after in zip(written, written[1:], strict=False))


_INSTITUTION_HEADS = frozenset({"وزاره", "وزير", "خارجيه", "رياسه", "جيش", "حكومه", "مكتب", "نيابه", "وكاله", "مصدر"})
"""Heads that name one institution among several in an article (a ministry of each side), or sources."""
_ONE_HEAD = {"مصادر": "مصدر", "المصادر": "مصدر"}
"""A plural head read as its singular («مصادر» and «ذات المصدر» are the same sources)."""


def _heads_of(speaker: str) -> list[str]:
    """The readings of a speaker's words without clitics («والوزارة» -> وزاره), in order."""
    return [_ONE_HEAD.get(stem, stem) for word in speaker.split() for stem in stems_of(normalise_key(word))]


_THE_TWO = frozenset(map(normalise_key, ("الطرفان", "الجانبان", "الطرفين", "الجانبين")))
_TWO_LEADERS = frozenset(map(normalise_key, ("الرئيسين", "الرئيسان", "الوزيرين", "الوزيران", "الزعيمين", "الزعيمان")))
_PAIR_REACH = 80
"""How many words back, at most, «الطرفان» looks for the two leaders it may stand for."""


def the_two_named(
    who: Attribution | None, tokens: Sequence[Token], since: int, first: int, words: ClaimWords,
    mentions: Sequence[Mention] = (), text: str = "",
) -> Attribution | None:
    """«وأعرب الطرفان عن قلقهما» after «الرئيسين الروسي فلاديمير بوتين والفرنسي ايمانويل ماكرون»: the
    two leaders named in the sentence before (from word ``since``) or this one, not the two sides of the
    conflict «الطرفان» otherwise stands for; or the last two states named together before it («مبعوثان من
    تركيا وأرمينيا … أكد الجانبان»: Turkey and Armenia)."""
    if who is None or len(who.sides) != 2 or bare_key(normalise_key(who.speaker)) not in _THE_TWO and not (
            who.sides == ("armenia", "azerbaijan") and dual_office(bare_key(normalise_key(who.speaker.split()[0])))):
        return who  # (and «وزارتا الخارجية»: two offices of no state named)
    for k in range(first - 1, max(since, first - _PAIR_REACH) - 1, -1):
        if tokens[k].key in _TWO_LEADERS:
            sides: list[str] = []
            for tok in tokens[k + 1:k + 10]:
                side = words.nationality_of(tok.key)
                if side and side not in sides:
                    sides.append(side)
            if len(sides) == 2 and set(sides) != set(who.sides):
                return replace(who, sides=tuple(sides), pattern="anaphora")
            return who
    pair = () if who.verb_kind == "accuse" else _last_pair(mentions, text, who.start, words)  # (blame: the two at war)
    return replace(who, sides=pair, pattern="anaphora") if pair and set(pair) != set(who.sides) else who


def _last_pair(mentions: Sequence[Mention], text: str, before: int, words: ClaimWords) -> tuple[str, ...]:
    """The sides of the last two states named together with «و» before offset ``before`` («تركيا
    وأرمينيا»), within the article's last 1,500 characters before it; () if none."""
    named = [m for m in mentions if before - 1500 <= m.start < before and m.place.kind == "country"]
    for a, b in zip(reversed(named[:-1]), reversed(named[1:]), strict=True):
        sides = (words.place_sides.get(a.place.place_id), words.place_sides.get(b.place.place_id))
        gap = text[a.end:b.start].strip()
        if (gap == "و" or gap == "" and text[b.start:b.start + 1] == "و") and all(sides) and sides[0] != sides[1]:
            return (sides[0], sides[1])  # type: ignore[return-value]
    return ()
