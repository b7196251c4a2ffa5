"""Where a speaker's noun phrase starts and ends, and the word-level tests attribution rests on: a
word without its conjunction, its readings without clitics, whether it is a reporting verb.

A subject runs from its first word until punctuation, a complementiser («أن»), a time word, a
stop word, another reporting verb, or a verbal noun of an event after a definite noun (the
verb's object: «أكد متحدث باسم الوزارة السيطرة على»); a short name between commas is kept as
an apposition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from geo.claims.claimwords import ClaimWords
from geo.model import Mention, Token
from geo.text.clitics import CONJUNCTIONS, iter_stems, stems_of, strip_proclitic
from geo.text.wordcache import Answers, answers

SPEAKER_MAX_TOKENS = 14
STATEMENT_OPENERS = frozenset({"ان", "انه", "انها", "بان"})  # what was said opens with one («قال إن», «أعلن بأن»)
WHAT_WAS_SAID = STATEMENT_OPENERS | {"انهم", "بانه", "بانها"}  # and with a pronoun («أنهم», «بأنها»)
_COMPLEMENTISERS = WHAT_WAS_SAID | {"لان"}
PUBLISHING = frozenset({"اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت"})
"""Verbs of issuing a statement: «أصدرت الوزارة بيانا أوضحت فيه»: no part of the speaker."""


@lru_cache(maxsize=262_144)
def bare_key(key: str) -> str:
    """The key without a leading conjunction و/ف (cached per distinct word)."""
    return strip_proclitic(key, CONJUNCTIONS)


@lru_cache(maxsize=262_144)
def _readings(key: str) -> tuple[str, ...]:
    """A word's readings without clitics, and with the article put back where ل ate it (للكرملين -> الكرملين)."""
    return tuple(r for _, stem, stripped in iter_stems(key) for r in ((stem, "ال" + stem) if stripped else (stem,)))


def verb_kind(tok: Token, words: ClaimWords) -> str:
    """The reporting verb a word is (say, deny, accuse, carry, reject), with or without و/ف; '' if none (cached)."""
    return words.verb_cache[tok.key]


def named_ali(text: str, tokens: Sequence[Token], i: int, words: ClaimWords) -> bool:
    """Is the word «علي», written with «ي», the given name Ali («علي لاريجاني», «علي محمدوف») and not the
    preposition «على» (keys fold both to «علي»; some outlets write the preposition with «ي» too, «أكد علي
    ضرورة»)? Only before a known speaker's name or a surname by its ending."""
    tok = tokens[i]
    if bare_key(tok.key) != "علي" or text[tok.end - 1] != "ي" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].key
    return _known_person(tokens, i, words) or (len(nxt) >= 5 and not nxt.startswith("ال") and any(
        nxt.endswith(ending) for ending, _side in words.surname_sides))


def prepositional_object(key: str, words: ClaimWords) -> bool:
    """Is the word a preposition's object, not a subject: ب or ل on a definite noun («بالانسحاب») or
    on a topic word («بانسحاب القوات», «لوقف»)? "وطالبت بانسحاب القوات" has no subject of its own."""
    if len(key) < 4 or key[0] not in "بل":
        return False
    rest = key[1:]
    return rest.startswith("ال") or key.startswith("لل") or bool(words.type_hits(rest, stems_of(rest)))  # («للعاصمة»)


THE_TWO_PARTIES = frozenset({"الطرفان", "الطرفين", "الجانبان", "الجانبين", "البلدان", "البلدين", "الدولتان", "الدولتين"})
"""The two sides or states, as one speaker of two («الطرفان», «البلدين»)."""
_THE_TWO = frozenset(key for key in THE_TWO_PARTIES if key.endswith("ين"))  # (the oblique case)
_PART_OF_A_TIME = frozenset({"نهايه", "بدايه", "مطلع", "منتصف", "اواخر", "اوايل", "ختام"})
_OFFICIALS = frozenset({"مسوول", "مسوولون", "مسوولين", "ممثل", "ممثلون", "ممثلين", "دبلوماسيون", "دبلوماسيين"})


