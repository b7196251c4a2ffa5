"""Place and claim rules of the round "12-11", one general rule per test, each with a case where it
must not fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from geo.model import Place
from geo.places.settlements import find_settlement, theatre_skeletons
from geo.text.keys import normalise_key

# --- an unknown name after a cue, read against the curated settlements' Latin names ----------------


def _place(place_id: str, name: str, alt: tuple[str, ...], lat: float, lon: float, *, layer: str = "curated",
           kind: str = "village") -> Place:
    return Place(place_id=place_id, name=name, name_ar="", lat=lat, lon=lon, kind=kind, alt_names=alt, layer=layer)


def test_a_curated_settlement_is_found_by_its_armenian_romanisation() -> None:
    places = {p.place_id: p for p in (
        _place("minjivan", "Minjivan", ("مينجيفان", "Mincivan", "Mijnavan"), 39.03, 46.72),
        _place("far", "Mijnavan Lake", ("Mijnavan",), 52.0, 13.0),  # outside the theatre
        _place("listed", "Mijnavan", (), 39.5, 46.5, layer="worldwide"),  # not curated
    )}
    theatre = theatre_skeletons(places, "")
    assert [p.place_id for p in theatre["MJNFN"]] == ["minjivan"]
    found = find_settlement((normalise_key("ميجنافان"),), theatre)
    assert found is not None and found.place_id == "minjivan"


def test_two_curated_settlements_of_one_skeleton_are_not_guessed_between() -> None:
    places = {p.place_id: p for p in (
        _place("a", "Karakend", (), 40.0, 46.0), _place("b", "Garakand", (), 39.5, 47.0))}
    theatre = theatre_skeletons(places, "")
    assert len(theatre["KRKND"]) == 2
    found = find_settlement((normalise_key("كاراكيند"),), theatre)
    assert found is None or found.layer != "curated"


def test_a_short_skeleton_is_not_read_against_the_curated_names() -> None:
    places = {"heyvali": _place("heyvali", "Drmbon", ("Heyvalı",), 40.15, 46.61)}
    theatre = theatre_skeletons(places, "")
    assert "HFL" not in theatre  # three consonants meet too many misspellings («هيفلاه» for Yevlakh)
    found = find_settlement((normalise_key("هيفلي"),), theatre)
    assert found is None or found.place_id != "heyvali"


def test_names_listed_after_a_dual_cue_are_read_as_settlements(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع إن معارك عنيفة تجري قرب بلدتي كوبالي وميجنافان.")
    assert "minjivan" in {m.place.place_id for m in result.mentions}


def test_the_same_name_without_a_cue_is_not_read(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع إن ميجنافان ليست بعيدة.")
    assert "minjivan" not in {m.place.place_id for m in result.mentions}


# --- «المعاهدة، التي تهيمن عليها روسيا»: a state in a clause describing something else -------------


def test_a_state_in_a_relative_clause_on_a_ruling_is_no_place_of_the_welcome(run) -> None:  # type: ignore[no-untyped-def]
    result = run("رحب وزير الخارجية الأرميني بقرار المحكمة الدولية، الذي يلزم أذربيجان باتخاذ تدابير عاجلة.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "diplomacy")
    assert claim.place_ids == ()


def test_a_state_in_a_relative_clause_on_an_alliance_is_no_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني إن المنظمة، التي تهيمن عليها روسيا، خذلت أرمينيا.")
    assert "russia" not in result.claims[0].place_ids


def test_a_state_named_as_where_inside_the_clause_stays(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات، التي انتشرت في أراضي أرمينيا، قصفت قرية في أذربيجان.")
    assert "Armenia" in names(result.claims[0])


# --- «قال "علييف": "..."»: one quoted word before a colon is who speaks ---------------------------------


def test_a_quoted_name_before_a_colon_is_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقال "علييف": "تم تحرير بلدة شوشة".')
    claim = result.claims[0]
    assert (claim.side, claim.speaker, claim.type) == ("azerbaijan", "علييف", "control")


def test_a_quoted_statement_before_a_colon_keeps_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقالت وزارة الدفاع الأرمينية إن القتال مستمر. وأضافت "لن نتراجع عن مواقعنا": القوات باقية في شوشي.')
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


# --- «فى» for «في» (Egyptian spelling): where the speaker stood ----------------------------------------


@pytest.mark.parametrize("where", ["فى موسكو", "في العاصمة الروسية \"موسكو\"", "فى العاصمة الروسية موسكو"])
def test_where_a_press_conference_was_held_is_no_claim_place(run, names, where) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وقال وزير الخارجية الأرميني فى مؤتمر صحفى {where} إن أذربيجان قصفت مدينة غوريس.")
    assert names(result.claims[0]) == ["Goris"]


def test_the_capital_struck_stays_a_claim_place(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run('وقال وزير الخارجية الأرميني إن أذربيجان قصفت العاصمة "يريفان".')
    assert names(result.claims[0]) == ["Yerevan"]


def test_a_us_official_named_alone_speaks_for_the_united_states(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وأضافت بيلوسي: "الديمقراطية والسيادة ووحدة أراضي أرمينيا مهمة لنا جداً".')
    assert result.claims[0].side == "usa"


# --- «مستعدة لقبول جميع سكان الإقليم»: a state ready to take people in ---------------------------------


def test_a_state_ready_to_take_in_residents_makes_a_humanitarian_claim(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("قال رئيس وزراء أرمينيا إن أرمينيا مستعدة لقبول جميع سكان ناغورنو كاراباخ.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "humanitarian")
    assert names(claim) == ["Armenia", "Nagorno-Karabakh"]


def test_receiving_a_head_of_state_is_no_taking_in(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن الكرملين أن بوتين سيستقبل الرئيس الأذربيجاني في موسكو لبحث قبول الوساطة.")
    assert result.claims[0].type != "humanitarian"


# --- «بحسب مصادر كل من البلدين»: sources of each side speak for both ----------------------------------


@pytest.mark.parametrize("source", ["مصادر كل من البلدين", "مصادر من الجانبين"])
def test_sources_of_each_side_speak_for_both(run, source) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وقالت {source} إن 30 جنديا قتلوا في الاشتباكات.")
    assert sorted(c.side for c in result.claims) == ["armenia", "azerbaijan"]


def test_officials_from_a_state_speak_for_that_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال مسؤولون من أرمينيا إن 30 جنديا قتلوا في الاشتباكات.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- «دانت» (the short form of «أدانت»): a condemnation --------------------------------------------


def test_the_short_form_of_condemned_accuses(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("دانت وزارة الخارجية الأرمينية محاولات أذربيجان زعزعة السلام في المنطقة.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "accusation")
    assert names(claim) == ["Azerbaijan"]


def test_a_given_name_dan_after_the_title_is_no_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الدبلوماسي الأمريكي دان فريد إن المحادثات حول قره باغ تتقدم.")
    assert [(c.side, c.type) for c in result.claims] == [("usa", "diplomacy")]


# --- «بخرق هدنة توسطت روسيا فيها»: the broker of a truce is no place of its breach ---------------------


def test_the_broker_of_a_truce_is_no_place_of_its_breach(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتبادلت أذربيجان وأرمينيا، السبت، الاتهامات بخرق هدنة توسطت روسيا فيها.")
    assert sorted((c.side, c.type) for c in result.claims) == [("armenia", "accusation"), ("azerbaijan", "accusation")]
    assert all("russia" not in c.place_ids for c in result.claims)


def test_a_broker_offered_for_talks_is_a_party(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الأذربيجانية إن لافروف اقترح توسط موسكو لخفض التصعيد في قره باغ.")
    assert "Moscow" in names(result.claims[0])


# --- «أرمينيا وأذربيجان تلوم كل منهما الأخرى»: «لام» blames; two states before one verb are one subject --


def test_two_states_blaming_each_other_accuse_each_other(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أرمينيا وأذربيجان تلوم كل منهما الأخرى على بدء هجمات إطلاق النار.")
    assert sorted((c.side, c.type, c.place_ids) for c in result.claims) == [
        ("armenia", "accusation", ("azerbaijan",)), ("azerbaijan", "accusation", ("armenia",))]


def test_a_second_state_after_a_statement_is_a_second_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أذربيجان تعلن السيطرة على 60 موقعا وأرمينيا تنفي.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert"), ("armenia", "deny")]


# --- «وزير خارجية فرنسا جان دوبون»: a name after a title and its place is the speaker's --------------


def test_a_name_after_a_titled_place_is_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير خارجية فرنسا جان دوبون إن الوضع في قره باغ خطير. "
                 "وقال دوبون إن المساعدات لم تصل إلى الإقليم.")
    assert result.claims[0].speaker == "وزير خارجية فرنسا جان دوبون"
    assert [c.side for c in result.claims] == ["france", "france"]


def test_an_adjective_after_a_titled_place_is_no_name(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير خارجية فرنسا الجديد إن الوضع في قره باغ خطير.")
    assert result.claims[0].speaker == "وزير خارجية فرنسا"


# --- «عمدة باريس»: a local office names its town as the claim's place only in the theatre ---------------


def test_a_foreign_mayor_speaks_of_the_region_not_her_city(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت عمدة باريس إن الوضع في قره باغ خطير.")
    assert names(result.claims[0]) == ["Nagorno-Karabakh"]


def test_a_theatre_mayor_speaks_of_his_town(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس بلدية جرموك إن القصف استمر طوال الليل.")
    assert names(result.claims[0]) == ["Jermuk"]


# --- «مشيرة، أيضًا، إلى أنها»: an adverb between a participle and what it says ---------------------------


@pytest.mark.parametrize("joint", ["، مشيرة، أيضًا، إلى أنها", "” مشيرة، أيضًا، إلى أنها", "، مشيرة إلى أنها"])
def test_a_participle_with_an_adverb_goes_on_with_a_new_claim(run, joint) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وأعلنت الرئاسة الأذربيجانية أن “المحادثات جرت في يفلاخ{joint} تعتزم إرسال مساعدة إنسانية إلى الإقليم.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "diplomacy"), ("azerbaijan", "humanitarian")]


def test_an_adverb_without_a_participle_cuts_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت الرئاسة الأذربيجانية أن المحادثات جرت في يفلاخ وأنها أيضًا ستستمر الأسبوع المقبل.")
    assert len(result.claims) == 1


# --- «اتهمت يريفان القوات الأذربيجانية بمحاولة السيطرة»: an attempt blamed is an accusation ----------------


def test_an_attempt_to_take_ground_blamed_is_an_accusation(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وكاد التوتر ينفجر بين الدولتين إذ اتهمت يريفان القوات الأذربيجانية بمحاولة السيطرة على مناطق أخرى.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "accusation")
    assert names(claim) == ["Azerbaijan"]


def test_ground_taken_without_an_attempt_stays_control(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت يريفان إن القوات الأذربيجانية سيطرت على مناطق أخرى.")
    assert result.claims[0].type == "control"


# --- «وتصر الآن على أنه»: «الآن», «أيضا» between a verb and its subject are no speaker ------------------


def test_now_after_a_verb_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وطالبت أذربيجان بنزع السلاح. وتصر الآن على أن يخضع الإقليم للحكم من باكو.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]


def test_also_before_the_subject_leaves_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد أيضا وزير الدفاع الأرميني أن القوات صدت هجوما على مارتوني.")
    assert (result.claims[0].side, result.claims[0].speaker) == ("armenia", "وزير الدفاع الأرميني")


# --- «… أمس لكن باكو ويريفان تبادلتا الاتهامات»: «لكن» with states and their verb opens a clause ----------


def test_but_before_two_states_and_their_verb_opens_their_claims(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتراجعت حدة المواجهات أمس لكن باكو ويريفان تبادلتا الاتهامات بانتهاك هدنة برعاية روسية.")
    assert sorted((c.side, c.place_ids) for c in result.claims) == [
        ("armenia", ("azerbaijan",)), ("azerbaijan", ("armenia",))]


def test_but_before_a_state_and_its_verb_names_the_right_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتراجعت حدة المواجهات أمس لكن باكو اتهمت يريفان بانتهاك الهدنة.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "باكو")]


def test_but_before_a_state_as_object_cuts_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف تراجع لكن أذربيجان ما زالت تحشد قواتها.")
    assert [c.side for c in result.claims] == ["armenia"]


# --- «تقارير إعلامية في أذربيجان»: media and agencies named with their state speak from it ---------------


@pytest.mark.parametrize("source", ["تقارير إعلامية في أذربيجان", "وكالات أنباء في أذربيجان", "وسائل إعلام في أذربيجان"])
def test_media_in_a_state_take_its_side(run, source) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وذكرت {source} أن خمسة مدنيين قتلوا في كنجة.")
    assert result.claims[0].side == "azerbaijan"


def test_reports_about_a_place_take_no_side_from_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وذكرت تقارير عن الوضع في قره باغ أن القصف طال مارتوني.")
    assert result.claims[0].side == "other"


# --- «تتباحث», «التهدئة», «العقوبات»: talks, calming and sanctions are diplomacy ---------------------------


@pytest.mark.parametrize("said", ["قيادة قوات حفظ السلام تتباحث مع الجانبين", "الأولوية يجب أن تكون للتهدئة",
                                  "واشنطن سترفع العقوبات عن باكو"])
def test_talks_calming_and_sanctions_are_diplomacy(run, said) -> None:  # type: ignore[no-untyped-def]
    result = run(f"وقالت وزارة الخارجية الروسية إن {said}.")
    assert result.claims[0].type == "diplomacy"


def test_a_strike_during_talks_stays_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مارتوني بينما كانت الوفود تتباحث.")
    assert result.claims[0].type == "attack"


# --- «الثلاثاء 26-09-2023 10:59 | كتب: …»: a page's meta line is no claim ----------------------------------


def test_a_date_time_and_byline_line_is_page_chrome(run) -> None:  # type: ignore[no-untyped-def]
    result = run("الثلاثاء 26-09-2023 10:59 | كتب: أماني حسن |\nأعلنت وزارة الدفاع الأرمينية أن القوات قصفت غوريس.")
    assert [c.speaker for c in result.claims] == ["وزارة الدفاع الأرمينية"]


def test_a_dated_line_that_says_something_stays(run) -> None:  # type: ignore[no-untyped-def]
    result = run("26-09-2023 | أعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت غوريس.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_a_news_feed_prompt_is_page_chrome(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأرمينية أن القوات قصفت غوريس.\nتابع أحدث الأخبار عبر تطبيق google news")
    assert [c.side for c in result.claims] == ["armenia"]


def test_continued_with_the_latest_news_stays_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتابع وزير الخارجية الأرميني أن آخر الأخبار من قره باغ مقلقة.")
    assert [c.side for c in result.claims] == ["armenia"]
