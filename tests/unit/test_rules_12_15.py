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
