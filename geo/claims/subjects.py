"""Where the subject of a reporting verb is, when other words stand near it: a time adverbial between
the verb and its subject («وقال في وقت لاحق الرئيس»), an event's verbal noun right after the verb that
is what was announced, not who announced it («وأعلنت استعادة السيطرة»), and a bare title that repeats
the last speaker's («وبحسب رئيس الوزراء»), an accusing verb marked as passive («تُتهم أذربيجان»),
whether a clause's first reporting verb is of a given kind (an act, a threat), and who published
what a claim is according to («وفقًا لحصيلة جديدة نشرتها الشرطة»); verbs of saying that report nothing
where they stand («ونُقل الجرحى», «وزاد عدد القتلى», «عبرت السيارات»). Used by
geo/claims/attribution.py and geo/claims/extract.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import PUBLISHING, WHAT_WAS_SAID, bare_key, verb_kind
from geo.model import Token
from geo.text.clitics import CONJUNCTIONS, has_reading_in, stems_of, strip_proclitic
from geo.text.keys import normalise_key
from geo.text.wordcache import Answers

_VERB_OBJECTS = frozenset({"بذلك", "ذلك", "ايضا", "كذلك", "صحته", "صحتها", "صحه", "قايلا", "قايله", "قايلين", "عليه", "عليها",
                           "فيه", "فيها", "فقط", "بدوره", "بدورها"})
"""Words between a reporting verb and its subject: "نفى صحته مسؤولون", "وأكد ذلك الوزير", «وأعلنت فقط أن» (only); «وتابع
قائلا:» (saying) has none: the last speaker goes on."""
_AUXILIARIES = frozenset(
    "كان كانت قد لقد فقد وكان وكانت سبق وسبق لكن ولكن كما ثم وقد فيما وفيما بينما وبينما اما واما غير الا ان لم لن".split())
_NOT = frozenset({"لم", "لا", "لن"})

_WHEN = frozenset({"سابق", "لاحق", "متاخر", "مبكر"})


def after_time_adverbial(tokens: Sequence[Token], j: int, words: ClaimWords) -> int:
    """The index after a time adverbial that stands between a verb and its subject («اليوم الثلاثاء»,
    «في وقت لاحق», «مساء أمس»), or ``j`` itself when none does."""
    n = len(tokens)
    k = j
    while k < n:
        key = tokens[k].key
        if key in ("في", "فى") and k + 2 < n and tokens[k + 1].key == "وقت" and (tokens[k + 2].key in _WHEN or (
                len(tokens[k + 2].key) >= 3 and any(w.startswith(tokens[k + 2].key) for w in _WHEN))):  # («في وقت لاح»)
            k += 3
        elif key in words.time_words and key not in ("في", "فى"):
            k += 1  # («أفادت، يوم الأربعاء الماضي، سلطات مدينة غوريس»: the day, then who spoke)
        elif key in _AT_THE_SAME_TIME and k + 1 < n and tokens[k + 1].key in _WITH:
            k += 2  # («أعلن بالتزامن معها الرئيس الأذربيجاني»: at the same time as it)
        elif key.isdigit() and k + 1 < n and tokens[k + 1].key in words.month_first_words:
            k += 2  # («قد أعلن السبت 9 آب/أغسطس، بأن»: a date; «آب/أغسطس» gives two names of one month)
            while k < n and (tokens[k].key in words.month_first_words or tokens[k].key.isdigit()):
                k += 1
        else:
            break
    return k


_AT_THE_SAME_TIME = frozenset({"بالتزامن", "تزامنا", "بالتوازي", "بموازاه"})
_WITH = frozenset({"مع", "معه", "معها", "معهم", "معهما", "ذلك"})


_TITLE_HEADS = frozenset({"رييس", "الرييس", "رييسه", "الرييسه", "وزير", "الوزير", "وزيره", "الوزيره",
                          "سفير", "السفير", "سفيره", "السفيره", "مندوب", "المندوب", "مبعوث", "المبعوث"})


def repeats_title(keys: Sequence[str], previous: str) -> bool:
    """Is a bare title («رئيس الوزراء», «الوزير») part of the last speaker's phrase («رئيس الوزراء الأرميني
    نيكول باشينيان»), or a surname alone the last word of it («وقال دارغياخلي» after «المتحدث …، وقيف
    دارغياخلي»), so that it points back to that speaker?"""
    written = [normalise_key(w) for w in previous.split()]
    if len(keys) == 1 and len(written) > 1 and not keys[0].startswith("ال") and len(keys[0]) >= 4:
        return written[-1] == keys[0]
    return 0 < len(keys) <= 3 and (keys[0] in _TITLE_HEADS or len(keys) > 1) and f" {' '.join(keys)} " in (
        " " + " ".join(written) + " ")  # («سكرتير مجلس الأمن»: a title of words)


def topic_masdar(key: str, words: ClaimWords) -> bool:
    """Is the word an indefinite verbal noun that names a topic («استعادة», «مقتل», «قصف»)? Right
    after a reporting verb it is what was announced («وأعلنت استعادة السيطرة»), not the subject."""
    return not bare_key(key).startswith("ال") and any(  # (an event's: «بعثة», a mission, may speak)
        len(phrase) == 1 and kind in _EVENT_TOPICS for phrase, kind in words.type_hits(key, stems_of(key)))


_EVENT_TOPICS = frozenset({"attack", "casualties", "control", "humanitarian"})


def accused_in_passive(text: str, tok: Token, kind: str) -> bool:
    """Is an accusing verb written with the marks of the passive («تُتهم أذربيجان بقطع الطريق», «يُتّهم
    ناشطون»): the one after it is accused, and the sentence names no accuser? (Without the marks the
    passive and the active look alike, and the active is read.)"""
    return kind == "accuse" and "تهم" in tok.key and "\u064f" in text[tok.start:min(tok.end, tok.start + 4)]


def marked_passive(text: str, tok: Token) -> bool:
    """Is a reporting verb written with a damma on its first letter («أُعلنت», «ونُقل», «ذُكر»): a passive,
    no one named after it says it? (accused_in_passive reads the marks of an accusing verb anywhere in
    its first letters: «تُتهم», «يُتّهم».)"""
    written = text[tok.start:tok.end]
    stem = written[1:] if written[:1] in "وف" and len(written) > 3 else written
    return len(stem) > 2 and stem[1] == "\u064f"


def first_verb_in(keys: Sequence[str], words: ClaimWords, forms: frozenset[str]) -> bool:
    """Is the clause's first reporting verb (or participle) one of ``forms``, in any person or number?"""
    first = next(filter(words.verb_or_participle.__getitem__, keys), None)
    if first is None or not forms:
        return False
    for form in (first, strip_proclitic(first, CONJUNCTIONS)):  # («وافقوا», «ووافقت», «وافقا»)
        if form in forms or form.removesuffix("وا") in forms or form.removesuffix("ا") in forms:
            return True
    return False


