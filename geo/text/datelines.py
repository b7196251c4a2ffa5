"""Datelines: the city (and date) that open an article's first line before a mark («يريفان - سبوتنيك»,
«موسكو 6 إبريل 2016 /»), and the outlet's credit after the mark; and the place a statement was made
(«في مؤتمر صحفي في يريفان»). Read from the text alone: the place stage gives a dateline city the
context role and a statement's place the venue role, and reads no place in a credit; the claim stage
never takes either for a speaker or for what a claim is about.
"""

from __future__ import annotations

import re

from geo.text.clitics import CONJUNCTIONS, strip_proclitic
from geo.text.keys import normalise_key


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Does the name open a line and stand before - ( : or / ("يريفان - سبوتنيك", "دبي - العربية.نت")?"""
    window = max(0, start - 40)
    line_start = text.rfind("\n", window, start) + 1
    if line_start == 0 and window > 0:
        return False
    if not _DATELINE_OPENING.fullmatch(text, line_start, start):
        return False
    # «يريفان 3 أبريل نيسان (رويترز) -», «موسكو 6 إبريل 2016 /», «يريفان، 27 سبتمبر 2020 —»,
    # «يريفان في 21 يوليو/أرمنبريس:»; or a second city first («باكو، يريفان 3 أبريل -»)
    dated = _DATELINE_DATE.match(text, end)
    if dated is None:
        after = _DATELINE_NEXT_CITY.match(text, end)
        mark = after.end() if after else end
        dated = _DATELINE_DATE.match(text, mark)
    mark = dated.end() if dated else mark
    if not text.startswith(_DATELINE_MARKS, mark):
        return False
    if text.startswith(":", mark):
        # «موسكو: «الشرق الأوسط»» credits an outlet; «باكو: 21 قتيلا بقصف على بردعة» is the city speaking
        line_end = text.find("\n", mark)
        return len(text[mark + 1:line_end if line_end != -1 else len(text)].split()) <= _CREDIT_WORDS
    return True


_CREDIT_WORDS = 3
"""At most this many words after a separator are an outlet's credit; more are what the city says."""


_DATELINE_MARKS = tuple("-–—ـ(:/")
# What may precede the name on its line: bullets, or a first city and a comma («باكو، يريفان - وكالات»).
_DATELINE_OPENING = re.compile(r"[ \t\u00a0\u200f\u200e\u202b*•-]*(?:[^\s،,.:]{2,20}[،,] ?)?")
# What may follow it before the mark: spaces, or a comma and a second city.
_DATELINE_NEXT_CITY = re.compile(r"[ \t\u00a0\u200f]*(?:[،,] ?[^\s،,.:\-–—ـ]{2,20}[ \t\u00a0\u200f]*)?")
# A date between the city and the mark: a day, one or two month names, perhaps a year.
_DATELINE_DATE = re.compile(r"(?:[ \t\u00a0]*[،,]|[ \t\u00a0]+(?:في|فى))?[ \t\u00a0]*\d{1,2}[ \t]+[^\s\d()\-–—/:]{3,10}(?:[ \t]+[^\s\d()\-–—/:]{3,10})?(?:[ \t]+\d{4})?[ \t]*")
DATELINE_MAX_CHARS = 120
_DATELINE_SEPARATORS = (" - ", " – ", " — ", ":", "(", " -", "- ")
_SEPARATOR_CHARS = ("-", "–", "—", ":", "(")
"""A character every separator holds (one of at most three characters)."""


def in_dateline_credit(text: str, start: int, reporting_verbs: frozenset[str] = frozenset()) -> bool:
    """Is ``start`` in the credit part of a dateline line ("موسكو: «الشرق الأوسط»", "دبي - العربية.نت")?

    A dateline is a short line (at most 8 words) that opens with one to three words and a
    separator; what follows the separator names the agency or outlet, not a place. A line that
    opens with a reporting verb («وقال المتحدث: ...») is a statement, not a dateline.
    """
    window = max(0, start - DATELINE_MAX_CHARS)
    line_start = text.rfind("\n", window, start) + 1
    if line_start == 0 and window > 0:
        return False  # the line is longer than any dateline
    line_end = text.find("\n", start, start + DATELINE_MAX_CHARS)
    if line_end == -1 and len(text) - start > DATELINE_MAX_CHARS:
        return False
    if not any(map(text[line_start + 1:start + 2].__contains__, _SEPARATOR_CHARS)):
        return False  # (most lines) no separator starts between the line's first letter and the name
    line = text[line_start: len(text) if line_end == -1 else line_end]
    if len(line.split()) > 8:
        return False
    cut = min((i for i in (line.find(sep) for sep in _DATELINE_SEPARATORS) if i > 0), default=-1)
    opening = line[:cut].split()
    if cut <= 0 or len(opening) > 3 or len(line[cut + 1:].split()) > _CREDIT_WORDS or not any(
            ch.isalpha() for ch in line[:cut]):  # «2020.10.11 | 10:39 دمشق»: a time stamp, then the city
        return False  # "باكو: 21 قتيلا بقصف صاروخي على بردعة" is a headline, not a dateline
    if strip_proclitic(normalise_key(opening[0]), CONJUNCTIONS) in reporting_verbs:
        return False
    return start - line_start > cut


_SPOKEN_AT = re.compile(r"(?:مؤتمر|إفادة|افادة|كلم[ةت]|خطاب|تصريح|مقابلة|بيان)\S*(?:\s+(?:صحف[يى]|صحاف[يى]|متلفز|ألقاها|القاها|صادر|صدر)\S*)?"
                        r"(?:\s+أمام(?:\s+\S+){1,4})?"  # («في كلمته أمام مجلس الأمن الدولي في نيويورك»)
                        r"\s+(?:(?:ف[يى]|ب)\s*(?:(?:ال)?عاصمة(?:\s+ال\S+)?\s*)?|من\s+(?:ال)?عاصمة(?:\s+ال\S+)?\s+)[\"«“]?$")
"""(and «في بيان من العاصمة باكو»: the capital a statement came from)"""
_ON_A_VISIT = re.compile(r"(?:خلال|أثناء|اثناء)\s+زيارت(?:ه|ها|هم|هما)\s+(?:(?:إلى|الى|ل)\s*)?$")
"""«خلال زيارتها يريفان», «أثناء زيارته إلى باكو»: where the speaker was on a visit of their own."""
_ON_ARRIVAL = re.compile(r"(?:لدى|عند|فور|بعد)\s+وصول(?:ه|ها|هم|هما)\s+(?:[^.،:«“\"]{0,60}\s)?(?:(?:إلى|الى|في|ل)\s*)?$")
"""«لدى وصوله للمشاركة في قمة قادة الاتحاد الأوروبي في بروكسل»: where the speaker arrived."""


def spoken_at(text: str, start: int) -> bool:
    """Is the name at ``start`` where a statement was made: a statement's channel and «في» right before
    it («خلال إفادة في ستراسبورغ», «في مؤتمر صحفي في يريفان», «في كلمة ألقاها في باكو»), or the place of the
    speaker's own visit («خلال زيارتها يريفان») or arrival («لدى وصوله إلى بروكسل»)?"""
    window = max(0, start - 45)
    if "زيارت" in text[window:start] and _ON_A_VISIT.search(text, window, start):
        return True
    if "وصول" in text[max(0, start - 90):start] and _ON_ARRIVAL.search(text, max(0, start - 90), start):
        return True
    window = max(0, start - 80) if "أمام" in text[window:start] else window
    return any(map(text[window:start].__contains__, _STATEMENT_NOUNS)) and bool(_SPOKEN_AT.search(text, window, start))


_STATEMENT_NOUNS = ("مؤتمر", "فادة", "كلمة", "كلمت", "خطاب", "تصريح", "مقابلة", "بيان")
"""What every match of _SPOKEN_AT holds (its first word): a text without any of them before the name
is none (looked for first: the pattern's search is slower)."""


_BRACKETED_AFTER_A_NAME = re.compile(r"[^\s()،,.:؛]{3,}\s*\(\s*$")


def bracketed_after_a_name(text: str, start: int, end: int) -> bool:
    """Is the name alone in brackets right after another word («تبيليسي (جورجيا)», «ترتر (أذربيجان)»):
    what it says is where the name before it lies?"""
    return text[end:end + 3].lstrip().startswith(")") and _BRACKETED_AFTER_A_NAME.search(
        text, max(0, start - 40), start) is not None


_ANOTHER = re.compile(r"[\"”»]? *(?:ثانية|ثانيه|ثان|أخرى|اخرى|أخري|جديدة|جديده)(?![\w\u0600-\u06FF])")


def figure_of_speech(text: str, end: int) -> bool:
    """Does «ثانية», «أخرى» or «جديدة» follow the name («من “سوريا ثانية” في القوقاز», «أفغانستان جديدة»):
    a state named as a likeness, not as the place?"""
    return _ANOTHER.match(text, end) is not None
