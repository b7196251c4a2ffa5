"""Speaker and clause rules of the second round of 2026-12-06 ("12-06b"), one general rule per test, each with a case where it
must not fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def run(gaz):  # type: ignore[no-untyped-def]
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=dt.date(2021, 11, 16)), gaz)

    return go


def speakers(result) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(c.speaker, c.side) for c in result.claims]


# --- «وبحسب الوزارة»: a bare head after "according to" is the office named before ------------


def test_according_to_a_bare_head_is_the_office_named_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت قرية في كلبجار. "
                 "وبحسب الوزارة، أطلقت الوحدات النار على مصادر النيران.")
    assert speakers(result)[-1] == ("الوزارة", "azerbaijan")


def test_according_to_a_bare_head_with_no_office_before_has_no_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب الوزارة، أطلقت الوحدات النار على مصادر النيران.")
    assert all(side in ("other", "none") for _, side in speakers(result))


def test_the_source_a_clause_opens_with_outranks_a_later_verb(run) -> None:  # type: ignore[no-untyped-def]
    # «نشر القوات» is a verbal noun (deployment), not "published": the clause's source is the ministry
    result = run("قالت وزارة الدفاع الأرمينية إن الحدود تشهد توترا. "
                 "وبحسب الوزارة، اتخذ الجنود الأذربيجانيون مواقع جديدة لمنع نشر القوات في المنطقة.")
    assert speakers(result)[-1] == ("الوزارة", "armenia")


def test_according_to_later_in_the_clause_does_not_outrank_its_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم وزارة الدفاع الأرمينية إن القصف استمر بحسب مصادر محلية.")
    assert speakers(result)[-1][1] == "armenia"


# --- a fronted topic before the verb is not its subject ---------------------------------------


def test_a_fronted_topic_before_the_verb_is_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحول الهجوم الأذربيجاني على القرى الحدودية قال رئيس الوزراء الأرميني نيكول باشينيان "
                 "إن بلاده سترد.")
    assert speakers(result) == [("رئيس الوزراء الأرميني نيكول باشينيان", "armenia")]


def test_a_subject_before_the_verb_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وزارة الدفاع الأذربيجانية قالت إن القوات الأرمينية قصفت مواقعها.")
    assert speakers(result)[0][1] == "azerbaijan"


# --- a verbal noun after ب ends the speaker ---------------------------------------------------


def test_a_verbal_noun_after_bi_is_what_was_asked_not_who_asked(run) -> None:  # type: ignore[no-untyped-def]
    # (with no side word in the subject, nothing else would trim it)
    result = run("وطالب المتظاهرون بتسليحهم لفتح الممر بأنفسهم.")
    assert speakers(result)[0][0] == "المتظاهرون"


def test_a_name_that_starts_like_a_verbal_noun_stays_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الناشطة الأرمينية آنا بتروسيان إن الطريق مغلق.")
    assert speakers(result)[0][0].endswith("بتروسيان")


# --- what a publishing verb published is not its subject ---------------------------------------


def test_a_photo_published_is_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني نيكول باشينيان إن العمل جار على الحدود، ونشر صورة للعلامة الحدودية.")
    assert [side for _, side in speakers(result)] == ["armenia", "armenia"]


def test_a_ministry_after_a_publishing_verb_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني نيكول باشينيان إن العمل جار. ونشرت وزارة الدفاع الأذربيجانية أسماء القتلى.")
    assert speakers(result)[-1] == ("وزارة الدفاع الأذربيجانية", "azerbaijan")


# --- «أورد» reports ------------------------------------------------------------------------------


def test_awrada_is_a_reporting_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأوردت وكالة الأنباء الأذربيجانية أن القصف استهدف مدينة ترتر.")
    assert speakers(result) == [("وكالة الأنباء الأذربيجانية", "azerbaijan")]


def test_awrada_in_a_relative_clause_reports_no_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتضمن التقرير الذي أورد الأرقام جدولا بالخسائر.")
    assert all(side in ("none", "other") for _, side in speakers(result))


# --- «، كما» and a reporting verb open a further statement -----------------------------------------


def test_kama_and_a_reporting_verb_open_a_further_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونقلت قناة عربية عن مراسلها أن المعارك تشتد في الجنوب، كما نشر الجيش الأذربيجاني صورا "
                 "من داخل مدينة جبرائيل بعد سيطرته عليها.")
    assert [side for _, side in speakers(result)] == ["other", "azerbaijan"]
    assert "jabrayil" in result.claims[-1].place_ids


def test_kama_without_a_reporting_verb_goes_on_with_the_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مارتوني، كما قصفت هادروت.")
    assert len(result.claims) == 1


# --- the outlet told is not the speaker ------------------------------------------------------------


def test_the_outlet_a_statement_was_made_to_is_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال مسؤول محلي لتاس إن القصف توقف.")
    assert speakers(result) == [("مسؤول محلي", "other")]


def test_a_title_with_li_stays_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المستشار الإعلامي لرئيس الوزراء الأرميني إن القصف توقف.")
    assert speakers(result)[0][0].startswith("المستشار الإعلامي لرئيس الوزراء")
    assert speakers(result)[0][1] == "armenia"


# --- a reporting verb joined by و with a subject of its own: a full stop left out ------------------


def test_a_joined_reporting_verb_with_its_own_subject_opens_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واندلع القتال حول منطقة هادروت وقالت وزارة الدفاع الأرمينية إنها أسقطت طائرة مسيرة.")
    assert [side for _, side in speakers(result)] == ["none", "armenia"]


def test_a_joined_verb_that_goes_on_stays_in_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف استمر وأكدت أن القوات صامدة.")
    assert len(result.claims) == 1


# --- «ادعت» (claimed) is not «دعت» (called for) ----------------------------------------------------


def test_claimed_is_not_called_for(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وادعت وزارة الدفاع الأرمينية أن القوات الأذربيجانية تتقدم نحو مارتوني.")
    assert result.claims[0].type == "control"
    result = run("ودعت وزارة الخارجية الأرمينية إلى وقف فوري للقتال.")
    assert result.claims[0].type == "diplomacy"


# --- an attack on the speaker's own territory ------------------------------------------------------


def test_shelling_of_our_territory_is_about_the_speakers_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية تقصف أراضي البلاد بالمدفعية.")
    assert result.claims[0].place_ids == ("armenia",)


def test_a_named_town_outranks_our_territory(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت بلدة سوتك في أراضي البلاد.")
    assert result.claims[0].place_ids == ("sotk",)
    result = run("وقالت وزارة الدفاع الأذربيجانية إن الجيش سيحرر كل شبر من أراضينا.")
    assert result.claims[0].place_ids == ()


# --- a bare head names the last speaker with that head -----------------------------------------------


def test_the_ministry_is_the_last_ministry_named_not_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية مقتل جنديين، فيما قالت أرمينيا إن ثلاثة مسؤولين قتلوا. "
                 "وأفاد بيان صادر عن الوزارة بأن القوات تحركت.")
    assert speakers(result)[-1] == ("الوزارة", "azerbaijan")


def test_the_ministry_right_after_its_own_statement_stays_its_own(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية مقتل جنديين، فيما قالت وزارة الدفاع الأرمينية إن ثلاثة قتلوا. "
                 "وأضافت الوزارة أن القصف استمر.")
    assert speakers(result)[-1] == ("الوزارة", "armenia")


def test_a_quoted_body_after_li_belongs_to_the_title(run) -> None:  # type: ignore[no-untyped-def]
    result = run("دعا الأمين العام لـ «مجلس الأمن الأرمني» إلى عقد اجتماع طارئ.")
    assert speakers(result) == [("الأمين العام لـ «مجلس الأمن الأرمني»", "armenia")]


def test_a_quotation_after_li_is_not_the_title(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم الوزارة الأرمينية لـ «رويترز» إن القصف استمر.")
    assert speakers(result)[0][1] == "armenia"


# --- «لم تؤكد»: not confirming is a denial by its own subject -----------------------------------------


def test_not_confirming_is_the_subjects_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال علييف إن القوات سيطرت على زنغيلان. من جهتها، لم تؤكد سلطات قره باغ انسحاب قواتها "
                 "من زنغيلان، لكنها ذكرت أن معارك عنيفة تجري في محيط المدينة.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [
        ("azerbaijan", "control", "assert"), ("armenia", "control", "deny"), ("armenia", "attack", "assert")]
    assert "zangilan" in result.contested


def test_not_announcing_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ولم تعلن وزارة الدفاع الأذربيجانية عن حصيلة قتلاها.")
    assert [side for _, side in speakers(result)] in ([], ["none"])


# --- an outlet that relays gives way to the side it relays --------------------------------------------


def test_an_outlet_relaying_gives_way_to_the_speaker_it_relays(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفقا لما أفادته وكالة محلية للأنباء، أعلن رئيس أذربيجان إلهام علييف أن قوات بلاده سيطرت "
                 "على مدينة زنغيلان.")
    assert speakers(result) == [("رئيس أذربيجان إلهام علييف", "azerbaijan")]


def test_an_outlet_with_no_one_relayed_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وذكرت وكالة محلية للأنباء أن القصف استمر على مدينة زنغيلان.")
    assert [side for _, side in speakers(result)] == ["other"]


# --- «وفقًا لـ» (its و is the word's own) -------------------------------------------------------------


def test_wifqan_li_opens_an_according_to(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفقا لوزارة الدفاع الأرمينية فإن القصف استمر على غوريس.")
    assert speakers(result) == [("وزارة الدفاع الأرمينية", "armenia")]
    result = run("قالت وزارة الدفاع الأذربيجانية إن القصف استمر. وفقًا للوزارة، أطلق الجيش الأرميني النار.")
    assert speakers(result)[-1][1] == "azerbaijan"


def test_what_an_agreement_says_is_no_ones_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفقًا للاتفاقات التي تم التوصل إليها بين أرمينيا وأذربيجان، بدأ ترسيم الحدود.")
    assert all(side in ("none", "other") for _, side in speakers(result))
    assert not any(s.startswith("لاتفاق") for s, _ in speakers(result))


# --- a clause opened by a reporting verbal noun and its subject ----------------------------------------


def test_a_headline_opened_by_a_reporting_verbal_noun_is_its_subjects_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهام أذربيجان لجارتها بإصابة جندي في هجوم على موقع لحرس الحدود")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    result = run("إعلان أذربيجان سيطرتها على مدينة جبرائيل")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]


def test_a_declaration_named_inside_a_clause_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعا الخبراء إلى تطبيق إعلان السلام بين البلدين.")
    assert all(c.speaker != "السلام" for c in result.claims)