INFORMATION = frozenset({"معلومات", "بيانات", "تقارير", "تقرير", "ارقام", "احصاءات", "احصاء", "حصيله", "صور"})
"""What a source publishes (keys without clitics): «بحسب معلومات نشرتها الوزارة», «لحصيلة نشرتها الشرطة»."""
_PUBLISHED = ("نشرت", "نشره", "اصدرت", "اصدره", "قدمت", "وزعت", "بثت", "بثه", "احصت", "احصاه", "جمعت", "جمعه")
_ISSUED = frozenset({"الصادره", "الصادر", "الوارده", "الوارد", "صادر", "صادره", "وارد", "وارده"})
_STATEMENTS = frozenset({"بيان", "البيان", "بلاغ", "تصريح", "تصريحات", "رساله"})
"""A statement, which is its issuer's («وفقًا لبيان صادر عن وزارة الدفاع»)."""
_DESCRIBING = frozenset({"مشترك", "مشتركه", "رسمي", "رسميه", "جديد", "جديده", "مكتوب", "مقتضب"})
"""One word that may describe a statement before «صادر عن» («بيان مشترك صادر عن»)."""


_PUBLISHED_THINGS = frozenset({"صوره", "صور", "مقطع", "فيديو", "اسماء", "قايمه", "خريطه", "وثيقه", "وثايق", "رساله"})


def published_thing(key: str, words: ClaimWords) -> bool:
    """Is the word after a publishing verb a thing published («بيانا», «صورة», «مقطع فيديو»), not its subject?"""
    bare = key.removesuffix("ا")
    return bare.startswith(words.channels) or bare in INFORMATION or bare in _PUBLISHED_THINGS


def publishes_nothing(tokens: Sequence[Token], i: int, words: ClaimWords) -> bool:
    """Is the verb at ``i`` one of publishing with no thing published and no «أن» in the words after it: an
    act («ونشر الجيش قوات إضافية في لاتشين»: deployed), not a statement («نشرت الوزارة بيانا», «على موقعها أن»)?"""
    return bare_key(tokens[i].key) in PUBLISHING and not any(
        published_thing(t.key, words) or bare_key(t.key) in WHAT_WAS_SAID for t in tokens[i + 1:i + 25])


