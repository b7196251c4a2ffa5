"""The small frozen records that flow between the pipeline's stages.

Owns: Article, Span, Sentence, Token, Place, Candidate, Mention, Resolution,
Figure, Claim and ArticleResult, and the vocabulary of claims (SIDES, TYPES). Holds no logic beyond trivial derived properties; it does not
read files or know any Arabic rule.

The records made by the dozen for every article (Span, Sentence, Candidate, Mention, Resolution,
Figure, Claim) are slotted dataclasses, made cheaper still by slot_init.

Offsets are Python string indices into ``Article.text`` (the decoded original):
for every record with ``start``/``end`` and ``surface``,
``article.text[start:end] == surface`` holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, dataclass, field, fields
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

_R = TypeVar("_R")


def slot_init(cls: type[_R]) -> type[_R]:
    """Give a frozen slotted dataclass an ``__init__`` that stores each field through its slot.

    The one dataclass writes calls ``object.__setattr__`` by name for each field (a frozen class
    refuses ``self.x = x``), about 40 % of the cost of making a record; records are made by the
    hundred for every article. Same parameters, defaults and result; the class stays frozen."""
    if "__post_init__" in vars(cls) or any(not f.init or f.kw_only or f.default_factory is not MISSING
                                            for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"slot_init: {cls.__name__} has a field it cannot store plainly")
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    env: dict[str, Any] = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    params = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{name}(self, {name})" for name in names) or "\n    pass"
    exec(f"def __init__(self, {', '.join(params)}):{body}", env)  # noqa: S102 (as dataclasses does)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls

SIDES = ("armenia", "azerbaijan", "russia", "turkey", "france", "usa", "iran", "un", "eu", "other")
"""The sides a claim can be made for (docs/annotation.md); a claim with no speaker has the side 'none'."""
TYPES = ("attack", "control", "casualties", "denial", "diplomacy", "humanitarian", "accusation", "other")
"""The kinds of claim (docs/annotation.md)."""


@dataclass(frozen=True)
class Article:
    """One decoded article and its metadata. ``text`` is never modified."""

    id: str
    text: str
    path: str | None = None
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@slot_init
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text, e.g. an excluded boilerplate line."""

    start: int
    end: int
    reason: str = ""


@slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


class Token(NamedTuple):
    """A word of the original text and its normalised lookup key (a named tuple: made by the
    hundred thousand, so it is kept as light as Python allows)."""

    start: int
    end: int
    key: str


TOKEN_START, TOKEN_END, TOKEN_KEY = itemgetter(0), itemgetter(1), itemgetter(2)
"""A token's start, end and key as key functions (``bisect(tokens, offset, key=TOKEN_START)``,
``map(TOKEN_KEY, tokens)``): an item of the named tuple, read faster than by the field's name."""


@dataclass(frozen=True)
class Place:
    """A gazetteer entry. ``lat``/``lon`` are WGS84 degrees."""

    place_id: str
    name: str
    name_ar: str
    lat: float
    lon: float
    kind: str
    country: str = ""
    alt_names: tuple[str, ...] = ()
    capital_of: str = ""
    geonames_id: int | None = None
    source: str = ""
    layer: str = "curated"

    @property
    def is_theatre(self) -> bool:
        return self.layer in ("curated", "user")

    @property
    def is_state_seat(self) -> bool:
        """A state or its capital: a name that often stands for the government («باكو تتهم»)."""
        return self.kind == "country" or (bool(self.capital_of) and self.capital_of == self.country)


@slot_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched name in the text before resolution: its span and the places it may be."""

    start: int
    end: int
    surface: str
    places: tuple[Place, ...]
    token_index: int
    token_count: int
    fuzzy: bool = False
    cue: str = ""


@slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved place mention."""

    start: int
    end: int
    surface: str
    place: Place
    role: str
    confidence: float


@slot_init
@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one candidate: a place, or none with the reason."""

    candidate: Candidate
    place: Place | None
    reason: str
    confidence: float = 0.0


@slot_init
@dataclass(frozen=True, slots=True)
class Figure:
    """A number the text gives, with what it counts ("280 قتيلا": 280, "قتيلا")."""

    start: int
    end: int
    value: float
    text: str
    counts: str


@slot_init
@dataclass(frozen=True, slots=True)
class Claim:
    """A statement attributed to a speaker (or the reporter's own narrative, side "none")."""

    id: str
    start: int
    end: int
    text: str
    speaker: str
    speaker_en: str
    side: str
    type: str
    polarity: str
    place_ids: tuple[str, ...]
    numbers: tuple[Figure, ...]
    date: dt.date | None
    confidence: float
    speaker_start: int = -1
    speaker_end: int = -1


@dataclass(frozen=True)
class ArticleResult:
    """Everything the place step found in one article."""

    article: Article
    excluded: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    unresolved: tuple[Span, ...] = ()
    rejected: tuple[Resolution, ...] = field(default=(), repr=False)
    claims: tuple[Claim, ...] = ()
    contested: tuple[str, ...] = ()
    implied: tuple[Place, ...] = ()
    """Places a claim is about that the text names only by an adjective (the accused state of
    «الجيش الأرميني»): in the record's places though no mention names them."""
