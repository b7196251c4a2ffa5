"""Place rules added for real outlet text, one general rule per test with a case where it must
not fire: misspelt two-word names, landmarks, page chrome, transliterated settlements, roles."""

from __future__ import annotations

import pytest

from geo.model import Article
from geo.pipeline import extract
from geo.places.settlements import arabic_skeleton, find_settlement, latin_skeleton
from geo.text.keys import normalise_key


@pytest.fixture
def places(gaz):  # type: ignore[no-untyped-def]
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text), gaz)

    return go


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("تجددت المعارك في ناغورنو كرباخ.", "ناغورنو كرباخ", "nagorno_karabakh"),  # second word misspelt
        ("تجددت المعارك في قرع باغ.", "قرع باغ", "nagorno_karabakh"),  # first word misspelt
        ("تقع البلدة على نهر آراس.", "آراس", "aras_river"),  # a name written right is read as written
    ],
)
def test_a_two_word_name_with_one_misspelt_word(places, text: str, surface: str, place_id: str) -> None:  # type: ignore[no-untyped-def]
    found = [(m.surface, m.place.place_id) for m in places(text).mentions]
    assert (surface, place_id) in found


def test_two_ordinary_words_are_not_a_misspelt_name(places) -> None:  # type: ignore[no-untyped-def]
    assert places("وقرع باب المنزل ليلا.").mentions == ()


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("وقال المتحدث باسم الكرملين إن الاتصالات مستمرة.", "kremlin"),
        ("واستقبل البيت الأبيض وزيري خارجية البلدين.", "white_house"),
        ("تعرضت كاتدرائية غزانتشيتسوتس في شوشا للقصف.", "ghazanchetsots"),
    ],
)
def test_named_landmarks_are_places(places, text: str, place_id: str) -> None:  # type: ignore[no-untyped-def]
    assert place_id in {m.place.place_id for m in places(text).mentions}


def test_page_chrome_names_places_but_makes_no_claims(places) -> None:  # type: ignore[no-untyped-def]
    result = places("اقرأ أيضا: أذربيجان تعلن السيطرة على جبرائيل\n"
                    "وقالت وزارة الدفاع الأرمينية إن المعارك مستمرة قرب مدينة مارتوني.")
    chrome = [m for m in result.mentions if m.place.place_id == "jabrayil"]
    assert chrome and all(m.role == "context" for m in chrome)
    assert all("jabrayil" not in c.place_ids for c in result.claims)


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Koxanəbi", "كوخانابي"), ("Voskepar", "فوسكيبار"), ("Qazax", "قازاخ"), ("Baghanis", "باجانيس")],
)
def test_a_romanisation_and_an_arabic_spelling_share_a_skeleton(latin: str, arabic: str) -> None:
    assert latin_skeleton(latin) in arabic_skeleton(normalise_key(arabic))


def test_different_names_have_different_skeletons() -> None:
    assert latin_skeleton("Goris") not in arabic_skeleton(normalise_key("كابان"))


def test_an_unknown_village_after_a_cue_is_read_against_the_settlements(places) -> None:  # type: ignore[no-untyped-def]
    # Zangakatun (Ararat province) is in the settlement layer, not in the curated gazetteer
    assert find_settlement((normalise_key("زانغاكاتون"),)) is not None
    result = places("قصفت القوات قرية زانغاكاتون الحدودية.")
    found = [m for m in result.mentions if m.surface == "زانغاكاتون"]
    assert found and found[0].place.country == "AM" and found[0].place.layer == "settlements"


def test_an_unknown_word_without_a_match_stays_unresolved(places) -> None:  # type: ignore[no-untyped-def]
    result = places("قصفت القوات قرية زقزوقستان الحدودية.")
    assert result.mentions == () and [result.article.text[u.start:u.end] for u in result.unresolved]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("اندلعت الحرب بين أرمينيا وأذربيجان.", "أرمينيا", "actor"),  # the parties
        ("وقالت وزارة الدفاع في ناغورني قره باغ إن الهجوم صد.", "ناغورني قره باغ", "context"),  # a seat
        ("قصفت القوات الأذربيجانية مدينة مارتوني.", "مارتوني", "event"),
    ],
)
def test_roles(places, text: str, surface: str, role: str) -> None:  # type: ignore[no-untyped-def]
    mention = next(m for m in places(text).mentions if m.surface == surface)
    assert mention.role == role


# --- roles: an event verb in the imperfect, a distance, the words of an exodus ------------------


