"""Claim rules of the round "12-19", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- handing over aid is aid, not a handover of ground -------------------------------------------------------


def test_handing_over_aid_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت اللجنة الدولية للصليب الأحمر إنها سلّمت مساعدات إلى سكان مدينة ستيباناكيرت.")
    assert [(c.side, c.type) for c in result.claims] == [("other", "humanitarian")]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن أرمينيا سلمت مدينة أغدام.")  # ground handed over
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("aghdam",))]


# --- cluster munitions used are an attack ---------------------------------------------------------------------


def test_using_cluster_munitions_is_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت منظمة هيومن رايتس ووتش إن القوات استخدمت ذخائر عنقودية في مدينة ستيباناكيرت.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("other", "attack", ("stepanakert",))]
    result = run("وقالت منظمة هيومن رايتس ووتش إن القوات استخدمت المدارس مقرات في مدينة ستيباناكيرت.")
    assert [c.type for c in result.claims] == ["other"]


# --- gas and power cut off are humanitarian -------------------------------------------------------------------


def test_gas_or_power_cut_off_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت السلطات الأرمينية في قره باغ إن أذربيجان قطعت إمدادات الغاز عن الإقليم.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("armenia", "humanitarian", ("nagorno_karabakh",))]
    result = run("وقال مسؤول أرميني إن انقطاع التيار الكهربائي متكرر في ستيباناكيرت.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "humanitarian")]
    result = run("وقال مسؤول أذربيجاني إن خط أنابيب الغاز يمر عبر مدينة غنجة.")  # gas not cut: no topic
    assert [c.type for c in result.claims] == ["other"]


# --- residents, protesters, a woman: the side of the town the story is in ------------------------------------


def test_residents_speak_for_the_side_that_holds_their_town(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تعيش مدينة ستيباناكيرت أوضاعا صعبة منذ أشهر. ويقول السكان إن المتاجر فارغة بسبب إغلاق ممر لاتشين.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "humanitarian")]
    result = run("تجمع الآلاف في ساحة وسط مدينة غوريس. وقال المتظاهرون إن الحكومة تخلت عن قره باغ.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_residents_of_a_town_of_no_known_side_or_of_a_named_side_keep_theirs(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وصلت المساعدات إلى ستيباناكيرت أمس. وتعرضت مدينة غنجة لقصف ليلي. ويقول السكان إن صاروخا سقط على حي سكني.")
    assert [c.side for c in result.claims if c.side != "none"] == ["other"]  # (the nearest town decides; Azerbaijan's give no side)
    result = run("تعيش مدينة ستيباناكيرت أوضاعا صعبة. وقال المتحدث باسم الحكومة الروسية إن المساعدات وصلت.")
    assert [c.side for c in result.claims] == ["russia"]


# --- denying a charge that names its act: the act is denied ---------------------------------------------------


def test_denying_a_charge_of_shelling_denies_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت وزارة الدفاع الأرمينية الاتهامات بقصف مدينة غنجة.")
    assert [(c.side, c.type, c.polarity, c.place_ids) for c in result.claims] == [("armenia", "attack", "deny", ("ganja",))]
    result = run("ونفت باكو المزاعم بالسيطرة الأرمينية على قرية تاليش.")
    assert [(c.type, c.polarity) for c in result.claims] == [("control", "deny")]


def test_denying_a_charge_with_no_act_named_is_a_blanket_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت باكو إن القوات الأرمينية قصفت مدينة غنجة. ونفت يريفان هذه الاتهامات.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [("azerbaijan", "attack", "assert"), ("armenia", "denial", "deny")]


# --- troops leaving withdraw; people leaving flee -------------------------------------------------------------


def test_troops_leaving_a_region_is_control_and_people_leaving_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن الكرملين أن قوات حفظ السلام الروسية في إقليم قره باغ بدأت مغادرة المنطقة.")
    assert [(c.side, c.type) for c in result.claims] == [("russia", "control")]
    result = run("وقالت سلطات قره باغ إن آلاف السكان بدأوا مغادرة الإقليم.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "humanitarian")]


# --- releasing prisoners and getting captives back are humanitarian -------------------------------------------


def test_releasing_or_recovering_captives_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الأذربيجانية إنها أفرجت عن خمسة سجناء من أصل أرميني.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "humanitarian")]
    result = run("وقالت وزارة الدفاع الأرمينية إنها تعمل على استعادة الأسرى من أذربيجان.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "humanitarian")]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن الجيش استعاد قرية تاليش.")  # ground got back
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]


# --- vacating a town is control; evacuating people is humanitarian --------------------------------------------


def test_vacating_a_town_is_control(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكدت أذربيجان منح أرمينيا مهلة إضافية لإخلاء مدينة كلبجار.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("kalbajar",))]
    result = run("وأعلنت السلطات الأرمينية إخلاء المدنيين من مدينة غوريس.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "humanitarian")]


# --- envoys are diplomacy ---------------------------------------------------------------------------------------


def test_sending_envoys_is_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت الخارجية الفرنسية أنها سترسل مبعوثا إلى أرمينيا.")
    assert [(c.side, c.type) for c in result.claims] == [("france", "diplomacy")]
    result = run("وأعلنت الخارجية الفرنسية أنها سترسل طائرة إلى أرمينيا.")
    assert [c.type for c in result.claims] == ["other"]


# --- a platform is where a statement was posted, not its author -----------------------------------------------


def test_a_social_media_platform_is_never_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونقلت صحيفة محلية، منشورا لمسؤول، على صفحته على «تلغرام» قال فيه إن القوات قصفت قرية في أسكيران.")
    assert [c.speaker for c in result.claims if c.side != "none"] == []
    result = run("وكتب باشينيان على صفحته في فيسبوك أن القوات الأذربيجانية قصفت مدينة غوريس.")  # its author speaks
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "باشينيان")]


# --- «واتهمت باكو بـ»: one state and the charge: the state is the accused ----------------------------------------


def test_one_state_then_the_charge_after_accusing_is_the_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت وزارة الدفاع الأرمينية قصف مدينة غنجة. واتهمت باكو بالاستمرار في قصف مدينة ستيباناكيرت.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_two_states_or_in_turn_after_accusing_keep_the_first_as_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن الوضع هادئ. واتهمت باكو يريفان بقصف مدينة ترتر.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن الوضع هادئ. واتهمت يريفان بدورها باكو بقصف مدينة ستيباناكيرت.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]


# --- «سقوط» of shells with a count between is an attack -------------------------------------------------------


def test_shells_falling_with_a_count_between_is_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت السلطات الإيرانية سقوط عشر قذائف قرب نهر آراس.")
    assert [(c.side, c.type) for c in result.claims] == [("iran", "attack")]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية سقوط مدينة شوشا.")  # a town falls: control
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("shusha",))]


# --- a verb after «دون أن» (without) reports nothing ------------------------------------------------------------


def test_a_verb_after_without_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المحافظ الإيراني إن قذائف سقطت قرب نهر آراس من دون أن تحدث أية خسائر.")
    assert [(c.side, c.speaker) for c in result.claims] == [("iran", "المحافظ الإيراني")]
    result = run("وقال المحافظ الإيراني إن قذائف سقطت قرب نهر آراس. وتحدث المسؤولون عن خسائر في القرى.")
    assert [c.speaker for c in result.claims] == ["المحافظ الإيراني", "المسؤولون"]  # (a verb not after «دون أن» reports)


# --- after «إذ», «بينما», «حيث» the verb's subject follows it; a short quoted name then more words is the subject --


def test_after_a_clause_conjunction_the_subject_follows_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وواصل الطرفان ادعاءاتهما بشأن الخسائر، إذ أعلنت يريفان سقوط قتلى في صفوف الجيش الأذربيجاني قرب مارتوني.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "يريفان")]
    result = run("أكدت وزارة الدفاع الأذربيجانية، حسبما أفادت الوكالة، أن الجيش حرر مدينة جبرائيل.")
    assert [c.side for c in result.claims] == ["azerbaijan"]  # (a subject before the verb still speaks)


def test_a_short_quoted_name_followed_by_words_is_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وأعلنت "جمهورية قره باغ" غير المعترف بها سقوط عشرات القتلى في صفوف الجيش الأذربيجاني.')
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "جمهورية قره باغ")]
    result = run('وقال وزير الدفاع الأرميني إن القصف استهدف مارتوني. وأضاف: "لن نتراجع".')
    assert [c.speaker for c in result.claims] == ["وزير الدفاع الأرميني", "وزير الدفاع الأرميني"]  # a statement


# --- «ولم ترد يريفان»: the state that did not reply is the subject of the next subjectless verb ---------------


def test_a_negated_reporting_verb_names_who_speaks_next(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الوزير الأذربيجاني إن جنديا قتل عند الحدود. ولم ترد يريفان على هذا الكلام. "
                 "وأعلنت فقط أن أحد عسكرييها أصيب في منطقة جيغاركونيك.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]
    result = run("وقال الوزير الأذربيجاني إن جنديا قتل عند الحدود. وأعلن أن أحد الجنود أصيب قرب كلبجار.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]  # (no one else named: the last speaker)


def test_only_between_the_verb_and_what_was_said_is_no_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن الوضع هادئ. وأعلنت فقط أن جنديا أصيب قرب سوتك، وفق ما نقلته وكالة رويترز.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


# --- standing beside an ally is diplomacy ----------------------------------------------------------------------


def test_standing_beside_an_ally_is_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية التركي إن أنقرة سنقف بجانب أذربيجان حتى النهاية.")
    assert [(c.side, c.type) for c in result.claims] == [("turkey", "diplomacy")]
    result = run("وقال وزير الخارجية التركي إن جنديا وقف بجانب الطريق في أغدام.")  # beside a road: no topic
    assert [c.type for c in result.claims] == ["other"]


# --- «وهو ما تنفيه أرمينيا» with no comma before it is another side's denial -----------------------------------


def test_which_another_side_denies_with_no_comma_is_its_own_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتقول أذربيجان إن قواتها سيطرت على مدينة جبرائيل وهو ما تنفيه أرمينيا.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert"), ("armenia", "deny")]
    result = run("وتقول أذربيجان إن قواتها سيطرت على مدينة جبرائيل وهو ما يفسر فرح السكان.")  # no verb of saying
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- a state on the far side of a border taken is where, not what ---------------------------------------------


def test_taking_the_border_with_a_state_is_not_about_that_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن الجيش أحكم السيطرة الكاملة على الحدود مع إيران.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ())]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن الجيش أحكم السيطرة على مدينة جبرائيل قرب إيران.")
    assert "jabrayil" in result.claims[0].place_ids


# --- «، وقد أعلنت …» after a comma is a second speaker's statement ----------------------------------------------


def test_qad_and_a_reporting_verb_after_a_comma_open_a_second_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت أذربيجان مقتل 12 جنديا، وقد أعلنت المصادر الأرمينية أن القوات الأذربيجانية قصفت مارتوني.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "casualties"), ("armenia", "attack")]
    result = run("وأعلنت أذربيجان مقتل 12 جنديا، وقد سقطت قذائف على مدينة ترتر.")  # no second speaker
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- «وبينما أكد X أن …، قالت Y إن …» with no comma: two statements ------------------------------------------------


def test_a_while_clause_and_the_main_clause_are_two_statements(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبينما أكد الرئيس الأذربيجاني أن بلاده لن تتنازل قالت وزارة الخارجية الأرمينية إن القصف طال مارتوني.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]
    result = run("وبينما أكد الرئيس الأذربيجاني أن القوات قصفت مواقع قرب مارتوني قالت إنها ردت على استفزاز.")
    assert [c.side for c in result.claims] == ["azerbaijan"]  # (no subject of its own after «قالت»)


# --- the two countries' leaders or ministries, in the nominative dual, are both sides ----------------------------


def test_both_countries_leaders_speak_for_both_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن وزيرا خارجية البلدين أنهما اتفقا على مواصلة المحادثات في أبوظبي.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]
    result = run("ودعت مجموعة مينسك وزيري خارجية البلدين إلى لقاء جديد في جنيف.")  # the oblique: whom it called on
    assert [c.side for c in result.claims] == ["other"]


# --- «بيان نشرته الوزارة»: who published the statement speaks ------------------------------------------------------


def test_a_statement_published_by_an_office_is_that_offices(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وذكر بيان نشرته وزارة الدفاع الأذربيجانية على موقعها أن القوات الأرمينية قصفت مدينة ترتر.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "وزارة الدفاع الأذربيجانية")]
    result = run("وذكر بيان أن القوات الأرمينية قصفت مدينة ترتر.")  # no publisher named
    assert [c.side for c in result.claims] == ["other"]


# --- agreeing is an act the reporter tells, not a statement -----------------------------------------------------


def test_agreeing_told_by_the_reporter_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووافقت أرمينيا على الانسحاب من عدة قرى حدودية في منطقة تافوش.")
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_agreeing_said_in_a_statement_is_what_the_statement_says(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إنها وافقت على فتح طريق أغدام أمام الشاحنات.")
    assert [c.side for c in result.claims] == ["azerbaijan"]
    result = run("ووافقت أرمينيا على الانسحاب من قرى في تافوش، وفقا لوكالة سبوتنيك.")  # the agency tells it
    assert [c.side for c in result.claims] == ["russia"]


# --- calling the other side's act illegal is an accusation -----------------------------------------------------


def test_calling_an_act_illegal_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال مساعد الرئيس الأذربيجاني إن المستوطنين أقاموا في كلبجار بشكل غير قانوني.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    result = run("وقال مساعد الرئيس الأذربيجاني إن المستوطنين أقاموا في كلبجار منذ عام 1993.")
    assert [c.type for c in result.claims] == ["other"]


# --- a clash that led to deaths is about the dead ---------------------------------------------------------------


def test_a_clash_that_led_to_deaths_is_about_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأرمينية عن اشتباك عسكري قرب سوتك أدى إلى مقتل اثنين من جنودها.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "casualties")]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت قرية قرب سوتك، مما أدى إلى مقتل اثنين.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]  # a side's attack stays the point
