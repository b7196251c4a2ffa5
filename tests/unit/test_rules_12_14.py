"""Claim rules of the round "12-14", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- another side's statement named by a verbal noun («مزاعم أذربيجان بقصف …») is that side's claim ---------


def test_a_denied_statement_of_the_other_side_is_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("نفت وزارة الدفاع الأرمينية مزاعم أذربيجان بقصف مدينة تارتار بالمدفعية.")
    assert [(c.side, c.type, c.polarity, c.place_ids) for c in result.claims] == [
        ("armenia", "attack", "deny", ("tartar",)),
        ("azerbaijan", "attack", "assert", ("tartar",)),
    ]
    assert result.claims[1].speaker == "أذربيجان"
    assert result.contested == ("tartar",)  # one side asserts what the other denies


def test_a_statement_named_in_narrative_is_its_speakers_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجاء ذلك بعد يوم من إعلان باكو سيطرتها على بلدة هادروت.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("hadrut",))]


def test_a_statement_named_without_what_it_said_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونددت وزارة الخارجية الأذربيجانية بتصريحات الرئيس الفرنسي غير المقبولة.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_the_speakers_own_side_named_again_is_no_second_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكدت وزارة الدفاع الأذربيجانية إعلان الرئيس إلهام علييف السيطرة على بلدة هادروت.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_accusing_a_state_is_not_its_statement(run) -> None:  # type: ignore[no-untyped-def]
    # «اتهام أذربيجان بـ»: Azerbaijan is accused; «اتهام أذربيجان لأرمينيا»: Azerbaijan accuses
    accused = run("ورفضت وزارة الخارجية الروسية اتهام أذربيجان بخرق الهدنة في قره باغ.")
    assert [c.side for c in accused.claims] == ["russia"]
    accusing = run("وجاء ذلك بعد اتهام أذربيجان لأرمينيا بقصف مواقعها قرب بلدة تارتار.")
    assert [(c.side, c.type) for c in accusing.claims] == [("azerbaijan", "attack")]


# --- «تبادل الطرفان المسؤولية»: exchanging responsibility is blaming each other ------------------------


def test_exchanging_responsibility_is_mutual_blame(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اندلعت اشتباكات على الحدود بين أرمينيا وأذربيجان. وتبادل كلا الطرفين المسؤولية عن اندلاعها.")
    assert sorted((c.side, c.type, c.place_ids) for c in result.claims) == [
        ("armenia", "accusation", ("azerbaijan",)), ("azerbaijan", "accusation", ("armenia",))]


def test_exchanging_prisoners_blames_no_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتبادل الطرفان الأسرى على الحدود بين أرمينيا وأذربيجان.")
    assert not [c for c in result.claims if c.type == "accusation"]


# --- «يعتبر أفضل خيار»: deemed, before an elative in a construct, describes; it is no new speaker --------


def test_deemed_the_best_option_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أكد وزير الدفاع الأرميني أن نشر قوات حفظ السلام في قره باغ، يعتبر أفضل خيار.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_deeming_with_a_subject_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة إن القصف مستمر، وتعتبر يريفان أن الهجوم عدوان على أرمينيا.")
    assert [c.side for c in result.claims][-1] == "armenia"


# --- «وقال الوزير»: the minister points back to the minister just named ---------------------------------


def test_the_minister_points_back_to_the_minister_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أكد وزير الدفاع الأرميني أن الوضع على الحدود متوتر. وقال الوزير إن قوات أذربيجان قصفت قرية سوتك.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_the_minister_with_a_nationality_is_that_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أكد وزير الدفاع الأرميني أن الوضع على الحدود متوتر. وقال الوزير الأذربيجاني إن القصف توقف.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]


# --- «وجاء في بيان صحفي نشرته …»: a press statement's author speaks --------------------------------------


def test_a_press_statement_is_its_publishers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجاء في بيان صحفي نشرته وزارة الخارجية الروسية أن الحركة عبر ممر لاتشين متوقفة.")
    assert [c.side for c in result.claims] == ["russia"]
    assert "صحفي" not in result.claims[0].speaker


def test_a_journalist_named_after_a_statement_verb_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال صحفي أرميني إن الحركة عبر ممر لاتشين متوقفة.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- concern about a humanitarian matter is humanitarian; about fighting, diplomacy ----------------------


def test_concern_about_the_humanitarian_situation_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعرب الاتحاد الأوروبي عن قلقه البالغ إزاء تردي الأوضاع الإنسانية في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("eu", "humanitarian")]


def test_concern_about_escalation_stays_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعرب الاتحاد الأوروبي عن قلقه البالغ إزاء التصعيد العسكري في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("eu", "diplomacy")]


# --- «كلاً من X وY» is «كل من X وY»: both speak ---------------------------------------------------------


def test_each_of_with_tanwin_names_both_speakers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت كلاً من تركيا وأذربيجان أرمينيا باستخدام مقاتلين أجانب.")
    assert sorted(c.side for c in result.claims) == ["azerbaijan", "turkey"]


def test_no_with_the_same_letters_names_no_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الوزير الأرميني: كلا، لم تسقط مدينة شوشا.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- talks about «the region» take the region named before, as events do ------------------------------


def test_diplomacy_takes_the_region_pointed_back_to(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تجدد القتال في إقليم ناغورني قره باغ. وقال لافروف إن موسكو مستعدة للوساطة في الإقليم.")
    assert "nagorno_karabakh" in result.claims[-1].place_ids


def test_diplomacy_without_a_pointing_word_takes_no_earlier_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تجدد القتال في إقليم ناغورني قره باغ. وقال لافروف إن موسكو مستعدة للوساطة.")
    assert result.claims[-1].place_ids == ("moscow",)


# --- the terms of an agreement («وبموجب الاتفاق …») stay no side's claim when an outlet tells them -------


def test_agreement_terms_told_by_an_outlet_are_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبموجب الاتفاق، تحتفظ أذربيجان بمدينة شوشا، وفقاً لوكالة رويترز.")
    assert all(c.side == "none" for c in result.claims)


def test_what_an_outlet_tells_outside_an_agreement_is_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وسيطرت أذربيجان على مدينة شوشا، وفقاً لوكالة رويترز.")
    assert [c.side for c in result.claims] == ["other"]


# --- «بيّن» (explained) opening a clause, a speaker with a side and «أن» after it, reports ----------------


def test_explained_opening_a_clause_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("من جانبه، بيّن وزير الخارجية الأرميني أنه لا خيار سوى التفاوض مع أذربيجان.")
    assert [c.side for c in result.claims] == ["armenia"]
    assert result.claims[0].speaker == "وزير الخارجية الأرميني"


def test_between_two_states_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    assert not run("وبين أرمينيا وأذربيجان خلافات على الحدود منذ عقود.").claims
    assert not [c for c in run("بين يريفان وباكو أن الحدود لم ترسم بعد.").claims if c.side != "none"]


# --- a speaker of another side, then «الذي/التي» and a reporting verb: that speaker's claim ---------------


def test_a_relative_clause_that_reports_is_its_antecedents_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ورد بوتين على تصريحات نظيره الفرنسي الذي اتهم موسكو بزعزعة الاستقرار في القوقاز.")
    french = [c for c in result.claims if c.side == "france"]
    assert [(c.type, c.place_ids) for c in french] == [("accusation", ("russia",))]
    assert french[0].speaker == "نظيره الفرنسي"


def test_a_statement_in_which_its_author_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأدانت الخارجية الأذربيجانية تصريحات الرئيس الفرنسي التي رأى فيها أن روسيا تدعم أذربيجان.")
    assert sorted(c.side for c in result.claims) == ["azerbaijan", "france"]


def test_a_region_that_declared_is_background(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("واندلع القتال في الإقليم المتنازع عليه الذي أعلن استقلاله عن أذربيجان.",
                 "واندلع القتال في قره باغ ذي الغالبية الأرمنية الذي أعلن استقلاله عن أذربيجان."):
        assert not [c for c in run(text).claims if c.side != "none"]
