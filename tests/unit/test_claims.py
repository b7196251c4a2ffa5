"""Claims: attribution patterns, sides, types, polarity, places (geo/claims/attribution.py, geo/claims/extract.py).

Each sentence below was written for this test; one pattern per table.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def claims(gaz):  # type: ignore[no-untyped-def]
    def run(text: str, published: dt.date | None = dt.date(2020, 11, 9)):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=published), gaz)

    return run


def one(result):  # type: ignore[no-untyped-def]
    assert len(result.claims) == 1, [(c.side, c.speaker) for c in result.claims]
    return result.claims[0]


@pytest.mark.parametrize(
    ("text", "side", "speaker"),
    [
        # verb first
        ("وأعلنت وزارة الدفاع الأذربيجانية، الخميس، أن قواتها سيطرت على قرية تاليش.", "azerbaijan",
         "وزارة الدفاع الأذربيجانية"),
        ("وقال المتحدث باسم وزارة الدفاع الأرمينية، أرتسرون هوفهانيسيان، إن المعارك في شوشا مستمرة.",
         "armenia", "المتحدث باسم وزارة الدفاع الأرمينية، أرتسرون هوفهانيسيان"),
        # source first
        ("وزارة الدفاع الأرمينية قالت إن قواتها صدت هجوما قرب هادروت.", "armenia", "وزارة الدفاع الأرمينية"),
        ("الاستخبارات الروسية اتهمت نظيرتها التركية بإرسال مسلحين إلى قره باغ.", "russia",
         "الاستخبارات الروسية"),
        # according to
        ("ووفقا لمركز الإعلام الموحد، بلغت خسائر القوات المهاجمة في قره باغ 3754 عسكريا.", "armenia",
         "مركز الإعلام الموحد"),
        ("وبحسب المتحدث باسم الدفاع الأذربيجاني، فإن القوات تستهدف فقط المنشآت العسكرية في كاراباخ.",
         "azerbaijan", "المتحدث باسم الدفاع الأذربيجاني"),
        ("ونقلا عن الكرملين، فإن الرئيس بحث الوضع في قره باغ.", "russia", "الكرملين"),
        # capitals and countries as speakers (metonymy)
        ("ونفت يريفان قصف مدينة كنجة.", "armenia", "يريفان"),
        ("وهو ما تنفيه أرمينيا بشأن السيطرة على الحدود مع إيران.", "armenia", "أرمينيا"),
        # named officials and agencies
        ("وقالت وكالة أرمنبريس إن سبعة مدنيين قتلوا في ستيباناكيرت.", "armenia", "وكالة أرمنبريس"),
        ("وقال حكمت حاجييف إن صاروخا سقط على بردعة.", "azerbaijan", "حكمت حاجييف"),
        ("وقال الرئيس التركي رجب طيب أردوغان إن قره باغ أرض أذربيجانية.", "turkey",
         "الرئيس التركي رجب طيب أردوغان"),
        # a witness named only by an Armenian surname
        ("وقالت أنوش ساركيسيان إنها فرت من ستيباناكيرت ليلا.", "armenia", "أنوش ساركيسيان"),
    ],
)
def test_attribution_patterns(claims, text: str, side: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    claim = one(claims(text))
    assert (claim.side, claim.speaker) == (side, speaker)
    assert text[claim.start:claim.end] == claim.text


def test_quote_in_guillemets_stays_with_its_speaker(claims) -> None:  # type: ignore[no-untyped-def]
    text = "وقال علييف: «أبلغكم بكل فخر أنه تم تحرير مدينة شوشا. عدنا إلى شوشا»."
    claim = one(claims(text))
    assert claim.side == "azerbaijan" and claim.type == "control" and claim.place_ids == ("shusha",)


def test_carried_over_speaker(claims) -> None:  # type: ignore[no-untyped-def]
    text = "وقالت وزارة الدفاع الأرمينية إن القتال مستمر. وأضافت أن القوات صدت هجوما قرب مارتوني."
    first, second = claims(text).claims
    assert second.side == "armenia" and second.speaker == first.speaker
    assert "martuni" in second.place_ids


def test_bare_head_points_back(claims) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلنت وزارة الدفاع الأذربيجانية سقوط صاروخ في فضولي. "
            "واتهمت الوزارة القوات الأرمينية بقصف قرى في تارتار وبردعة.")
    second = claims(text).claims[1]
    assert second.side == "azerbaijan" and second.type == "attack"  # the shelling it is accused of is the point
    assert {"tartar", "barda"} <= set(second.place_ids)


@pytest.mark.parametrize(
    ("text", "polarity", "kind"),
    [
        ("ونفت وزارة الدفاع الأرمينية سقوط مدينة شوشا.", "deny", "control"),  # docs/annotation.md: control + deny
        ("ونفت وزارة الدفاع الأرمينية هذه الاتهامات جملة وتفصيلا.", "deny", "denial"),  # a blanket rebuttal
        ("ونفت يريفان ذلك.", "deny", "denial"),
        ("وقالت وزارة الدفاع في أذربيجان إن قواتها لم تتكبد أي خسائر في محور جبرائيل.", "deny", "casualties"),
        ("وقالت وزارة الدفاع الأرمينية إن الأنباء عن سقوط هادروت لا صحة لها.", "deny", "control"),
        ("وأعلنت وزارة الدفاع الأذربيجانية تحرير مدينة جبرائيل.", "assert", "control"),
        ("وقالت النيابة العامة في أذربيجان إن 19 مدنيا قتلوا في قصف على كنجة.", "assert", "casualties"),
        ("وأعلنت وزارة الدفاع الروسية إجلاء 2000 مدني من ستيباناكيرت.", "assert", "humanitarian"),
        ("وقال لافروف إن محادثات جنيف ستبحث وقف إطلاق النار.", "assert", "diplomacy"),
        ("واتهمت باكو يريفان بقصف مدينة كنجة.", "assert", "attack"),  # the shelling is the point
        ("واتهمت باكو يريفان بخرق الهدنة في كنجة.", "assert", "accusation"),  # a breach is blamed
    ],
)
def test_type_and_polarity(claims, text: str, polarity: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    claim = one(claims(text))
    assert (claim.polarity, claim.type) == (polarity, kind)


def test_place_in_speaker_name_is_not_what_the_claim_is_about(claims) -> None:  # type: ignore[no-untyped-def]
    claim = one(claims("وقالت وزارة الدفاع في أذربيجان إن قواتها دخلت مدينة هادروت."))
    assert claim.place_ids == ("hadrut",)


def test_capital_standing_for_a_government_is_not_a_claim_place(claims) -> None:  # type: ignore[no-untyped-def]
    claim = one(claims("وقال بيسكوف إن موسكو تستبعد التدخل في قره باغ."))
    assert "moscow" not in claim.place_ids and "nagorno_karabakh" in claim.place_ids


def test_narrative_is_never_given_a_side(claims) -> None:  # type: ignore[no-untyped-def]
    result = claims("سقطت قذائف على مدينة ستيباناكيرت ليل الجمعة. وتواصلت الاشتباكات في محيط شوشا.")
    assert result.claims and all(c.side == "none" and not c.speaker for c in result.claims)


def test_unattributed_background_without_events_is_not_a_claim(claims) -> None:  # type: ignore[no-untyped-def]
    assert claims("وتأسست مجموعة مينسك عام 1992 للوساطة بين البلدين.").claims == ()


def test_coordinated_speakers_give_one_claim_per_side(claims) -> None:  # type: ignore[no-untyped-def]
    result = claims("ونفت تركيا وأذربيجان إرسال مقاتلين إلى قره باغ.")
    assert sorted(c.side for c in result.claims) == ["azerbaijan", "turkey"]


def test_contested_when_sides_conflict(claims) -> None:  # type: ignore[no-untyped-def]
    text = ("وأعلن الرئيس الأذربيجاني إلهام علييف تحرير مدينة شوشا. "
            "في المقابل، نفت وزارة الدفاع الأرمينية سقوط مدينة شوشا. "
            "وقال المتحدث باسم الوزارة إن المعارك في شوشا مستمرة.")
    assert "shusha" in claims(text).contested


def test_denial_without_a_place_denies_the_previous_claim(claims) -> None:  # type: ignore[no-untyped-def]
    text = "واتهمت يريفان باكو بقصف مدينة ستيباناكيرت. ونفت باكو الاتهام."
    result = claims(text)
    assert result.claims[-1].place_ids == ("stepanakert",)
    assert "stepanakert" in result.contested


def test_no_contest_within_one_side(claims) -> None:  # type: ignore[no-untyped-def]
    text = "وأعلنت وزارة الدفاع الأذربيجانية تحرير جبرائيل. وقال علييف إن جبرائيل تحررت."
    assert claims(text).contested == ()


def test_claim_ids_are_deterministic(claims) -> None:  # type: ignore[no-untyped-def]
    text = "وأعلنت وزارة الدفاع الأذربيجانية تحرير جبرائيل."
    assert [c.id for c in claims(text).claims] == [c.id for c in claims(text).claims]


def test_figures_and_date(claims) -> None:  # type: ignore[no-untyped-def]
    claim = one(claims("وقالت وزارة الدفاع الأرمينية أمس إن 280 عسكريا قتلوا وإن ٤١٦ دبابة دمرت في قره باغ."))
    assert [(f.value, f.counts) for f in claim.numbers] == [(280.0, "عسكريا"), (416.0, "دبابة")]
    assert claim.date == dt.date(2020, 11, 8)


def test_dateline_city_is_not_a_speaker(claims) -> None:  # type: ignore[no-untyped-def]
    result = claims("يريفان - سبوتنيك\nسقطت قذائف على مدينة ستيباناكيرت ليلا.")
    assert [(c.side, c.speaker) for c in result.claims] == [("none", "")]


def test_indefinite_new_speaker_is_not_the_previous_one(claims) -> None:  # type: ignore[no-untyped-def]
    text = "وقال علييف إن قواته حررت جبرائيل. وقال محلل عسكري إن القصف على كنجة سيتواصل."
    assert [c.side for c in claims(text).claims] == ["azerbaijan", "other"]


def test_claim_type_of_a_200000_letter_word_is_not_quadratic(claims) -> None:  # type: ignore[no-untyped-def]
    # regression (found by tests/fuzz/run_fuzz.py): the claim-type look-up tried every start of every
    # word, 200,000 slices of a page that lost its spaces: 20 s for one article
    import time

    started = time.perf_counter()
    result = claims("قالت وزارة الدفاع الأرمينية إن القوات قصفت شوشا " + "وس" * 100_000)
    assert time.perf_counter() - started < 2.0
    assert [c.type for c in result.claims] == ["attack"]
