"""Rules of the round "12-25", one general rule per test, each with a case where it must not fire. The
sentences were written for these tests; none comes from a held-out set.
"""

from __future__ import annotations

# --- a statement named by its verbal noun, with a day between its speaker and what it says ----------------------


def test_a_day_between_a_verbal_nouns_speaker_and_what_it_says(run) -> None:  # type: ignore[no-untyped-def]
    for day in ("السبت", "اليوم", "أمس", "مساء الأحد"):
        result = run(f"وخلت البلدة من سكانها مع إعلان السلطات الأرمينية {day} أن أكثر من ألف شخص فروا إلى أرمينيا.")
        assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "السلطات الأرمينية")], day
        result = run(f"جاء ذلك بعد يوم من إعلان باكو {day} سيطرتها على مدينة شوشا.")
        assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("shusha",))], day
    # a statement named with nothing said after the day is no claim of its speaker
    result = run("وتعود الأزمة إلى إعلان السلطات الأرمينية السبت.")
    assert [c.side for c in result.claims if c.side != "none"] == []


# --- headlines in the present tense: criticising, condemning, pledging, urging ---------------------------------------


def test_present_tense_headline_verbs_report(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أرمينيا تنتقد مجلس الأمن لفشله في منع الهجوم على ناغورني قره باغ")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "accusation")]
    result = run("باكو تستنكر تصريحات ماكرون حول قره باغ")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    result = run("علييف يتعهد بإعادة إعمار مدينة شوشا")
    assert [(c.side, c.place_ids) for c in result.claims] == [("azerbaijan", ("shusha",))]
    # a standing recognition in the present is background, no one's statement
    result = run("ويعترف المجتمع الدولي بالإقليم جزءا من أذربيجان.")
    assert [c.side for c in result.claims if c.side != "none"] == []


# --- a blanket denial answers the other side's last charge, not a remark told after it -------------------------------


def test_a_blanket_denial_answers_the_last_charge_before_a_later_remark(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت النيابة الأذربيجانية إن القوات الأرمنية قصفت مدينة ترتر. وأضافت أن المدينة تحتل مكانة خاصة "
                 "في تاريخ القوقاز. من جانبها، نفت أرمينيا صحة هذه التصريحات.")
    denial = [c for c in result.claims if c.side == "armenia"]
    assert [(c.polarity, c.place_ids) for c in denial] == [("deny", ("tartar",))]
    assert result.contested == ("tartar",)
    # with no charge before it, the remark with a place is what it answers
    result = run("وقال علييف إن مدينة شوشا عاصمة الثقافة في القوقاز. ونفت أرمينيا صحة هذه التصريحات.")
    assert [c.place_ids for c in result.claims if c.side == "armenia"] == [("shusha",)]


# --- one warring side's charge about a place and the other's own account of it: contested ----------------------------


def test_a_charge_and_the_accused_sides_account_of_the_place_contest_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت الخارجية الأرمينية أذربيجان بإغلاق ممر لاتشين. وقالت باكو إن ممر لاتشين مفتوح أمام "
                 "الشاحنات الإنسانية.")
    assert {c.side for c in result.claims} == {"armenia", "azerbaijan"}
    assert result.contested == ("lachin_corridor",)
    # a third state's word about the same place is no second version
    result = run("واتهمت الخارجية الأرمينية أذربيجان بإغلاق ممر لاتشين. وقالت موسكو إن ممر لاتشين مفتوح أمام "
                 "الشاحنات الإنسانية.")
    assert result.contested == ()


# --- «المنطقة» points back to a place of the conflict, not to a region of no one state --------------------------------


def test_the_area_pointed_back_to_is_not_a_region_spanning_states(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أرسلت موسكو قوات إلى إقليم قره باغ في جنوب القوقاز. وقالت وزارة الدفاع الروسية إن القوات "
                 "الأذربيجانية نفذت ضربات في المنطقة.")
    assert [(c.side, c.place_ids) for c in result.claims if c.side == "russia"] == [("russia", ("nagorno_karabakh",))]
    # a region inside one state is still what «المنطقة» points back to
    result = run("شهد إقليم قره باغ معارك. وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت قرى في المنطقة.")
    assert [c.place_ids for c in result.claims if c.side == "armenia"] == [("nagorno_karabakh",)]


# --- an act named, then judged by a noun: blame, not the act ------------------------------------------------------------


