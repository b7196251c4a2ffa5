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
