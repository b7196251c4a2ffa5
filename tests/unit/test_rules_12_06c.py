"""Speaker, clause and claim-place rules of the third round of 2026-12-06 ("12-06c"), one general
rule per test, each with a case where it must not fire. Every sentence was
written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def run(gaz):  # type: ignore[no-untyped-def]
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=dt.date(2023, 1, 20)), gaz)

    return go


# --- «ثلاثة من سكان ستيباناكيرت»: a share of a group speaks for the group ----------------------


def test_a_number_of_residents_speaks_for_the_side_that_holds_their_town(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال ثلاثة من سكان ستيباناكيرت إن الخبز نفد من المتاجر.").claims[0]
    assert (claim.speaker, claim.side) == ("ثلاثة من سكان ستيباناكيرت", "armenia")


def test_a_number_of_unnamed_officials_has_no_side(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال ثلاثة من المسؤولين إن القصف استمر طوال الليل.").claims[0]
    assert claim.speaker == "ثلاثة من المسؤولين" and claim.side == "other"


# --- «سكان ستيباناكيرت»: where the residents live is what they speak about ---------------------


def test_the_residents_town_is_a_place_of_their_claim(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال سكان ستيباناكيرت إن الخبز نفد من المتاجر.")
    assert [gaz.places[p].name for p in result.claims[0].place_ids] == ["Stepanakert"]


def test_an_institutions_seat_is_no_place_of_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع في أذربيجان إن القصف استمر طوال الليل.")
    assert result.claims[0].place_ids == ()


# --- «وحث سكان أذربيجان على مغادرة المدن»: the residents are called on, not the caller ----------


def test_residents_urged_to_leave_are_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس إقليم قره باغ إن المواقع العسكرية أصبحت أهدافا، "
                 "وحث سكان أذربيجان على مغادرة المدن الكبرى.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_an_official_who_urges_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحث الرئيس الأذربيجاني الطرفين على وقف القتال فورا.")
    assert [(c.speaker, c.side) for c in result.claims] == [("الرئيس الأذربيجاني", "azerbaijan")]


# --- «وافقت الحكومة على …، وفقا لوكالة سبوتنيك»: an act reported by an agency is its claim -----


def test_an_agreement_reported_by_an_agency_is_the_agencys_claim(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وافقت الحكومة الأرمينية على تسليم أربع قرى حدودية، وفقا لوكالة سبوتنيك.").claims[0]
    assert (claim.speaker, claim.side) == ("وكالة سبوتنيك", "russia")


def test_a_statement_relayed_by_an_agency_stays_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال باشينيان إن أرمينيا وافقت على تسليم القرى، وفقا لوكالة سبوتنيك.").claims[0]
    assert claim.side == "armenia"


# --- «وحسب المصدر نفسه»: the source just named ---------------------------------------------------


def test_the_same_source_is_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قصفت القوات الأذربيجانية مدينة غوريس، وفقا لوكالة سبوتنيك. "
                 "وحسب المصدر نفسه، وافق الطرفان على هدنة إنسانية.")
    assert [c.side for c in result.claims] == ["russia", "russia"]


def test_the_same_source_with_none_named_before_is_not_invented(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحسب المصدر نفسه، وافق الطرفان على هدنة إنسانية.")
    assert "russia" not in {c.side for c in result.claims}


# --- «قرية تاليش في منطقة ترتر»: the district only places the village -----------------------------


def names(result, gaz) -> list[str]:  # type: ignore[no-untyped-def]
    return [gaz.places[p].name for c in result.claims for p in c.place_ids]


def test_a_district_that_places_a_village_is_no_place_of_the_claim(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية أن قواتها حررت قرية تاليش في منطقة ترتر.")
    assert names(result, gaz) == ["Talish"]


def test_a_district_named_beside_a_village_is_a_place_of_the_claim(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية أن القصف طال مدينة ترتر وقرية تاليش.")
    assert sorted(names(result, gaz)) == ["Talish", "Tartar"]


def test_a_district_whose_villages_are_not_named_is_the_place(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية أن قواتها حررت ثلاث قرى في منطقة ترتر.")
    assert names(result, gaz) == ["Tartar"]


# --- «أفادت، يوم الأربعاء الماضي، سلطات …»: a day between the verb and its subject ---------------


def test_a_day_between_the_verb_and_its_subject_is_skipped(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وكانت قد أفادت، يوم الأربعاء الماضي، وزارة الدفاع الأرمينية بأن القصف استمر.").claims[0]
    assert (claim.speaker, claim.side) == ("وزارة الدفاع الأرمينية", "armenia")


def test_a_day_inside_what_was_said_is_not_skipped(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("قالت وزارة الدفاع الأرمينية إن يوم الأربعاء شهد قصفا على غوريس.").claims[0]
    assert (claim.speaker, claim.side) == ("وزارة الدفاع الأرمينية", "armenia")


# --- «، لكن يريفان نفت ذلك»: a state named before its verb after «لكن» speaks ------------------


def test_but_and_a_state_before_its_verb_opens_that_states_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أذربيجان أرمينيا بقصف مدينة ترتر، لكن يريفان نفت هذه المعلومات.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]


def test_but_and_no_speaker_goes_on_with_the_same_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أذربيجان أرمينيا بقصف مدينة ترتر، لكن القصف لم يسفر عن ضحايا.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- «سلطات مدينة غوريس بانتهاك»: ب and a topic's verbal noun is what was told ------------------


def test_bi_and_a_topic_noun_ends_the_speakers_name(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وأفادت سلطات مدينة غوريس بانتهاك حدود البلاد من قبل عسكريين أذربيجانيين.").claims[0]
    assert (claim.speaker, claim.side) == ("سلطات مدينة غوريس", "armenia")


def test_bi_in_a_title_stays_in_the_speakers_name(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال المتحدث باسم وزارة الدفاع الأرمينية إن القصف استمر.").claims[0]
    assert (claim.speaker, claim.side) == ("المتحدث باسم وزارة الدفاع الأرمينية", "armenia")


# --- «حاكم مقاطعة سيونيك»: a local office speaks for the state its town or province lies in ------


def test_a_governor_of_an_armenian_province_speaks_for_armenia(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال حاكم مقاطعة سيونيك إن القصف طال قرى حدودية.").claims[0]
    assert claim.side == "armenia"


def test_a_town_of_karabakh_does_not_say_whose_office_speaks(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال حاكم مدينة شوشا إن القصف طال الأحياء السكنية.").claims[0]
    assert claim.side != "azerbaijan"


# --- «.. كذب تام واستفزاز"»: a later sentence of a quotation stays its speaker's --------------------


def test_a_word_read_as_a_verb_inside_a_quotation_does_not_take_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وكتبت المتحدثة باسم وزارة الدفاع الأرمينية أن "البيان حول هجوم صاروخي مزعوم.. '
                 'كذب تام واستفزاز".')
    assert {c.side for c in result.claims} == {"armenia"}


def test_a_verb_after_the_quotation_closes_names_its_own_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وكتبت المتحدثة باسم وزارة الدفاع الأرمينية أن "الهجوم مزعوم". '
                 'وكذب الجيش الأذربيجاني هذه الرواية.')
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]


# --- «سلطات مدينة غوريس»: what a town's own office reports is about the town ---------------------


def test_a_towns_office_reports_about_the_town(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run("وأفادت سلطات مدينة غوريس بانتهاك حدودها من قبل عسكريين أذربيجانيين.")
    assert names(result, gaz) == ["Goris"]


def test_a_towns_office_reporting_on_another_place_is_about_that_place(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس بلدية جرموك إن القصف طال قرية سوتك.")
    assert names(result, gaz) == ["Sotk"]


# --- «، ثم أعلن الطرفان …»: "then" and a reporting verb open a further statement -------------------


def test_then_and_a_reporting_verb_open_a_further_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أذربيجان أرمينيا بخرق الهدنة، ثم أعلنت وزارة الدفاع الأذربيجانية وقف إطلاق النار.")
    assert [c.type for c in result.claims] == ["accusation", "diplomacy"]


def test_then_and_an_event_go_on_with_the_same_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت أذربيجان إن القوات الأرمينية قصفت مدينة ترتر، ثم انسحبت إلى مواقعها.")
    assert len(result.claims) == 1


# --- «وبحسب المعلومات الصادرة من وزارة الدفاع»: who issued the information speaks -----------------


def test_information_issued_by_a_ministry_is_the_ministrys(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وبحسب المعلومات الصادرة من وزارة الدفاع الأذربيجانية، فقد قصفت القوات الأرمينية مواقعنا.").claims[0]
    assert (claim.speaker, claim.side) == ("وزارة الدفاع الأذربيجانية", "azerbaijan")


def test_information_with_no_issuer_is_no_ones(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب المعلومات الصادرة اليوم، فقد قصفت القوات الأرمينية مواقع في ترتر.")
    assert {c.side for c in result.claims} <= {"none", "other"}


# --- «وتنازلوا عن القرى»: the villages named together before -------------------------------------

TWO_VILLAGES = "قالت اللجنة الحكومية الأذربيجانية إن قريتي باغانيس أيريم وخيريملي عادتا إلى أذربيجان. "


def test_the_villages_point_back_to_all_the_villages_named_before(run, gaz) -> None:  # type: ignore[no-untyped-def]
    result = run(TWO_VILLAGES + "وأكد جهاز الأمن الأرميني أن حرس الحدود تنازلوا عن القرى لسيطرة أذربيجان.")
    assert sorted(gaz.places[p].name for p in result.claims[-1].place_ids) == ["Baganis Ayrim", "Kheyrimli"]


def test_villages_of_a_nation_name_a_class_not_the_villages_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run(TWO_VILLAGES + "وقال رئيس الوزراء الأرميني إن السلطات ستبني طرقا جديدة لفك حصار القرى الأرمنية.")
    assert result.claims[-1].place_ids == ()


# --- «وأفادت المصادر»: the sources named before -------------------------------------------------


def test_the_sources_point_back_to_the_sources_named_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت مصادر دبلوماسية أذربيجانية إن اللقاء كان بناء. "
                 "وأفادت المصادر أن علييف وباشينيان بحثا ترسيم الحدود.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]


def test_the_sources_with_no_speaker_before_take_no_ones_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأفادت المصادر أن علييف وباشينيان بحثا ترسيم الحدود.")
    assert [c.side for c in result.claims] != ["azerbaijan"]


# --- «اتهمت أرمينيا تركيا بدعم أذربيجان»: the state right after the speaker is the accused ---------


def test_the_state_named_right_after_the_accuser_is_the_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أرمينيا تركيا بدعم أذربيجان بالمرتزقة.")
    assert result.claims[0].place_ids == ("turkey",)


def test_states_joined_right_after_the_accuser_are_all_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أرمينيا باكو وأنقرة بتجنيد المرتزقة.")
    assert result.claims[0].place_ids == ("azerbaijan", "turkey")


# --- «وحثت الخارجية الروسية في ديسمبر»: a month after «في» ends the speaker's name ------------------


def test_a_month_after_in_ends_the_speakers_name(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وحثت المحكمة في ديسمبر الطرفين على وقف التصعيد.").claims[0]
    assert claim.speaker == "المحكمة"


def test_a_state_after_in_stays_in_the_speakers_name(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقالت وزارة الدفاع في أذربيجان إن القصف استمر.").claims[0]
    assert claim.speaker == "وزارة الدفاع في أذربيجان"


# --- the International Court of Justice is the UN's court -----------------------------------------


def test_the_international_court_of_justice_speaks_for_the_un(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقالت محكمة العدل الدولية إن على أذربيجان ضمان العبور في ممر لاتشين.").claims[0].side == "un"


def test_the_international_criminal_court_is_no_un_body(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقال المدعي العام للمحكمة الجنائية الدولية إن الحصار قد يرقى إلى إبادة.").claims[0].side != "un"


# --- «بيان للحكومة الأرمينية»: a speaker written with ل and its article is shown as written ---------


def test_a_speaker_after_lil_is_shown_as_written(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وجاء في بيان للحكومة الأرمينية أن آلاف الأشخاص نزحوا من الإقليم.").claims[0]
    assert (claim.speaker, claim.side) == ("للحكومة الأرمينية", "armenia")


def test_a_speaker_after_li_is_shown_without_it(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("ووفقًا لمركز المعلومات الحكومي الأذربيجاني، أطلقت القوات الأرمينية النار على ترتر.").claims[0]
    assert claim.speaker.startswith("مركز")


# --- «أذربيجان وأرمينيا تتبادلان الاتهامات»: a dual verb has both states as its one subject --------


def test_two_states_before_a_dual_verb_are_one_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أذربيجان وأرمينيا تتبادلان الاتهامات بخرق الهدنة")
    assert sorted(c.side for c in result.claims) == ["armenia", "azerbaijan"]
    assert {c.speaker for c in result.claims} == {"أذربيجان وأرمينيا"}


def test_a_second_state_before_a_singular_verb_is_a_second_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أذربيجان تعلن السيطرة على 60 موقعا وأرمينيا تنفي")
    assert [(c.speaker, c.side) for c in result.claims] == [("أذربيجان", "azerbaijan"), ("وأرمينيا", "armenia")]


# --- «ورفضت أذربيجان الرواية الروسية»: what is rejected ends the speaker's name ------------------


def test_what_is_rejected_is_not_part_of_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("ورفضت أذربيجان الرواية الروسية للأحداث.").claims[0]
    assert (claim.speaker, claim.side, claim.type) == ("أذربيجان", "azerbaijan", "denial")


def test_the_news_in_a_news_agencys_name_stays_in_it(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("قتل 20 شخصا في انفجار، حسبما ذكرت وكالة الأنباء الأرمينية الرسمية.").claims[0]
    assert claim.speaker.startswith("وكالة الأنباء الأرمينية") and claim.side == "armenia"


# --- «الرئيسين الروسي … والفرنسي …، ناقشا»: a dual verb after a comma keeps the subject before it -----

KREMLIN = ("أعلن المكتب الصحافي للكرملين أن «الرئيسين الروسي فلاديمير بوتين والفرنسي ايمانويل ماكرون، "
           "ناقشا الوضع في إقليم ناغورني قره باغ».")


def test_a_dual_verb_after_a_comma_goes_on_with_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    assert [(c.speaker, c.side) for c in run(KREMLIN).claims] == [("المكتب الصحافي للكرملين", "russia")]


def test_a_singular_verb_with_its_own_subject_after_a_comma_opens_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت أذربيجان إن القصف مستمر، نفت أرمينيا ذلك.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]


# --- «وأعرب الطرفان عن قلقهما»: the two leaders just named -------------------------------------------


def test_the_two_sides_after_two_leaders_are_those_leaders(run) -> None:  # type: ignore[no-untyped-def]
    result = run(KREMLIN + "\n\nوأعرب الطرفان عن قلقهما البالغ إزاء استقدام مرتزقة من سورية.")
    assert sorted(c.side for c in result.claims if c.speaker == "الطرفان") == ["france", "russia"]


def test_the_two_sides_further_on_are_the_sides_of_the_conflict(run) -> None:  # type: ignore[no-untyped-def]
    result = run(KREMLIN + "\n\nوقالت وزارة الدفاع الأرمينية إن القصف مستمر.\n\nوتبادل الطرفان الاتهامات بخرق الهدنة.")
    assert sorted(c.side for c in result.claims if c.speaker == "الطرفان") == ["armenia", "azerbaijan"]


# --- «، لكنه استدرك أن …»: «استدرك» (he added, qualifying) reports the same speaker's next statement --


def test_but_he_added_opens_the_same_speakers_next_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد الرئيس الروسي استعداد بلاده للوفاء بالتزاماتها أمام أرمينيا، "
                 "لكنه استدرك أن القتال يدور خارج أراضي أرمينيا.")
    assert [(c.side, c.type) for c in result.claims] == [("russia", "diplomacy"), ("russia", "attack")]


def test_but_and_no_verb_goes_on_with_the_same_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد الرئيس الروسي استعداد بلاده للوفاء بالتزاماتها أمام أرمينيا، لكنه مستعد للحوار أيضا.")
    assert len(result.claims) == 1


# --- «وهو ما نفته في وقت لاح يريفان»: a cut-off time word still reads as a time -------------------

CLAIMED = "وأعلنت وزارة الدفاع الأذربيجانية أن صواريخ أطلقت من أرمينيا. "


def test_a_time_word_cut_short_is_still_a_time_before_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CLAIMED + "وهو ما نفته في وقت لاح يريفان.")
    assert [(c.speaker, c.side) for c in result.claims][-1] == ("يريفان", "armenia")


def test_a_word_that_begins_no_time_word_is_not_skipped(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CLAIMED + "وهو ما نفته في وقت حرج يريفان.")
    assert result.claims[-1].speaker != "يريفان"


# --- «إثر اجتماعهما في فيينا … في منطقة ناغورنو كاراباخ»: a venue does not place the region -------


def test_a_venue_does_not_drop_the_region_a_claim_is_about(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تعهد رئيس أذربيجان ونظيره الأرميني إثر اجتماعهما في فيينا باحترام وقف إطلاق النار "
                 "في منطقة ناغورنو كاراباخ.")
    assert "nagorno_karabakh" in result.claims[0].place_ids


def test_a_village_still_drops_the_region_that_places_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية أن قواتها حررت قرية تاليش في إقليم قره باغ.")
    assert result.claims[0].place_ids == ("talish_tartar",)


# --- «تُتهم أذربيجان بقطع الطريق»: an accusing verb marked as passive has the accused after it ------


def test_an_accused_state_after_a_passive_verb_is_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تُتهم أذربيجان منذ أسبوعين بقطع الطريق الوحيد الذي يربط ناغورني قره باغ بأرمينيا.")
    assert "azerbaijan" not in {c.side for c in result.claims}


def test_an_accusing_verb_without_marks_is_read_as_active(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تتهم أذربيجان أرمينيا بقصف مدينة ترتر.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_one_of_the_residents_speaks_for_the_side_that_holds_their_town(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقال أحد سكان ستيباناكيرت إن الخبز نفد من المتاجر.").claims[0].side == "armenia"


def test_one_of_the_journalists_in_a_capital_has_no_side(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقال أحد الصحفيين في باكو إن الوضع هادئ.").claims[0].side == "other"


# --- «لاتفاق موسكو»: an agreement named after a city is not about that city ---------------------


def test_an_agreement_named_after_a_city_does_not_make_it_a_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الروسية إن لافروف أكد على ضرورة التنفيذ الصارم لاتفاق موسكو.")
    assert "moscow" not in result.claims[0].place_ids


def test_a_delegation_arriving_in_a_city_makes_it_a_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الروسية إن وفدا عسكريا أرمينيا وصل إلى موسكو.")
    assert "moscow" in result.claims[0].place_ids


# --- «وأكد ذات المصدر»: the sources named before, not the last speaker ---------------------------


def test_the_same_source_as_a_subject_is_the_sources_named_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأفادت مصادر في الخارجية الروسية بأن أرمينيا اتفقت مع أذربيجان على هدنة. "
                 "من جانبها، قالت وزارة الخارجية الأذربيجانية إن الاتفاق جاء لأسباب إنسانية. "
                 "وأكد ذات المصدر بأن وفدا عسكريا أرمينيا وصل إلى موسكو.")
    assert [c.side for c in result.claims] == ["russia", "azerbaijan", "russia"]


def test_the_ministry_pointed_back_is_still_the_last_ministry(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأفادت مصادر في الخارجية الروسية بأن أرمينيا اتفقت مع أذربيجان على هدنة. "
                 "من جانبها، قالت وزارة الخارجية الأذربيجانية إن الاتفاق جاء لأسباب إنسانية. "
                 "وأكدت الوزارة أن الهدنة تبدأ منتصف الليل.")
    assert [c.side for c in result.claims] == ["russia", "azerbaijan", "azerbaijan"]


# --- «أصدرت وزارة الدفاع بيانا جاء فيه»: what an issued statement says is the issuer's -------------


def test_a_statement_issued_is_the_issuers_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وأصدرت وزارة الدفاع الأرمينية بيانا جاء فيه: "شنت أذربيجان قصفا مكثفا على غوريس".')
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]


def test_a_statement_mentioned_with_no_issuer_is_narrative(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وجاء في بيان نشر اليوم أن القصف طال غوريس.')
    assert {c.side for c in result.claims} <= {"none", "other"}


def test_what_an_institution_is_charged_with_is_no_place_of_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وأصدرت اللجنة الحكومية الأذربيجانية المعنية بترسيم الحدود مع أرمينيا بيانا جاء فيه '
                 '"تمت استعادة أربع قرى".')
    assert "armenia" not in result.claims[0].place_ids


def test_a_state_named_in_the_issued_statement_is_a_place_of_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وأصدرت اللجنة الحكومية الأذربيجانية المعنية بترسيم الحدود بيانا جاء فيه '
                 '"استعادت أذربيجان أربع قرى من أرمينيا".')
    assert "armenia" in result.claims[0].place_ids


# --- «وحملت الجمعية … النظام التركي المسؤولية»: the accused is not the accuser ------------------


def test_the_accused_actor_is_cut_from_the_accusers_name(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وحملت الجمعية الوطنية في الجمهورية النظام التركي المسؤولية عن الحرب.").claims[0]
    assert claim.speaker == "الجمعية الوطنية في الجمهورية" and claim.side != "turkey"
    claim = run("واتهمت وزارة الدفاع الأذربيجانية الجيش الأرميني بقصف ترتر.").claims[0]
    assert claim.speaker == "وزارة الدفاع الأذربيجانية"


def test_an_accuser_named_with_its_nationality_keeps_it(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("واتهمت وزارة الخارجية الأرمينية أذربيجان بقصف المدن.").claims[0]
    assert (claim.speaker, claim.side) == ("وزارة الخارجية الأرمينية", "armenia")


# --- «، دون أن يؤدي ذلك إلى خسائر»: "without it leading to" ends the statement before it ----------


def test_without_it_leading_to_ends_the_claim_before_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت وزارة الدفاع الأذربيجانية الجيش الأرمني بقصف قريتين في محافظة غورانبوي، "
                 "دون أن يؤدي ذلك إلى خسائر بين السكان.")
    assert result.claims[0].type == "attack" and "خسائر" not in result.claims[0].text


def test_without_a_pause_stays_in_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت قريتين في غورانبوي، دون توقف طوال الليل.")
    assert len(result.claims) == 1 and result.claims[0].text.endswith("الليل.")
