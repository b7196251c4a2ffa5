"""Claim rules of the round of 2026-12-10 ("12-10"), one general rule per test, each with a case
where it must not fire. Every sentence was written for these tests; none is taken from an
evaluation set.
"""

from __future__ import annotations

import pytest

# --- «في اشتباكات حدودية مع أذربيجان»: the enemy fought, not where -----------------------------------


def test_the_state_fought_with_is_no_place_of_the_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأرمينية مقتل 15 جنديا في اشتباكات حدودية مع أذربيجان.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "casualties")
    assert claim.place_ids == ()


def test_the_town_struck_stays_beside_the_enemy(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأرمينية مقتل 15 جنديا في قصف على غوريس خلال معارك مع أذربيجان.")
    assert names(result.claims[0]) == ["Goris"]


def test_talks_with_a_state_keep_it_as_a_party(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت يريفان إن محادثات السلام مع أذربيجان تتقدم.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "diplomacy")
    assert names(claim) == ["Armenia", "Azerbaijan"]  # (both parties since round 12-20: geo/claims/parties.py)


# --- «أن بلاده ستستضيف المفاوضات»: a schedule of talks is no claim -----------------------------------


def test_hosting_talks_to_come_is_a_schedule(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الكازاخستاني أن بلاده ستستضيف مفاوضات السلام بين أذربيجان وأرمينيا في ألماتي. "
                 "وقال الكرملين إن المحادثات بين باكو ويريفان ستجرى في موسكو الأسبوع المقبل.")
    assert [c for c in result.claims if c.side != "none"] == []


def test_support_for_talks_and_a_visit_are_claims(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن الرئيس الكازاخستاني أن بلاده تدعم مفاوضات السلام بين أذربيجان وأرمينيا. "
                 "وقالت الخارجية الروسية إن لافروف سيزور يريفان الأسبوع المقبل لبحث التسوية.")
    assert [(c.side, c.type) for c in result.claims] == [("other", "diplomacy"), ("russia", "diplomacy")]
    assert names(result.claims[0]) == ["Armenia", "Azerbaijan"]


# --- «قصف أذربيجان لقراها»: the speaker's own villages are its state ----------------------------------


def test_shelling_of_its_villages_is_about_the_speakers_state(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أرمينيا إن قصف أذربيجان لقراها أجبر مئات المدنيين على مغادرة منازلهم.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "attack")
    assert names(claim) == ["Armenia"]


def test_one_of_its_towns_named_is_the_town(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت أذربيجان أرمينيا بقصف كنجة ثانية كبرى مدنها.")
    assert names(result.claims[0]) == ["Ganja"]


# --- «في خطوة وصفتها أرمينيا بأنها انتهاك»: the speaker's description decides the type ----------------


def test_a_step_the_speaker_calls_a_violation_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("سيطرت أذربيجان على مرتفعات قرب لاتشين، في خطوة اعتبرتها أرمينيا انتهاكا للهدنة.")
    assert [(c.side, c.type) for c in result.claims if c.side != "none"] == [("armenia", "accusation")]


def test_what_it_called_aggression_inside_a_statement_keeps_its_type(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أرمينيا إن أذربيجان أقامت نقطة تفتيش على ممر لاتشين في ما وصفته بالعدوان.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "control")]


# --- «قائلة إنه …» with no comma: the same speaker's next proposition ----------------------------------


def test_a_participle_and_what_was_said_open_a_clause(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووصفت يريفان هذا العدوان قائلة إنه لا توجد وحدات أرمينية في قره باغ.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [
        ("armenia", "accusation", "assert"), ("armenia", "control", "deny")]


def test_a_denial_and_its_participle_stay_one_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت الوزارة ذلك قائلة إن قواتها لم تنسحب من شوشا.")
    assert len(result.claims) == 1 and result.claims[0].polarity == "deny"


# --- the speaker's noun phrase ends where the verb's object begins -------------------------------------


def test_a_states_name_takes_no_complement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أذربيجان القوات الأرمينية بمحاولة استهداف خط الأنابيب.")
    assert result.claims[0].speaker == "أذربيجان"


def test_a_ministry_and_its_nationality_stay_one_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت وزارة الدفاع الأرمينية القوات الأذربيجانية بقصف مارتوني.")
    assert result.claims[0].speaker == "وزارة الدفاع الأرمينية"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("وأكدت الطواقم مواصلة تقديم المساعدات للأرمن في قره باغ.", "الطواقم"),
    ("وأعلنت السلطات الأذرية اعتقال الرئيس السابق لحكومة الإقليم.", "السلطات الأذرية"),
    ("وأعلنت السلطات الأرمينية عقد اجتماع عاجل لمجلس الأمن.", "السلطات الأرمينية"),
])
def test_an_indefinite_verbal_noun_after_a_definite_word_is_the_object(run, sentence, speaker) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence).claims[0].speaker == speaker


def test_a_given_name_after_a_title_stays_in_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الرئيس الأذربيجاني إلهام علييف إن قواته سيطرت على قرية تاليش.")
    assert result.claims[0].speaker == "الرئيس الأذربيجاني إلهام علييف"


