"""Claim rules of the round "12-15", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- a bare title («سكرتير مجلس الأمن») names the last speaker whose phrase held it ----------------------


def test_a_bare_title_points_back_past_another_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال سكرتير مجلس الأمن الأرميني أرمين غريغوريان إن القوات الأذربيجانية قصفت بلدة جيرموك. "
                 "وأضاف المسؤول أن القصف استمر ساعتين. "
                 "وقال سكرتير مجلس الأمن إن الطلب الشفوي قدم إلى موسكو.")
    assert [c.side for c in result.claims] == ["armenia", "armenia", "armenia"]


def test_a_bare_title_never_named_before_keeps_no_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال وزير الدفاع الأرميني إن القوات الأذربيجانية قصفت بلدة جيرموك. "
                 "وقال سكرتير مجلس الأمن إن الطلب الشفوي قدم إلى موسكو.")
    assert [c.side for c in result.claims] == ["armenia", "other"]


# --- «بسط», «عودة», «دخول», «مقتل» … after a definite subject: the verb's object begins ---------------------


def test_a_verbal_noun_after_the_subject_is_what_was_announced(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد القائد الميداني بسط سيطرة قواته على قرية زابوخ.")
    assert [(c.speaker, c.type, c.place_ids) for c in result.claims] == [("القائد الميداني", "control", ("zabukh",))]
    result = run("أعلن الرئيس الأذربيجاني عودة مدينة كلبجار في إقليم قره باغ إلى سيطرة بلاده.")
    assert [(c.speaker, c.side, c.type, c.place_ids) for c in result.claims] == [
        ("الرئيس الأذربيجاني", "azerbaijan", "control", ("kalbajar",))]


def test_a_name_after_the_subject_is_still_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الرئيس الأذربيجاني إلهام علييف إن قواته دخلت مدينة لاتشين.")
    assert [c.speaker for c in result.claims] == ["الرئيس الأذربيجاني إلهام علييف"]


# --- «الانفصالية» in a speaker's phrase: the Karabakh Armenian authorities, like a nationality ---------------


def test_a_separatist_leadership_speaks_for_the_karabakh_armenians(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت قيادة المنطقة الانفصالية إن القوات الأذربيجانية قصفت ستيباناكيرت.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("armenia", "attack", ("stepanakert",))]


def test_separatists_named_in_what_was_said_give_the_speaker_no_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الانفصالية قصفت مدينة تارتار.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("azerbaijan", ("tartar",))]
