"""Speaker, place and claim rules of the round of 2026-12-07 ("12-07"), one general rule per test,
each with a case where it must not fire. Every sentence was written for these tests; none is taken
from an evaluation set.
"""

from __future__ import annotations

import pytest

# --- «إلا أن الطرفين أبلغا»: the oblique dual is the subject after «أن» ----------------------------


def test_the_two_sides_after_anna_speak_for_both(run) -> None:  # type: ignore[no-untyped-def]
    result = run("هدأ القتال في قره باغ. إلا أن الطرفين أبلغا عن قصف متقطع قرب خط التماس.")
    said = [c for c in result.claims if c.speaker == "الطرفين"]
    assert sorted(c.side for c in said) == ["armenia", "azerbaijan"]


def test_the_two_sides_called_on_are_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الروسية إن الوضع متوتر. ودعت الطرفين إلى ضبط النفس.")
    assert {c.side for c in result.claims} == {"russia"}


# --- talks with two counterparts, by telephone, and urging: diplomacy ---------------------------


@pytest.mark.parametrize("sentence", [
    "وقالت الخارجية الروسية إن لافروف بحث مع نظيريه الأرميني والأذربيجاني الوضع في قره باغ.",
    "وقال مكتب باشينيان إنه تحدث هاتفيا مع الرئيس الفرنسي بشأن الوضع في قره باغ.",
    "وقالت الخارجية الأمريكية إنها تحث الطرفين على التهدئة في قره باغ.",
])
def test_counterparts_telephone_and_urging_are_diplomacy(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence).claims[0].type == "diplomacy"


def test_searching_is_not_urging(run) -> None:  # type: ignore[no-untyped-def]
    # «بحثنا» reads as ب + «حثنا»: the past «حث» is not in the table for this reason
    claim = run("وقال المسؤول: إن بحثنا عمن يدخل طرفا في قره باغ فسيتبين أنها روسيا.").claims[0]
    assert claim.type != "diplomacy"


# --- «وزير دفاع أرمينيا»: an office of a state speaks for that state ------------------------------


@pytest.mark.parametrize(("sentence", "side"), [
    ("أعلن وزير دفاع أرمينيا عن التوصل إلى اتفاق لوقف إطلاق النار في قره باغ.", "armenia"),
    ("وقال وزير خارجية أذربيجان إن القصف على ترتر استمر طوال الليل.", "azerbaijan"),
    ("وقال سفير أرمينيا لدى موسكو إن القصف على ستيباناكيرت استمر.", "armenia"),
    ("وقال قائد جيش قره باغ إن القصف على مارتوني استمر.", "armenia"),
])
def test_an_office_of_a_state_speaks_for_it(run, sentence: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence).claims[0].side == side