def is_information(key: str) -> bool:
    """Is the word something a source publishes («معلومات», «والتقارير», «لحصيلة»: clitics read off)?"""
    return has_reading_in(key, INFORMATION)


def publisher_of(tokens: Sequence[Token], j: int, words: ClaimWords) -> int:
    """After «بحسب»: where the source starts when the word at ``j`` is something published and the
    words after it say who published it («معلومات نشرتها وزارة الدفاع», «حصيلة جديدة نشرتها الشرطة»,
    one describing word allowed before the verb; «المعلومات الصادرة عن الوزارة»); else ``j``."""
    n = len(tokens)
    if j >= n:
        return j
    latest = j + 1 if j + 1 < n and bare_key(tokens[j].key) in ("احدث", "اخر") else j  # «أحدث إحصاء»
    if latest + 2 < n and tokens[latest + 1].key == "من" and is_information(tokens[latest].key):
        # «وحسب أحدث إحصاء من جانب أرمينيا»: the one who counted; «ووفقا لتقارير من العاصمة الأذرية»: where from
        return latest + 3 if tokens[latest + 2].key == "جانب" and latest + 3 < n else latest + 2
    issued = j + 2 if j + 2 < n and bare_key(tokens[j + 1].key).removeprefix("ال") in _DESCRIBING else j + 1
    if issued + 2 < n and tokens[issued].key in _ISSUED and tokens[issued + 1].key in ("من", "عن") and (
            has_reading_in(tokens[j].key, INFORMATION | _STATEMENTS)):
        return issued + 2  # «وفقًا لبيان مشترك صادر عن وزارتي الخارجية»: the ones who issued it
    if not is_information(tokens[j].key):
        return j
    for verb in (j + 1, j + 2):
        if verb + 1 >= n or (verb > j + 1 and (tokens[j + 1].key in words.stops or verb_kind(tokens[j + 1], words))):
            return j
        if verb_kind(tokens[verb], words) in ("say", "carry") or bare_key(tokens[verb].key).startswith(_PUBLISHED):
            return _site_owner(tokens, verb + 1)
    return j


_ON_A_SITE = frozenset({"الموقع", "موقع", "الالكتروني", "الرسمي", "صفحه", "الصفحه", "حساب", "الحساب", "منصه"})


def _site_owner(tokens: Sequence[Token], k: int) -> int:
    """Where the publisher starts after «نُشر»: the site's owner when it was published on a site («تقرير نشر على
    الموقع الإلكتروني لوزارة الدفاع الأذربيجانية»: the ministry), else ``k``."""
    if k >= len(tokens) or tokens[k].key != "علي":
        return k
    m = k + 1
    while m < min(len(tokens), k + 5) and tokens[m].key in _ON_A_SITE:
        m += 1
    return m if k + 1 < m < len(tokens) and tokens[m].key.startswith("ل") else k


_OWN_ACTS = frozenset({"دعوت", "تاكيد", "رفض", "موقف", "قلق", "استعداد", "دعم", "ترحيب", "ادانت", "مطالبت",
                       "تمسك", "التزام", "تحذير", "اتهام", "اتهامات", "نفي", "تضامن", "مخاوف"})
"""Verbal nouns a speaker renews or voices, with its pronoun («دعوتها», «تأكيده», «رفضهم»): the object."""


def own_act(key: str) -> bool:
    """Is the word one of _OWN_ACTS with a possessive pronoun (the speaker's own call, refusal …)? (Per word.)"""
    return _OWN_ACT[key]


_OWN_ACT = Answers(lambda key: any(key.endswith(p) and key[:-len(p)] in _OWN_ACTS for p in ("هما", "هم", "ها", "ه")))


BUT_SHE = frozenset({"لكنه", "لكنها", "لكنهم", "لكنهما"})
"""«لكنها» before a verb (its key with و/ف read off): the pronoun is the verb's subject."""


def the_latter_speaks(speaker: str, verb: str = "") -> bool:
    """In a relative clause, does its subject make a claim: «الأخيرة» (the latter: «، الأمر الذي نفته الأخيرة»,
    a state named before), or whoever describes the antecedent («الاتفاق، الذي وصفته مصادر دبلوماسية بأنه»)?"""
    return normalise_key(speaker.split()[0]) in ("الاخيره", "الاخير") or bare_key(verb).startswith(("وصف", "اعتبر"))