def test_an_act_judged_by_a_noun_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    for judged in ("إن القصف على مدينة ترتر انتهاك صارخ للهدنة", "إن قصف ترتر عمل إرهابي",
                   "إن الهجمات على ترتر جريمة حرب"):
        result = run(f"وقالت وزارة الدفاع الأذربيجانية {judged}.")
        assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "accusation", ("tartar",))], judged
    # the act told by a verb stays an attack, and so does an act whose result follows
    for told in ("إن القوات الأرمنية قصفت مدينة ترتر", "إن القصف على مدينة ترتر استمر طوال الليل"):
        result = run(f"وقالت وزارة الدفاع الأذربيجانية {told}.")
        assert [c.type for c in result.claims] == ["attack"], told


# --- talks or readiness about captives and the dead handed back: humanitarian ----------------------------------------


def test_diplomacy_about_captives_or_the_dead_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت أذربيجان استعدادها لتسليم جثث العسكريين الأرمن القتلى في إقليم قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "humanitarian")]
    result = run("وقال علييف إن الطرفين اتفقا على تبادل الأسرى في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "humanitarian")]
    # talks with no captives or aid in them stay diplomacy
    result = run("وقال علييف إن الطرفين اتفقا على ترسيم الحدود في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "diplomacy")]


# --- where the fire came from is no place of the claim -------------------------------------------------------------


def test_the_territory_fire_came_from_is_no_claim_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت باكو إن القوات الأرمنية قصفت مدينة كنجة. لكن أرمينيا نفت أن يكون القصف تم من داخل أراضيها.")
    assert [(c.polarity, c.place_ids) for c in result.claims if c.side == "armenia"] == [("deny", ("ganja",))]
    # its own territory struck is the speaker's state
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت أراضيها.")
    assert [c.place_ids for c in result.claims] == [("armenia",)]


# --- two offices in the dual: of the states named with them, else of the two sides ----------------------------------


def test_two_offices_in_the_dual_speak_for_two_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتبادلت وزارتا الدفاع الاتهام بالتصعيد في قره باغ.")
    assert sorted(c.side for c in result.claims) == ["armenia", "azerbaijan"]
    result = run("وقال وزيرا خارجية روسيا وفرنسا إن الهدنة صامدة في قره باغ.")
    assert sorted(c.side for c in result.claims) == ["france", "russia"]
    # two officials of no state's office stay a third party
    result = run("وقال مسؤولا الإغاثة إن المساعدات وصلت إلى لاتشين.")
    assert [c.side for c in result.claims] == ["other"]


# --- «الكاتدرائية» points back to the cathedral named before; a place that opens the sentence is its setting -----------


def test_a_cathedral_pointed_back_to(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأصيبت كاتدرائية غازانتشيتسوتس في شوشي. واتهمت سلطات الإقليم القوات الأذربيجانية باستهداف الكاتدرائية عمدا.")
    assert [c.place_ids for c in result.claims if c.side == "armenia"] == [("ghazanchetsots",)]
    # a seat of government named before is no cathedral
    result = run("ودعا الكرملين إلى التهدئة. واتهمت سلطات الإقليم القوات الأذربيجانية باستهداف الكاتدرائية عمدا.")
    assert [c.place_ids for c in result.claims if c.side == "armenia"] == [()]


def test_a_place_that_opens_the_sentence_is_the_city_pointed_back_to(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وسيطرت القوات على هادروت. وفي كنجة، قال حاجييف للصحافيين إن القوات الأرمنية قصفت أحياء في المدينة.")
    assert [c.place_ids for c in result.claims if c.side == "azerbaijan"] == [("ganja",)]
    # a city named as where he spoke, later in the sentence, is not
    result = run("وقصفت القوات الأرمنية مدينة ترتر. وقال حاجييف في مؤتمر صحفي في باكو إن القذائف سقطت وسط المدينة.")
    assert [c.place_ids for c in result.claims if c.side == "azerbaijan"] == [("tartar",)]


# --- the displaced counted with the verb first; «إلى أراضيها» is the speaker's state -----------------------------------


def test_a_count_of_people_who_arrived_with_the_verb_first_is_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الحكومة الأرمنية إنه وصل أكثر من 65 ألف شخص من ناغورني قره باغ إلى أرمينيا.")
    assert [(c.type, c.place_ids) for c in result.claims] == [("casualties", ("nagorno_karabakh", "armenia"))]
    result = run("وحسب أحدث إحصاء من جانب أرمينيا، فقد وصل أكثر من 50 ألف شخص من قره باغ إلى أراضيها.")
    assert [(c.side, c.type, set(c.place_ids)) for c in result.claims] == [
        ("armenia", "casualties", {"nagorno_karabakh", "armenia"})]
    # if they cross: a fear, not a count; a minister arriving with officials: no displaced at all
    result = run("وأكد باشينيان أنه إذا عبر 120 ألف شخص ممر لاتشين إلى أرمينيا فقد تواجه البلاد أزمة.")
    assert [c.type for c in result.claims] != ["casualties"]
    result = run("وقالت الحكومة الأرمنية إن الوزير وصل إلى غوريس مع 3 مسؤولين.")
    assert [c.type for c in result.claims] == ["other"]


# --- villages handed back at a meeting are what the talks are about, not where they were held ----------------------------


def test_villages_returned_at_a_meeting_are_no_venue(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت الحكومة الأذربيجانية أن اللجنتين اتفقتا خلال اجتماعهما الثامن على إعادة قرى باغانيس آيريم "
                 "وخيريملي إلى أذربيجان.")
    assert [m.role for m in result.mentions if m.place.place_id in ("baganis_ayrim", "kheyrimli")] == ["context"] * 2
    assert {"baganis_ayrim", "kheyrimli"} <= set(result.claims[0].place_ids)
    # a city right after the meeting is where it was held
    result = run("وعقدت اللجنتان اجتماعهما الثامن في موسكو.")
    assert [m.role for m in result.mentions] == ["venue"]


# --- a speaker's line ending in a colon and the quotation on the next line; an envoy's post glued to «ب» -----------------


def test_a_quotation_on_the_line_after_the_speakers_colon_is_his(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال سفير أذربيجان بالقاهرة إلخان بولوخوف:\n> “في الثامن من نوفمبر تحررت مدينة شوشا.”\n")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("shusha",))]
    # a line ending in a colon before a line that opens no quotation stays a sentence of its own
    result = run("وقال سفير أذربيجان:\nتحررت مدينة شوشا في الثامن من نوفمبر.\n")
    assert len(result.sentences) == 2


def test_the_manner_of_speaking_ends_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال السفير الأرميني إن القوات قصفت جرموك. وأضاف السفير بكلمات حملت نبرات الغضب إن القصف استمر في المدينة.")
    assert [c.speaker for c in result.claims] == ["السفير الأرميني", "السفير"]  # (not «السفير بكلمات»)
    assert [c.side for c in result.claims] == ["armenia", "armenia"]  # the bare title points back to the envoy
    # a bare title no one held before stays no one's side
    result = run("وقال السفير إن القوات قصفت جرموك.")
    assert [c.side for c in result.claims] == ["other"]


# --- «جاء على لسان X أن»: by the tongue of X ----------------------------------------------------------------------------


def test_said_by_the_tongue_of_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجاء على لسان المتحدث باسم الخارجية الأذربيجانية أن القوات الأرمنية قصفت مدينة ترتر.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("azerbaijan", ("tartar",))]
    # «جاء» alone is no one's statement
    result = run("وجاء القصف بعد ساعات من إعلان الهدنة في مدينة ترتر.")
    assert [c.side for c in result.claims] == ["none"]


# --- «مزاعم» names a claim; «مزاعم سخيفة» rebuts it ---------------------------------------------------------------------


def test_allegations_named_are_no_denial_but_called_absurd_are(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت أذربيجان إنها أقامت نقطة تفتيش على الطريق المؤدي إلى قره باغ، في خطوة تلتها مزاعم بشأن إطلاق نار.")
    assert [c.polarity for c in result.claims] == ["assert"]
    result = run("وقالت الخارجية الأرمينية إن مزاعم أذربيجان بأن القافلة نقلت السلاح إلى قره باغ مزاعم سخيفة.")
    assert [(c.side, c.polarity) for c in result.claims if c.side == "armenia"] == [("armenia", "deny")]


def test_a_control_said_to_constitute_a_breach_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واعتبرت أرمينيا أن نقطة التفتيش، المقامة على جسر هكاري في ممر لاتشين، تمثل انتهاكا صارخا لاتفاق وقف "
                 "إطلاق النار.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "accusation")]
    # a word that only begins like a judging noun judges nothing («عملية»)
    result = run("وأعلنت باكو سيطرتها على مدينة شوشا عملية عسكرية سريعة.")
    assert [c.type for c in result.claims] == ["control"]


# --- a day between a meeting and its city; «إثر» ends a speaker ------------------------------------------------------


def test_a_day_between_a_meeting_and_its_city_keeps_the_city_a_venue(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتعهد الرئيس الأذربيجاني إثر اجتماعه الاثنين في فيينا باحترام وقف إطلاق النار في قره باغ.")
    assert [(m.surface, m.role) for m in result.mentions] == [("فيينا", "venue"), ("قره باغ", "event")]
    assert [(c.speaker, c.place_ids) for c in result.claims] == [("الرئيس الأذربيجاني", ("nagorno_karabakh",))]
    # a day before a city with no meeting before it leaves the city where things happened
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت الاثنين في جرموك منازل.")
    assert [m.role for m in result.mentions] == ["event"]
