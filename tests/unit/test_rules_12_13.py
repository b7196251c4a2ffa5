"""Claim rules of the round "12-13", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- «بينت» (explained) and the present «تضيف/يضيف» report; «بين» (between) does not ---------------------


def test_explained_in_the_feminine_is_a_reporting_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبينت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت قرية سوتك ليلا.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]


def test_between_is_no_reporting_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتقع قرية سوتك بين أرمينيا وأذربيجان على الحدود.")
    assert all(c.side == "none" for c in result.claims)


def test_the_present_of_added_reports_with_its_subject_after_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تضيف وزارة الخارجية الأذربيجانية أن أرمينيا لم تسحب قواتها من قره باغ.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- «قانجه»: Ganja as Persian-influenced Arabic writes it is the curated city, not a village of that name --


def test_ganja_written_with_qaf_is_the_city(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة إن صاروخا سقط على مدينة قانجه ليلا.")
    assert [m.place.place_id for m in result.mentions] == ["ganja"]


# --- a person's name ends the speaker before a verbal noun («بيسكوف بدء المحادثات») --------------------


def test_a_verbal_noun_after_a_persons_name_is_what_was_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الناطق باسم الكرملين دميتري بيسكوف بدء اجتماع رئيسي روسيا وأرمينيا فلاديمير بوتين "
                 "ونيكول باشينيان في موسكو.")
    # (not one speaker running on through the names of the meeting's parties, nor two)
    assert [(c.side, c.type) for c in result.claims] == [("russia", "diplomacy")]
    assert result.claims[0].speaker.endswith("بيسكوف")


def test_a_given_name_of_that_shape_goes_on_with_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    # «إلهام» is shaped like a verbal noun (إفعال) but starts a listed person's name
    result = run("وقال رئيس أذربيجان إلهام علييف إن القوات حررت مدينة شوشا.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]
    assert result.claims[0].speaker.endswith("علييف")


# --- after a titled person's name, a second title opens whom the verb is about -----------------------


def test_a_title_after_a_titled_name_is_the_object(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعا الرئيس الروسي فلاديمير بوتين الرئيس الأذربيجاني إلهام علييف إلى زيارة موسكو.")
    assert [c.side for c in result.claims] == ["russia"]
    assert result.claims[0].speaker == "الرئيس الروسي فلاديمير بوتين"


def test_a_title_after_an_untitled_name_is_its_apposition(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال إلهام علييف الرئيس الأذربيجاني إن القوات حررت مدينة شوشا.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]
    assert result.claims[0].speaker == "إلهام علييف"


# --- «للسلام» is ل + السلام: type phrases written with the article match it -------------------------------


def test_for_peace_written_with_lam_lam_is_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن الرئيس الفرنسي أن فرنسا طرحت مبادرة للسلام في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("france", "diplomacy")]


def test_an_initiative_without_peace_stays_other(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن الرئيس الفرنسي أن فرنسا طرحت مبادرة في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("france", "other")]


# --- «وقال المسؤول», «وأوضح سكرتير مجلس الأمن»: the official just named, by a bare head or his title ------


def test_the_official_and_a_repeated_title_point_back_to_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال سكرتير مجلس الأمن الأرمني أرمين غريغوريان إن القوات الأذربيجانية قصفت قرية سوتك. "
                 "وقال المسؤول إن القصف استمر ساعتين. وأوضح سكرتير مجلس الأمن أن يريفان طلبت المساعدة.")
    assert [c.side for c in result.claims] == ["armenia", "armenia", "armenia"]


def test_an_official_with_his_own_nationality_is_not_pointed_back(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال سكرتير مجلس الأمن الأرمني أرمين غريغوريان إن القوات الأذربيجانية قصفت قرية سوتك. "
                 "وقال المسؤول الأذربيجاني إن القوات الأرمينية بدأت القصف.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]


# --- «قتيلين وجريحين»: a dual casualty noun is a count --------------------------------------------------


def test_clashes_that_left_two_dead_are_a_toll(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأرمينية أن الاشتباكات أسفرت عن قتيلين وجريحين في صفوف قواتها.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "casualties")]


def test_clashes_with_the_wounded_uncounted_stay_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    # «مصابين» is a plural as much as a dual: no count
    result = run("وأعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت مواقعها، مما أسفر عن مصابين.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]


# --- «تبيليسي (جورجيا)»: a state in brackets after a name only says where it lies -----------------------


def test_a_state_in_brackets_after_a_city_is_context_and_no_party(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الخارجية الأرمينية أن الوزيرين أجريا محادثات في تبيليسي (جورجيا) حول معاهدة السلام.")
    roles = {m.surface: m.role for m in result.mentions}
    assert roles["جورجيا"] == "context"
    assert [c.side for c in result.claims] == ["armenia"] and "Georgia" not in names(result.claims[0])


def test_a_state_named_as_a_party_stays_one(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الخارجية الأرمينية أن الوزيرين أجريا محادثات مع جورجيا حول معاهدة السلام.")
    assert "Georgia" in names(result.claims[0])


# --- «تتحدث أذربيجان عن …»: the present of تحدث reports ------------------------------------------------


def test_the_present_of_spoke_of_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("من جهتها، تتحدث أذربيجان عن استفزازات أرمينية على الحدود.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- a call for freedom of movement or aid is about them; a call to stop fighting stays diplomacy ------------


def test_a_call_for_freedom_of_movement_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("الأمم المتحدة تدعو إلى ضمان حرية التنقل على طول ممر لاتشين.")
    assert [(c.side, c.type) for c in result.claims] == [("un", "humanitarian")]


def test_a_call_to_stop_the_fighting_stays_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("الأمم المتحدة تدعو إلى وقف القتال فورا في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("un", "diplomacy")]


# --- raising a state's flag over a place claims it; «يوم الأحد» after the speaker is a time ---------------


def test_raising_the_flag_over_a_town_is_control(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الرئاسة الأذربيجانية إن الرئيس إلهام علييف رفع بنفسه العلم الوطني فوق مدينة شوشا.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]


def test_a_flag_named_at_a_protest_is_no_capture(run) -> None:  # type: ignore[no-untyped-def]
    # (no flag phrase: «الأعلام» of a crowd, plural, is not a flag raised over a place)
    result = run("وقالت الشرطة الأرمينية إن المتظاهرين حملوا الأعلام أمام مبنى الحكومة في يريفان.")
    assert [c.type for c in result.claims] != ["control"]


def test_the_day_after_the_speaker_is_not_part_of_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقعت اشتباكات قرب شوشا، حسبما ذكر المكتب الرئاسي يوم الأحد.")
    assert result.claims[0].speaker == "المكتب الرئاسي"
