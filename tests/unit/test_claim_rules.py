"""Claim rules for the error classes seen on real outlet text (docs/evaluation.md), one general
rule per test, each with a case where the rule must not fire. Every sentence was written for
these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def run(gaz):  # type: ignore[no-untyped-def]
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=dt.date(2020, 10, 10)), gaz)

    return go


def claim_with(result, side: str):  # type: ignore[no-untyped-def]
    found = [c for c in result.claims if c.side == side]
    assert found, [(c.side, c.speaker, c.text) for c in result.claims]
    return found[0]


# --- places pointed back to, and the two names of a dual-named place ------------------------


def test_a_town_pointed_back_to_is_the_last_one_something_happened_in(run) -> None:  # type: ignore[no-untyped-def]
    # the capital named in between (where the statement was made) is not the town meant
    result = run("وقصفت القوات الأذربيجانية مدينة هادروت. وقال المتحدث باسم وزارة الدفاع الأرمينية في "
                 "مؤتمر صحفي بمدينة يريفان إن المعارك في المدينة مستمرة.")
    assert claim_with(result, "armenia").place_ids[-1] == "hadrut"


def test_no_town_is_pointed_back_to_when_none_was_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن المعارك في المدينة مستمرة.")
    assert claim_with(result, "armenia").place_ids == ()


def test_a_name_in_apposition_after_a_place_noun_is_not_a_state_acting(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واقتربت القوات من عاصمة الإقليم، خانكندي، ويتهم الأرمن باكو باستهداف مبان سكنية في المدينة.")
    khankendi = next(m for m in result.mentions if m.surface == "خانكندي")
    assert khankendi.place.place_id == "stepanakert" and khankendi.role != "actor"
    assert "stepanakert" in claim_with(result, "armenia").place_ids


def test_a_capital_as_subject_is_still_an_actor(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت خانكندي اتهامات باكو.")
    assert next(m for m in result.mentions if m.surface == "خانكندي").role == "actor"


def test_contested_across_both_names_of_a_dual_named_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية السيطرة على خانكندي. "
                 "ونفت وزارة الدفاع الأرمينية سقوط ستيباناكيرت.")
    assert "stepanakert" in result.contested


def test_each_side_accusing_the_other_of_shelling_one_town_contests_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مدينة مارتوني. "
                 "وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية هي التي قصفت مارتوني.")
    assert "martuni" in result.contested


def test_two_sides_talking_of_different_towns_contest_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مدينة مارتوني. "
                 "وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.")
    assert result.contested == ()


def test_a_whole_country_is_never_contested(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت يريفان أذربيجان بخرق الهدنة. ونفت باكو ذلك.")
    assert "azerbaijan" not in result.contested and "armenia" not in result.contested


# --- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("وقال مسؤول رئيسي في الحكومة إن القوات سيطرت على بلدة هادروت.", "other"),  # senior, not Raisi
        ("وقال الرئيس الإيراني رئيسي إن طهران ترفض أي تغيير للحدود مع أرمينيا.", "iran"),
        ("وكتب محمد ظريف، الباحث في الشؤون القوقازية، أن المعارك في شوشا مستمرة.", "other"),
        ("وقال الوزير ظريف إن طهران ترفض أي تغيير للحدود مع أرمينيا.", "iran"),
        ("وأكد عراقجي أن ممر زنغزور يهدد الحدود بين إيران وأرمينيا.", "iran"),  # Iran's officials of 2024-25
        ("وقال المتحدث بقائي إن ممر زنغزور يهدد الحدود بين إيران وأرمينيا.", "iran"),
        ("وكتب أحمد بقائي، الباحث في الشؤون القوقازية، أن المعارك في شوشا مستمرة.", "other"),
        ("وأعلن الحرس الثوري أن مناورات جرت قرب الحدود مع أذربيجان.", "iran"),
        # a Russian surname in -ev is Russian when listed, not Azerbaijani by its ending
        ("حيث شدد ميدفيديف على ضرورة وقف إطلاق النار في قره باغ.", "russia"),
        ("وقال وزير الخارجية التركي هاكان فيدان إن أنقرة تدعم أذربيجان.", "turkey"),
        ("وقال روبيو إن واشنطن ترحب بالاتفاق بين أرمينيا وأذربيجان.", "usa"),
    ],
)
def test_an_ambiguous_surname_needs_a_title(run, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).claims[0].side == side


def test_vocalised_text_is_attributed_like_bare_text(run) -> None:  # type: ignore[no-untyped-def]
    bare = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذرية قصفت مدينة ستيباناكيرت.").claims[0]
    marked = run("وَقَالَتْ وِزَارَةُ الدِّفَاعِ الأَرْمِينِيَّةُ إِنَّ القُوَّاتِ الأَذْرِيَّةَ قَصَفَتْ "
                 "مَدِينَةَ سْتِيبَانَاكِيرْت.").claims[0]
    assert (marked.side, marked.type, marked.place_ids) == (bare.side, bare.type, bare.place_ids) == (
        "armenia", "attack", ("stepanakert",))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("وقالت وكالة إرنا إن القصف طال قرى قرب نهر آراس.", "iran"),
        ("وذكرت وكالة أبا أن القوات الأرمينية قصفت ترتر.", "azerbaijan"),
        ("وقالت النيابة العامة الأذربيجانية إن 12 مدنيا قتلوا في كنجة.", "azerbaijan"),
        ("وقالت وكالة الأناضول إن القوات الأذربيجانية دخلت جبرائيل.", "turkey"),
    ],
)
def test_agencies_and_prosecutors_take_their_state(run, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).claims[0].side == side


def test_an_office_named_without_its_state_takes_the_state_the_article_gives_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع في بيان إن قواتها سيطرت على قرية تاليش. "
                 "وأضافت وزارة الدفاع الأذربيجانية أن المعارك مستمرة قرب مدينة ترتر.")
    assert result.claims[0].side == "azerbaijan"


def test_an_office_with_no_namesake_in_the_article_stays_unknown(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع في بيان إن قواتها سيطرت على قرية تاليش.")
    assert result.claims[0].side == "other"


def test_a_second_speaker_after_a_comma_is_a_claim_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد متحدث باسم وزارة الدفاع الأذربيجانية السيطرة على قرية تاليش، نفت وزارة الدفاع "
                 "الأرمينية ذلك.")
    sides = [(c.side, c.polarity) for c in result.claims]
    assert ("azerbaijan", "assert") in sides and ("armenia", "deny") in sides


def test_a_comma_before_an_object_opens_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية، الخميس، أن قواتها سيطرت على قرية تاليش، وحذرت بـ«الرد».")
    assert {c.side for c in result.claims} == {"azerbaijan"}


def test_a_relative_clause_carries_the_other_sides_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وكانت باكو قد أعلنت السيطرة على هادروت، وهو ما نفته سلطات الإقليم.")
    assert {(c.side, c.polarity) for c in result.claims} == {("azerbaijan", "assert"), ("armenia", "deny")}
    assert "hadrut" in result.contested


def test_mutual_accusations_speak_for_both_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتبادلت أرمينيا وأذربيجان الاتهامات بخرق وقف إطلاق النار في ناغورني قره باغ.")
    assert {c.side for c in result.claims} == {"armenia", "azerbaijan"}


# --- what is not a claim ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وبموجب البيان، تنسحب القوات الأرمينية من كلبجار وأغدام.",  # an agreement's content
        "ومن المقرر أن يزور الوزير موسكو الأسبوع المقبل لبحث الوضع في قره باغ.",  # a plan
        "نشر في: 10 أكتوبر 2020 - آخر تحديث: 11 أكتوبر 2020",  # page chrome
    ],
)
def test_not_a_claim(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).claims == ()


# --- types and polarity ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "polarity"),
    [
        # the proposition's first topic word decides: an attack that counts dead is an attack
        ("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية تقصف مدينة ترتر ما أدى إلى مقتل مدنيين.",
         "attack", "assert"),
        # a present-tense verb is read by its root
        ("وقالت وزارة الدفاع الأرمينية إن الطائرات الأذربيجانية تقصف مدينة مارتوني.", "attack", "assert"),
        # a denied capture keeps its topic
        ("ونفت وزارة الدفاع الأرمينية سقوط مدينة هادروت.", "control", "deny"),
        # a blanket rebuttal has no topic of its own
        ("ونفت وزارة الدفاع الأرمينية هذه الاتهامات جملة وتفصيلا.", "denial", "deny"),
        ("ودعت وزارة الخارجية الروسية الطرفين إلى وقف إطلاق النار فورا.", "diplomacy", "assert"),
    ],
)
def test_type_and_polarity(run, text: str, kind: str, polarity: str) -> None:  # type: ignore[no-untyped-def]
    claim = run(text).claims[0]
    assert (claim.type, claim.polarity) == (kind, polarity)


# --- places of a claim -----------------------------------------------------------------------


def test_parties_of_talks_are_the_places_of_a_diplomacy_claim(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقالت وزارة الخارجية الروسية إن أرمينيا وأذربيجان اتفقتا على هدنة إنسانية.").claims[0]
    assert claim.type == "diplomacy" and {"armenia", "azerbaijan"} <= set(claim.place_ids)


def test_an_attack_claim_does_not_take_the_states_it_names(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وقالت وزارة الدفاع الأرمينية إن أذربيجان قصفت مدينة مارتوني.").claims[0]
    assert claim.place_ids == ("martuni",)


def test_a_region_that_only_locates_a_village_is_not_what_the_claim_is_about(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وأعلنت وزارة الدفاع الأذربيجانية السيطرة على قرية تاليش في إقليم قره باغ.").claims[0]
    assert claim.place_ids == ("talish_tartar",)


def test_a_region_alone_is_what_the_claim_is_about(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وأعلنت وزارة الدفاع الأذربيجانية بدء عمليات عسكرية في إقليم قره باغ.").claims[0]
    assert claim.place_ids == ("nagorno_karabakh",)


# --- a subject that ends before the verbal noun it states, and whose spokesman it is ----------


def test_a_subject_ends_before_an_event_noun_that_is_the_verbs_object(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن قواتها تتقدم. وأكد متحدث باسم الوزارة السيطرة على "
                 "ثلاث قرى في منطقة جبرائيل.")
    claim = [c for c in result.claims if "السيطرة" in c.text][0]
    assert claim.speaker == "متحدث باسم الوزارة" and claim.type == "control"
    assert claim.side == "azerbaijan"  # the ministry named before


def test_an_adjective_after_a_definite_noun_stays_in_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد المتحدث باسم الجيش الأذربيجاني أن القوات سيطرت على قرية في منطقة فضولي.")
    assert result.claims[0].speaker == "المتحدث باسم الجيش الأذربيجاني"
    assert result.claims[0].side == "azerbaijan"


def test_a_bare_ministrys_spokesman_takes_no_side_when_no_ministry_was_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد متحدث باسم الوزارة السيطرة على ثلاث قرى في منطقة جبرائيل.")
    assert result.claims[0].side == "other"


# --- a denial keeps its own topic; «نفى ذلك» alone is a blanket denial -------------------------


def test_a_denial_that_states_its_topic_keeps_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية السيطرة على قرية في منطقة فضولي. ونفت وزارة الدفاع "
                 "الأرمينية ذلك قائلة إن الإعلان عن احتلال القرية كاذب.")
    denial = claim_with(result, "armenia")
    assert (denial.type, denial.polarity) == ("control", "deny")


def test_a_denial_with_no_topic_of_its_own_is_a_blanket_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية السيطرة على قرية في منطقة فضولي. ونفت وزارة الدفاع "
                 "الأرمينية ذلك.")
    denial = claim_with(result, "armenia")
    assert (denial.type, denial.polarity) == ("denial", "deny")


# --- «وجاء في بيان X»: the statement's author speaks --------------------------------------------


def test_the_author_of_a_statement_it_was_stated_in_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجاء في بيان وزارة الخارجية الأرمينية أن القوات الأذربيجانية قصفت بلدة مارتوني.")
    assert [c.side for c in result.claims] == ["armenia"]
    assert result.claims[0].speaker.startswith("وزارة الخارجية")


def test_the_statement_pointed_back_to_is_the_last_speakers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن قواتها تتقدم. وجاء في البيان أن القوات الأرمينية "
                 "قصفت مدينة ترتر.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]


def test_a_decrees_text_is_no_speakers_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجاء في نص المرسوم أن الأحكام العرفية تسري في مدينة ستيباناكرت.")
    assert all(c.side in ("none", "other") for c in result.claims)


# --- the one called on is not the caller --------------------------------------------------------


def test_a_masculine_noun_after_a_feminine_call_verb_is_the_one_called_on(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر. ودعت المجتمع "
                 "الدولي إلى إدانة قصف ترتر.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]
    assert "المجتمع" not in result.claims[1].speaker


def test_a_feminine_subject_after_a_call_verb_is_the_caller(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر. ودعت الخارجية "
                 "الروسية إلى وقف القصف على ترتر.")
    assert [c.side for c in result.claims] == ["azerbaijan", "russia"]


# --- rejecting what was said is a denial; rejecting an action is not -----------------------------


def test_rejecting_an_accusation_denies_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت أرمينيا القوات الأذربيجانية بقصف مدينة ستيباناكرت. ورفضت وزارة الدفاع الأذربيجانية، "
                 "اليوم الخميس، الاتهامات الأرمينية بقصف ستيباناكرت.")
    rejection = claim_with(result, "azerbaijan")
    assert rejection.polarity == "deny"


def test_rejecting_an_action_asserts_a_stance(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية الإيراني إن طهران ترفض أي تغيير للحدود في منطقة سيونيك.")
    assert claim_with(result, "iran").polarity == "assert"


# --- a place right after a named speaker is the verb's object ------------------------------------


def test_a_country_after_a_named_speaker_is_the_one_called_on(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعا رئيس الوزراء الأرميني نيكول باشينيان روسيا والأمم المتحدة إلى التدخل في قره باغ.")
    assert [c.side for c in result.claims] == ["armenia"]
    assert result.claims[0].speaker.endswith("باشينيان") and "russia" in result.claims[0].place_ids


def test_coordinated_speakers_stay_together(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت تركيا وأذربيجان إرسال مقاتلين إلى منطقة قره باغ.")
    assert sorted(c.side for c in result.claims) == ["azerbaijan", "turkey"]


# --- the subject before a comma and a turn marker («من جهتها»، «بدوره») --------------------------


def test_a_subject_before_a_comma_and_a_turn_marker_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("وقالت يريفان إن القصف مستمر. وزارة الدفاع الروسية، قالت من جهتها إن الهدنة صامدة في قره باغ.",
                 "وقالت يريفان إن القصف مستمر. وزارة الدفاع الروسية ومن جهتها، قالت إن الهدنة صامدة في قره باغ."):
        assert [c.side for c in run(text).claims] == ["armenia", "russia"], text


def test_a_phrase_before_a_comma_without_a_turn_marker_is_not_taken_as_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت يريفان إن القصف مستمر. وفي موسكو، قال المتحدث إن الهدنة صامدة في قره باغ.")
    assert result.claims[-1].side != "russia"


# --- parties that are capitals, ceasefires, and the topic words of talks, exodus and entry -------


def test_capitals_named_as_parties_of_talks_are_places_of_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية الروسي إن بلاده مستعدة لاستضافة محادثات سلام بين باكو ويريفان.")
    claim = claim_with(result, "russia")
    assert claim.type == "diplomacy" and {"baku", "yerevan"} <= set(claim.place_ids)
    # a capital named as a party of an attack is not where it happened
    result = run("وقالت وزارة الدفاع الأرمينية إن باكو قصفت مدينة مارتوني.")
    assert claim_with(result, "armenia").place_ids == ("martuni",)


def test_a_ceasefire_is_diplomacy_even_when_fire_is_named(run) -> None:  # type: ignore[no-untyped-def]
    assert claim_with(run("ودعا الرئيس الروسي إلى وقف فوري لإطلاق النار في قره باغ."), "russia").type == "diplomacy"
    assert claim_with(run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية فتحت النار على مواقعها."),
                      "armenia").type == "attack"


@pytest.mark.parametrize(
    ("text", "side", "kind"),
    [
        ("وقال وزير الخارجية التركي إن بلاده مستعدة لتطبيع العلاقات مع أرمينيا.", "turkey", "diplomacy"),
        ("وقالت قيادة الإقليم إن الأرمن سيغادرون إلى أرمينيا خلال أيام.", "armenia", "humanitarian"),
        ("وقال الرئيس الأذربيجاني إن جيشه أتم دخول مدينة أغدام.", "azerbaijan", "control"),
        ("وقالت وزارة الصحة الأرمينية إن عدد المصابين بلغ مئتين.", "armenia", "casualties"),
    ],
)
def test_the_words_of_talks_exodus_entry_and_the_wounded_give_the_type(run, text: str, side: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_with(run(text), side).type == kind


def test_a_statement_without_topic_words_stays_other(run) -> None:  # type: ignore[no-untyped-def]
    assert claim_with(run("وقال الرئيس الأذربيجاني إن الشعب فخور بجيشه."), "azerbaijan").type == "other"


# --- relaying and "according to" ---------------------------------------------------------------


def test_carrying_something_is_no_relaying_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقصفت القوات مدينة ترتر. ونُقل عدد من الجرحى إلى مستشفى مدينة بردعة.")
    assert all(c.speaker != "عدد" and c.side == "none" for c in result.claims)
    # with «عن» the same verb relays what someone said
    result = run("ونقلت وكالة تاس عن وزارة الدفاع الروسية أن القتال توقف في مدينة شوشا.")
    assert claim_with(result, "russia")


def test_according_to_him_is_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني إن القوات صدت الهجوم. وبحسب قوله، فإن القتال مستمر في مدينة مارتوني.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    # with no speaker before it there is no one to point back to
    result = run("وبحسب قوله، فإن القتال مستمر في مدينة مارتوني.")
    assert all(c.side in ("none", "other") for c in result.claims)


def test_what_an_agreement_text_says_is_no_sides_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب نص البيان، تعيد يريفان منطقة أغدام إلى باكو بحلول 20 نوفمبر.")
    assert all(c.side in ("none",) for c in result.claims)
    result = run("وبحسب وزارة الدفاع الأذربيجانية، دخلت القوات منطقة أغدام.")
    assert claim_with(result, "azerbaijan")


def test_an_agency_named_in_quotes_after_as_reported_by(run) -> None:  # type: ignore[no-untyped-def]
    result = run('ووفق ما أوردته وكالة "الأناضول" فقد سيطر الجيش الأذربيجاني على قرية تاليش.')
    assert claim_with(result, "turkey").speaker == 'وكالة "الأناضول"'
    # a quoted phrase after an ordinary noun is not its name
    result = run('وقال مسؤول "كبير" في الوزارة إن القوات تقدمت نحو قرية تاليش.')
    assert all(c.side != "turkey" for c in result.claims)


def test_peacekeepers_are_no_topic_of_peace(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الروسية إن قوات حفظ السلام أجلت ألفي مدني من مدينة ستيباناكرت.")
    assert claim_with(result, "russia").type == "humanitarian"
    result = run("وقال وزير الخارجية الروسي إن بلاده تدعم السلام بين أرمينيا وأذربيجان.")
    assert claim_with(result, "russia").type == "diplomacy"


def test_a_definite_event_noun_points_back_to_the_place_just_reported(run) -> None:  # type: ignore[no-untyped-def]
    result = run("سقطت صواريخ على مدينة كنجة فجر اليوم. وقالت النيابة العامة الأذربيجانية إن القصف الصاروخي "
                 "أدى إلى تدمير عشرات المباني السكنية.")
    assert claim_with(result, "azerbaijan").place_ids == ("ganja",)
    # an indefinite event noun is a new event, not the one before
    result = run("سقطت صواريخ على مدينة كنجة فجر اليوم. وقالت النيابة العامة الأذربيجانية إن قصفا جديدا "
                 "سيحدث قريبا.")
    assert claim_with(result, "azerbaijan").place_ids == ()
    # a place reported sentences before, with other news in between, is another event's
    result = run("سقطت صواريخ على مدينة كنجة فجر اليوم. وعقد مجلس الأمن الدولي جلسة طارئة مساء أمس لبحث "
                 "التطورات العسكرية المتسارعة في جنوب القوقاز بطلب من عدد من الدول الأعضاء الدائمين، واستمعت "
                 "الجلسة إلى إحاطات من مسؤولين أمميين. وقالت النيابة العامة الأذربيجانية إن القصف الصاروخي "
                 "أدى إلى تدمير عشرات المباني السكنية.")
    assert claim_with(result, "azerbaijan").place_ids == ()


def test_a_headline_with_a_present_tense_reporting_verb_has_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    assert claim_with(run("يريفان تحذر من كارثة إنسانية في قره باغ"), "armenia")
    # a present-tense verb that reports nothing makes no speaker of its subject
    result = run("يريفان تستضيف مهرجانا للموسيقى في الصيف")
    assert all(c.side == "none" for c in result.claims)


def test_the_statement_of_a_bare_head_speaks_for_the_last_one_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن قواتها تقدمت. كذلك أكد بيان الوزارة تدمير مواقع عديدة.")
    assert [(c.side, c.speaker) for c in result.claims][1] == ("azerbaijan", "بيان الوزارة")
    # with no ministry named before, the statement has no side to borrow
    result = run("كذلك أكد بيان الوزارة تدمير مواقع عديدة في مدينة ترتر.")
    assert all(c.side in ("other", "none") for c in result.claims)


def test_a_blanket_rebuttal_by_cue_is_a_denial(run) -> None:  # type: ignore[no-untyped-def]
    claim = claim_with(run('وقالت وزارة الدفاع الأرمينية: "هذه معلومات مضللة".'), "armenia")
    assert (claim.type, claim.polarity) == ("denial", "deny")
    claim = claim_with(run('وقالت وزارة الدفاع الأرمينية: "هذه معلومات دقيقة".'), "armenia")
    assert claim.polarity == "assert"


def test_saying_after_a_verb_of_going_on_is_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقال المتحدث باسم وزارة الدفاع الأرمينية إن القصف مستمر. وتابع قائلا: "العدو يقصف المدن".')
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


# --- a statement after a semicolon, a preposition's object after the verb ---------------------


def test_a_semicolon_before_the_statement_does_not_cut_it_from_its_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية الأرميني، في مقابلة مع قناة محلية؛ إن القوات الأذربيجانية قصفت بلدة مارتوني.")
    found = claim_with(result, "armenia")
    assert found.type == "attack" and "martuni" in found.place_ids


def test_a_semicolon_before_a_new_sentence_still_cuts(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت بلدة مارتوني؛ وتواصلت المعارك قرب هادروت.")
    assert "hadrut" not in claim_with(result, "armenia").place_ids


def test_a_preposition_object_after_the_verb_is_not_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت ترتر. "
                 "وطالبت بانسحاب القوات الأرمينية من المنطقة.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]


def test_a_name_starting_with_the_same_letter_is_still_a_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت ترتر. وطالب باشينيان بوقف القتال.")
    assert result.claims[-1].side == "armenia"


# --- the accused state named only by its adjective ---------------------------------------------


def test_an_accusation_names_the_accused_state_by_its_adjective(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الأذربيجانية: نحمل القيادة الأرمينية مسؤولية التصعيد.")
    assert claim_with(result, "azerbaijan").place_ids == ("armenia",)
    # the state is in the article's record though no mention names it
    from geo.records import article_record

    assert "armenia" in {p["place_id"] for p in article_record(result)["places"]}


def test_the_speakers_own_adjective_and_a_located_accusation_add_no_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الأرمينية: نحمل الحكومة الأرمينية السابقة مسؤولية الأزمة.")
    assert claim_with(result, "armenia").place_ids == ()
    result = run("واتهمت وزارة الدفاع الأذربيجانية الجيش الأرميني بارتكاب جريمة حرب في مدينة ترتر.")
    assert claim_with(result, "azerbaijan").place_ids == ("tartar",)


# --- a quotation after the verb: the statement, or a quoted name ----------------------------


def test_a_quotation_right_after_the_verb_is_what_the_last_speaker_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مارتوني. '
                 'وأضافت "سنرد على كل هجوم على مدننا".')
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    assert result.claims[-1].speaker == "وزارة الدفاع الأرمينية"


def test_a_quoted_name_before_its_statement_or_a_comma_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقالت "رويترز" إن القوات الأذربيجانية قصفت مدينة ترتر.')
    assert result.claims[0].speaker == "رويترز"
    result = run('واعترف "أرتسرون هوفهانيسيان"، المسؤول في وزارة الدفاع الأرمينية، بأن القوات انسحبت من هادروت.')
    assert claim_with(result, "armenia").place_ids == ("hadrut",)


def test_an_adverb_after_the_speaker_is_not_part_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفى الوزير الأرميني بشكل قاطع أن تكون مدينة جيرموك قد تعرضت لأي قصف.")
    assert result.claims[0].speaker == "الوزير الأرميني"


# --- verbal nouns that report, and a second speaker after «بعد أن» ----------------------------


def test_a_verbal_noun_reports_only_when_a_statement_follows(run) -> None:  # type: ignore[no-untyped-def]
    # «إعلان السلام» is a declaration's name, not a report by «السلام»
    assert run('وتعمل الحكومتان على تطبيق "إعلان السلام" في الأشهر المقبلة.').claims == ()
    result = run("وجاء ذلك مع إعلان وزير الدفاع الأرميني أن القوات انسحبت من هادروت.")
    assert claim_with(result, "armenia").place_ids == ("hadrut",)
    result = run("وبعد وقت قصير من إعلان علييف، أكد المسؤول الأرميني أن القتال متواصل في شوشي.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_a_second_speaker_after_bad_an_is_a_claim_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجددت وزارة الدفاع الأرمينية تأكيدها أن القتال مستمر في محيط شوشة، بعد أن أعلن "
                 "الرئيس الأذربيجاني أن قوات بلاده سيطرت على شوشة.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack"), ("azerbaijan", "control")]
    # «بعد أن» before an ordinary verb opens no claim
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات انسحبت من هادروت، بعد أن دمرت مواقعها.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- the spokesman of "the ministry", a surname named in full before, a denial of what follows


def test_the_named_spokesman_of_the_ministry_speaks_for_the_last_ministry(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية أن الجيش الأرميني قصف مواقع. "
                 "وقال الناطق باسم الوزارة المقدم أنور حسنلي إن الجيش لا يستهدف أي منشآت مدنية. "
                 "ونفى حسنلي أن تكون مدينة جيرموك قد تعرضت لأي قصف.")
    assert [c.side for c in result.claims] == ["azerbaijan"] * 3


def test_a_surname_alone_takes_no_side_from_someone_else(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأذربيجانية أن الجيش الأرميني قصف مواقع. "
                 "ونفى حسنلي أن تكون مدينة جيرموك قد تعرضت لأي قصف.")
    assert result.claims[-1].side == "other"


def test_a_denial_whose_object_is_the_next_clause_denies_what_it_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("من جهتها نفت المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان، ما ذكرته سلطات باكو، "
                 "بشأن قصف مدينة كنجة من أراضي أرمينيا.")
    denial = claim_with(result, "armenia")
    assert (denial.type, denial.polarity) == ("attack", "deny") and "ganja" in denial.place_ids
    assert "ganja" in result.contested
    # a denial with its own object is left as it is
    result = run("ونفت وزارة الدفاع الأرمينية ذلك. وقالت سلطات باكو إن القوات قصفت مدينة كنجة.")
    assert claim_with(result, "armenia").type == "denial"


def test_the_latter_is_the_last_state_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واشتدت الضغوط على أذربيجان حتى أعلنت الأخيرة إطلاق عمليات عسكرية في قره باغ.")
    found = result.claims[0]
    assert (found.side, found.speaker, found.type) == ("azerbaijan", "الأخيرة", "attack")
    assert "nagorno_karabakh" in found.place_ids
    # with no state named before it, «الأخيرة» stays without a side
    assert run("وأعلنت الأخيرة إطلاق عمليات عسكرية في قره باغ.").claims[0].side == "other"


def test_a_denial_of_a_claim_that_locates_nothing_is_about_its_parties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت مصادر من المعارضة السورية إن تركيا ترسل مقاتلين لدعم أذربيجان. ونفت تركيا وأذربيجان ذلك.")
    denials = [c for c in result.claims if c.polarity == "deny"]
    assert {c.side for c in denials} == {"turkey", "azerbaijan"}
    assert all(set(c.place_ids) == {"turkey", "azerbaijan"} for c in denials)
    # a claim that locates a place gives the denial that place, not the states
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت ترتر من أراضي أرمينيا. ونفت يريفان ذلك.")
    assert claim_with(result, "armenia").place_ids == ("tartar",)


def test_a_denial_that_names_the_other_sides_statement_contests_its_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت وزارة الدفاع الأرمينية صحة إعلان علييف أمس عن سيطرة القوات الأذربيجانية على "
                 "قرية ماداغيز في منطقة تارتار.")
    assert result.contested == ("sugovushan",)  # the village, not the district that locates it
    # a denial that names no other side's statement contests nothing on its own
    result = run("ونفت وزارة الدفاع الأرمينية سيطرة القوات الأذربيجانية على قرية ماداغيز.")
    assert result.contested == ()


def test_the_two_countries_are_the_last_two_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("والتقى رئيس أذربيجان ورئيس وزراء أرمينيا في واشنطن. "
                 "وأعرب ترامب عن ثقته بأن العلاقة بين البلدين ستكون جيدة جدا.")
    found = claim_with(result, "usa")
    assert {"armenia", "azerbaijan"} <= set(found.place_ids)
    # with one country named before, «البلدين» points nowhere
    result = run("وزار ترامب أذربيجان. وأعرب ترامب عن ثقته بأن العلاقة بين البلدين ستكون جيدة.")
    assert "armenia" not in claim_with(result, "usa").place_ids


def test_a_relative_clause_describing_the_speaker_is_not_what_the_claim_is_about(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعت مجموعة مينسك والتي تترأسها الولايات المتحدة وفرنسا وروسيا، أرمينيا وأذربيجان إلى احترام "
                 "وقف إطلاق النار.")
    assert set(result.claims[0].place_ids) == {"armenia", "azerbaijan"}
    # a noun in apposition before the relative clause: «المنطقة التي تدعمها أرمينيا»
    result = run("وقالت وزارة الدفاع في ناغورني قره باغ المنطقة التي تدعمها أرمينيا، في بيان إن أذربيجان انتهكت "
                 "وقف إطلاق النار.")
    assert "armenia" not in result.claims[0].place_ids
    # without the comma that closes a description, the places stay the claim's
    result = run("ودعت مجموعة مينسك أرمينيا وأذربيجان وروسيا إلى احترام وقف إطلاق النار.")
    assert "russia" in result.claims[0].place_ids


def test_the_states_a_border_runs_between_are_not_where_an_attack_or_a_toll_is(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت أرمينيا مقتل 4 من جنودها في تبادل لإطلاق النار على الحدود بين أرمينيا وأذربيجان.")
    assert result.claims[0].place_ids == ()
    # an attack on a named village by the border keeps the village
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت قرية سوتك على الحدود مع أذربيجان.")
    assert result.claims[0].place_ids == ("sotk",)


def test_the_city_pointed_back_to_is_the_one_named_in_the_same_sentence(run) -> None:  # type: ignore[no-untyped-def]
    # Khankendi is Stepanakert: «المدينة» is the capital named just before it, not the town shelled earlier
    result = run("وقالت وزارة الدفاع الأذربيجانية إن بلدة قوبادلي تعرضت لقصف مدفعي. وباتت القوات على بعد "
                 "كيلومترات من عاصمة الإقليم، خانكندي، ويتهم الأرمن باكو باستهداف مبان سكنية في المدينة.")
    assert claim_with(result, "armenia").place_ids == ("stepanakert",)


def test_a_city_in_an_earlier_sentence_is_still_the_last_struck(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقصفت القوات الأذربيجانية مدينة هادروت. وقال المتحدث باسم وزارة الدفاع الأرمينية إن "
                 "المعارك في المدينة مستمرة.")
    assert claim_with(result, "armenia").place_ids == ("hadrut",)