def _np_end(text: str, tokens: Sequence[Token], start: int, words: ClaimWords) -> int:
    """Index after the last token of a noun phrase starting at ``start`` (a speaker)."""
    head = start
    if start + 1 < len(tokens) and statement_of_bare_head(tokens[start].key, tokens[start + 1].key, words):
        head = start + 1  # «أكد بيان الوزارة تدمير مواقع»: the statement of the bare head
    if tokens[head].key in words.anaphoric_heads and head + 1 < len(tokens):
        nxt = tokens[head + 1].key
        if not (nxt.endswith(("ي", "يه", "يين", "يون")) or nxt.startswith("باسم") or nxt in ("العامه", "في")
                or nxt[1:] in _PLACE_HEADS or (  # («السلطات في/بمقاطعة سيونيك»: where they are)
                    text[tokens[head].end:tokens[head + 1].start].strip() in ("،", ",")
                    and _apposition(text, tokens, head + 1, words))):  # «المتحدث، أنار إيفازوف،»: his name
            return head + 1  # "واتهمت الوزارة القوات الأرمينية": the bare head is the whole subject
    i = start
    limit = min(len(tokens), start + SPEAKER_MAX_TOKENS)
    verbs = words.verb_cache
    goes_on = _goes_on(words)
    while i < limit:
        tok = tokens[i]
        key = bare_key(tok.key) if i > start else tok.key
        if i > start:
            gap = text[tokens[i - 1].end:tok.start]
            if gap != " " and not (gap == ". " and len(tokens[i - 1].key) == 1) and (not _NP_MARKS.isdisjoint(gap)
                               or (("،" in gap or "," in gap) and not _apposition(text, tokens, i, words))):
                if i == start + 1 and {tokens[start].key, bare_key(tokens[start].key)} & OUTLET_HEADS:
                    return quoted_name_end(text, tokens, i, gap)  # «وكالة "الأناضول"»: the channel's name
                if (tokens[i - 1].key in _PLACE_HEADS or tokens[i].key in _PLACE_HEADS or tokens[i - 1].key == "ل") and \
                        quoted_name_end(text, tokens, i, gap) > i:  # (and «لـ "مجلس الأمن"», «ممثل "جمهورية قره باغ"»)
                    i = quoted_name_end(text, tokens, i, gap)  # «رئيس إقليم "ناغورني قره باغ"»: goes on
                    continue
                break
            if "\u064b" in text[tok.start:tok.end] and tok.key.endswith("ا"):
                break  # «وقال دارجيخلي معلقاً على …»: a word with the accusative's tanween is no part of a name
            if goes_on[tok.key]:
                i += 1  # (most words) none of the checks below can end the phrase at this word
                continue
        if (i > start and tok.key == "من" and i + 1 < len(tokens) and (
                tokens[i - 1].key in ("كل", "كلا") or bare_key(tokens[i + 1].key) in _THE_TWO or (
                    bare_key(tokens[i - 1].key) in _OFFICIALS and not tokens[i + 1].key.startswith("ال")))):
            i += 1  # «مسؤولون من أرمينيا»: officials from a state (a name); the state says whose; «مصادر كل من
            continue  # البلدين», «مصادر من الجانبين»: sources of each side
        if i > start and tok.key == "عن" and bare_key(tokens[i - 1].key) in _ENVOYS and i + 1 < len(tokens):
            i += 1  # «ممثلة عن السلطات المحلية»: a representative of a body; the body says whose
            continue
        if i > start and tok.key == "من" and i + 1 < len(tokens) and bare_key(tokens[i + 1].key) in AMONG_THEM:
            i += 2  # «عدة دول، من بينها روسيا وفرنسا»: the members named go on with the phrase
            continue
        if i == start + 1 and tok.key == "من" and words.shares(tokens[start].key):
            i += 1  # «كثير من الأرمن», «ثلاثة من سكان كاراباخ»: a share of a group speaks; the group says whose
            continue
        if key in _COMPLEMENTISERS or tok.key in _COMPLEMENTISERS or key in words.time_words and not (i > start and any(
                sp.key[1:2] == (tok.key,) for sp in words.speaker_first.get(tokens[i - 1].key, ()))) or (  # («روسيا اليوم»:
                tok.key in words.stops and not named_ali(text, tokens, i, words)):  # a known name, RT, not a time)
            break
        if tok.key == "في" and i + 1 < len(tokens) and (
            tokens[i + 1].key.removeprefix("ال").startswith(words.channels) or tokens[i + 1].key in words.time_words
            or tokens[i + 1].key in words.month_first_words or (tokens[i + 1].key in _PART_OF_A_TIME and i + 2 < len(
                tokens) and (tokens[i + 2].key in words.time_words or tokens[i + 2].key in words.month_first_words))
        ):  # «وأضافت الخارجية في البيان», «ودعا الغرب وروسيا في نهاية الأسبوع»
            break
        if i > start and (verbs[tok.key] or words.opens_according_to[tok.key]):
            break  # (and «وقال سركيسيان وفق بيان للكرملين»: the source of the report, not the speaker's name)
        if i > start and (tok.key == "قول" or tok.key in FROM_HIM or tok.key in words.rebuttal_objects and tokens[i - 1].key not in OUTLET_HEADS
                          and tokens[min(i + 1, len(tokens) - 1)].key != "العام"):  # (not «مكتب الادعاء العام»)
            break  # «ورفضت أذربيجان الرواية الروسية»: what was rejected (not «وكالة الأنباء»); «قول متحدث»: whose words
        if i > start and (_told_outlet(tok.key, words) or tok.key == "ل" and i + 1 < len(tokens)
                          and tokens[i + 1].key in words.outlets):
            break  # «وقال مسؤول محلي لتاس», «لـ"نوفوستي"»: the outlet told (not «الأمين العام لـ الأمم المتحدة»)
        if i > start + 1 and key.startswith("بال") and key not in _ACTING and key[3:] not in words.heads:
            break  # «واتهمت باكو يريفان بالوقوف وراء»: ب and a definite noun is what was said (not «بالوكالة», «بالخارجية»)
        if i > start and key.startswith("ب") and (_BI_VERBAL_NOUN.match(key) or any(
                len(phrase) == 1 and kind != "-" for phrase, kind in words.type_hits(key[1:], (key[1:],)))):
            break  # «وطالب المتظاهرون بتسليحهم», «أفادت سلطات غوريس بانتهاك»: what they asked or told, not who
        if i > start + 1 and tok.key.startswith("ال") and _event_noun_after_definite(tokens[i - 1], tok, words):
            break  # "أكد متحدث باسم الوزارة السيطرة على 6 قرى": the subject ends at «الوزارة»
        if i > start + 2 and tok.key in words.titles and words.titled_name_ends([t.key for t in tokens[start:i]]):
            break  # «ودعا الرئيس الروسي فلاديمير بوتين الرئيس الأذربيجاني …»: after a titled name, a title is whom
        prev = tokens[i - 1].key if i > start else ""
        if prev and _OBJECT_MASDAR.match(tok.key) and not tok.key.startswith("ال") and tok.key not in words.given_name_sides \
                and (prev.startswith("ال") or i > start + 1 and _ends_a_name(prev, words) and tok.key not in words.speaker_first):
            break  # «وأكدت الطواقم مواصلة تقديم المساعدات»: a definite noun takes no indefinite complement, nor does a
            # person's name («أعلن … دميتري بيسكوف بدء اجتماع»; «إلهام علييف»: a given name of that shape starts one)
        i += 1
    return i