# --- words of Arabic news: «رجّح» reports, «استولت» captures, «متورطة» blames ----------------------------


def test_deeming_likely_reports_and_involvement_blames(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("رجح المتحدث باسم وزارة الدفاع الأرمينية أن تكون تركيا متورطة في التصعيد.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "accusation")
    assert names(claim) == ["Turkey"]


def test_seized_villages_are_a_capture(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("قال الرئيس الأذربيجاني إن قوات بلاده استولت على 7 قرى في محافظة جبرائيل.")
    assert (result.claims[0].type, names(result.claims[0])) == ("control", ["Jabrayil"])


# --- «النزاع في قره باغ» names the conflict: no place of a charge; talks to settle it keep it ----------


def test_the_conflict_named_is_not_where_the_blamed_act_was(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت الخارجية الأرمينية تركيا بالتورط في النزاع في قره باغ.")
    assert names(result.claims[0]) == ["Turkey"]


def test_settling_the_conflict_keeps_its_region(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الروسية إنها تدعم تسوية النزاع في قره باغ عبر المفاوضات.")
    assert names(result.claims[0]) == ["Nagorno-Karabakh"]


# --- a title between dashes after the speaker («بابايان - المتحدث باسم …،») is the speaker's ------------


def test_a_dashed_title_after_the_speaker_is_no_place_of_the_claim(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("ورجح دافيد بابايان - المتحدث باسم رئيس إقليم قره باغ، أن تكون تركيا متورطة في التصعيد.")
    assert names(result.claims[0]) == ["Turkey"]


def test_an_aside_between_dashes_ends_at_the_closing_dash(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال علييف -في تغريدة على تويتر- إن الجيش حرر 6 قرى في فضولي، و3 قرى في غوبادلي.")
    assert names(result.claims[0]) == ["Fuzuli", "Gubadli"]


# --- Agence France-Presse by any of its names is an outlet, not France ---------------------------------


@pytest.mark.parametrize("agency", ["وكالة الصحافة الفرنسية", "وكالة الأنباء الفرنسية", "وكالة فرانس برس"])
def test_afp_is_no_voice_of_france(run, agency: str) -> None:  # type: ignore[no-untyped-def]
    assert run(f"وذكرت {agency} أن ستيباناكيرت تعرضت للقصف.").claims[0].side == "other"


def test_the_french_foreign_ministry_is_france(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وذكرت الخارجية الفرنسية أن ستيباناكيرت تعرضت للقصف.").claims[0].side == "france"


# --- «في قصف يعتبر الأعنف»: deemed the worst is a description, not a statement -------------------------


def test_deemed_the_worst_does_not_take_the_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وذكرت وكالة الصحافة الفرنسية أن ستيباناكيرت تعرضت للقصف طوال الليل فيما دوت صفارات الإنذار "
                 "في أنحاء المدينة في قصف يعتبر الأعنف منذ بدء الحرب.")
    assert [(c.speaker, c.side) for c in result.claims] == [("وكالة الصحافة الفرنسية", "other")]


def test_a_state_that_deems_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتعتبر أرمينيا أن القصف الأذربيجاني على غوريس عدوان.")
    assert result.claims[0].side == "armenia"


# --- a reporting verb after the reporter's own words: what follows it is the speaker's proposition -----


def test_after_a_mid_sentence_verb_the_speaker_says_what_follows(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وفتحت أذربيجان الطريق الوحيد الذي يربط إقليم قره باغ بأرمينيا، بعد أيام من استسلام الانفصاليين الأرمن "
                 "والتوصل إلى اتفاق لوقف إطلاق النار أعلنت باكو بموجبه استعادة سيادتها على الإقليم.")
    claim = result.claims[-1]
    assert (claim.side, claim.type) == ("azerbaijan", "control")
    assert names(claim) == ["Nagorno-Karabakh"]


@pytest.mark.parametrize(("sentence", "side", "place"), [
    ("قصفت القوات الأذربيجانية مدينة مارتوني حسبما أعلنت وزارة الدفاع الأرمينية.", "armenia", "Martuni"),
    ("وتقدمت القوات الأذربيجانية نحو شوشا، على ما أفاد الانفصاليون الأرمن.", "armenia", "Shusha"),
    ("وفي حديثه عن الحصار الأذربيجاني لممر لاتشين شدد الوزير الأرميني على حاجة أذربيجان لتنفيذ التزاماتها.",
     "armenia", "Lachin corridor"),
])
def test_what_was_reported_before_the_verb_stays_the_claims(run, names, sentence, side, place) -> None:  # type: ignore[no-untyped-def]
    claim = run(sentence).claims[-1]
    assert claim.side == side and place in names(claim)


# --- «وحسب أحدث إحصاء من جانب أرمينيا»: the one who counted is the source -------------------------------


def test_a_count_by_a_side_is_that_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحسب أحدث إحصاء من جانب أرمينيا، فقد وصل أكثر من 50 ألف شخص من قره باغ.")
    assert result.claims[0].side == "armenia"


def test_a_count_with_no_source_named_is_no_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحسب أحدث إحصاء، فقد وصل أكثر من 50 ألف شخص من قره باغ إلى أرمينيا.")
    assert all(c.side in ("other", "none") for c in result.claims)


# --- «وجهت الاتهامات» accuses; «وجهت دعوة» and «توجه إلى» report nothing; «تصر» reports -----------------


def test_directing_accusations_accuses(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("ووجهت أرمينيا الاتهامات إلى أذربيجان بخرق الهدنة.")
    claim = result.claims[0]
    assert (claim.side, claim.type, names(claim)) == ("armenia", "accusation", ["Azerbaijan"])


def test_directing_an_invitation_or_heading_somewhere_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووجهت أرمينيا دعوة إلى الأمم المتحدة لعقد جلسة. وتوجه الوزير إلى موسكو لإجراء محادثات.")
    assert [c for c in result.claims if c.side != "none"] == []


def test_insisting_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتصر أذربيجان على أنه يجب على أرمن قره باغ إلقاء أسلحتهم.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- «شنت أذربيجان عملية …، واصفة إياها بـ» / «…، ووصفتها بأنها»: the state's own description ---------


@pytest.mark.parametrize("text", [
    "وشنت أذربيجان في 19 سبتمبر عملية عسكرية في قره باغ، واصفة إياها بـ\"إجراءات لمكافحة الإرهاب\".",
    "وفي 19 سبتمبر، شنت أذربيجان عملية عسكرية في قره باغ، ووصفتها بأنها \"إجراءات لمكافحة الإرهاب\".",
])
def test_a_state_describing_its_own_act_claims_it(run, names, text: str) -> None:  # type: ignore[no-untyped-def]
    claim = next(c for c in run(text).claims if c.side != "none")
    assert (claim.side, claim.type, names(claim)) == ("azerbaijan", "attack", ["Nagorno-Karabakh"])


def test_a_state_acting_without_a_description_is_narrative(run) -> None:  # type: ignore[no-untyped-def]
    assert [c.side for c in run("وشنت أذربيجان عملية عسكرية في قره باغ.").claims] == ["none"]


# --- «…، في خطوة وصفتها يريفان بالاستفزاز»: another side's word on the step just told ------------------


def test_another_sides_description_after_a_comma_is_its_claim(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إن القوات الأرمينية قصفت ترتر، في تصرف وصفته يريفان بأنه استفزاز.")
    assert [(c.side, c.type, names(c)) for c in result.claims] == [
        ("azerbaijan", "attack", ["Tartar"]), ("armenia", "accusation", ["Tartar"])]


def test_a_frame_after_a_comma_stays_in_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إنها نشرت قوات على الحدود، في إطار تدريبات عسكرية.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


# --- «وناقش الطرفان الوضع»: a meeting narrated is no statement; what a speaker says they discussed is ----


def test_discussing_narrated_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وناقش رئيس الوزراء الأرميني التطورات مع الرئيس الروسي في اتصال هاتفي.")
    assert [c for c in result.claims if c.side != "none"] == []


def test_what_a_ministry_says_they_discussed_is_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الروسية إن لافروف ناقش مع نظيره الأرميني الوضع في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("russia", "diplomacy")]


def test_a_source_tag_standing_alone_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتقدمت القوات الأذربيجانية نحو شوشا. حسبما أفادت وكالة رويترز.")
    assert [c.side for c in result.claims] == ["none"]


# --- «أطلقت النار على القرى، أسفر عن سقوط ضحايا»: the toll of an attack told is its aside ----------------


def test_a_toll_after_the_attack_verb_keeps_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إن القوات الأرمينية أطلقت نيران المدفعية على قرى في منطقة ترتر، أسفر عن سقوط 5 ضحايا.")
    assert result.claims[0].type == "attack"


def test_a_toll_whose_subject_is_the_shelling_is_about_the_dead(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إن القصف الأرميني على ترتر أسفر عن سقوط 5 قتلى.")
    assert result.claims[0].type == "casualties"


def test_a_title_in_apposition_after_the_speaker_is_no_place_of_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال أرتور سركيسيان، نائب قائد جيش إقليم كاراباخ، إن 16 شخصا قتلوا وأصيب أكثر من 100 آخرين.")
    assert result.claims[0].place_ids == ()


def test_a_place_after_the_speakers_comma_that_is_no_title_stays(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم الوزارة، في مؤتمر صحفي، إن القوات الأذربيجانية قصفت مارتوني.")
    assert names(result.claims[0]) == ["Martuni"]


# --- «استقبلت أكثر من 13 ألف شخص»: people taken in are humanitarian; a counterpart received is not ------


def test_people_taken_in_are_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت الحكومة الأرمينية أنها استقبلت أكثر من 13 ألف شخص.")
    assert result.claims[0].type == "humanitarian"


def test_a_counterpart_received_is_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الرئاسة الأذربيجانية إن علييف استقبل نظيره الأرميني في باكو.")
    assert result.claims[0].type == "diplomacy"
