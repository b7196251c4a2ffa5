"""Claim rules of the round "12-21", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- a city and a colon before a sentence with its own verb of saying is a dateline -----------------------------


def test_a_dateline_before_a_named_speaker_does_not_speak(run) -> None:  # type: ignore[no-untyped-def]
    result = run("يريفان: قال متحدث باسم وزارة الخارجية الأمريكية إن القوات الأذربيجانية قصفت بلدة جيرموك.")
    assert [(c.side, c.type) for c in result.claims] == [("usa", "attack")]
    result = run("باكو: القوات الأرمينية قصفت مدينة ترتر ليلا")  # no verb of saying after it: the capital speaks
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]


# --- a name after a preposition is not the subject of the verb after it -------------------------------------------


def test_a_state_after_a_preposition_is_not_the_subject_of_the_next_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الفرنسية إن القصف الذي شنته القوات الأذربيجانية على أرمينيا ودعت إلى وقف فوري لإطلاق النار.")
    assert [m.role for m in result.mentions if m.place.place_id == "armenia"] != ["actor"]
    result = run("وقالت الخارجية الفرنسية إن أرمينيا دعت إلى وقف فوري لإطلاق النار.")  # the subject of «دعت»
    assert [m.role for m in result.mentions if m.place.place_id == "armenia"] == ["actor"]


# --- «…، كما أعلنت X.» at a sentence's end: as X said -----------------------------------------------------------


def test_as_announced_at_the_end_names_the_source_of_what_precedes(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قتل جنديان أرمينيان في مواجهات قرب مدينة مارتاكرت، كما أعلنت وزارة الدفاع الأرمينية.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "casualties")]
    result = run("قتل جنديان أرمينيان في مواجهات قرب مدينة مارتاكرت، كما أعلنت وزارة الدفاع الأرمينية مقتل مدنيين.")
    assert [c.side for c in result.claims] == ["none", "armenia"]  # «كما» opens a further statement of its own


# --- «وبدوره X فعل …، مؤكدا أن»: the one named after «بدوره» goes on speaking -------------------------------------


def test_the_one_named_after_for_his_part_goes_on_with_a_participle(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وقال المتحدث باسم وزارة الدفاع الأرمينية إن الوضع هادئ. وبدوره الرئيس الأذربيجاني قدم شكره لتركيا، "
            "مؤكدا أن القوات الأرمينية قصفت مدينة ترتر.")
    assert [c.side for c in run(text).claims] == ["armenia", "azerbaijan"]
    text = ("وقال المتحدث باسم وزارة الدفاع الأرمينية إن الوضع هادئ. وبدوره المشروع يهدف إلى ربط المنطقة، "
            "مؤكدا أن القوات الأذربيجانية قصفت مدينة مارتاكرت.")  # no one named after «بدوره»: the last speaker
    assert [c.side for c in run(text).claims] == ["armenia", "armenia"]


# --- a foreign town joined by «و» to a place just named goes on the list ------------------------------------------


def test_a_foreign_town_in_a_list_of_places_needs_no_locative_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وشهدت مدن باريس وستراسبورغ مظاهرات تضامنا مع سكان الإقليم.")
    assert [m.place.name for m in result.mentions] == ["Paris", "Strasbourg"]
    result = run("وقال الوزير وستراسبورغ مظاهرات.")  # no place before it: a word, not a town
    assert [m.place.name for m in result.mentions] == []