def _goes_on(words: ClaimWords) -> Answers:
    """Per word: can none of _np_end's checks after a phrase's first word end the phrase at it (not «من»,
    «في», «قول», a lone «لـ», a complementiser, time word, stop word, verb, rebutted statement, outlet told, «ب» and a
    verbal noun, definite event noun, title, or indefinite verbal noun)?"""
    def work(raw: str) -> bool:
        key = bare_key(raw)
        return not (
            raw in ("من", "في", "قول", "ل") or raw in FROM_HIM or key in _COMPLEMENTISERS or raw in _COMPLEMENTISERS or key in words.time_words
            or raw in words.stops or words.verb_cache[raw] or words.opens_according_to[raw] or raw in words.rebuttal_objects
            or _told_outlet(raw, words)
            or key.startswith("ب") or (raw.startswith("ال") and words.event_nouns[raw]) or raw in words.titles
            or (_OBJECT_MASDAR.match(raw) and not raw.startswith("ال") and raw not in words.given_name_sides))
    return answers(words, "a word that cannot end a noun phrase", work)


def _ends_a_name(key: str, words: ClaimWords) -> bool:  # indefinite, not a particle, a head or a title
    return not key.startswith("ال") and len(key) > 2 and not words.titles_or_heads(key)


def _told_outlet(key: str, words: ClaimWords) -> bool:
    """Is the word «ل» and an outlet's name («لرويترز», «لسبوتنيك», «للجزيرة»)?"""
    return key.startswith("ل") and len(key) >= 4 and any(r in words.outlets for r in _readings(key) if r != key)


_OBJECT_MASDAR = re.compile(r"^(?:ا[^ا]{2}ا[^ا]|ت[^ا]{2}ي[^ا]|م[^ا]ا[^ا]{2}ه|است[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]"
                            r"|عقد|نفي|بدء|وقف|رفض|دعم|فتح|منع|سحب|شن|بسط|عوده|ضم|دخول|خروج|سقوط|مقتل|قصف)$")
