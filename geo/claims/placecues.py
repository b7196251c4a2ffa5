"""The words around a place that say it is not what a claim is about: a border's other side, the
enemy fought, the conflict's name, a clause describing something else, who backs an actor, the
victims' side, an agreement named after a city or reached there, residents and local offices named
in the speaker. geo/claims/claimplaces.py reads them; they know nothing of claims.
"""

from __future__ import annotations

import re

ALONG_THE_BORDER = frozenset({"attack", "casualties", "accusation", "control"})
"""Claim types for which a state named as one side of a border is where, not what («السيطرة الكاملة على
الحدود مع إيران» takes the border, not Iran; an agreement on the border, or its delimitation, is about
both states)."""
_BORDER = re.compile(r"(?:ال)?حدود(?:ها|هما|ه)?(?:\s+(?:المشتركة|الدولية))?\s+(?:بين|مع)\s+(?:\S+\s+و\s*)?$")


def on_the_border(text: str, start: int) -> bool:
    """Is the state named as one side of a border («الحدود بين أرمينيا وأذربيجان», «الحدود مع أذربيجان»)?"""
    return bool(_BORDER.search(text, max(0, start - 40), start) or _FOUGHT_WITH.search(text, max(0, start - 40), start))


_FOUGHT_WITH = re.compile(r"(?:اشتباك|معارك|مواجه|قتال|حرب|الحرب|نزاع|صراع)\S*(?:\s+(?:ال)?(?:حدودي|عنيف|دامي|مسلح)\S*)?\s+مع\s+$")
"""The enemy of a fight («في اشتباكات حدودية مع أذربيجان»): whom the speaker fought, not where."""


THE_CONFLICT_OVER = re.compile(r"(?:ال)?(?:نزاع|صراع)\S{0,2}\s+(?:(?:ف[يى]|حول|عل[ىي]|بشأن|بين)\s+)?(?:(?:[إا]قليم|منطق[ةه])\s+)?$")
"""The conflict named («متورطة في تصعيد النزاع في قره باغ»): not where a blamed act happened."""
RELATIVE_ASIDE = re.compile(r"،\s*و?(?:التي|الذي|اللذين|اللتين|الذين)\s[^،.؛:\"«»“”]*$")
"""A comma-set relative clause up to the place («المعاهدة، التي يسيطر عليها روسيا»): a state named in a
clause describing something else, not one of the claim's places."""
DESCRIBES_A_PLACE = re.compile(r"\s*(?:التي|الذي)\s(?:(?!\s(?:و?(?:مؤكد|مشير|مضيف|موضح|لافت|معتبر|داعي|مطالب|قائل)))"
                               r"[^،.؛:\"«»“”]){0,120}")
"""From a place's name to a state, a relative clause with no comma («قره باغ التي تتنازعها باكو ويريفان»): the
state is named in what describes the place (not past a participle of saying: «… الذي استمر 44 يوما مؤكدا على
ضرورة التعاون بين طهران ويريفان» goes on with the speaker's words)."""
IN_LANDS = re.compile(r"(?:\bف[يى]|داخل|[أا]راضي)\s*$")
"""A state as a location («في أراضي أذربيجان»): where something is, even inside a relative clause."""
DESCRIBED_BY = re.compile(r"(?:(?:المدعوم|مدعوم)\S*|بدعم(?:\s+مباشر)?|(?:كيلومتر|كلم|كم|ميل)\S*)\s+(?:من|عن)\s*$")
"""Who backs an actor («المدعومة من يريفان», «بدعم من أنقرة») or how far a place lies from another
(«على بعد 70 كيلومترا من يريفان»): a description of the place the claim is about, not one of its places."""
VICTIMS_FROM = re.compile(r"(?:شخص|[أا]شخاص|جندي|جنود|جنديين|مدني|مدنيين|عسكري|عسكريين|قتيل|قتلى)(?:ا|اً)?"
                           r"(?:\s+\S+)?\s+من\s+(?:ال)?(?:جانب\s+)?$")
"""A casualty word and «من» right before a country: the victims' side («جنديين من أرمينيا»)."""
NAMED_AFTER = re.compile(r"(?:اتفاق|اتفاقية|اتفاقات|اتفاقيات|بيان|إعلان|اعلان|مجموعة|صيغة|مسار|عملية)\s+$")
"""An agreement, a statement or a process that bears a city's name («لاتفاق موسكو»)."""
_REACHED = r"التوصل|توصل|[أا]برم|التفاوض|تفاوض|محادثات|مفاوضات|مباحثات|قمة"
AGREED_AT = re.compile(rf"(?:{_REACHED}|الموقع|وقع|توقيع)[^.،؛]{{0,40}}\s(?:ف[يى]\s+)?$")
NEGOTIATED_AT = re.compile(rf"(?:{_REACHED})[^.،؛]{{0,40}}\s(?:ف[يى]\s+)?$")
"""A place where an agreement was reached or signed, right before a venue: not what a claim about
breaking it is about (NEGOTIATED_AT: before any city, without «وقع», which also means «occurred»)."""
RESIDENTS_OF = re.compile(r"(?:سكان|[أا]هالي)(?:\s+(?:مدينة|قرية|بلدة|منطقة|إقليم|اقليم))?\s+$")
"""Residents of a place speaking («سكان ستيباناكيرت», «ثلاثة من سكان كاراباخ»): where they live is
what they speak about, though it is named in the speaker."""
LOCAL_OFFICE = re.compile(r"(?:(?:سلطات|إدارة|ادارة)\s+(?:مدينة|بلدة|قرية|مقاطعة|محافظة)|بلدية|محافظ|حاكم|عمدة)"
                           r"(?:\s+(?:مدينة|بلدة|قرية|مقاطعة|محافظة))?\s+$")
"""A town's or province's own office («سلطات مدينة غوريس», «حاكم مقاطعة سيونيك», «رئيس بلدية جرموك»)."""
BROKERED_BY = re.compile(r"(?:برعاية|بوساطة|توسطت|توسط|يتوسط|تتوسط)\s*$")
"""The broker of a truce or an agreement («هدنة توسطت روسيا فيها», «الاتفاقات المبرمة برعاية موسكو»,
«بوساطة روسية»): who brokered it, not what a claim about it is about."""
_ENVOY = r"(?:ال)?(?:سفير|سفيرة|سفارة|مندوب|مندوبة|قنصل|قنصلية)(?:\s+\S+){0,2}\s+"
ENVOY_POST = re.compile(_ENVOY + r"(?:ف[يى]|لد[يى])\s+$")
ENVOY_BEFORE = re.compile(_ENVOY + "$")
"""An envoy's post («السفير الأرميني في القاهرة», «سفير أذربيجان لدى موسكو», «سفارة أرمينيا في بيروت»; ENVOY_BEFORE
before a name with «ب» glued to it: «سفير أذربيجان بالقاهرة»): where the
speaker serves, not what the claim is about. Its heads on folded keys: speakerspan._POSTED_ENVOYS."""