def role_of(result, surface: str) -> str:  # type: ignore[no-untyped-def]
    return next(m.role for m in result.mentions if m.surface == surface)


def test_an_event_verb_in_the_imperfect_makes_an_event_place(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقال المسؤول إن القوات تقصف المنازل في مدينة ترتر."), "ترتر") == "event"
    assert role_of(places("وقال المسؤول إن السكان يعيشون في مدينة ترتر."), "ترتر") == "context"


def test_a_place_a_distance_is_measured_from_is_context(places) -> None:  # type: ignore[no-untyped-def]
    result = places("قصفت القوات مدينة ترتر القريبة من إقليم قره باغ.")
    assert role_of(result, "ترتر") == "event" and role_of(result, "قره باغ") == "context"
    assert role_of(places("قتل جنديان في اشتباكات بالقرب من ممر لاتشين."), "ممر لاتشين") == "event"


def test_leaving_a_place_in_an_exodus_is_an_event_there(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقال إن جميع السكان سيخرجون من كاراباخ في غضون أيام."), "كاراباخ") == "event"


# --- roles: lists of names, the object of an event word, names being named, borders, datelines ---


def test_names_listed_together_share_the_event_of_their_clause(places) -> None:  # type: ignore[no-untyped-def]
    # the event word stands after the last name, out of reach of the first
    result = places("وأضاف المتحدث أن مدن بردعة وترتر وبيلاقان وأغدام تعرضت بدورها لقصف صاروخي.")
    assert {role_of(result, s) for s in ("بردعة", "ترتر", "بيلاقان", "أغدام")} == {"event"}
    # one list, no event word: every name stays context
    result = places("وأضاف المتحدث أن مدن بردعة وترتر وبيلاقان وأغدام تقع في السهل.")
    assert {role_of(result, s) for s in ("بردعة", "ترتر", "بيلاقان", "أغدام")} == {"context"}
    # a name after a full stop is no part of the list before it
    result = places("قصفت القوات مدينة ترتر. بردعة مدينة كبيرة يعيش فيها الناس منذ قرون.")
    assert role_of(result, "بردعة") == "context"


def test_a_place_an_event_word_takes_as_its_object_is_an_event_place(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقال الرئيس: أبلغكم بأنه تم تحرير شوشة."), "شوشة") == "event"
    assert role_of(places("وفشلت محاولة القوات التقدم لدخول جبرائيل."), "جبرائيل") == "event"
    # a state or its capital after an event noun is the one acting
    assert role_of(places("وطوى هجوم باكو الخاطف صفحة الحكم الانفصالي."), "باكو") != "event"


def test_states_listed_as_parties_are_all_actors(places) -> None:  # type: ignore[no-untyped-def]
    result = places("ووقع الاتفاق بين باكو ويريفان برعاية روسية.")
    assert role_of(result, "باكو") == "actor" and role_of(result, "يريفان") == "actor"


def test_what_a_place_is_called_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وتطلق أذربيجان على المدينة اسم خان كندي."), "خان كندي") == "context"
    result = places("وخلت شوارع ستيباناكرت التي تسميها باكو خانكندي من سكانها.")
    assert role_of(result, "خانكندي") == "context"
    assert role_of(result, "باكو") == "actor"  # the state that does the naming


def test_a_country_a_border_runs_with_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وتنتشر القوات على طول الحدود مع أذربيجان منذ أسابيع."), "أذربيجان") == "context"
    assert role_of(places("وقالت الوزارة إنها ستتفاوض مع أذربيجان على الاتفاق."), "أذربيجان") == "actor"


def test_a_dateline_with_a_tatweel_dash_or_two_cities_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("يريفان ـ وكالات: اندلعت معارك عنيفة ليلا."), "يريفان") == "context"
    result = places("باكو، يريفان - وكالات\nأعلنت وزارة الدفاع السيطرة على تلة.")
    assert role_of(result, "باكو") == "context" and role_of(result, "يريفان") == "context"
    # a capital that opens a sentence and acts is no dateline
    assert role_of(places("يريفان تتهم باكو بخرق الهدنة."), "يريفان") == "actor"


def test_a_flag_of_a_country_names_the_country(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("ورفع الجنود علم أذربيجان فوق المبنى."), "أذربيجان") == "context"


def test_a_ceasefire_in_a_place_is_an_event_there(places) -> None:  # type: ignore[no-untyped-def]
    # where the fighting stopped (or the truce was broken) is where something happened, as annotators
    # of real outlet text mark it
    assert role_of(places("ودخل وقف إطلاق النار في قره باغ حيز التنفيذ أمس."), "قره باغ") == "event"
    assert role_of(places("وتبادل الطرفان إطلاق النار في قره باغ أمس."), "قره باغ") == "event"
    assert role_of(places("ويقع إقليم قره باغ في جنوب القوقاز."), "قره باغ") == "context"


def test_a_raised_flag_marks_an_event_place(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("ورفع الرئيس علم بلاده في مدينة خانكندي."), "خانكندي") == "event"
    assert role_of(places("وتعلم الطلاب في مدينة خانكندي."), "خانكندي") == "context"


def test_a_larger_place_that_says_where_the_first_lies_is_context(places) -> None:  # type: ignore[no-untyped-def]
    result = places("أعلن الجيش السيطرة على مدينة شوشة الاستراتيجية في إقليم قره باغ.")
    assert role_of(result, "شوشة") == "event" and role_of(result, "قره باغ") == "context"
    # a second event place of its own, not a larger one around the first
    result = places("قصفت القوات مدينة ترتر ومدينة بردعة أمس.")
    assert role_of(result, "بردعة") == "event"



def test_a_country_or_a_compass_point_of_it_that_says_where_a_town_lies_is_context(places) -> None:  # type: ignore[no-untyped-def]
    result = places("قتل أربعة جنود في منطقة نركين هاند في أرمينيا بنيران القوات.")
    assert role_of(result, "نركين هاند") == "event" and role_of(result, "أرمينيا") == "context"
    result = places("قتل 21 شخصا في هجوم صاروخي على مدينة بردة غربي أذربيجان.")
    assert role_of(result, "بردة") == "event" and role_of(result, "أذربيجان") == "context"
    # a country that is an event place of its own, after a town named with it
    result = places("قصفت القوات مدينة بردة وأذربيجان كلها تحت النار.")
    assert role_of(result, "أذربيجان") != "context"


def test_a_city_before_a_colon_and_a_statement_speaks(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("باكو: 21 قتيلا بقصف صاروخي على مدينة بردعة"), "باكو") == "actor"
    # a colon and an outlet's credit only: a dateline
    assert role_of(places("موسكو: «الشرق الأوسط»\nأعلنت الوزارة وقف القتال."), "موسكو") == "context"


def test_a_seat_of_government_acts_like_a_capital(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("ودعا الكرملين الطرفين إلى وقف القتال."), "الكرملين") == "actor"
    assert role_of(places("وتجمع السياح أمام الكرملين في العاصمة."), "الكرملين") != "actor"


def test_a_city_that_hosts_talks_or_a_visit_is_a_venue(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وتستضيف فيينا اليوم اجتماعا لمجموعة مينسك."), "فيينا") == "venue"
    assert role_of(places("وقال المصدر إن الوزير سيزور يريفان الشهر المقبل."), "يريفان") == "venue"
    assert role_of(places("واتفق الوزيران خلال اجتماع في جنيف على عدم استهداف المدنيين."), "جنيف") == "venue"
    # a capital acting is still an actor
    assert role_of(places("ورفضت يريفان الاقتراح."), "يريفان") == "actor"


def test_a_city_that_opens_a_clause_with_a_comma_sets_the_scene(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقصفت القوات مدينة ترتر. وفي موسكو، دعا الكرملين الطرفين إلى التهدئة."), "موسكو") == "venue"
    # a description after the comma, not what was said there
    assert role_of(places("وقصفت القوات مدينة ترتر. وفي أغدام، التي خلت من سكانها، أطلال كثيرة."), "أغدام") != "venue"


def test_a_headline_after_a_speaker_and_a_colon_is_no_outlet_credit(places) -> None:  # type: ignore[no-untyped-def]
    result = places("رئيس الوزراء الأرميني: أذربيجان هاجمت سيادة بلادنا\n\nوقال رئيس الوزراء إن القوات صدت الهجوم.")
    assert [m.surface for m in result.mentions][:1] == ["أذربيجان"]
    # a short credit after the colon names an outlet, not a place
    assert not places("موسكو: وكالة الأنباء الأذربيجانية\nأعلنت الوزارة وقف القتال.").mentions[1:]


def test_karabakh_spelt_without_its_vowel_letter(places) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.place_id for m in places("تجددت المعارك في ناغورنو قرباخ.").mentions] == ["nagorno_karabakh"]


def test_a_name_in_quotes_after_its_cue_or_locative_is_governed(places) -> None:  # type: ignore[no-untyped-def]
    result = places('وقالت الوزارة إن المعارك تواصلت في منطقة "هادروت" طوال الليل.')
    assert role_of(result, "هادروت") == "event"
    result = places("وقالت الوزارة إن القوات قصفت «شوشة» فجرا.")
    assert role_of(result, "شوشة") == "event"


def test_a_quoted_statement_after_a_verb_does_not_make_its_name_governed(places) -> None:  # type: ignore[no-untyped-def]
    # the quote opens the statement, and the verb before it is no locative: the state acts
    result = places('وقال المتحدث: "أرمينيا قصفت مواقعنا".')
    assert role_of(result, "أرمينيا") == "actor"


def test_the_vicinity_of_a_place_is_where_the_fighting_is(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقالت الوزارة إن المعارك مستمرة في محيط مارتوني."), "مارتوني") == "event"
    assert role_of(places("وتقع القرية في محيط مارتوني."), "مارتوني") == "context"


def test_a_quoted_unknown_name_after_a_cue_is_read_whole(places) -> None:  # type: ignore[no-untyped-def]
    # the quotation marks hold the name: its first word alone is not read as a settlement
    result = places('وحاولت القوات الاستيلاء على منطقة "قرق قز" المرتفعة.')
    assert [m.surface for m in result.mentions] == []
    assert [result.article.text[u.start:u.end] for u in result.unresolved] == ["قرق قز"]
    # unquoted, one unknown word after the cue is the candidate (the next is an ordinary word)
    result = places("وحاولت القوات الاستيلاء على منطقة زرقنيش المرتفعة.")
    assert [result.article.text[u.start:u.end] for u in result.unresolved] == ["زرقنيش"]


def test_a_short_statement_line_is_no_dateline(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places('وقال المتحدث: "أرمينيا قصفت مواقعنا".'), "أرمينيا") == "actor"
    # a real dateline still credits its outlet: the words after the separator are no place
    assert [m.surface for m in places("موسكو: «أرمينيا اليوم»\nتواصلت المعارك.").mentions] == ["موسكو"]


def test_a_closed_corridor_and_a_region_that_saw_fighting_are_event_places(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("واتهمت يريفان باكو بإغلاق ممر لاتشين."), "ممر لاتشين") == "event"
    assert role_of(places("وشهدت منطقة هادروت اشتباكات عنيفة."), "هادروت") == "event"
    assert role_of(places("وقال المسؤول إن الجيش لم يستهدف مدينة بردعة."), "بردعة") == "event"
    # a route named with no event is context
    assert role_of(places("ويمر الطريق عبر ممر لاتشين."), "ممر لاتشين") == "context"


def test_a_time_stamp_before_the_city_is_no_dateline_credit(places) -> None:  # type: ignore[no-untyped-def]
    result = places("2020.10.11 | 10:39 دمشق\n\nقتل سبعة مدنيين في قصف على مدينة كنجة.")
    assert [m.surface for m in result.mentions][:1] == ["دمشق"]
    # a city, then the outlet: the outlet's name is still no place
    result = places("دمشق: «أرمينيا اليوم»\n\nقتل سبعة مدنيين في قصف على مدينة كنجة.")
    assert "أرمينيا" not in [m.surface for m in result.mentions]


def test_a_city_in_the_name_of_a_declaration_is_no_place(places) -> None:  # type: ignore[no-untyped-def]
    assert places("وقال الوزير إن الحدود تقوم على إعلان ألما آتا لعام 1991.").mentions == ()
    assert [m.surface for m in places("وعقد الاجتماع في ألما آتا.").mentions] == ["ألما آتا"]


def test_a_slip_in_a_long_country_name_is_still_the_country(places) -> None:  # type: ignore[no-untyped-def]
    result = places("تجددت المعارك على حدود أذريبجان.")
    assert [(m.surface, m.place.place_id) for m in result.mentions] == [("أذريبجان", "azerbaijan")]
    # its adjectives are no slip of the name
    assert places("وقال الجيش الأذربيجاني إن جنديا أذربيجانيا قتل.").mentions == ()


def test_a_city_that_only_locates_a_village_is_context(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وسيطرت القوات على قرية ماداغيز في منطقة تارتار.")
    assert (role_of(result, "ماداغيز"), role_of(result, "تارتار")) == ("event", "context")
    # a city with an event of its own stays an event place
    assert role_of(places("وقصفت القوات مدينة تارتار."), "تارتار") == "event"


def test_a_place_named_with_its_place_word_in_an_institutions_name_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("ونفت وزارة الدفاع في جمهورية قره باغ سقوط المدينة."), "قره باغ") == "context"
    # the same place word after «في» with no institution before it: where something happened
    assert role_of(places("وتجددت المعارك في جمهورية قره باغ."), "قره باغ") == "event"


def test_a_foreign_towns_name_read_only_without_the_article_is_a_word(places) -> None:  # type: ignore[no-untyped-def]
    # «اللوم» (the blame) is no Lomé; the bare name after a locative still is
    assert places("وتبادلت باكو ويريفان اللوم في التوترات.").mentions[-1].surface != "اللوم"
    assert [m.surface for m in places("وعقد الاجتماع في لومي.").mentions] == ["لومي"]


def test_a_name_that_is_an_ordinary_word_counts_in_a_list_of_places(places) -> None:  # type: ignore[no-untyped-def]
    # «إقدام» (taking a step) folds like «آقدام» (Aghdam)
    assert "aghdam" not in {m.place.place_id for m in places("وجاء ذلك بعد إقدام أذربيجان على شن هجمات.").mentions}
    listed = places("وقصفت القوات قرى في مقاطعات تارتار، وبردعة، وآقدام.")
    assert "aghdam" in {m.place.place_id for m in listed.mentions}


def test_the_trump_route_is_the_zangezur_corridor_and_aghjabadi_has_two_words(places) -> None:  # type: ignore[no-untyped-def]
    assert {m.place.place_id for m in places("واتفق الطرفان على فتح طريق ترامب عبر سيونيك.").mentions} >= {
        "zangezur_corridor"}
    assert "aghjabadi" in {m.place.place_id for m in places("وسقطت قذائف على منطقة آغجه بدي.").mentions}


# --- roles: offices and forces of a state, routes, lists of states, datelines with a date --------


def test_a_state_whose_office_or_force_is_named_is_an_actor(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وأعلن جيش أذربيجان السيطرة على التلة."), "أذربيجان") == "actor"
    assert role_of(places("وقالت وزارة الدفاع في أذربيجان إن الهجوم صد."), "أذربيجان") == "actor"
    # the land or people of a state, or a region's ministry, are not the state acting
    assert role_of(places("ويعيش شعب أذربيجان على بحر قزوين."), "أذربيجان") == "context"
    assert role_of(places("وقالت وزارة الدفاع في ناغورني قره باغ إن الهجوم صد."), "ناغورني قره باغ") == "context"


def test_the_ends_and_way_of_a_road_are_context(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وأغلق المحتجون الطريق الذي يربط أرمينيا بناغورني قره باغ.")
    assert role_of(result, "أرمينيا") == "context" and role_of(result, "ناغورني قره باغ") == "context"
    result = places("واستخدمت الشاحنات طريق أغدام - خانكندي أمس.")
    assert role_of(result, "خانكندي") == "context"
    assert role_of(places("وسيمر الممر عبر أرمينيا."), "أرمينيا") == "context"
    # a state after an ordinary verb still acts
    assert role_of(places("وقالت الوزارة إنها ستتفاوض مع أذربيجان على الاتفاق."), "أذربيجان") == "actor"


def test_states_listed_after_a_noun_of_place_share_its_role(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وتنتشر القوات على الحدود بين أرمينيا وأذربيجان.")
    assert role_of(result, "أرمينيا") == "context" and role_of(result, "أذربيجان") == "context"
    result = places("وحمل المتظاهرون أعلام أوكرانيا وفرنسا.")
    assert role_of(result, "أوكرانيا") == "context" and role_of(result, "فرنسا") == "context"
    result = places("ووقع الاتفاق بين باكو ويريفان برعاية روسية.")  # parties, not a border
    assert role_of(result, "يريفان") == "actor"


def test_a_dateline_with_a_comma_or_في_before_its_date_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("يريفان، 27 سبتمبر 2020 — قال المتحدث إن القصف استمر."), "يريفان") == "context"
    assert role_of(places("يريفان في 21 يوليو/أرمنبريس: التقى الوزير نظيره."), "يريفان") == "context"
    # a city and a comma that start a sentence without a date are no dateline
    assert role_of(places("يريفان، التي تقول إن القصف استمر، تتهم باكو."), "يريفان") != "context"


def test_attacks_aggression_and_arrests_are_events_and_a_corridor_word_is_not(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("قال إن أذربيجان هاجمت مناطق مدنية في إقليم ناغورني قره باغ."), "ناغورني قره باغ") == "event"
    assert role_of(places("وتواصل القوات عدوانها على المناطق المأهولة في أذربيجان."), "أذربيجان") == "event"
    assert role_of(places("واعتقلت الشرطة عشرات المحتجين في يريفان."), "يريفان") == "event"
    assert role_of(places("وقال إن قوة روسية ستنتشر في ممر لاتشين."), "ممر لاتشين") == "event"  # Form VIII imperfect
    # the corridor's own name is not something happening on it
    assert role_of(places("ورحب الوزير بقرار ضمان حركة المرور في ممر لاتشين."), "ممر لاتشين") == "context"


def test_safely_is_not_amman(places) -> None:  # type: ignore[no-untyped-def]
    assert [m.surface for m in places("وسيتمكن المدنيون من السفر بأمان على الطريق.").mentions] == []


def test_checkpoints_seizures_and_fronts_are_events(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وأقامت أذربيجان نقطة تفتيش في ممر لاتشين."), "ممر لاتشين") == "event"
    assert role_of(places("وأعلن علييف استيلاء قوات بلاده على شوشا."), "شوشا") == "event"
    assert role_of(places("وقالت الوزارة إن الاشتباكات تواصلت على محاور آغدام."), "آغدام") == "event"
    # a front named with no fighting on it is no event
    assert role_of(places("وتقع محاور آغدام في السهل."), "آغدام") == "context"


def test_a_state_separated_from_or_a_road_between_states_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وهو الإقليم الذي أعلن استقلاله عن أذربيجان في التسعينيات."), "أذربيجان") == "context"
    result = places("وأغلق السكان الطريق السريع بين أرمينيا وجورجيا.")
    assert role_of(result, "أرمينيا") == "context" and role_of(result, "جورجيا") == "context"
    # a state named after «عن» with no separation is still acting or acted on
    assert role_of(places("ونقلت الوكالة عن أذربيجان أن القوات تقدمت."), "أذربيجان") != "context"


def test_a_region_that_spans_states_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وتصاعدت حدة القتال في القوقاز أمس."), "القوقاز") == "context"
    assert role_of(places("وتلقى المستشار دعوات من أوروبا لوقف القتال."), "أوروبا") == "context"
    # a region inside one state keeps the role of what happens there
    assert role_of(places("وتصاعدت حدة القتال في قره باغ أمس."), "قره باغ") == "event"


def test_a_state_whose_towns_are_named_is_context(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وقصفت القوات الأرمينية مدينة كنجة ثاني أكبر مدن أذربيجان.")
    assert role_of(result, "أذربيجان") == "context" and role_of(result, "كنجة") == "event"
    # the state itself struck is not a list of its towns
    assert role_of(places("وقالت الوزارة إن القوات قصفت مواقع في أذربيجان."), "أذربيجان") == "event"


def test_a_place_subjected_to_an_attack_is_an_event_place(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقالت الوزارة إن قرة باغ \"تعرضت لهجمات جوية وصاروخية\"."), "قرة باغ") == "event"
    assert role_of(places("ونفى أن تكون مدينة جيرموك السياحية قد تعرضت لأي قصف."), "جيرموك") == "event"
    # the subject of another verb after the name is not subjected to anything
    assert role_of(places("وقالت الوزارة إن قرة باغ تحتاج إلى حل سياسي."), "قرة باغ") != "event"


def test_a_place_in_the_directions_of_sabotage_is_an_event_place(places) -> None:  # type: ignore[no-untyped-def]
    result = places("واتهمت الوزارة القوات بتنفيذ أعمال تخريبية في اتجاهات داشكسان وكالبجار.")
    assert role_of(result, "داشكسان") == "event" and role_of(result, "كالبجار") == "event"
    assert role_of(places("وتقع داشكسان في الغرب."), "داشكسان") != "event"


def test_spellings_of_karabakh_and_barda(places) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.place_id for m in places("اشتباكات في إقليم ناغورني كرباخ.").mentions] == ["nagorno_karabakh"]
    assert [m.place.place_id for m in places("تتعرض بلدات بردا وترتار لقصف.").mentions] == ["barda", "tartar"]
    # «بردا» is also the word "cold": without a cue or a list it is no place
    assert places("سلاما وبردا على القلوب.").mentions == ()
    # the Karabakh Defence Army is an organisation, not a place
    assert places("ووجهت وحدات جيش دفاع قره باغ ضربات معاكسة.").mentions == ()


def test_border_villages_of_the_clashes_and_the_delimitation_resolve(places) -> None:  # type: ignore[no-untyped-def]
    result = places("أعادت أرمينيا قرى باغانيس أيريم وأشاغي أسكيبارا وخيريملي وقيزيل حاجيلي إلى أذربيجان.")
    assert [m.place.place_id for m in result.mentions][1:5] == [
        "baganis_ayrim", "ashagi_askipara", "kheyrimli", "gizilhajili"]
    assert [m.place.place_id for m in places("قتل جنديان في منطقة نركين هاند.").mentions] == ["nerkin_hand"]
    assert [m.place.country for m in places("قصفت القوات قرية كوخانابي.").mentions] == ["AZ"]


def test_a_state_of_the_past_is_context(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("واستقلت أرمينيا وأذربيجان عن الاتحاد السوفياتي في 1991."), "الاتحاد السوفياتي") == "context"
    # a state of today in the same place acts
    assert role_of(places("وانتقدت روسيا الاتفاق."), "روسيا") == "actor"


def test_martial_law_a_shortage_and_the_humanitarian_situation_are_events(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وجرى إعلان الأحكام العرفية في أرمينيا."), "أرمينيا") == "event"
    assert role_of(places("وقال إن الوضع الإنساني في ستيباناكيرت صعب."), "ستيباناكيرت") == "event"
    # a statement of policy about the region is not an event there
    assert role_of(places("وقال إن الحل السياسي في قره باغ ممكن."), "قره باغ") != "event"


def test_the_state_something_is_handed_back_to_acts(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وأعادت أرمينيا أربع قرى حدودية إلى أذربيجان."), "أذربيجان") == "actor"
    assert role_of(places("واتفق الطرفان على تسليم البلدات إلى أذربيجان."), "أذربيجان") == "actor"
    # travelling to a state is not receiving anything
    assert role_of(places("وسافر الوزير إلى أذربيجان."), "أذربيجان") != "actor"


def test_a_city_where_talks_will_be_held_or_a_speech_given_is_a_venue(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقالت الحكومة إن محادثات بشأن إعادة الإدماج ستعقد غدا في مدينة يفلاخ."), "يفلاخ") == "venue"
    assert role_of(places("وقال علييف في كلمة أمام العسكريين في خانكندي إن الجيش انتصر."), "خانكندي") == "venue"
    # «منذ عقود» (for decades) is no meeting
    assert role_of(places("ويعيش الأرمن منذ عقود في مدينة يفلاخ."), "يفلاخ") != "venue"


def test_arriving_and_taking_refuge_in_the_exodus_are_events(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقالت إنها وصلت إلى بلدة كوريس فجرا بعد رحلة شاقة."), "كوريس") == "event"
    assert role_of(places("ولجأ آخرون إلى أقاربهم في يريفان."), "يريفان") == "event"
    # a town named in a speaker's description is no arrival
    assert role_of(places("وقال مزارع من بلدة ترتر إنه سمع دويا."), "ترتر") != "event"


def test_a_name_whose_first_two_words_are_glued_together(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وقالت السلطات في منطقة ناجورنوقرة باغ إنهم صدوا الهجوم.")
    assert [(m.surface, m.place.place_id) for m in result.mentions] == [("ناجورنوقرة باغ", "nagorno_karabakh")]
    # the glued words without the name's last word are no name
    assert places("وقالت السلطات في منطقة ناجورنوقرة إنهم صدوا الهجوم.").mentions == ()


def test_azerbaijani_names_of_armenian_towns_and_karabakh_split_in_two(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وقالت الوزارة إن القوات الأرمينية أطلقت النار من باساركيتشار وايستيسو وقاراكيلسا.")
    assert [m.place.place_id for m in result.mentions] == ["vardenis", "jermuk", "sisian"]
    assert [m.place.place_id for m in places("اندلعت معارك في كارا باخ.").mentions] == ["nagorno_karabakh"]
    assert [m.place.place_id for m in places("تقدمت القوات نحو البحيرة السوداء.").mentions] == ["sev_lich"]


def test_opening_fire_on_settlements_or_districts_named_in_plural(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وقالت إن القوات فتحت النار على مستوطنات جوريس وسوتك.")
    assert [m.role for m in result.mentions] == ["event", "event"]
    result = places("وتعرضت مواقع الجيش في محافظات داشكسان وكلبجار للقصف.")
    assert [m.role for m in result.mentions] == ["event", "event"]
    # a plural place noun with no event names no event place
    assert role_of(places("ويعيش السكان في مستوطنات جوريس وسوتك منذ قرون."), "جوريس") != "event"


def test_encroaching_on_a_territory_is_an_event_there(places) -> None:  # type: ignore[no-untyped-def]
    assert role_of(places("وقال إن باكو تتعدى على أراضي أرمينيا في منطقة سيونيك."), "سيونيك") == "event"
    # an amendment («تعديل») is no encroachment
    assert role_of(places("وناقش البرلمان تعديل قانون الانتخابات في منطقة سيونيك."), "سيونيك") != "event"


def test_names_listed_after_a_plural_cue_are_read_against_the_settlements(places) -> None:  # type: ignore[no-untyped-def]
    # «قرى سوتك وميتس ماسريك»: the village cue announces the whole list, not only its first name
    result = places("وتعرضت قرى سوتك وميتس ماسريك لإطلاق نار من الجانب الأذربيجاني.")
    assert [m.place.place_id for m in result.mentions] == ["sotk", "gn:am:mets_masrik"]


def test_a_word_after_a_plural_cues_list_that_is_no_name_stays_a_word(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وتعرضت قرى سوتك وميتس ماسريك وأصيب ثلاثة مدنيين.")
    assert [m.place.place_id for m in result.mentions] == ["sotk", "gn:am:mets_masrik"]
    text = "وتعرضت قرى سوتك وميتس ماسريك وأصيب ثلاثة مدنيين."
    assert [text[s.start:s.end] for s in result.unresolved] == []


def test_a_singular_cue_announces_one_name(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وتعرضت قرية سوتك وميتس ماسريك لإطلاق نار.")
    assert [m.place.place_id for m in result.mentions] == ["sotk"]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("وقصفت القوات قرية جيجاماسار.", "قرية جيجاماسار", "geghamasar"),  # Egyptian ج for g (غيغاماسار)
        ("وقصفت القوات منطقة شرق زنجزور.", "شرق زنجزور", "east_zangezur"),
    ],
)
def test_a_theatre_name_with_g_written_jim(places, text: str, surface: str, place_id: str) -> None:  # type: ignore[no-untyped-def]
    assert [(m.surface, m.place.place_id) for m in places(text).mentions] == [(surface, place_id)]


def test_a_jim_variant_that_is_a_common_word_is_no_name(places) -> None:  # type: ignore[no-untyped-def]
    # «مغري» (Meghri) with ج is «مجري», a watercourse: the word wins
    assert [m.place.place_id for m in places("وتغير مجرى النهر بعد الفيضان.").mentions] == []


def test_a_country_after_an_adverb_in_the_accusative_is_a_place(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وتضم المنظمة أيضاً روسيا وقرغيزستان، وتخشى الجمهورية الإسلامية أن يقطع الممر حدودها.")
    assert [m.place.place_id for m in result.mentions] == ["russia", "kyrgyzstan", "iran"]


def test_a_country_after_an_indefinite_noun_is_still_its_adjective(places) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.place_id for m in places("وأرسلت موسكو وفداً روسيا إلى المنطقة.").mentions] == ["moscow"]


def test_where_a_statement_was_made_is_its_venue_and_not_what_it_is_about(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وقال المتحدث باسم وزارة الدفاع الأرمينية في مؤتمر صحفي في يريفان إن القوات قصفت غوريس.")
    assert [(m.place.place_id, m.role) for m in result.mentions] == [("yerevan", "venue"), ("goris", "event")]
    assert result.claims[0].place_ids == ("goris",)


def test_a_town_struck_after_in_is_an_event(places) -> None:  # type: ignore[no-untyped-def]
    result = places("وقال المتحدث باسم وزارة الدفاع الأرمينية إن القوات قصفت مواقع في يريفان.")
    assert [(m.place.place_id, m.role) for m in result.mentions] == [("yerevan", "event")]


def test_a_common_word_after_a_cue_is_not_a_settlement(places) -> None:  # type: ignore[no-untyped-def]
    # «مدرسة» is also the village Madrasa in GeoNames; after «قرية» a word this common stays a word
    assert [m.place.place_id for m in places("وقصفت القوات قرية مدرسة الأطفال.").mentions] == []


def test_a_height_announced_is_no_village_and_no_foreign_town(places) -> None:  # type: ignore[no-untyped-def]
    result = places('وسيطر الجيش على مرتفعات "قرق قز" وعلى تلة صاري بابا.')
    assert [m.place.place_id for m in result.mentions] == []


def test_a_word_that_hides_a_foreign_town_after_a_proclitic_stays_a_word(places) -> None:  # type: ignore[no-untyped-def]
    # «بابا» is not ب + Aba (Nigeria); «بلندن» is ب + London
    result = places("وقال بابا الكنيسة إنه يصلي من أجل السلام، ثم سافر الوفد بلندن.")
    assert [m.place.name for m in result.mentions] == ["London"]