"""Verbal nouns without the article (إفعال «إطلاق», تفعيل «تقديم», مفاعلة «مواصلة», استفعال, افتعال «اعتقال»,
انفعال «انسحاب», and common short ones «عقد», «نفي», «بسط», «عودة», «دخول», «مقتل»): after a definite word, the verb's object begins."""
_BI_VERBAL_NOUN = re.compile("^[وف]?ب(?:ت[^ي]{2}ي|م[^ا]ا(?!طعه)[^ا]{2}ه$)")
"""ب and a verbal noun of the form تفعيل («بتسليح», «بتوزيع»; «بتروسيان» has no ي there) or مفاعلة
(«بمهاجمة», «بمحاولة»; not «بمقاطعة», a province): a verb's object, never a name."""
FROM_HIM = frozenset({"عنه", "عنها", "عنهم"})
"""«نقلت وسائل الإعلام عنه»: relayed from the last speaker; the word ends a speaker's phrase."""
_ACTING = frozenset({"بالوكاله", "بالنيابه", "بالانابه"})
"""«رئيس الوزراء بالوكالة»: acting, part of a title."""
_NP_MARKS = frozenset(".:«\"“”؛؟!()»")
"""Marks that end a noun phrase between two of its words."""


def statement_of_bare_head(first: str, second: str, words: ClaimWords) -> bool:
    """Are two keys a channel and a bare head («بيان الوزارة»): the statement of the last one named?"""
    return first.startswith(words.channels) and second in words.anaphoric_heads


QUOTES = {"«": "»", '"': '"', "“": "”"}
"""Opening quote -> its closing quote."""
OUTLET_HEADS = frozenset({"وكاله", "وكالات", "صحيفه", "قناه", "موقع", "شبكه", "اذاعه", "تلفزيون"})
_PLACE_HEADS = frozenset({"اقليم", "جمهوريه", "منطقه", "مدينه", "ولايه", "محافظه", "مقاطعه"})
"""Nouns a place name follows inside a speaker's title («رئيس إقليم "ناغورني قره باغ"»)."""


def quoted_name_end(text: str, tokens: Sequence[Token], i: int, gap: str) -> int:
    """Index after a name in quotes that opens at token ``i`` (at most four words), else ``i``."""
    if (closing := QUOTES.get(gap.strip())) is None:
        return i
    for j in range(i, min(len(tokens), i + 4)):
        after = text[tokens[j].end:tokens[j + 1].start] if j + 1 < len(tokens) else text[tokens[j].end:]
        if after.lstrip().startswith(closing):
            return j + 1
    return i


_CALLING = (("دعا", "دعت"), ("طالب", "طالبت"), ("حث", "حثت"), ("حض", "حضت"), ("ناشد", "ناشدت"))
_ACCUSING_OR_WARNING = (("اتهم", "اتهمت"), ("حمل", "حملت"), ("حذر", "حذرت"))
"""Verbs that take the person called on, accused or warned as their object, masculine and feminine."""
CALL_VERBS = frozenset(form for pair in _CALLING for form in pair)
OBJECT_VERBS_MASCULINE = frozenset(masculine for masculine, _f in (*_CALLING, *_ACCUSING_OR_WARNING))
_CALL_VERBS_FEMININE = frozenset(feminine for _m, feminine in (*_CALLING, *_ACCUSING_OR_WARNING))


_HIS_COUNTERPART = frozenset({"نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظراءه", "نظراءها", "نظيريه"})


def addressee(verb: Token, nxt: Token, after: str = "") -> bool:
    """After a feminine verb of calling on or accusing someone, a definite masculine singular noun
    cannot be the subject (the verb would agree with it): it is the one called on or accused («واتهمت
    الجيش الأذربيجاني»), unless a feminine adjective (``after``, the next word) shows it short for a
    ministry («اتهمت الدفاع الأذربيجانية»). «نظيره» (his counterpart) right after a verb points back to
    the subject before it: «أبلغ نظيره الروسي» is whom he told. A feminine adjective shows a broken plural
    agreeing as a feminine («دعت الأمم المتحدة إلى»: the United Nations called)."""
    key = nxt.key
    return key in _HIS_COUNTERPART or (bare_key(verb.key) in _CALL_VERBS_FEMININE and key.startswith("ال") and len(key) > 4
            and not key.endswith(("ه", "ات", "ين", "ون")) and not (after.startswith("ال") and after.endswith("ه")))