def test_a_minister_speaking_about_a_state_is_not_its_side(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقال الوزير إن القوات الأرمينية قصفت ترتر.").claims[0]
    assert claim.side == "other"


# --- a meeting word nearer the name than the event word: the place hosted the meeting -----------


def _roles(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {m.place.name: m.role for m in result.mentions}


def test_a_meeting_named_after_a_ceasefire_makes_its_city_a_venue(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الوزير التوصل إلى اتفاق لوقف إطلاق النار في قره باغ، وذلك في لقاء رئيسي الأركان "
                 "في موسكو الثلاثاء.")
    assert _roles(result) == {"Nagorno-Karabakh": "event", "Moscow": "venue"}


def test_an_event_word_after_the_meeting_word_still_makes_an_event(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الوزير إن اجتماعا عقد أمس، وإن القوات قصفت مدينة ترتر.")
    assert _roles(result) == {"Tartar": "event"}


def test_the_armed_forces_named_between_meeting_and_city_are_no_event(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الوزير التوصل إلى اتفاق لوقف إطلاق النار في قره باغ، وذلك في لقاء رئيسي أركان "
                 "القوات المسلحة للبلدين في موسكو الثلاثاء.")
    assert _roles(result)["Moscow"] == "venue"


def test_the_armed_forces_shelling_after_a_meeting_make_an_event(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبعد الاجتماع قالت الوزارة إن القوات المسلحة قصفت مدينة ترتر.")
    assert _roles(result) == {"Tartar": "event"}


# --- «وفقًا لحصيلة جديدة نشرتها الشرطة»: who published what a claim is according to -------------


@pytest.mark.parametrize("sentence", [
    "وقُتل ثلاثة مدنيين في قصف على بلدة ترتر، وفقًا لحصيلة جديدة نشرتها وزارة الدفاع الأذربيجانية.",
    "وأصيب جنديان في قصف قرب جرموك، بحسب تقارير نشرتها وزارة الدفاع الأرمينية.",
])
def test_what_a_ministry_published_is_its_claim(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    sides = {c.side for c in run(sentence).claims}
    assert sides & {"azerbaijan", "armenia"} and "other" not in sides


@pytest.mark.parametrize("source", ["بحسب تقارير غير رسمية", "وفقا لتقارير غير رسمية"])
def test_reports_with_no_publisher_are_no_ones_claim(run, source: str) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وأصيب جنديان في قصف قرب جرموك، {source}.")
    assert result.claims and {c.side for c in result.claims} == {"none"}


# --- «أذربيجانوأرمينيا»: two names typed without the space before «و» ------------------------------


def test_two_states_glued_at_their_conjunction_are_two_places(run) -> None:  # type: ignore[no-untyped-def]
    text = "وتتبادل أذربيجانوأرمينيا الاتهامات بخرق الهدنة."
    result = run(text)
    assert [(text[m.start:m.end], m.place.place_id) for m in result.mentions] == [
        ("أذربيجان", "azerbaijan"), ("أرمينيا", "armenia")]
    assert sorted(c.side for c in result.claims) == ["armenia", "azerbaijan"]


@pytest.mark.parametrize(("word", "places"), [("أرمينياوغيرها", []), ("وأرمينيا", ["armenia"])])
def test_a_state_and_a_word_that_names_no_state_stay_one_word(run, word: str, places: list) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.place_id for m in run(f"وزار الوفد {word} الأسبوع الماضي.").mentions] == places


# --- «وتحدث الرئيس هاتفيا مع نظيره»: the speaker ends before «هاتفيا» and «مع» ------------------


@pytest.mark.parametrize("sentence", [
    "وتحدث رئيس الوزراء الأرمني هاتفيا مع وزير الخارجية الأمريكي والرئيس الإيراني بشأن قره باغ.",
    "وتحدث رئيس الوزراء الأرمني مع وزير الخارجية الأمريكي والرئيس الإيراني بشأن قره باغ.",
])
def test_whom_a_speaker_talked_with_is_not_the_speaker(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.speaker, c.side) for c in run(sentence).claims] == [("رئيس الوزراء الأرمني", "armenia")]


def test_a_news_conference_with_a_counterpart_leaves_the_speaker_whole(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية الروسي في مؤتمر صحفي مع نظيره الأرميني إن الهدنة في قره باغ صامدة.")
    assert [(c.speaker, c.side) for c in result.claims] == [("وزير الخارجية الروسي", "russia")]


# --- «المنطقة» points back to the region named before, unless it only describes a name ------------


def test_the_region_points_back_to_the_region_named_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قصفت القوات الأذربيجانية بلدة مارتاكيرت في إقليم ناغورني قره باغ. "
                 "وقالت يريفان إن القوات الأذربيجانية قصفت مواقع في المنطقة.")
    assert [c.place_ids for c in result.claims if c.side == "armenia"] == [("nagorno_karabakh",)]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات في إقليم ناغورني قره باغ. وقالت يريفان إن قصفا أذربيجانيا أصاب عاصمة المنطقة ستيباناكيرت.",
    "اندلعت اشتباكات في إقليم ناغورني قره باغ. وأعلن أرايك هاروتيونيان، زعيم المنطقة، أن أذربيجان قصفت ستيباناكيرت.",
    "وقالت وزارة الدفاع في ناغورني قره باغ المنطقة التي تدعمها أرمينيا، إن أذربيجان قصفت ستيباناكيرت.",
])
def test_the_region_describing_a_name_is_no_place_of_the_claim(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.place_ids for c in run(text).claims if c.side == "armenia"] == [("stepanakert",)]


# --- «فيما أكدت باكو أن»: a state acting after a contrastive opener is another speaker ---------------


@pytest.mark.parametrize(("after", "sides"), [
    ("فيما أكدت باكو أن قواتها ردت على استفزاز.", ["armenia", "azerbaijan"]),  # a state acting: its own claim
    ("فيما أكدت أن قواتها ردت على الهجوم.", ["armenia"]),  # no subject: the same speaker goes on
])
def test_confirming_after_fima_speaks_for_the_state_it_names(run, after: str, sides: list) -> None:  # type: ignore[no-untyped-def]
    result = run(f"أعلنت أرمينيا أن القوات الأذربيجانية قصفت قرية قرب جرموك {after}")
    assert [c.side for c in result.claims] == sides


# --- «وأعلنت أذربيجان وأرمينيا توصلهما إلى اتفاق»: the two sides speaking together are its parties -----


def test_the_two_sides_announcing_an_agreement_together_are_its_parties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت أذربيجان وأرمينيا توصلهما إلى اتفاق حول هدنة إنسانية اعتبارا من منتصف الليل.")
    assert {(c.side, frozenset(c.place_ids)) for c in result.claims} == {
        (side, frozenset({"armenia", "azerbaijan"})) for side in ("armenia", "azerbaijan")}


def test_third_states_welcoming_an_agreement_are_not_its_parties(run) -> None:  # type: ignore[no-untyped-def]
    assert all(not c.place_ids for c in run("ورحبت تركيا وفرنسا بالاتفاق.").claims)


# --- «، إلا أن الطرفين تبادلا الاتهامات»: the two sides after «إلا أن» open another claim ----------------


@pytest.mark.parametrize(("after", "types"), [
    ("، إلا أن الطرفين تبادلا الاتهامات بخرقها.", ["accusation", "accusation", "diplomacy", "diplomacy"]),
    ("، إلا أن الهدنة لم تصمد سوى دقائق.", ["diplomacy", "diplomacy"]),  # no speaker of its own: the same claim
])
def test_the_two_sides_after_illa_anna_speak_again(run, after: str, types: list) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وأعلنت أذربيجان وأرمينيا توصلهما إلى اتفاق حول هدنة إنسانية{after}")
    assert sorted(c.type for c in result.claims) == types


# --- «نقلت “أزيرنيوز” عن الوزارة»: a quoted outlet relays; «وبحسب فرانس برس، جاء في بيان صادر عن» ---------


@pytest.mark.parametrize("text", [
    "نقلت “أزيرنيوز” عن وزارة الدفاع الأذربيجانية أن القوات الأرمينية قصفت مواقع قرب مدينة ترتر.",
    "وبحسب «وكالة الصحافة الفرنسية»، جاء في بيان صادر عن وزارة الدفاع الأذربيجانية أن القوات الأرمينية قصفت ترتر.",
])
def test_the_source_an_outlet_relays_speaks(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.side for c in run(text).claims] == ["azerbaijan"]


@pytest.mark.parametrize(("text", "side"), [
    ("قالت وزارة الدفاع الأذربيجانية إن الهدنة انهارت. وأضافت “تم تدمير ثلاث دبابات أرمينية قرب مدينة ترتر” "
     "عن طريق الطائرات المسيرة.", "azerbaijan"),  # a quoted statement, then «عن»: the last speaker goes on
    ("وبحسب «وكالة الصحافة الفرنسية»، جاء في البيان أن القوات الأذربيجانية قصفت جرموك.", "other"),  # no author: AFP, an outlet
])
def test_a_quoted_statement_or_an_authorless_statement_keeps_its_speaker(run, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.side for c in run(text).claims][-1] == side


# --- «هجمات على مدن “أغدره” و”أغدام”»: quoted names joined by و are one list ------------------------


def test_quoted_names_joined_by_waw_share_the_event(run) -> None:  # type: ignore[no-untyped-def]
    result = run("كما شنت القوات الأرمينية ليلا هجمات على مدن “أغدره” و”أغدام” و”جبرائيل” و”فضولي”.")
    assert [m.role for m in result.mentions] == ["event"] * 4


def test_a_quoted_name_after_a_full_stop_starts_afresh(run) -> None:  # type: ignore[no-untyped-def]
    result = run("شنت القوات الأرمينية هجمات على “أغدام”. و”باكو” تقول إنها سترد.")
    assert [m.role for m in result.mentions] == ["event", "actor"]


# --- «مقاطعة سيونيكسكايا»: a name with a Russian adjective's ending ----------------------------------


def test_a_region_with_a_russian_adjectives_ending_is_the_region(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقصف الجيش الأذربيجاني مناطق جيجاركونيكسكايا وفايوتسدزورسكايا وسيونيكسكايا.")
    assert [m.place.place_id for m in result.mentions] == ["gegharkunik", "vayots_dzor", "syunik"]


@pytest.mark.parametrize(("text", "places"), [
    ("تحدث الكاتب دوستويفسكي عن الحرب.", []),  # a surname: what is left names nothing
    ("وصل الوفد إلى مينسك.", ["minsk"]),  # a name that ends so itself
])
def test_names_ending_like_a_russian_adjective_stay_what_they_are(run, text: str, places: list) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.place_id for m in run(text).mentions] == places


@pytest.mark.parametrize(("where", "places"), [
    ("، في خطوة مهمة للبلدين اللذين تحاربا في منطقة القوقاز.", {"armenia", "azerbaijan"}),  # only the setting
    (" قرب بلدة إيجيفان.", {"armenia", "azerbaijan", "ijevan"}),  # a place of its own too (rule of 12-08)
])
def test_the_two_sides_are_the_parties_and_a_place_named_stays(run, where: str, places: set) -> None:  # type: ignore[no-untyped-def]
    result = run(f"أعلنت أرمينيا وأذربيجان بدء ترسيم الحدود بينهما{where}")
    assert [set(c.place_ids) for c in result.claims] == [places, places]


# --- «واتهم رئيس الوزراء الأرميني أذربيجان بمهاجمة»: ب and a verbal noun مفاعلة ends the speaker ----------


@pytest.mark.parametrize(("text", "speaker", "places"), [
    ("واتهم رئيس الوزراء الأرميني أذربيجان بمهاجمة البلدات الأرمنية.", "رئيس الوزراء الأرميني", ("azerbaijan",)),
    ("وقال المتحدث باسم وزارة الدفاع الأرمينية إن القوات الأذربيجانية قامت بمهاجمة مواقع قرب جرموك.",
     "المتحدث باسم وزارة الدفاع الأرمينية", ("jermuk",)),  # the verbal noun is in what was said
])
def test_the_accused_after_the_speaker_is_not_the_speaker(run, text: str, speaker: str, places: tuple) -> None:  # type: ignore[no-untyped-def]
    assert [(c.speaker, c.place_ids) for c in run(text).claims] == [(speaker, places)]


@pytest.mark.parametrize("where", ["في مقاطعة سيونيك", "بمقاطعة سيونيك"])
def test_the_authorities_of_a_province_speak_for_its_state(run, where: str) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وأعلنت السلطات {where} أن القوات الأذربيجانية قصفت قرية قرب غوريس.")
    assert [(c.speaker, c.side) for c in result.claims] == [(f"السلطات {where}", "armenia")]


# --- «لن يتبقى أي أرمني في الإقليم»: the people who will not remain are an exodus ------------------


@pytest.mark.parametrize(("said", "kind"), [
    ("إنه لن يتبقى أي أرمني في إقليم قره باغ في غضون أيام.", "humanitarian"),
    ("إن الوضع في إقليم قره باغ لن يبقى على حاله.", "other"),  # a state of affairs, not people
])
def test_no_one_remaining_is_an_exodus(run, said: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.type for c in run(f"وقال رئيس الوزراء الأرميني {said}").claims] == [kind]


@pytest.mark.parametrize(("said", "kind"), [
    ("أن تركيا ستشارك مع روسيا في مركز مراقبة مشترك في قره باغ.", "diplomacy"),  # a joint undertaking
    ("أن القوات الأرمينية قصفت مواقع على الحدود المشتركة قرب قره باغ.", "attack"),  # the act decides
])
def test_a_joint_undertaking_is_diplomacy_unless_an_act_comes_first(run, said: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.type for c in run(f"وأعلنت وزارة الخارجية التركية {said}").claims] == [kind]


# --- «رئيس جمهورية قره باغ»: a region in an office's title is context --------------------------------


@pytest.mark.parametrize(("office", "role"), [
    ("رئيس جمهورية قره باغ", "context"),  # the title names the region
    ("جيش إقليم قره باغ", "context"),
    ("قصف على إقليم قره باغ", "event"),  # a place word after an event word: where it happened
])
def test_a_region_in_an_offices_title_is_context(run, office: str, role: str) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وقالت الوزارة إن معارك عنيفة تدور حول البلدة التي وصفها {office} بأنها القلب النابض.")
    assert [m.role for m in result.mentions] == [role]


def test_the_two_fronts_of_two_towns_are_where_it_happened(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة إن القوات الأرمنية صدت هجمات ليلية على محوري مارتاكيرت وهادروت.")
    assert [m.role for m in result.mentions] == ["event", "event"]


# --- the Yeraskh–Heydarabad border crossing: the Azerbaijani name of Yeraskh, and Sadarak's seat --------


def test_the_nakhchivan_border_villages_resolve(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية أطلقت النار من مستوطنة أرازدين "
                 "على مواقعها قرب حيدر أباد في نخجوان.")
    assert [m.place.place_id for m in result.mentions] == ["yeraskh", "heydarabad", "nakhchivan"]


# --- «وقف إطلاق النار الذي تم التوصل إليه في موسكو»: where an agreement was reached is a venue ---------


@pytest.mark.parametrize(("clause", "role"), [
    ("الذي تم التوصل إليه يوم السبت الماضي في موسكو", "venue"),  # reaching it: a meeting word
    ("الذي انهار بعد قصف في موسكو", "event"),  # an event word after the meeting word decides
])
def test_where_an_agreement_was_reached_is_a_venue(run, clause: str, role: str) -> None:  # type: ignore[no-untyped-def]
    result = run(f"تبادلت أذربيجان وأرمينيا الاتهامات بخرق وقف إطلاق النار، {clause}.")
    assert [m.role for m in result.mentions if m.place.place_id == "moscow"] == [role]


# --- «الهدنة التي أُعلنت في موسكو»: a relative clause's verb carries no speaker over -----------------


@pytest.mark.parametrize(("text", "side"), [
    ("قصف أرمني يقتل مدنيين في كنجة.. ويريفان تنفي\n\nلم تصمد الهدنة التي أُعلنت في موسكو سوى ساعات، "
     "إذ أعلنت النيابة العامة الأذربيجانية أن صاروخا أصاب مبنى سكنيا في مدينة كنجة.", "azerbaijan"),
    ("وقالت وزارة الدفاع الأرمينية إن أذربيجان خرقت الهدنة التي أُعلنت في موسكو.", "armenia"),
])
def test_a_relative_clauses_verb_is_no_speaker(run, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).claims[-1].side == side


@pytest.mark.parametrize(("text", "side"), [
    ("وكرر بومبيو التعبير عن رغبة بلده في حل النزاع في قره باغ دون اللجوء إلى القوة.", "usa"),
    ("وطرح الرئيس الأذربيجاني رؤية باكو للتسوية في قره باغ.", "azerbaijan"),
    ("وتكرر القصف على مدينة ترتر.", "none"),  # the present «تكرر» is «recurred»: no one speaks
])
def test_repeating_and_putting_forward_a_position_report_it(run, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.side for c in run(text).claims] == [side]


@pytest.mark.parametrize(("text", "moscow"), [
    ("تبادلت أذربيجان وأرمينيا الاتهامات بخرق وقف إطلاق النار، الذي تم التوصل إليه يوم السبت الماضي في موسكو.",
     False),  # where the truce they accuse each other of breaking was made
    ("وقال لافروف إن أذربيجان وأرمينيا توصلتا إلى اتفاق لوقف إطلاق النار في موسكو.", True),  # the talks' own venue
])
def test_where_a_broken_truce_was_made_is_no_place_of_the_accusation(run, text: str, moscow: bool) -> None:  # type: ignore[no-untyped-def]
    result = run(text)
    assert all(("moscow" in c.place_ids) == moscow for c in result.claims) and "moscow" not in result.contested


@pytest.mark.parametrize(("text", "martuni"), [
    ("قصفت القوات الأذربيجانية بلدة مارتوني. وقالت يريفان إن القوات الأذربيجانية تحشد قواتها في المنطقة.",
     "martuni"),  # a capital speaking does not pull a town's name towards it
    ("وصل الوفد إلى بلدة مارتوني قرب مدينة غافار على بحيرة سيفان.", "martuni_gegharkunik"),  # towns near it do
])
def test_a_capital_speaking_does_not_place_an_ambiguous_town(run, text: str, martuni: str) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.place_id for m in run(text).mentions if m.surface == "مارتوني"] == [martuni]


def test_lisagor_and_its_azerbaijani_name_are_one_village(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت السلطات إن الحادث وقع على طريق تصل بلدة ليساغور (تورشو بالأذربيجانية) بستيباناكرت.")
    assert [m.place.place_id for m in result.mentions] == ["lisagor", "lisagor", "stepanakert"]


def test_khudafarin_in_a_russian_adjectives_form(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة إن أعمالا قتالية ضارية تدور في اتجاه خودافيرينسك.")
    assert [m.place.place_id for m in result.mentions] == ["khudafarin"]


def test_lisagor_in_a_russian_adjectives_form(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة الروسية إن قواتها انتشرت في قسم من طريق لاتشين يشمل مزرعة ليسوغورسكي.")
    assert "lisagor" in [m.place.place_id for m in result.mentions]
