"""What a claim is about and whether it is asserted or denied: the rules for the type and polarity
confusions seen on real text (docs/evaluation.md), each with a case where it must not fire. Every
sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def claim(gaz):  # type: ignore[no-untyped-def]
    def go(text: str, side: str):  # type: ignore[no-untyped-def]
        result = extract(Article(id="t", text=text, published=dt.date(2020, 10, 10)), gaz)
        found = [c for c in result.claims if c.side == side]
        assert found, [(c.side, c.speaker, c.text) for c in result.claims]
        return found[0]

    return go


def test_a_negated_proposition_is_denied(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن قواتها لا تستهدف المدن الأذربيجانية.", "armenia")
    assert (found.type, found.polarity) == ("attack", "deny")
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن الجيش لم يقم بقصف بلدة مارتوني.", "azerbaijan")
    assert (found.type, found.polarity) == ("attack", "deny")


def test_a_negation_elsewhere_in_the_clause_does_not_deny_it(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مدينة مارتوني ولم تتوقف حتى الصباح.",
                  "armenia")
    assert (found.type, found.polarity) == ("attack", "assert")


def test_a_toll_that_is_the_proposition_is_about_casualties(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن الاشتباكات أسفرت عن مقتل سبعة جنود قرب بلدة تيغ.", "armenia")
    assert found.type == "casualties"
    found = claim("وقال رئيس الإقليم إنه خلال المعارك فقدنا 12 جنديا في محيط هادروت.", "armenia")
    assert found.type == "casualties"


def test_a_toll_in_a_result_clause_leaves_the_attack_the_proposition(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت بلدة مارتوني، مما أدى إلى "
                  "مقتل ثلاثة مدنيين.", "armenia")
    assert found.type == "attack"
    # a casualty word without a count does not outrank the attack
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت بلدة مارتوني وأوقعت قتلى.", "armenia")
    assert found.type == "attack"


def test_downing_aircraft_and_destroying_equipment_are_attacks(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وأعلنت وزارة الدفاع الأذربيجانية إسقاط طائرة مسيرة أرمينية فوق أغدام.", "azerbaijan")
    assert found.type == "attack"
    found = claim("وقالت وزارة الدفاع الأرمينية إن قواتها دمرت دبابتين قرب جبرائيل.", "armenia")
    assert found.type == "attack"
    # the verb, not its root read without the alif (سقطت, a fall: control)
    found = claim("وقالت وزارة الدفاع الأرمينية إن دفاعاتها أسقطت مروحية أذربيجانية فوق هادروت.", "armenia")
    assert found.type == "attack"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن مدينة هادروت سقطت بيد القوات.", "azerbaijan")
    assert found.type == "control"


def test_operations_that_stopped_are_a_ceasefire(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن العمليات العسكرية توقفت في الإقليم.", "azerbaijan")
    assert found.type == "diplomacy"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن العمليات العسكرية تتواصل في الإقليم.", "azerbaijan")
    assert found.type == "attack"


def test_talks_and_concern_are_diplomacy_provocation_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقال الكرملين إن بوتين وماكرون ناقشا الوضع في قره باغ.", "russia").type == "diplomacy"
    assert claim("وأعرب الاتحاد الأوروبي عن قلقه إزاء التصعيد في قره باغ.", "eu").type == "diplomacy"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني نفذ استفزازات قرب كلبجار.", "azerbaijan")
    assert found.type == "accusation"
    # the same ministry reporting an attack on the same place is an attack
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف مواقع قرب كلبجار.", "azerbaijan")
    assert found.type == "attack"


def test_a_town_that_did_not_fall_is_denied_control_a_shell_that_fell_an_attack(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim('وقالت وزارة الدفاع الأرمينية إن تلة لالا تبه "لم تسقط"، وإن ما تبثه باكو "دعاية حرب".',
                  "armenia")
    assert (found.type, found.polarity) == ("control", "deny")
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن قذيفة سقطت على مدينة ترتر.", "azerbaijan")
    assert found.type == "attack"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إنه سقطت قذائف على مدينة ترتر.", "azerbaijan")
    assert found.type == "attack"


@pytest.mark.parametrize("text", ["وزارة الدفاع", "وزارات الخارجية", "لجان التحقيق", "دعاية الحرب", "الجيش"])
def test_common_words_that_start_like_a_topic_word_name_no_topic(text: str) -> None:
    # «وزارة» read as و + «زارة», «لجان» as «لجأ», «دعاية» as «دعا»: a topic stem must not catch them
    from geo.claims.claimwords import load_claim_words
    from geo.claims.topics import claim_type
    from geo.text.keys import find_tokens

    assert claim_type(find_tokens(text, 0, len(text)), load_claim_words()) == "other"


def test_foreign_fighters_brought_in_are_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الخارجية الأرمينية إن تركيا ترسل مقاتلين سوريين إلى أذربيجان.", "armenia")
    assert found.type == "accusation"
    # fighters who are not foreign are no such charge
    found = claim("وقالت وزارة الدفاع الأرمينية إن مقاتلين أرمن صدوا هجوما قرب هادروت.", "armenia")
    assert found.type == "attack"


def test_a_negation_a_few_words_before_denies_but_still_does_not(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية لم تحقق أي تقدم قرب هادروت.", "armenia")
    assert (found.type, found.polarity) == ("control", "deny")
    found = claim("وقالت وزارة الدفاع الأرمينية إن المعارك لا تزال مستمرة قرب هادروت.", "armenia")
    assert found.polarity == "assert"


def test_an_army_said_not_to_be_there_is_a_denial(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقال باشينيان إن الجيش الأرميني غير موجود في قره باغ.", "armenia").polarity == "deny"
    assert claim("وقالت يريفان إنه لا توجد قوات أرمينية في قره باغ.", "armenia").polarity == "deny"
    # «there is no military solution» asserts a position
    assert claim("وقال بلينكن إنه لا يوجد حل عسكري للأزمة في قره باغ.", "usa").polarity == "assert"


def test_a_cause_phrase_does_not_decide_the_type(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية: نتيجة للمفاوضات، نفذ الجيش انسحابا من قرية فاروخ.", "azerbaijan")
    assert found.type == "control"
    # with nothing else in the clause, the cause's topic is all there is
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن ذلك جاء نتيجة للمفاوضات.", "azerbaijan")
    assert found.type == "diplomacy"


def test_laying_down_arms_is_diplomacy_a_victory_control(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقالت سلطات الإقليم إنها توافق على إلقاء السلاح.", "armenia").type == "diplomacy"
    assert claim("وقال علييف إن ذلك انتصار كبير في شوشا.", "azerbaijan").type == "control"
    # throwing alone names no topic («إلقاء القبض»: an arrest)
    assert claim("وقالت وزارة الداخلية الأذربيجانية إنه تم إلقاء القبض على مشتبه به.", "azerbaijan").type == "other"


def test_relations_and_pledges_are_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقال علييف إن العلاقة بين البلدين ستكون جيدة.", "azerbaijan").type == "diplomacy"
    assert claim("وتعهدت أرمينيا باتخاذ خطوات لاستقرار الوضع.", "armenia").type == "diplomacy"
    # a relation that is only «related to» names no talks
    assert claim("وقالت وزارة الدفاع الأرمينية إن قواتها قصفت مواقع ذات علاقة بالهجوم.", "armenia").type == "attack"


def test_the_dead_that_fell_are_casualties_a_town_that_fell_is_control(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وأعلنت يريفان سقوط قتلى في صفوف قواتها.", "armenia").type == "casualties"
    assert claim("وأعلنت يريفان أن طفلا سقط ضحية القصف.", "armenia").type == "casualties"
    assert claim("ونفت وزارة الدفاع الأرمينية سقوط مدينة شوشي.", "armenia").type == "control"


def test_giving_up_villages_is_control_condemning_is_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقال جهاز الأمن الأرميني إن حرس الحدود تخلوا عن القرى.", "armenia").type == "control"
    assert claim("ونددت وزارة الخارجية الأذربيجانية باستفزازات يريفان.", "azerbaijan").type == "accusation"
    assert claim("وقالت وزارة الخارجية الأذربيجانية إن إدانة يريفان للهجوم كاذبة.", "azerbaijan").type == "accusation"


def test_stopping_the_fighting_in_the_future_is_a_ceasefire(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("قالت أذربيجان إنها ستوقف القتال في الإقليم.", "azerbaijan").type == "diplomacy"
    assert claim("قالت أذربيجان إنها ستواصل القتال في الإقليم.", "azerbaijan").type == "attack"


def test_handing_back_villages_is_control_rebuilding_is_not(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقالت أجهزة الأمن الأرمينية إن أرمينيا أعادت أربع قرى إلى أذربيجان.", "armenia").type == "control"
    assert claim("وقال علييف إن إعادة الإعمار في شوشا ستبدأ قريبا.", "azerbaijan").type == "other"


def test_losses_in_lives_are_casualties_retaliation_an_attack(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وذكرت وزارة الدفاع الأذرية أن النيران أوقعت خسائر في الأرواح في ترتر.", "azerbaijan")
    assert found.type == "casualties"
    assert claim("وأضافت الوزارة الأرمينية أن قواتها اتخذت إجراءات انتقامية في مارتوني.", "armenia").type == "attack"
    # in a result clause the toll stays an aside of the attack
    found = claim("وذكرت وزارة الدفاع الأذرية أن القوات الأرمينية قصفت ترتر مما أدى إلى خسائر في الأرواح.", "azerbaijan")
    assert found.type == "attack"


def test_a_count_of_the_displaced_is_casualties_their_shelter_and_return_humanitarian(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وأعلنت أرمينيا أن عدد النازحين من قره باغ تجاوز 100 ألف.", "armenia")
    assert found.type == "casualties"
    assert claim("وأعلنت أرمينيا إيواء 45 ألف نازح من قره باغ.", "armenia").type == "humanitarian"
    assert claim("وقالت وزارة الدفاع الروسية إن 26 ألف لاجئ عادوا إلى ديارهم في قره باغ.", "russia").type == "humanitarian"


def test_a_topic_word_in_a_relative_clause_does_not_decide(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت الأجهزة الأرمينية إن حرس الحدود تسلموا الترسيم الذي اتفق عليه البلدان قرب القرى.", "armenia")
    assert found.type == "control"
    # with nothing else, the relative clause's topic is all there is
    assert claim("وقالت الأجهزة الأرمينية إن هذا هو الترسيم الذي اتفق عليه البلدان.", "armenia").type == "diplomacy"


def test_forces_present_stationed_or_taking_up_positions_are_about_control(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت يريفان إنه لا توجد قوات أرمينية في كاراباخ.", "armenia")
    assert (found.type, found.polarity) == ("control", "deny")
    found = claim("وأكد جهاز الأمن الأرميني أن حرس الحدود اتخذوا مواقع جديدة قرب قرية فوسكيبار.", "armenia")
    assert found.type == "control"
    found = claim("وأعلن نائب رئيس الوزراء الأذربيجاني أن باكو تولت الإشراف على أربع قرى في غازاخ.", "azerbaijan")
    assert found.type == "control"
    # sending aid is not holding ground
    found = claim("وقالت وزارة الخارجية الأرمينية إن قافلة مساعدات وصلت إلى غوريس.", "armenia")
    assert found.type != "control"


def test_an_accusation_of_a_strike_is_about_the_strike(claim) -> None:  # type: ignore[no-untyped-def]
    # the act blamed is the point of the sentence (the guideline's test for `accusation`)
    found = claim("واتهمت أذربيجان القوات الأرمينية بقصف مدينة جانجا فجر اليوم.", "azerbaijan")
    assert found.type == "attack" and "ganja" in found.place_ids
    # a breach of the truce is blamed, not a strike reported
    found = claim("واتهمت أرمينيا أذربيجان بانتهاك وقف إطلاق النار.", "armenia")
    assert found.type == "accusation"
    # two sides blaming each other make accusations
    assert claim("واتهم الجانبان بعضهما بقصف القرى على الحدود.", "armenia").type == "accusation"


def test_no_units_there_denies_control_and_delivering_aid_is_humanitarian(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت يريفان إنه لا توجد وحدات أرمنية في قره باغ.", "armenia")
    assert (found.type, found.polarity) == ("control", "deny")
    found = claim("وأعلن حاجييف أنه سيتم تسليم شحنات الوقود إلى قره باغ.", "azerbaijan")
    assert found.type == "humanitarian"
    # handing over a town is still control
    assert claim("وأعلن حاجييف أنه سيتم تسليم مدينة لاتشين إلى أذربيجان.", "azerbaijan").type == "control"


def test_returning_fire_a_campaign_prisoners_and_the_hospitalised(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقال المتحدث باسم الوزارة الأذربيجانية إن القوات ردت على النار بالمثل.", "azerbaijan").type == "attack"
    assert claim("وأعلن التلفزيون الأذربيجاني وجود خمسة أسرى من الجنود الأرمن.", "azerbaijan").type == "casualties"
    assert claim("وقالت السلطات الأرمنية إن 290 شخصا نقلوا إلى المستشفيات بعد الانفجار.", "armenia").type == "casualties"
    # families («أسر», the same letters as «captured») are no casualties
    assert claim("وقالت السلطات الأرمنية إن أسرا كثيرة وصلت إلى غوريس.", "armenia").type != "casualties"


def test_an_event_noun_after_the_speaker_starts_the_object(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وأعلنت أرمينيا إسقاط مروحيتين وتدمير 3 دبابات آذرية.", "armenia")
    assert found.speaker == "أرمينيا" and found.type == "attack"


def test_ending_the_war_and_a_political_solution_are_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("وقال باشينيان إنه وقع بيانا بشأن إنهاء الحرب.", "armenia").type == "diplomacy"
    assert claim("وقالت الخارجية الأذربيجانية إنها تريد حلا سياسيا للنزاع.", "azerbaijan").type == "diplomacy"
    assert claim("وقال وزير الدفاع الأرميني إنه بحث مع نظيره الروسي الوضع.", "armenia").type == "diplomacy"
    # ending something other than the war is not talks
    assert claim("وقالت وزارة الدفاع الأذربيجانية إن إنهاء عملية نزع الألغام في القرية سيستغرق شهرا.",
                 "azerbaijan").type != "diplomacy"


def test_a_circumstance_before_the_statement_does_not_decide_its_type(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال المتحدث باسم وزارة الدفاع الأرمينية، بعد خمس دقائق من بدء سريان الهدنة، إن ضواحي مدينة "
                  "كابان تعرضت لهجوم صاروخي.", "armenia")
    assert found.type == "attack"
    # a participle's «بأنه» belongs to the participle: the denied attack keeps its type
    found = claim("ونفت وزارة الدفاع الأذربيجانية شنها أي غارات على كابان واصفة البيان بأنه استفزاز.", "azerbaijan")
    assert (found.type, found.polarity) == ("attack", "deny")


def test_aid_entering_sabotage_neutralising_and_detaining(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim("باكو تعلن دخول مساعدات إنسانية إلى ناغورنو كاراباخ", "azerbaijan").type == "humanitarian"
    assert claim("وقالت وزارة الدفاع الأذربيجانية إن وحدات أرمنية نفذت أعمالا تخريبية في اتجاه كالبجار.",
                 "azerbaijan").type == "attack"
    assert claim("وقالت وزارة الدفاع الأذربيجانية إنه تم تحييد مواقع القوات الأرمينية.", "azerbaijan").type == "attack"
    assert claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية احتجزت 12 جنديا.", "armenia").type == "casualties"
    assert claim("وقالت وزارة الدفاع الأذربيجانية إنها بدأت عمليات لمكافحة الإرهاب في المنطقة.",
                 "azerbaijan").type == "attack"
    # forces entering a town is still control
    assert claim("وقالت وزارة الدفاع الأذربيجانية إن الجيش أتم دخول مدينة شوشا.", "azerbaijan").type == "control"


def test_a_closed_road_or_bread_for_civilians_is_humanitarian(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الخارجية الأرمينية إن أذربيجان أغلقت الطريق الوحيد الذي يربط الإقليم بأرمينيا.", "armenia")
    assert found.type == "humanitarian"
    found = claim("وقال المتحدث باسم قوات حفظ السلام الروسية إن قواته نقلت 20 طنا من الطحين إلى المخبز.", "russia")
    assert found.type == "humanitarian"


def test_a_closed_road_that_was_shelled_is_an_attack(claim) -> None:  # type: ignore[no-untyped-def]
    # the attack word outranks the closure; «دقيق» (precise) is no flour
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت الطريق وأغلقت الطريق بشكل دقيق.", "armenia")
    assert found.type == "attack"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن التقرير غير دقيق.", "azerbaijan")
    assert found.type != "humanitarian"


def test_an_incursion_or_a_retreat_is_about_control(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية توغلت في أراضي أرمينيا لمسافة كيلومترين.", "armenia")
    assert found.type == "control"
    found = claim("وقال المتحدث باسم وزارة الدفاع الأرمينية إن القوات تراجعت إلى مواقع جديدة قرب هادروت.", "armenia")
    assert found.type == "control"


def test_a_retreat_word_after_the_fighting_does_not_decide(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن القتال تركز على المحور الجنوبي مع تراجع نشاط القوات الأذربيجانية.",
                  "armenia")
    assert found.type == "attack"


def test_calling_an_act_unacceptable_or_the_other_side_guilty_is_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الخارجية الأرمينية إن هذه الخطوة غير مقبولة.", "armenia")
    assert found.type == "accusation"
    found = claim("وقالت وزارة الخارجية الأذربيجانية إنها تعتبر أرمينيا مذنبة بتصعيد التوتر.", "azerbaijan")
    assert found.type == "accusation"


def test_unacceptable_after_the_shelling_leaves_it_an_attack(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت قرية سوتك في عمل غير مقبول.", "armenia")
    assert found.type == "attack"


def test_fighting_that_goes_on_is_an_attack_claim_not_control(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن المعارك مستمرة في محيط مدينة مارتوني.", "armenia")
    assert found.type == "attack"


def test_a_town_that_did_not_fall_is_still_about_control(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن مدينة مارتوني لم تسقط.", "armenia")
    assert (found.type, found.polarity) == ("control", "deny")


def test_an_act_done_again_is_that_act(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية أعادت قصف قرية في جبرائيل.", "azerbaijan")
    assert found.type == "attack"


def test_taking_back_a_village_is_still_control(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن القوات أعادت السيطرة على قرية في جبرائيل.", "azerbaijan")
    assert found.type == "control"


def test_occupation_forces_name_an_actor_not_a_capture(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن قوات الاحتلال الأرميني قصفت مدينة ترتر.", "azerbaijan")
    assert found.type == "attack"
    found = claim("وقالت وزارة الخارجية الأذربيجانية إن الاحتلال استمر ثلاثين عاما.", "azerbaijan")
    assert found.type == "control"


def test_an_agreement_entering_into_force_is_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال الكرملين إن العقوبات دخلت حيز التنفيذ منتصف الليل.", "russia")
    assert found.type == "diplomacy"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن القوات دخلت مدينة شوشا.", "azerbaijan")
    assert found.type == "control"


def test_breaching_or_acting_contrary_to_an_agreement_is_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن أذربيجان انتهكت وقف إطلاق النار ليلا.", "armenia")
    assert found.type == "accusation"
    found = claim("وقالت الخارجية الأرمينية إن إقامة الحاجز يخالف قرار المحكمة.", "armenia")
    assert found.type == "accusation"


def test_a_ceasefire_kept_is_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال الكرملين إن وقف إطلاق النار صامد منذ الصباح.", "russia")
    assert found.type == "diplomacy"


def test_cooperation_partnership_and_contact_are_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال الكرملين إن موسكو على تواصل مع باكو ويريفان.", "russia")
    assert found.type == "diplomacy"
    found = claim("وقال الرئيس الأمريكي دونالد ترامب إن أرمينيا أبرمت شراكة مع الولايات المتحدة.", "usa")
    assert found.type == "diplomacy"


def test_shelling_that_goes_on_is_not_contact(claim) -> None:  # type: ignore[no-untyped-def]
    # «تواصل» alone is "goes on": only «تواصل مع» is contact
    found = claim("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية تواصل قصف مارتوني.", "armenia")
    assert found.type == "attack"


def test_the_dead_from_a_country_are_that_sides_not_a_place(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("أعلنت وزارة الدفاع الأرمينية مقتل ثلاثة من جنودها، ومقتل شخص واحد من أذربيجان.", "armenia")
    assert "azerbaijan" not in found.place_ids


def test_the_dead_in_a_country_are_there(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("أعلنت وزارة الدفاع الأذربيجانية مقتل جنديين في أرمينيا.", "azerbaijan")
    assert "armenia" in found.place_ids


def test_laying_the_blame_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني نيكول باشينيان إن الفشل سببه الحلفاء، وألقى باللوم على روسيا.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims][-1] == ("armenia", "accusation", ("russia",))


def test_an_accusation_along_the_border_is_about_the_accused_not_both_states(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("واتهمت وزارة الدفاع الأذربيجانية أرمينيا بحشد قواتها على طول الحدود بين أرمينيا وأذربيجان.",
                  "azerbaijan")
    assert found.place_ids == ("armenia",)


def test_a_border_agreement_is_about_both_states(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال الكرملين إن البلدين اتفقا على ترسيم الحدود بين أرمينيا وأذربيجان.", "russia")
    assert set(found.place_ids) >= {"armenia", "azerbaijan"}


def test_who_backs_a_force_and_how_far_a_place_lies_are_descriptions(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن القوات الانفصالية المدعومة من يريفان قصفت مدينة ترتر.",
                  "azerbaijan")
    assert found.place_ids == ("tartar",)
    found = claim("وقالت وزارة الدفاع الأرمينية إن الجيش الأذربيجاني قصف قرية يراسخ على بعد 70 كيلومترا من يريفان.",
                  "armenia")
    assert found.place_ids == ("yeraskh",)


def test_a_capital_struck_is_a_place_of_the_attack(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن طائرة مسيرة أذربيجانية سقطت قرب يريفان.", "armenia")
    assert "yerevan" in found.place_ids


def test_submitting_a_request_is_no_advance(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال المتحدث باسم الخارجية الأذربيجانية إن يريفان تقدمت بطلب إلى محكمة العدل الدولية.", "azerbaijan")
    assert found.type == "diplomacy"
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن القوات تقدمت نحو شوشا.", "azerbaijan")
    assert found.type == "control"


def test_rejecting_a_change_of_borders_or_calling_to_avoid_war_is_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال وزير الخارجية الإيراني إن طهران ترفض أي تغيير للحدود في المنطقة.", "iran")
    assert found.type == "diplomacy"
    found = claim("وقال الكرملين إن من الضروري تجنب الحرب وإيجاد حل للأزمة.", "russia")
    assert found.type == "diplomacy"


def test_traffic_on_a_road_and_provisioning_are_humanitarian(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الخارجية الأرمينية إن باكو علقت حركة النقل على الطريق الوحيد إلى ستيباناكيرت.",
                  "armenia")
    assert found.type == "humanitarian"
    found = claim("وأفادت وكالة أذرتاج بأن شاحنات تموين مرت إلى ستيباناكيرت صباح اليوم.", "azerbaijan")
    assert found.type == "humanitarian"


def test_the_movement_of_troops_is_not_humanitarian(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأرمينية إن حركة القوات الأذربيجانية قرب الحدود تثير القلق.", "armenia")
    assert found.type != "humanitarian"


def test_a_threatened_attack_is_no_attack_claim(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("هددت وزارة الدفاع الأذربيجانية بأنها ستشن هجوما كبيرا على ستيباناكيرت.", "azerbaijan")
    assert found.type == "other"
    found = claim("قالت وزارة الدفاع الأرمينية إن القوات قصفت ترتر، متوعدة أذربيجان بضربات ساحقة.", "armenia")
    assert found.type == "attack"  # the first statement; the threat after the comma is the next claim


def test_an_attack_announced_is_an_attack_claim(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("قالت وزارة الدفاع الأذربيجانية إنها شنت هجوما على مواقع أرمينية قرب ترتر.", "azerbaijan")
    assert found.type == "attack"


def test_forces_said_not_to_be_present_in_a_place_deny_control(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال رئيس الوزراء الأرميني إن الجيش الأرميني غير موجود في ناغورني قره باغ.", "armenia")
    assert (found.type, found.polarity) == ("control", "deny")


def test_a_danger_that_exists_is_no_presence_of_forces(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال الوزير الأرميني إن الخطر موجود دائما على الحدود.", "armenia")
    assert found.type != "control"


def test_reconciliation_is_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال وزير الخارجية الأذربيجاني إن باكو مدت يد المصالحة إلى يريفان.", "azerbaijan")
    assert found.type == "diplomacy"


def test_interests_are_not_reconciliation(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال وزير الخارجية الأذربيجاني إن القوات الأرمينية قصفت مصالح اقتصادية في ترتر.", "azerbaijan")
    assert found.type == "attack"


def test_violating_a_ceasefire_in_the_present_tense_is_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن أرمينيا تنتهك بشكل صارخ وقف إطلاق النار.", "azerbaijan")
    assert found.type == "accusation"


def test_keeping_a_ceasefire_is_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقالت وزارة الدفاع الأذربيجانية إن أذربيجان تلتزم بوقف إطلاق النار.", "azerbaijan")
    assert found.type == "diplomacy"


def test_bringing_in_mercenaries_is_an_accusation(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال وزير الخارجية الأرميني إن تركيا جلبت مرتزقة من سوريا إلى قره باغ.", "armenia")
    assert found.type == "accusation"


def test_soldiers_fighting_are_no_mercenaries(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال وزير الخارجية الأرميني إن الجنود الأرمن يدافعون عن قره باغ.", "armenia")
    assert found.type != "accusation"


def test_a_long_circumstance_before_the_statement_does_not_decide_its_type(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال المتحدث باسم وزارة الدفاع الأرمنية على حسابه الرسمي في موقع فيسبوك اليوم السبت بعد نحو خمس دقائق "
                  "من بدء سريان الهدنة، إن ضواحي مدينة كابان تعرضت لهجوم صاروخي.", "armenia")
    assert found.type == "attack"


def test_a_truce_that_is_the_statement_is_diplomacy(claim) -> None:  # type: ignore[no-untyped-def]
    found = claim("وقال المتحدث باسم وزارة الدفاع الأرمنية إن الهدنة دخلت حيز التنفيذ صباح اليوم.", "armenia")
    assert found.type == "diplomacy"