_TITLES = frozenset({"رييس", "قياده", "سلطات", "حكومه", "برلمان", "وزاره", "رياسه", "زعيم", "مسوولو", "مسوول",
                     "ممثل", "خارجيه", "دفاع", "مفوض", "سلطه"})


def through_titled_place(span: Sequence[Token], last: int, inside: Sequence[Mention]) -> int:
    """``last`` moved past a place named right after a place noun ending the speaker («رئيس إقليم
    ناغورني كاراباخ»، «قيادة إقليم "قره باغ"»): the place belongs to the title, not to what is said."""
    if not 1 < last < len(span) or bare_key(span[last - 1].key) not in _PLACE_HEADS:
        return last
    if bare_key(span[last - 2].key) not in _TITLES:
        return last  # (a run-on phrase ending in «في إقليم» is no title)
    if (named := next((m for m in inside if span[last].start <= m.start < span[last].end + 2), None)) is None:
        return last
    return next((k + 1 for k in range(len(span) - 1, last - 1, -1) if span[k].start < named.end), last)


def is_masdar(text: str, verb: Token, words: ClaimWords) -> bool:
    """Is the reporting word a verbal noun («إعلان», «اتهام»)? Its subject follows it, never stands before it."""
    return any(reading in words.masdars for reading in _readings(verb.key)) and text[verb.end - 1] != "ى"
    # («نفى» with alif maqsura is the verb; the noun «نفي» is written with ya)


def masdar_without_statement(text: str, tokens: Sequence[Token], verb: Token, end: int, words: ClaimWords) -> bool:
    """Is the reporting word a verbal noun with no statement after its subject («تطبيق إعلان
    السلام»: a declaration, not «مع إعلان الوزير أن ...»)?"""
    if not is_masdar(text, verb, words):
        return False
    if end >= len(tokens):
        return True
    # what was said follows the speaker, perhaps after a time («تصريح باشينيان قبل يومين بأن»), or
    # is introduced by عن («إعلان وزارة الدفاع عن التوصل إلى اتفاق»)
    about = next((k for k in range(end, min(end + 5, len(tokens))) if tokens[k].key == "عن"), -1)
    if about >= 0 and all(t.key in words.time_words or t.key in _UNILATERALLY for t in tokens[end:about]):
        return False  # («إعلان وزارة الدفاع من جانب واحد عن», «، اليوم الخميس، عن»: an adverbial before it)
    if _opens_with(tokens, verb) and text[tokens[end - 1].end:tokens[end].start] == " " \
            and tokens[end].key not in _COMPLEMENTISERS and not tokens[end].key.startswith(("في", "خلال")):
        # «إعلان أذربيجان سيطرتها على المدينة», «اتهام أذربيجان لجارتها بإصابة جندي»: a headline or
        # clause opened by the verbal noun, its object what was said
        return False
    return not any(bare_key(t.key) in _COMPLEMENTISERS for t in tokens[end:end + 3]) and not any(
        mark in text[tokens[end - 1].end:tokens[end].start] for mark in (":", "«", "“"))


_ENVOYS = frozenset({"ممثل", "ممثله", "ممثلو", "ممثلون", "ممثلين", "مندوب", "مندوبه", "مندوبو", "مندوبون"})
_UNILATERALLY = frozenset({"من", "جانب", "طرف", "واحد", "رسميا"})
_MASDAR_OPENERS = frozenset({"عقب", "بعد", "اثر", "مع", "وذلك", "وسط", "غداه", "قبل", "عشيه"})


def _opens_with(tokens: Sequence[Token], verb: Token) -> bool:
    """Does the verbal noun open its clause (after «عقب», «بعد», «وذلك عقب» at most)?"""
    for tok in tokens[:3]:
        if tok is verb or bare_key(tok.key) not in _MASDAR_OPENERS:
            return tok is verb
    return False


def _event_noun_after_definite(before: Token, tok: Token, words: ClaimWords) -> bool:
    """A definite noun cannot take another noun as its complement: a definite word after one is an
    adjective or a name, unless it is a verbal noun of an event (the object of the verb, «السيطرة»)."""
    if not (before.key.startswith("ال") and tok.key.startswith("ال")) or tok.key.endswith(("يه", "يين", "يون")):
        return False  # («الفرقة القتالية»: an adjective of the nisba form, made from an event noun)
    return words.event_nouns[tok.key]


_APPOSITION_ENDS = frozenset("،,.:«")