_EXCHANGE = ("تبادل", "يتبادل", "تتبادل", "وجه", "يوجه", "توجه", "القي", "القت", "القا", "يلقي", "تلقي")
_LAID_ON = ("حمل", "محمل", "تحمل", "يحمل")  # held responsible: only with blame as the object
_BLAME = ("اتهام", "الاتهام", "تهم", "التهم", "لوم", "اللوم", "المسووليه", "مسووليه", "اللايمه", "لايمه")
"""(«تبادل الطرفان المسؤولية», «ألقت يريفان مسؤولية الهجوم على باكو», «ألقى باللائمة»: blame)"""


def exchanges_no_blame(tokens: Sequence[Token], i: int) -> bool:
    """Is the verb at ``i`` one of exchanging, directing or casting whose object is not blame: «تبادلت
    القوات إطلاق النار» (fire exchanged), «وجهت دعوة» and «ألقى كلمة» report nothing, «تبادلت باكو ويريفان
    الاتهامات», «وجهت أرمينيا الاتهامات إلى أذربيجان» and «ألقى باللوم على» do? (The و of «وجهت» is the root's.)"""
    bare = bare_key(tokens[i].key)
    if bare.startswith(_LAID_ON):  # «وحمّلت الوزارة في بيان لها أذربيجان المسؤولية», «حملت الوزارة الأربعاء الانفصاليين
        # المدعومين من الجيش الأرميني في ناغورنو كرباخ مسؤولية»: further («وحمل المتظاهرون الأعلام»)
        return not any(stem.startswith(_BLAME) for tok in tokens[i + 1:i + 17] for stem in stems_of(tok.key))
    if not (tokens[i].key.startswith(_EXCHANGE) or bare.startswith(_EXCHANGE)):
        return False
    return not any(stem.startswith(_BLAME) for tok in tokens[i + 1:i + 7] for stem in stems_of(tok.key))


_DEEMED = frozenset({"يعتبر", "تعتبر", "يعد", "تعد", "اعتبر", "اعتبرت"})
_SUPERLATIVES = frozenset({"الاعنف", "الاكبر", "الاسوا", "الاخطر", "الاول", "الاولي", "الاشد", "الاعلي", "الاكثر",
                           "الاطول", "الاهم", "الابرز", "الافضل"})
_SUPERLATIVES |= frozenset(k[2:] for k in _SUPERLATIVES)  # (in a construct: «يعتبر أفضل خيار»)


def deemed_superlative(tokens: Sequence[Token], i: int) -> bool:
    """Is the verb at ``i`` «يعتبر»/«يعد» before a superlative («في قصف يعتبر الأعنف منذ»): the
    passive "is deemed the worst", a description, not someone's statement?"""
    return i + 1 < len(tokens) and bare_key(tokens[i].key) in _DEEMED and tokens[i + 1].key in _SUPERLATIVES


_AS = frozenset({"حسبما", "بحسبما", "وفقما", "كما", "اذ", "بينما", "فيما", "حيث", "عندما"})
_AS_WHAT = frozenset({"علي", "وفق", "حسب", "بحسب"})  # (keys fold «على» to «علي»)


def as_reported_before(tokens: Sequence[Token], i: int) -> bool:
    """Does «حسبما», «كما» or «على ما» stand right before the verb at ``i`` («…، حسبما أفادت السلطات
    الأرمينية»): what precedes is what was reported, and the verb's subject follows it? So after a
    conjunction opening a clause («إذ», «بينما», «فيما», «حيث», «عندما»: «…، إذ أعلنت "جمهورية قره باغ"»)."""
    if i < 1:
        return False
    before = bare_key(tokens[i - 1].key)
    return before in _AS or (before == "ما" and i > 1 and bare_key(tokens[i - 2].key) in _AS_WHAT)


_DEMAND = frozenset({"طالب", "طالبت", "يطالب", "تطالب", "يطالبون", "طالبوا"})
_IT = frozenset({"به", "بها", "بهم", "بهما"})


def demands_it(tokens: Sequence[Token], i: int) -> bool:
    """Is the verb at ``i`` one of demanding with only a pronoun for what is demanded («ممر تطالب به باكو
    منذ سنوات»): a description of the thing, which no statement follows?"""
    return i + 1 < len(tokens) and tokens[i + 1].key in _IT and bare_key(tokens[i].key) in _DEMAND


_RESUMPTIVE = frozenset({"فيها", "فيه", "عليها", "عليه", "بها", "منها"})


def holds_relative_clause(tokens: Sequence[Token]) -> bool:
    """Do the words hold a preposition with the pronoun of a relative clause («وانتهى القتال بهدنة توسطت
    فيها روسيا دعت إلى …»: the truce called for it, the words before «دعت» are a clause, not a speaker)?"""
    return any(t.key in _RESUMPTIVE for t in tokens)


