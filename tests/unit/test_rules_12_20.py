"""Claim rules of the round "12-20", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- a verb first sentence puts the subject between «فتح/أطلق» and «النار» ------------------------------------


def test_opening_fire_with_the_subject_between_is_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية في بيان: \"فتحت وحدات الجيش الأرميني النار على مواقعنا قرب قرية تالش\".")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]
    result = run("وقالت وزارة الخارجية الأذربيجانية إن الطرفين اتفقا على وقف النار.")  # fire stopped, not opened
    assert [c.type for c in result.claims] == ["diplomacy"]


# --- an adjective made of an event participle describes a noun, it is not the proposition -----------------


def test_a_definite_participle_after_a_definite_noun_does_not_decide(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة إن الوحدات الأرمينية المتمركزة قرب قرية تالش قصفت مواقع الجيش.")
    assert [(c.side, c.type) for c in result.claims] == [("other", "attack")]
    result = run("وقالت الوزارة إن الوحدات الأرمينية المتمركزة قرب قرية تالش.")  # nothing else: it decides
    assert [c.type for c in result.claims] == ["control"]


# --- «بعد أن», «خلال», «إثر»: when and why, not what was said --------------------------------------------------


def test_after_that_opens_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الأذربيجاني إعادة فرض سيطرة بلاده على مدينة شوشا، بعد أن شن الجيش هجوما واسعا.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("shusha",))]
    result = run("وأضاف الرئيس الأذربيجاني بعد الاجتماع أن الجيش شن هجوما على مدينة شوشا.")  # «أن» opens it
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]


def test_what_happened_during_or_after_an_act_is_not_the_act(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال علييف: حققنا أهدافنا خلال العملية العسكرية واستعدنا السيطرة على مدينة شوشا.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]
    result = run("واتهمت أذربيجان الجيش الأرميني بتصعيد الوضع إثر قصف مدينة ترتر.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.")  # the act itself
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]


# --- a verbal noun of saying has its subject after it, never before ---------------------------------------------


def test_a_verbal_noun_takes_no_subject_before_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وعقدت المباحثات بوساطة روسية، غداة إعلان باكو انتصارها في معركة مدينة شوشا.")
    assert [(c.side, c.type, c.speaker) for c in result.claims] == [("azerbaijan", "control", "باكو")]
    result = run("وزارة الدفاع الروسية، أعلنت أن قوات حفظ السلام دخلت مدينة شوشا.")  # a verb: its subject before it
    assert [(c.side, c.type) for c in result.claims] == [("russia", "control")]


# --- officials of a town Armenian forces never held speak for Azerbaijan ---------------------------------------


def test_officials_of_an_azerbaijani_town_outside_karabakh_speak_for_azerbaijan(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال مسؤول محلي في مدينة ترتر إن القوات الأرمينية قصفت المدينة.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]
    result = run("ونقل مراسل الأناضول عن مصادر أمنية في مدينة بردعة قولها إن صاروخا سقط على حي سكني.")
    assert [c.side for c in result.claims] == ["azerbaijan"]
    result = run("وقال مسؤول محلي في بلدة هادروت إن القوات قصفت البلدة.")  # a Karabakh town: no side from it
    assert [c.side for c in result.claims] == ["other"]


# --- the capital a statement came from is where it was made, not what it is about ------------------------------


def test_a_statement_from_the_capital_is_a_venue(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية في بيان من العاصمة باكو أن قواتها قصفت مواقع في مدينة شوشا.")
    assert [(m.surface, m.role) for m in result.mentions][:1] == [("باكو", "venue")]
    assert [c.place_ids for c in result.claims] == [("shusha",)]
    result = run("وأعلنت وزارة الدفاع الأرمينية أن صاروخا أذربيجانيا سقط في العاصمة يريفان.")  # what it is about
    assert [c.place_ids for c in result.claims] == [("yerevan",)]


# --- a word with the accusative's tanween ends a speaker's name ----------------------------------------------------


def test_a_circumstantial_word_after_a_name_is_not_part_of_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال باشينيان معلقاً على الهجوم: “إن قواتنا صدت الهجوم”.")
    assert [(c.speaker, c.side) for c in result.claims] == [("باشينيان", "armenia")]
    result = run("وقال نيكول باشينيان إن قواتنا صدت الهجوم.")  # a name of two words stays whole
    assert [c.speaker for c in result.claims] == ["نيكول باشينيان"]


# --- «لا تتوافق مع الواقع»: a rebuttal ---------------------------------------------------------------------------


def test_not_matching_reality_is_a_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن هذه الأنباء لا تتوافق مع الواقع.")
    assert [(c.side, c.polarity) for c in result.claims] == [("armenia", "deny")]
    result = run("وقالت وزارة الدفاع الأرمينية إن هذه الأنباء تتوافق مع ما أعلنته سابقا.")
    assert [c.polarity for c in result.claims] == ["assert"]


# --- a call joined by «و» is the same speaker's next claim; the presence of forces is control ---------------------


def test_a_joined_call_is_its_own_claim_and_presence_of_forces_is_control(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفت أرمينيا وجود قواتها في قره باغ ودعت المجتمع الدولي إلى التدخل.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [
        ("armenia", "control", "deny"), ("armenia", "diplomacy", "assert")]
    result = run("بينما قالت أذربيجان إنها ردت على الاستفزاز، دخلت تركيا على الخط وطالبت أرمينيا بالتوقف.")
    assert "azerbaijan" not in [c.side for c in result.claims[1:]]  # (Turkey calls, not the speaker before)


# --- «متسامور» in the news is Armenia's nuclear plant -------------------------------------------------------------


def test_metsamor_is_the_nuclear_plant(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وهدد المتحدث باسم وزارة الدفاع الأذربيجانية بضرب محطة متسامور.")
    assert [m.place.place_id for m in result.mentions] == ["metsamor_npp"]
    result = run("وعاد السكان إلى مدينة ميتسامور بعد الزلزال.")
    assert [m.place.place_id for m in result.mentions] == ["metsamor"]


# --- diplomacy's words: peace, delegations, support for a party (not fire support), border markers -----------


def test_support_for_a_party_and_peace_are_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية التركي إن بلاده تؤكد دعمها الكامل لأذربيجان.")
    assert [(c.side, c.type) for c in result.claims] == [("turkey", "diplomacy")]
    result = run("وقال الرئيس التركي إن الفرصة باتت سانحة لسلام دائم في المنطقة.")
    assert [c.type for c in result.claims] == ["diplomacy"]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية هاجمت بدعم جوي مواقعنا قرب مدينة هادروت.")
    assert [c.type for c in result.claims] == ["attack"]  # fire support is part of the attack


# --- an adverbial «بالتزامن مع» between a verb and its subject --------------------------------------------------


def test_at_the_same_time_stands_between_verb_and_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن بالتزامن معها الرئيس الأذربيجاني إلهام علييف تحرير قرية تالش.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]
    result = run("أعلن الرئيس الأذربيجاني التزام بلاده بوقف إطلاق النار.")  # «التزام» is still a commitment
    assert [c.type for c in result.claims] == ["diplomacy"]


# --- «نسبت إلى X قوله», «على ما أفادت X»: the source speaks ----------------------------------------------------------


def test_words_attributed_to_someone_are_theirs(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونسبت وكالة تاس إلى باشينيان قوله إن القوات الأذربيجانية هاجمت مواقع في مدينة جرموك.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "باشينيان")]
    result = run("وصلت القوات الأذربيجانية إلى مشارف مدينة شوشا، على ما أفادت وزارة الدفاع الأرمينية.")
    assert [c.side for c in result.claims] == ["armenia"]
    result = run("وسيطرت القوات على مدينة شوشا، على ما يبدو.")  # «على ما يبدو» (it seems): no source
    assert [c.side for c in result.claims] == ["none"]


# --- a town's local officials speak for the side that holds it ---------------------------------------------------


def test_local_officials_take_their_towns_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("سقطت قذائف على مدينة ترتر. وقال مسؤول محلي إن القصف استمر طوال الليل.")
    assert [c.side for c in result.claims if c.side != "none"] == ["azerbaijan"]
    result = run("وصلت القوات إلى مشارف ستيباناكيرت، على ما أفادت ممثلة عن السلطات المحلية.")
    assert [c.side for c in result.claims] == ["armenia"]
    result = run("سقطت قذائف على مدينة ترتر. وقال مسؤول إن القصف استمر طوال الليل.")  # no «محلي»: no side
    assert [c.side for c in result.claims if c.side != "none"] == ["other"]


# --- a damma on a verb's first letter marks the passive: no one named says it ----------------------------------


def test_a_verb_marked_passive_has_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ويأتي القصف بعد يومين من هدنة أُعلنت برعاية واشنطن في مدينة شوشا.")
    assert "usa" not in [c.side for c in result.claims]
    result = run("وأعلنت واشنطن أن الهدنة بدأت في مدينة شوشا.")  # the active verb: Washington speaks
    assert [c.side for c in result.claims] == ["usa"]


# --- condemning with no place named: the accused state is the claim's place ----------------------------------------


def test_a_condemnation_without_a_place_is_about_the_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونددت أذربيجان بالنيران الأرمينية.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "accusation", ("armenia",))]
    result = run("ونددت أذربيجان بالنيران الأرمينية على مدينة ترتر.")  # a place named: that place
    assert [c.place_ids for c in result.claims] == [("tartar",)]


# --- spellings of the border: Chinari, Khoda Afarin, Basargechar --------------------------------------------------


def test_border_spellings_resolve(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قتل ثلاثة جنود قرب قرية شيناري الأرمينية، وسقطت قذيفة بمنطقة كودا-افاران، وقصفت مدينة باصارغيجر.")
    assert [m.place.place_id for m in result.mentions] == ["chinari", "khudafarin", "vardenis"]


def test_zod_is_sotk_only_after_a_cue(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القصف تم من منطقة زود.")
    assert [m.place.place_id for m in result.mentions] == ["sotk"]
    result = run("وقالت الوزارة إن الحليف زود الجيش بالأسلحة.")  # «زوّد» (supplied): no place
    assert [m.place.place_id for m in result.mentions] == []


# --- the speaker's own state as a party: a truce «مع» the other side, «إن بلاده» in diplomacy -------------------


def test_a_truce_with_the_other_side_has_both_parties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت أرمينيا هدنة مع أذربيجان بوساطة روسية.")
    assert [sorted(c.place_ids) for c in result.claims] == [["armenia", "azerbaijan"]]
    result = run("أعلنت أرمينيا أن أذربيجان رفضت الهدنة.")  # no «مع»: Armenia is not named a party
    assert "armenia" not in result.claims[0].place_ids


def test_his_country_as_the_subject_of_diplomacy_is_a_party(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني إن بلاده مستعدة لتوقيع اتفاق السلام.")
    assert [c.place_ids for c in result.claims] == [("armenia",)]
    result = run("وقال رئيس الوزراء الأرميني إن بلاده تعرضت لقصف.")  # an attack: not a party
    assert "armenia" not in [p for c in result.claims for p in c.place_ids if c.type == "diplomacy"]


# --- a definite event noun points back to an incident's place, not to a whole region ---------------------------


def test_an_event_noun_points_back_to_a_town_not_a_region(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اندلعت معارك في إقليم ناغورني قره باغ. وأعلنت أرمينيا مقتل شخصين في الاشتباكات.")
    assert [c.place_ids for c in result.claims if c.side == "armenia"] == [()]
    result = run("سقطت قذائف على مدينة ترتر. وأعلنت أذربيجان مقتل شخصين في القصف.")
    assert [c.place_ids for c in result.claims if c.side == "azerbaijan"] == [("tartar",)]


# --- medicine, medical care, aid convoys; bodies recovered -----------------------------------------------------


def test_medicine_convoys_and_recovered_bodies_are_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وكتب باشينيان أنه لا يوجد دواء ولا علاج للمواطنين في ستيباناكيرت.")
    assert [c.type for c in result.claims] == ["humanitarian"]
    result = run("وأعلنت وزارة الدفاع الأرمينية استعادة جثماني الجنديين بمساعدة الصليب الأحمر.")
    assert [c.type for c in result.claims] == ["humanitarian"]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية استعادة قرية تالش.")  # ground taken back: control
    assert [c.type for c in result.claims] == ["control"]


# --- «ووفقاً لهذه البيانات»: the statement just told; «أسر 12 جنديا»: soldiers taken captive -------------------------


def test_according_to_these_data_is_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر. ووفقاً لهذه البيانات، فقد قُتل مدنيون.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack"), ("azerbaijan", "casualties")]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر. ووفقاً لتقارير غير رسمية، فقد قُتل مدنيون.")
    assert [c.side for c in result.claims] == ["azerbaijan"]  # (reports with no source are no one's claim)


def test_soldiers_taken_captive_are_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكدت وزارة الدفاع الأرمينية أسر 12 جنديا آخر.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "casualties")]
    result = run("وأكدت وزارة الدفاع الأرمينية أن أسر الجنود تلقت المساعدات.")  # families: no count after «أسر»
    assert [c.type for c in result.claims] == ["humanitarian"]


# --- blamed for what one is («بأنها لا تعبأ بالهجمات»), not for an act ---------------------------------------------


def test_a_charge_of_not_caring_is_an_accusation_of_the_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتأتي الواقعة بعد يوم من اتهام أرمينيا لروسيا بأنها لا تعبأ بالهجمات على أراضيها.")
    assert [(c.side, c.type, c.polarity, c.place_ids) for c in result.claims] == [
        ("armenia", "accusation", "assert", ("russia",))]
    result = run("واتهمت أرمينيا روسيا بأنها لا تعبأ بالهجمات على أراضيها.")
    assert [(c.type, c.polarity, c.place_ids) for c in result.claims] == [("accusation", "assert", ("russia",))]
    result = run("واتهمت أرمينيا أذربيجان بقصف مدينة غوريس.")  # the act itself blamed: an attack
    assert [(c.type, c.place_ids) for c in result.claims] == [("attack", ("goris",))]


def test_islamic_is_not_peace(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم الخارجية الإيرانية إن حدود الجمهورية الإسلامية لم تتغير.")
    assert [c.type for c in result.claims] != ["diplomacy"]


def test_repeating_his_support_is_a_claim_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال أردوغان إن قره باغ تنتمي إلى أذربيجان، مكررا بذلك دعمه لباكو.")
    assert [(c.side, c.type) for c in result.claims][1:] == [("turkey", "diplomacy")]


def test_belonging_to_is_no_verb_of_going_on(run) -> None:  # type: ignore[no-untyped-def]
    result = run("توجه الرئيس الإيراني إلى يريفان في زيارة يبحث خلالها إنشاء ممر يربط أذربيجان بجيب تابع لها عبر أرمينيا.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وقال وزير الدفاع الأرميني إن القوات صدت الهجوم. وتابع: «لقد صمدت مواقعنا قرب مدينة غوريس».")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]  # «وتابع» goes on with the minister


def test_informing_that_is_no_topic_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأبلغت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت مدينة غوريس.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]
    result = run("وأبلغت وزارة الخارجية الأرمينية نظيرتها الروسية بتفاصيل الوضع.")  # informing a government: diplomacy
    assert [c.type for c in result.claims] == ["diplomacy"]


def test_told_after_names_the_speaker_of_what_came_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قُتل 218 شخصا نتيجة الانفجار قرب ستيباناكيرت. صرح بذلك رئيس لجنة التحقيق في أرمينيا.")
    assert [(c.side, c.type) for c in result.claims][:1] == [("armenia", "casualties")]
    result = run("قُتل 218 شخصا نتيجة الانفجار قرب ستيباناكيرت. وقال رئيس لجنة التحقيق في أرمينيا إن التحقيق مستمر.")
    assert [c.side for c in result.claims][:1] == ["none"]  # a new statement, not a source tag


def test_after_went_on_and_a_comma_comes_what_was_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم الخارجية الإيرانية إن بلاده تتابع الوضع. وتابع، حدود إيران في هذه المنطقة لم تتغير.")
    assert [c.side for c in result.claims] == ["iran", "iran"]
    result = run("وقال المتحدث باسم الخارجية الإيرانية إن بلاده تتابع الوضع. وأضاف، وزير الخارجية الروسي، أن المسار واضح.")
    assert [c.side for c in result.claims] == ["iran", "russia"]  # a subject set off by commas before «أن»