def _apposition(text: str, tokens: Sequence[Token], i: int, words: ClaimWords) -> bool:
    """After a comma: is the next short segment a name or a title in apposition (", أرتسرون هوفهانيسيان،",
    «آنا كيلي، المتحدثة باسم البيت الأبيض،»)?"""
    if _known_person(tokens, i, words):
        return True  # «المتحدث باسم وزارة الدفاع، أنار إيفازوف في تصريح»: a known speaker's name, comma or not
    first = tokens[i].key  # (callers pass a word of the clause: i < len(tokens))
    if bare_key(first) in AMONG_THEM or first == "من" and i + 1 < len(tokens) and tokens[i + 1].key in AMONG_THEM:
        return True  # «عدة دول، من بينها روسيا وفرنسا،»: the members named
    titled = first.startswith("ال") and first[2:] in words.heads
    size = 7 if titled else 3
    j = i
    while j < len(tokens) and j <= i + size:
        if j > i and not _APPOSITION_ENDS.isdisjoint(text[tokens[j - 1].end:tokens[j].start]):
            break
        j += 1
    segment = tokens[i:j]
    if not segment or len(segment) > size:
        return False
    if first in _COMPLEMENTISERS or first in words.time_words or first in words.stops or verb_kind(segment[0], words):
        return False
    return (titled or not first.startswith("ال")) and j < len(tokens) and any(
        c in text[tokens[j - 1].end:tokens[j].start] for c in "،,"
    )


AMONG_THEM = frozenset({"بينها", "بينهم", "منها", "منهم"})


def _known_person(tokens: Sequence[Token], i: int, words: ClaimWords) -> bool:
    """Does a known speaker's full name of two or more words start at ``i``?"""
    for sp in words.speaker_first.get(tokens[i].key, ()):
        size = len(sp.key)
        if size > 1 and tuple(t.key for t in tokens[i:i + size]) == sp.key:
            return True
    return False


_TURN_MARKERS = (("من", "جهته"), ("من", "جهتها"), ("من", "جهتهم"), ("من", "جانبه"), ("من", "جانبها"),
                 ("من", "جانبهم"), ("من", "ناحيته"), ("من", "ناحيتها"), ("في", "المقابل"), ("بدوره",), ("بدورها",),
                 ("بدورهم",))
"""Phrases that mark the other party's turn ("من جهتها"، "بدوره"), never part of a speaker."""
_TURN_LAST_WORDS = frozenset(marker[-1] for marker in _TURN_MARKERS)
_TURN_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _marker in _TURN_MARKERS:
    _TURN_BY_FIRST[_marker[0]] = (*_TURN_BY_FIRST.get(_marker[0], ()), _marker[1:])


def turn_marker_at(tokens: Sequence[Token], i: int) -> int:
    """How many words a turn marker opening at ``i`` has («بدوره», «ومن جهته»: its first word with or
    without و), 0 when none opens there."""
    rests = _TURN_BY_FIRST.get(bare_key(tokens[i].key)) if i < len(tokens) else None
    if rests is None:
        return 0  # (most words) no marker starts with this one
    for rest in rests:
        if tuple(t.key for t in tokens[i + 1:i + 1 + len(rest)]) == rest:
            return 1 + len(rest)
    return 0


def _without_turn_marker(tokens: Sequence[Token], start: int, end: int) -> int:
    """``end`` moved back over a turn marker that closes tokens[start:end] (with or without و)."""
    if end <= start or (tokens[end - 1].key not in _TURN_LAST_WORDS and bare_key(tokens[end - 1].key) not in _TURN_LAST_WORDS):
        return end  # (most phrases) the last word ends no marker
    for marker in _TURN_MARKERS:
        size = len(marker)
        if end - start >= size and tuple(bare_key(t.key) if k == 0 else t.key
                                         for k, t in enumerate(tokens[end - size:end])) == marker:
            return end - size
    return end


def separates_subject(gap: str) -> bool:
    """Does the text between two words end a subject before a verb: a comma, stop, colon or quote, or
    a spaced dash or slash after a dateline («يريفان 3 أبريل (رويترز) - قالت», «موسكو 6 إبريل / أعرب»;
    a hyphen inside a name, «ناجورنو-قرة باغ», joins)?"""
    if gap == " ":
        return False  # (most gaps)
    return not _SUBJECT_ENDS.isdisjoint(gap) or (gap != gap.strip() and gap.strip()[-1:] in ("-", "–", "—", "/"))


_SUBJECT_ENDS = frozenset("،,.:«\"“؛")
