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
