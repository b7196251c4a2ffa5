"""Claim rules of the round of 2026-12-08 ("12-08"), one general rule per test, each with a case
where it must not fire. Every sentence was written for these tests; none is taken from an
evaluation set.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

# --- «على الحدود بين البلدين»: where the fighting was, not whom -----------------------------------


def test_the_two_countries_as_a_border_are_no_places_of_fighting(run) -> None:  # type: ignore[no-untyped-def]
    result = run("التقى وزيرا خارجية أرمينيا وأذربيجان في جنيف. "
                 "وأعلنت يريفان مقتل جنديين في اشتباك على الحدود بين البلدين.")
    claim = next(c for c in result.claims if c.type == "casualties")
    assert claim.place_ids == ()


def test_the_two_countries_as_parties_stay(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("التقى وزيرا خارجية أرمينيا وأذربيجان في جنيف. "
                 "وقالت الخارجية الروسية إنها تدعم تطبيع العلاقات بين البلدين.")
    claim = next(c for c in result.claims if c.side == "russia")
    assert names(claim) == ["Armenia", "Azerbaijan"]


# --- «اتهمت أذربيجان جارتها أرمينيا»: the neighbour named after «جارتها» is the accused --------------


def test_the_neighbour_named_after_the_accuser_is_accused(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أذربيجان جارتها أرمينيا بحشد قواتها على طول الحدود في القوقاز.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("azerbaijan", "accusation")
    assert names(claim) == ["Armenia"]


def test_a_located_accusation_keeps_its_place(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت أذربيجان جارتها أرمينيا بقصف مدينة ترتر.")
    assert "Tartar" in names(result.claims[0])


# --- «في الوقت الذي أعلن فيه الرئيس …»: another speaker's statement ---------------------------------


def test_at_the_time_when_opens_another_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تجدد القتال حول مدينة ترتر، في الوقت الذي أعلن فيه الرئيس الأذربيجاني أن جيشه تكبد خسائر.")
    said = [c for c in result.claims if c.side == "azerbaijan"]
    assert len(said) == 1 and said[0].text.startswith("في الوقت الذي")
    assert said[0].place_ids == ()


def test_at_the_time_when_without_a_speaker_opens_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت وزارة الدفاع الأرمينية إن القصف طال مدينة غوريس في الوقت الذي كان السكان نائمين.")
    said = [c for c in result.claims if c.side == "armenia"]
    assert len(said) == 1 and "نائمين" in said[0].text


# --- «في البلاد»: the speaker's own country ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "وأعلنت السلطات الأرمنية التعبئة العامة في البلاد.",
    "واتهمت الحكومة الأرمينية القوات الأذربيجانية بقصف بلدات شرق البلاد.",
])
def test_the_country_is_the_speakers_state(run, names, sentence: str) -> None:  # type: ignore[no-untyped-def]
    result = run(sentence)
    assert names(result.claims[0]) == ["Armenia"]


def test_his_country_as_a_subject_is_not_a_place(run) -> None:  # type: ignore[no-untyped-def]
    # (since round 12-20 a country offering talks is a party of them: «إن بلاده مستعدة للحوار» is about
    # Armenia; tests/unit/test_rules_12_20.py)
    result = run("وقال رئيس الوزراء الأرميني إن بلاده تعرضت لهجوم واسع.")
    assert result.claims[0].place_ids == ()


# --- the two states announcing together: the states and what the agreement concerns --------------


def test_two_states_announcing_a_truce_in_a_region(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت كل من أرمينيا وأذربيجان التوصل إلى وقف لإطلاق النار في إقليم قره باغ.")
    assert {c.side for c in result.claims} == {"armenia", "azerbaijan"}
    for claim in result.claims:
        assert names(claim) == ["Armenia", "Azerbaijan", "Nagorno-Karabakh"]


def test_one_state_in_a_title_is_no_joint_announcement(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("تعهد رئيس أذربيجان ونظيره الأرميني بالتزام وقف إطلاق النار في قره باغ.")
    for claim in result.claims:
        assert "Azerbaijan" not in names(claim)


# --- each accusing the other of breaking a truce: the other state, not its own ------------------


def test_each_blames_the_other_not_itself(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("تبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة التي تم التوصل إليها في موسكو.")
    by_side = {c.side: names(c) for c in result.claims}
    assert "Armenia" not in by_side["armenia"] and "Azerbaijan" in by_side["armenia"]
    assert "Azerbaijan" not in by_side["azerbaijan"] and "Armenia" in by_side["azerbaijan"]


# --- «، غير أن يريفان نفت»: another speaker's statement after «غير أن» ------------------------------


def test_however_opens_another_speakers_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إن القوات الأرمينية قصفت مدينة ترتر، غير أن يريفان نفت شن أي هجوم.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert"), ("armenia", "deny")]


def test_other_than_opens_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مواقع قرب جرموك، غير المأهولة بالسكان.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- «وحمل رئيسها أذربيجان المسؤولية»: a possessed office is the last speaker's, the state its object --


def test_its_president_speaks_for_the_last_speaker(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("كشفت جمهورية ناغورني قره باغ عن إسقاط طائرة مسيرة. "
                 "وحمل رئيسها أذربيجان المسؤولية عن قصف المدنيين.")
    blame = result.claims[-1]
    assert (blame.speaker, blame.side) == ("رئيسها", "armenia")
    assert names(blame) == ["Azerbaijan"]


def test_the_republic_speaks_for_its_authorities(run) -> None:  # type: ignore[no-untyped-def]
    assert run("قالت جمهورية ناغورني قره باغ إن القصف مستمر.").claims[0].side == "armenia"


def test_a_possessed_word_before_a_name_of_its_own_stays(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت الحكومة الأرمينية التعبئة. وقال رئيس وزرائها نيكول باشينيان إن الوضع خطير.")
    assert result.claims[-1].speaker == "رئيس وزرائها نيكول باشينيان"


# --- «بحسب معلومات أحصتها الأناضول»: who counted the information is the source -------------------


def test_information_counted_by_an_agency_is_the_agencys(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب معلومات أحصتها الأناضول، فإن المدفعية الأرمينية استهدفت قرية في منطقة ترتر.")
    assert (result.claims[0].speaker, result.claims[0].side) == ("الأناضول", "turkey")


def test_information_without_its_publisher_has_none(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب معلومات أولية، فإن المدفعية الأرمينية استهدفت قرية في منطقة ترتر.")
    assert all(c.speaker != "الأناضول" for c in result.claims)


# --- «تعهد بمواصلة قصف …»: the act pledged right after a pledge is its topic ------------------------


def test_a_pledged_attack_is_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتعهد رئيس جمهورية ناغورني قره باغ بمواصلة قصف المنشآت العسكرية في أذربيجان.")
    assert result.claims[0].type == "attack"


def test_a_pledge_with_nothing_after_it_stays_a_pledge(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتعهد الرئيسان الأرميني والأذربيجاني باتخاذ خطوات من أجل الاستقرار، ثم اندلعت اشتباكات.")
    assert result.claims[0].type == "diplomacy"


# --- «مساعد رئيس أذربيجان»: an aide speaks for the state of the office he serves --------------------


def test_an_aide_of_a_states_president_has_its_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أكد مساعد رئيس أذربيجان، اليوم الأحد، إن القوات الأرمينية قصفت مدينة ترتر.")
    assert result.claims[0].side == "azerbaijan"


def test_ganja_written_with_alif(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت أذربيجان مقتل مدني في هجوم صاروخي على كنجا، ثاني أكبر مدن البلاد.")
    assert [m.place.place_id for m in result.mentions] == ["azerbaijan", "ganja"]


# --- «، الأمر الذي تنفيه الأخيرة»: the latter denies, in a relative clause too ---------------------


def test_the_latter_denies_in_a_relative_clause(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتؤكد يريفان أن هذه التظاهرات تدعمها باكو، الأمر الذي تنفيه الأخيرة.")
    assert [(c.side, c.polarity) for c in result.claims] == [("armenia", "assert"), ("azerbaijan", "deny")]


def test_a_relative_clause_about_the_latter_names_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت يريفان إن القصف طال مدينة غوريس التي أعلنت السلطات إخلاءها.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- «ووصفت يريفان ذلك بأنه عدوان»: «ذلك» is what was just told, with its places -------------------


def test_describing_that_takes_the_places_of_what_was_told(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وشنت القوات عملية عسكرية في مدينة ترتر. ووصفت يريفان ذلك بأنه عدوان.")
    said = next(c for c in result.claims if c.side == "armenia")
    assert names(said) == ["Tartar"]


def test_that_not_right_after_the_verb_points_nowhere(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وشنت القوات عملية عسكرية في مدينة ترتر. وقالت يريفان إن الوضع بعد ذلك هادئ.")
    said = next(c for c in result.claims if c.side == "armenia")
    assert said.place_ids == ()


# --- «وفقًا لبيان (مشترك) صادر عن …»: a statement is its issuer's --------------------------------


@pytest.mark.parametrize(("sentence", "sides"), [
    ("ووفقًا لبيان صادر عن وزارة الدفاع الأرمينية، قصفت القوات الأذربيجانية مواقع قرب جرموك.", ["armenia"]),
    ("ووفقًا لبيان مشترك صادر عن وزارتي الخارجية في أذربيجان وأرمينيا، تناول الاجتماع ترسيم الحدود.",
     ["armenia", "azerbaijan"]),
])
def test_a_statement_issued_by_is_its_issuers(run, sentence: str, sides: list) -> None:  # type: ignore[no-untyped-def]
    assert sorted(c.side for c in run(sentence).claims) == sides


def test_a_statement_with_no_issuer_names_none(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووفقًا لبيان صادر اليوم، قصفت القوات الأذربيجانية مواقع قرب جرموك.")
    assert all(c.side in ("other", "none") for c in result.claims)


# --- third states' nationalities: other, before a surname's ending -----------------------------


def test_a_kazakh_official_with_a_yev_surname_is_a_third_party(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية الكازاخستاني مراد نورتلييف إن المحادثات في ألماتي كانت بناءة.")
    assert result.claims[0].side == "other"


def test_the_defence_ministry_of_the_two_countries_speaks_for_both(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأشارت وزارة الدفاع في البلدين إلى اشتباكات في عدة مواقع على الحدود.")
    assert sorted(c.side for c in result.claims) == ["armenia", "azerbaijan"]


# --- «لكنها اتهمت باكو», «وجددت دعوتها»: the last speaker goes on; what follows the verb is its object --


@pytest.mark.parametrize("sentence", [
    "قالت أرمينيا إنها تلتزم بالهدنة، لكنها اتهمت باكو بخرق الهدنة منذ ساعاتها الأولى.",
    "قالت أرمينيا إنها تلتزم بالهدنة، وجددت دعوتها لإقرار آلية دولية للتحقق من خرق الهدنة.",
])
def test_the_last_speaker_goes_on_before_an_object(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.side for c in run(sentence).claims] == ["armenia", "armenia"]


def test_a_possessed_office_after_the_verb_is_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت أرمينيا إنها تلتزم بالهدنة. ثم أعلنت حكومتها التعبئة العامة في البلاد.")
    assert result.claims[-1].speaker.startswith("حكومتها") and result.claims[-1].side == "armenia"


# --- talks held in Moscow about Karabakh: the venue is where, not what ----------------------------


def test_the_venue_of_talks_about_a_place_is_not_their_place(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الروسية إن الوزراء اتفقوا خلال اجتماع في موسكو على وقف القتال في قره باغ.")
    assert names(result.claims[0]) == ["Nagorno-Karabakh"]


def test_a_venue_alone_stays_the_place_of_talks(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الروسية إن محادثات عقدت في موسكو أمس.")
    assert names(result.claims[0]) == ["Moscow"]


# --- roles: the object of an event verb is where it happened; a corridor is the way itself ------


@pytest.mark.parametrize(("sentence", "place"), [
    ("وقصفت القوات الأذربيجانية ستيباناكيرت ليلا.", "stepanakert"),
    ("وأغلقت أذربيجان ممر لاتشين الشهر الماضي.", "lachin_corridor"),
    ("ووصل آلاف النازحين إلى أرمينيا عبر ممر لاتشين.", "lachin_corridor"),
])
def test_what_an_event_was_done_to_is_its_place(run, sentence: str, place: str) -> None:  # type: ignore[no-untyped-def]
    roles = {m.place.place_id: m.role for m in run(sentence).mentions}
    assert roles[place] == "event"


@pytest.mark.parametrize(("sentence", "place", "role"), [
    ("وأدانت أذربيجان القصف، وقالت باكو إن الرد سيكون حازما.", "baku", "actor"),  # a comma between: another clause
    ("وتخطط واشنطن لإنشاء ممر عبر أرمينيا.", "armenia", "context"),  # the way of a corridor, not where
])
def test_an_event_word_in_another_clause_or_a_route_is_no_object(run, sentence: str, place: str, role: str) -> None:  # type: ignore[no-untyped-def]
    roles = {m.place.place_id: m.role for m in run(sentence).mentions}
    assert roles[place] == role


def test_villages_pointed_back_are_the_whole_list(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال البيان إن القرى التي تمت استعادتها هي باغانيس أيريم وخيريملي وقيزيل حاجيلي. "
                 "وأكد جهاز الأمن الأرميني أن حرس الحدود تنازلوا عن القرى لسيطرة أذربيجان.")
    claim = result.claims[-1]
    assert {"Baganis Ayrim", "Kheyrimli", "Gizilhajili"} <= set(names(claim))


# --- «كبرى مدن منطقة ناغورنو قره باغ», «بلدة تقع في إقليم …»: the region only says where a town lies --


@pytest.mark.parametrize("sentence", [
    "استهدفت ضربات جديدة ستيباناكرت كبرى مدن منطقة ناغورنو قره باغ.",
    "قتل ثلاثة مدنيين في مارتاكيرت، وهي بلدة تقع في إقليم ناغورنو قره باغ.",
])
def test_a_region_that_locates_a_town_is_context(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    roles = {m.place.place_id: m.role for m in run(sentence).mentions}
    assert roles["nagorno_karabakh"] == "context" and "event" in roles.values()


def test_a_region_where_fighting_is_stays_an_event(run) -> None:  # type: ignore[no-untyped-def]
    roles = {m.place.place_id: m.role for m in run("اندلعت معارك عنيفة في إقليم ناغورنو قره باغ.").mentions}
    assert roles["nagorno_karabakh"] == "event"


# --- types: an attack and «، وأسفر … عن سقوط قتلى» stays an attack; soldiers taken captive are casualties --


def test_a_toll_joined_by_wa_leaves_the_attack_the_proposition(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أذربيجان إن القوات الأرمنية أطلقت النار على مراكز سكنية، وأسفر القصف عن سقوط قتلى.")
    assert result.claims[0].type == "attack"


def test_a_toll_counted_with_the_attack_is_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أرمينيا إن الاشتباكات أسفرت عن مقتل 4 جنود.")
    assert result.claims[0].type == "casualties"


def test_soldiers_taken_captive_are_casualties(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقالت أرمينيا إن أذربيجان أسرت ستة من جنودها.").claims[0].type == "casualties"


def test_a_family_is_no_captive(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقالت الوزارة إنها نقلت مئات الأسر إلى بلدة فاردنيس.").claims[0].type != "casualties"


# --- «1050 شخصا عبروا إلى البلاد»: the displaced counted are casualties (the guideline's displaced counts) --


@pytest.mark.parametrize("sentence", [
    "وقالت حكومة أرمينيا إن 1050 شخصا عبروا إلى البلاد من ناغورني كاراباخ.",
    "وأعلنت السلطات في يريفان أن أكثر من 100 ألف منهم فروا في أعقاب العملية العسكرية.",
])
def test_people_counted_crossing_or_fleeing_are_casualties(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence).claims[0].type == "casualties"


def test_crossing_with_no_count_is_not_a_toll(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الحكومة الأرمينية إن الشاحنات عبروا إلى ناغورني كاراباخ محملة بالمساعدات.")
    assert result.claims[0].type == "humanitarian"


# --- «رسالة الجانب الأذربيجاني غير صحيحة»: a message called untrue is a denial of what was said -----


def test_a_message_called_untrue_denies_what_it_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ذكرت وزارة الدفاع الأذربيجانية أن الجيش الأرميني قصف قرية حيدر أباد. "
                 "وذكرت وزارة الدفاع الأرمينية أن رسالة الجانب الأذربيجاني غير صحيحة.")
    denial = result.claims[-1]
    assert (denial.side, denial.polarity) == ("armenia", "deny")
    assert denial.place_ids == result.claims[0].place_ids != ()
    assert result.contested == result.claims[0].place_ids


def test_the_remains_found_are_casualties(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقالت اللجنة إنه تم العثور على رفات 170 شخصا في قره باغ.").claims[0].type == "casualties"


# --- «وفندت الخارجية …، واعتبرته محاولة …»: refuting denies; what it was deemed is no speaker --------


def test_refuting_is_denying_and_the_deemed_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وفندت الخارجية الأرمنية الاتهام الأذربيجاني، واعتبرته محاولة لتبرير العدوان.")
    assert [(c.side, c.polarity) for c in result.claims] == [("armenia", "deny"), ("armenia", "assert")]


def test_a_named_subject_after_a_verb_with_its_object_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أقامت أذربيجان نقطة تفتيش على الطريق، واعتبرته يريفان استفزازا.")
    assert result.claims[-1].side == "armenia"


def test_husulu_is_a_village_of_lachin(run) -> None:  # type: ignore[no-untyped-def]
    mentions = run("وأطلقت القوات النار باتجاه مستوطنة هوسولو في منطقة لاتشين.").mentions
    assert [m.place.place_id for m in mentions][:1] == ["husulu"]


# --- «فقدت 12 عنصرا» (lost men) is casualties, «فقدت السيطرة» control; «أما X، فقد قالت» -----------


@pytest.mark.parametrize(("sentence", "kind"), [
    ("أما أذربيجان، فقد قالت إنها فقدت 12 عنصراً من قواتها.", "casualties"),
    ("وقالت أرمينيا إنها فقدت السيطرة على موقعين عسكريين.", "control"),
])
def test_losing_men_and_losing_control(run, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    claim = run(sentence).claims[0]
    assert claim.type == kind and "فقد" not in claim.speaker


# --- a truce negotiated in Washington: the city is where it was made, not what its breach is about --


def test_where_a_truce_was_negotiated_is_no_place_of_its_breach(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وتبادل الجانبان الاتهامات بانتهاك وقف إطلاق النار الذي تم التفاوض عليه في واشنطن.")
    assert all("Washington" not in names(c) for c in result.claims)


def test_where_an_explosion_occurred_stays(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت السلطات الأرمنية إن 290 شخصا نقلوا إلى المستشفيات بعد الانفجار الذي وقع قرب ستيباناكيرت.")
    assert "Stepanakert" in names(result.claims[0])


# --- «إن أراضيها تتعرض لهجوم وإن قصفا يستهدف غوريس»: its own territory, with the towns named ------


def test_own_territory_attacked_stays_with_the_towns_named(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وتقول أرمينيا إن أراضيها تتعرض لهجوم وإن قصفا مكثفا يستهدف غوريس وجرموك.")
    assert names(result.claims[0]) == ["Armenia", "Goris", "Jermuk"]


def test_an_attack_on_towns_alone_names_no_state(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وتقول أرمينيا إن قصفا مكثفا يستهدف غوريس وجرموك.")
    assert names(result.claims[0]) == ["Goris", "Jermuk"]


# --- «إن أذربيجان كانت من بدأ القتال»: who started the fighting is blame --------------------------


def test_who_started_the_fighting_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الحكومة الأرمينية إن أذربيجان كانت من بدأ القتال بالدبابات والمدفعية.")
    assert result.claims[0].type == "accusation"


def test_seemed_is_not_started(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقالت أرمينيا إن القصف بدا عنيفا على ستيباناكيرت.").claims[0].type == "attack"


# --- a place an attack claim is about is where it happened, though no event word stood near it ---


def test_a_town_an_attack_claim_is_about_is_its_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت خلال ساعات الليل الطويلة وفي ساعات "
            "الصباح الباكر من يوم الثلاثاء الماضي مواقع عديدة قرب بلدة سوتك الحدودية.")
    result = run(text)
    assert result.claims[0].type == "attack"
    assert {m.place.place_id: m.role for m in result.mentions}["sotk"] == "event"


def test_a_region_an_attack_claim_names_keeps_its_role(run) -> None:  # type: ignore[no-untyped-def]
    from geo.claims.settledroles import events_of_claims

    result = run("وقالت يريفان إن القوات الأذربيجانية قصفت مواقع في إقليم قره باغ.")
    regions = [replace(m, role="context") for m in result.mentions if m.place.kind == "region"]
    assert regions and events_of_claims(tuple(regions), result.claims) == tuple(regions)


def test_what_is_handed_back_is_the_events_place(run) -> None:  # type: ignore[no-untyped-def]
    mentions = run("وبموجب الاتفاق أعادت يريفان كلبجار إلى باكو.").mentions
    assert [(m.place.place_id, m.role) for m in mentions][1][1] == "event"


# --- «مكتب الادعاء العام» is the prosecution, not a rebuttal; «هذه الوزارة» is the ministry just named --


def test_the_prosecutors_office_is_one_speaker(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("وذكر مكتب الادعاء العام في أذربيجان أن 5 من عائلة واحدة قتلوا في القصف.").claims[0]
    assert (claim.speaker, claim.side) == ("مكتب الادعاء العام في أذربيجان", "azerbaijan")


def test_an_allegation_rejected_ends_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    claim = run("ورفضت أذربيجان الادعاء الأرميني بقصف مدينة غوريس.").claims[0]
    assert claim.speaker == "أذربيجان"


def test_this_ministry_is_the_one_just_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وزارة الدفاع الأذربيجانية أن قواتها صدت هجوما. "
                 "كما ذكرت هذه الوزارة في بيان لها أن قواتها دمرت عدة نقاط.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]


# --- «، في وقت تحدثت فيه وزارة الدفاع في الإقليم عن …»: another speaker's side remark ---------------


def test_a_side_remark_at_a_time_when_has_its_own_speaker_and_names_no_antecedent(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن قواتها صدت هجوما، في وقت تحدثت فيه وزارة الدفاع في الإقليم "
                 "عن استئناف المعارك. وأكدت الوزارة في بيان أن قواتها ملتزمة بالهدنة.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia", "azerbaijan"]


def test_a_side_relayed_by_an_outlet_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب موقع روسيا اليوم، فقد أكدت وزارة الدفاع الأرمينية بأن القوات الأذربيجانية قصفت مواقع قرب جرموك.")
    assert result.claims[0].side == "armenia"


def test_an_outlets_own_report_stays_its_own(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وبحسب وكالة تاس، قصفت القوات الأذربيجانية مواقع قرب جرموك.").claims[0].side == "russia"