def relative_clause_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Do the words before the verb at ``i``, back to a punctuation mark (eight at most), hold a relative
    clause («… بهدنة توسطت فيها روسيا بين البلدين دعت»)? A verb with no «و» after one has the antecedent
    as its subject."""
    start = i
    while start > max(0, i - 8) and not any(c in text[tokens[start - 1].end:tokens[start].start] for c in "،,.:"):
        start -= 1
    if i - start >= 2 and tokens[start].key in _IT_IS and tokens[start + 1].key != "ما" \
            and not tokens[start + 1].key.startswith("ال"):
        return True  # «…، وهو جيب أرميني داخل أذربيجان يطالب بالانفصال»: what the noun before is; the verb describes it
    return holds_relative_clause(tokens[start:i])


_IT_IS = frozenset({"وهو", "وهي", "هو", "هي"})
"""«وهو/وهي» and an indefinite noun after a comma: a description of the noun before (not «وهو ما نفته باكو»)."""


_PASSIVE_AUXILIARIES = frozenset({"تم", "يتم", "ستتم", "سيتم", "تمت"})
_RELAY_OBJECTS = frozenset({"عن", "ان", "قول"})  # keys are folded: أن and إن are ان
_TRANSPORT_VERBS = frozenset({"نقل", "نقلت", "ينقل", "تنقل"})
"""Reporting verbs that also mean carrying something (the relay verbs أورد، أوردت do not)."""


def reports_nothing(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Is the verb at ``i`` one of carrying with no «عن» or «أن» after it: transport («ونُقل الجرحى»), not relaying
    («نقلت الوكالة عن الوزير»); «زاد» or «رد» with no «أن» or «قائلا» after it: increasing («وزاد عدد القتلى»), a reply
    or «ردا على», not adding words or replying («رد الجيش بأن …»); «عبرت» with no «عن»: crossed, not expressed; «هنا»
    with a bare alif: here, not congratulated; «نقلا عن»: quoting; «تابع» right before «ل…»: belonging to («بجيب تابع
    لها»), not «وتابع»; any verb after «دون أن» (without: «من دون أن تحدث أية خسائر», causing, not speaking); or a verb
    in a condition («إذا كانت أرمينيا تعتقد أن …، فنحن ندعمها»: a hypothesis, not a statement); or «أعلن» of independence?"""
    bare = bare_key(tokens[i].key)
    if i > 1 and tokens[i - 1].key == "ان" and bare_key(tokens[i - 2].key) in ("دون", "بدون"):
        return True
    if any(bare_key(tokens[k].key) == "اذا" or bare_key(tokens[k].key) == "لو" and tokens[k + 1].key != "ان"
           for k in range(max(0, i - 3), i)):
        return True  # (not «ولو أنّ أرمينيا أكدت»: even though it said so)
    if bare.startswith(("اعلن", "يعلن", "تعلن")) and any(
            bare_key(t.key).removeprefix("ال").startswith("استقلال") for t in tokens[i + 1:i + 6]):
        return True  # «حين أعلنت الأغلبية الأرمينية استقلالها»: declaring independence is an act, not a statement
    if i and bare_key(tokens[i - 1].key) in _PASSIVE_AUXILIARIES:
        return True  # «أنه تم نشر تقارير عن …»: a verbal noun after «تم» (was published), no one publishing
    if bare == "نقلا" and i + 1 < len(tokens) and tokens[i + 1].key == "عن":
        return True  # «، نقلاً عن الوزارة»: quoting, a source phrase (according.py), not the verb «نقلا»
    if tokens[i].key.removeprefix("ال").startswith("تابع") and i + 1 < len(tokens) and tokens[i + 1].key.startswith(
            "ل") and text[tokens[i].end:tokens[i + 1].start] == " ":
        return True
    if bare == "هنا":
        return text[tokens[i].end - 1] == "ا"
    if bare == "عبرت":  # «عبرت اليوم أربع سيارات الحدود»; «وعبرت الخارجية عن قلقها»
        return not any(t.key == "عن" for t in tokens[i + 1:i + 7])
    if bare in ("زاد", "رد", "ردا"):
        return not any(t.key in WHAT_WAS_SAID or t.key.startswith("قايل") for t in tokens[i + 1:i + 9])
    return bare in _TRANSPORT_VERBS and not any(
        t.key in _RELAY_OBJECTS or t.key in WHAT_WAS_SAID for t in tokens[i + 1:i + 9])  # («أنه», «بأنها»)
