"""Claim rules of the round "12-12", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- «أرمينيا وأذربيجان تعلنان»: a dual or plural present-tense verb after its subject ------------------


def test_two_states_before_a_dual_present_verb_are_two_speakers(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("أرمينيا وأذربيجان تعلنان التوصل إلى اتفاق حول نص معاهدة السلام.")
    assert sorted((c.side, c.type) for c in result.claims) == [("armenia", "diplomacy"), ("azerbaijan", "diplomacy")]
    assert all(names(c) == ["Armenia", "Azerbaijan"] for c in result.claims)


def test_a_plural_present_verb_reads_as_its_singular(run) -> None:  # type: ignore[no-untyped-def]
    result = run("سكان قره باغ يقولون إن القتال مستمر قرب مارتوني.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_a_noun_ending_like_a_dual_is_no_verb(run) -> None:  # type: ignore[no-untyped-def]
    # «تصريحان» (two statements) ends as «تعلنان» does, but «تصريح» is a noun, not a listed verb
    result = run("تصريحان متناقضان حول القتال في قره باغ.")
    assert result.claims == () or all(c.side == "none" for c in result.claims)


# --- «بعثة إنسانية»: a relief mission is humanitarian, a monitoring mission diplomacy ------------------


def test_a_mission_to_assess_humanitarian_needs_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت الأمم المتحدة أن بعثة إنسانية وصلت إلى قره باغ صباح الأحد.")
    assert [(c.side, c.type) for c in result.claims] == [("un", "humanitarian")]


def test_a_monitoring_mission_stays_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت الأمم المتحدة أن بعثة مراقبين وصلت إلى قره باغ صباح الأحد.")
    assert [(c.side, c.type) for c in result.claims] == [("un", "diplomacy")]


# --- «واحد» is a number: its و is no conjunction ---------------------------------------------------------


def test_clashes_that_killed_one_soldier_are_a_toll(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم وزارة الدفاع الأرمينية إن الاشتباكات أسفرت عن مقتل جندي واحد.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "casualties")]


def test_a_strike_with_its_toll_after_it_stays_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت قرية سوتك، "
                 "ما أسفر عن مقتل جندي واحد.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]


# --- «البيان الصادر عن …»: who issued a statement named as the subject speaks ---------------------------


def test_the_issuer_of_a_statement_is_its_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الرئيس الإيراني إن طهران ترفض أي تغيير للحدود. "
                 "وأكد البيان الصادر اليوم عن وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت جرموك.")
    assert [c.side for c in result.claims] == ["iran", "armenia"]
    assert result.claims[1].speaker == "وزارة الدفاع الأرمينية"


def test_a_bare_statement_still_points_back(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت جرموك. "
                 "وأوضح البيان الصادر اليوم أن القصف استمر ساعتين.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_the_eu_external_action_service_speaks_for_the_eu(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت خدمة العمل الخارجي الأوروبي إن على أذربيجان فتح ممر لاتشين.")
    assert [c.side for c in result.claims] == ["eu"]


# --- «لم تمتثل لاتفاق وقف إطلاق النار»: not complying with an agreement is a breach blamed ---------------


def test_not_complying_with_a_ceasefire_is_an_asserted_accusation(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات المسلحة الأرمنية لم تمتثل لاتفاق وقف إطلاق النار.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [("azerbaijan", "accusation", "assert")]
    assert names(result.claims[0]) == ["Armenia"]


def test_keeping_to_a_ceasefire_stays_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأرمينية تلتزم بوقف إطلاق النار.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [("armenia", "diplomacy", "assert")]


# --- «منذ بدء العمليات القتالية، …»: since when is not what the claim is about -------------------------


def test_a_fronted_since_phrase_does_not_decide_the_type(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الروسية إنه منذ بدء العمليات القتالية، عملت قوات حفظ السلام "
                 "على إجلاء المدنيين من مارتوني.")
    assert [(c.side, c.type) for c in result.claims] == [("russia", "humanitarian")]


def test_shelling_since_the_morning_stays_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية تقصف مارتوني منذ الصباح.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]


# --- «الأمر الذي نفاه ممثل "جمهورية قره باغ"»: a final ى before a pronoun; a representative of a place --


def test_a_denial_verb_with_its_pronoun_opens_a_relative_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القتال متوقف، الأمر الذي نفاه ممثل “جمهورية قره باغ” "
                 "مؤكدا أن القتال يتواصل.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert"), ("armenia", "deny")]
    assert result.claims[1].speaker == "ممثل “جمهورية قره باغ”"


def test_a_noun_ending_in_a_before_its_pronoun_is_no_verb(run) -> None:  # type: ignore[no-untyped-def]
    # «حياته» (his life) ends as «نفاه» does, but «حيي» is no reporting verb
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القتال متوقف، الأمر الذي كلف الجندي حياته قرب مارتوني.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_a_representative_of_the_region_speaks_for_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفى ممثل جمهورية قره باغ ذلك.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_a_representative_of_the_un_speaks_for_the_un(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال ممثل الأمم المتحدة إن الوضع في قره باغ خطير.")
    assert [c.side for c in result.claims] == ["un"]


# --- «وفي بيان لوزارة الخارجية، قالت إن …»: a fronted statement's author speaks ----------------------


def test_the_author_of_a_fronted_statement_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفي بيان لوزارة الخارجية الأرمينية، قالت إن القوات الأذربيجانية قصفت جرموك.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "وزارة الخارجية الأرمينية")]


def test_a_fronted_statement_read_with_jaa_fihi(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفي بيان للدفاع الأذربيجانية جاء فيه: «إن القوات المسلحة الأرمينية قصفت غانجا».")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_a_fronted_statement_of_its_own_pronoun_leaves_the_subject_to_speak(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفي بيان لها، قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت جرموك.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "وزارة الدفاع الأرمينية")]


def test_a_fronted_statement_with_no_reporting_verb_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفي بيان للقوات الروسية حول القتال في قره باغ، تعرضت القرى للقصف.")
    assert all(c.side == "none" for c in result.claims)


# --- «طهران، من جهتها، دعمت …، معتبرة أن …»: a fronted state is the subject a participle goes on with --


def test_a_participle_after_a_fronted_state_is_that_states(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وهو ما أكدته أرمينيا. طهران، من جهتها، دعمت أرمينيا في موقفها، "
                 "معتبرة أن إنشاء الممر سيشكل مخاطر على إيران.")
    assert [c.side for c in result.claims] == ["armenia", "iran"]


def test_a_participle_after_a_narrative_without_a_fronted_state_keeps_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وهو ما أكدته أرمينيا. وفي الأثناء دعمت الحكومة الخطة، معتبرة أن إنشاء الممر يفيد المنطقة.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_citing_arguments_states_a_position(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وهو ما أكدته أرمينيا. لكنها لم تنفذ الاتفاق، مستشهدة بحجج تتعلق بحدودها مع إيران.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


# --- «وزارة الدفاع في ناغورني قره باغ»: a seat in the speaking office's name is context ------------------


def test_a_region_in_the_speaking_office_is_its_seat(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت سلطات كاراباخ إن القوات الأذربيجانية قصفت مارتوني.")
    assert [(m.surface, m.role) for m in result.mentions if m.place.kind == "region"] == [("كاراباخ", "context")]


def test_a_region_speaking_alone_stays_an_actor(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت قره باغ إن القوات الأذربيجانية قصفت مارتوني.")
    assert [(m.surface, m.role) for m in result.mentions if m.place.kind == "region"] == [("قره باغ", "actor")]


def test_a_capital_after_a_definite_title_is_no_seat(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهم الوزير باكو باستهداف المدنيين.")
    assert [(m.surface, m.role) for m in result.mentions] == [("باكو", "actor")]


def test_a_state_in_the_speaking_office_stays_an_actor(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس وزراء أرمينيا إن القوات الأذربيجانية قصفت جرموك.")
    assert [(m.surface, m.role) for m in result.mentions if m.place.kind == "country"] == [("أرمينيا", "actor")]


def test_ahmet_davutoglu_speaks_for_turkey(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء أحمد داود أوغلو إن بلاده ستدعم أذربيجان. وأكد أوغلو أن الدعم سيستمر.")
    assert [c.side for c in result.claims] == ["turkey", "turkey"]


# --- «خط أنابيب غاز إغدير-نخجوان»: the ends of a pipeline's or railway's name are no places ------------


def test_the_ends_of_a_pipelines_name_are_no_places(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووضع الرئيسان حجر الأساس لخط أنابيب غاز إغدير-نخجوان، ووقعا على مشروع سكة حديد قارص - ناخجوان.")
    assert result.mentions == ()


def test_a_city_a_pipeline_runs_through_stays_a_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال إن خط أنابيب الغاز في باكو تضرر.")
    assert [m.place.name for m in result.mentions] == ["Baku"]
