"""Claim rules about who speaks and whom a claim is about: datelines before the verb, speakers
joined as counterparts, mutual accusations, a capital accused. One general rule per test, each
with a case where it must not fire; every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract
from geo.text.datelines import opens_dateline


@pytest.fixture
def run(gaz):  # type: ignore[no-untyped-def]
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=dt.date(2020, 10, 10)), gaz)

    return go


def sides_of(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.side for c in result.claims}


def test_a_dated_dateline_is_neither_speaker_nor_claim_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("باكو 5 مايو أيار (رويترز) - قالت أرمينيا اليوم إن القوات الأذربيجانية قصفت بلدة مارتوني.")
    claim = next(c for c in result.claims if c.side == "armenia")
    assert claim.speaker == "أرمينيا" and "baku" not in claim.place_ids and "martuni" in claim.place_ids
    assert sides_of(result) == {"armenia"}
    slash = run("موسكو 6 إبريل 2020 / أعربت أرمينيا عن قلقها إزاء القتال في شوشا.")
    assert "moscow" not in next(c for c in slash.claims if c.side == "armenia").place_ids


def test_a_hyphen_inside_a_name_does_not_cut_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("سلطات ناجورنو-قرة باغ قالت إن القصف طال مدينة مارتوني.")
    assert sides_of(result) == {"armenia"}


def test_a_city_with_a_date_and_a_mark_opens_a_dateline_a_count_does_not() -> None:
    assert opens_dateline("يريفان 3 أبريل نيسان (رويترز) - قالت", 0, 6)
    assert opens_dateline("موسكو 6 إبريل 2016 / أعرب", 0, 5)
    assert not opens_dateline("باكو تعلن مقتل 3 جنود", 0, 4)


def test_each_of_two_speakers_and_a_counterpart_take_their_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعرب كل من وزير الخارجية الروسي سيرغي لافروف ونظيره الأرميني عن قلقهما من القتال في شوشا.")
    assert sides_of(result) == {"russia", "armenia"}
    alone = run("أعرب وزير الخارجية الروسي سيرغي لافروف في لقاء مع الصحفيين الأرمن عن قلقه من القتال في شوشا.")
    assert sides_of(alone) == {"russia"}


def test_a_nationality_joined_after_the_object_is_not_a_second_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهم وزير الخارجية الأرميني باكو بالتسبب في العنف وتركيا بتشجيعه.")
    assert sides_of(result) == {"armenia"}


def test_sides_that_accuse_each_other_are_each_about_the_other_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتبادلت باكو ويريفان الاتهامات بقصف قرية تاليش.")
    places = {c.side: set(c.place_ids) for c in result.claims}
    assert places == {"azerbaijan": {"armenia", "talish_tartar"}, "armenia": {"azerbaijan", "talish_tartar"}}
    assert "talish_tartar" in result.contested  # each says the other fired on it
    one_way = run("واتهمت باكو ويريفان أنقرة بنقل مقاتلين.")
    assert all(c.place_ids == ("turkey",) for c in one_way.claims), [(c.side, c.place_ids) for c in one_way.claims]


def test_a_capital_held_responsible_stands_for_its_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحمّلت يريفان باكو المسؤولية عن التصعيد.")
    assert next(c for c in result.claims if c.side == "armenia").place_ids == ("azerbaijan",)
    named = run("وحمّلت يريفان باكو المسؤولية عن قصف بلدة مارتوني.")
    assert "martuni" in next(c for c in named.claims if c.side == "armenia").place_ids


def test_a_verb_in_a_relative_clause_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واندلع القتال في مسعى للسيطرة على الإقليم الذي أعلن استقلاله عن أذربيجان.")
    assert all(c.side == "none" for c in result.claims), [(c.side, c.speaker) for c in result.claims]
    # with a named subject after it, the relative clause's verb still has a speaker
    named = run("وهو الأمر الذي شدد عليه وزير الخارجية الأرميني في بيان عن قصف مارتوني.")
    assert sides_of(named) == {"armenia"}


def test_a_contrastive_opener_is_never_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبينما دعت العديد من الدول إلى الهدوء، أكد الرئيس التركي وقوف بلاده إلى جانب أذربيجان.")
    assert all(c.speaker != "وبينما" for c in result.claims)
    assert "turkey" in sides_of(result)


def test_a_contrastive_opener_without_a_comma_opens_a_second_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتجاهل الطرفان الدعوات لوقف القتال بينما ذكرت أذربيجان أنها عازمة على استعادة شوشا.")
    baku = next(c for c in result.claims if c.side == "azerbaijan" and c.speaker == "أذربيجان")
    assert baku.text.startswith("بينما") and baku.type == "control"
    # «فيما» followed by no reporting verb leaves the sentence whole
    whole = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني فيما تواصل القتال حتى الصباح.")
    assert len(whole.claims) == 1


def test_a_carrying_verb_with_a_subject_of_its_own_opens_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني، وأكد الرئيس التركي وقوف بلاده إلى جانب أذربيجان.")
    assert sides_of(result) == {"armenia", "turkey"}
    carried = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني، وأكدت أن قواتها ردت على مصادر النيران.")
    assert sides_of(carried) == {"armenia"}


def test_in_contrast_without_a_comma_opens_a_second_speakers_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واندلعت معارك عنيفة في مارتوني في حين دعا الرئيس الروسي إلى وقف فوري لإطلاق النار.")
    russia = next(c for c in result.claims if c.side == "russia")
    assert russia.text.startswith("في حين") and "martuni" not in russia.place_ids
    ends = run("وقالت وزارة الدفاع الأرمينية إن المعارك تدور في مارتوني")  # «في» as the last word: nothing to open
    assert sides_of(ends) == {"armenia"}


def test_a_quoted_place_in_a_speakers_title_belongs_to_the_title(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وزعم رئيس إقليم "ناغورني قره باغ" أن القوات الأرمينية استعادت مواقع في مارتوني.')
    claim = next(c for c in result.claims if c.side == "armenia")
    assert "nagorno_karabakh" not in claim.place_ids and "martuni" in claim.place_ids
    about = run('وقال الرئيس الأرميني إن القصف طال مدن "ناغورني قره باغ".')
    assert "nagorno_karabakh" in next(c for c in about.claims if c.side == "armenia").place_ids


def test_the_government_alone_points_back_to_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت حكومة أرمينيا إن ألف شخص عبروا إلى البلاد. وأضافت الحكومة أن عددهم سيرتفع.")
    assert sides_of(result) == {"armenia"}
    alone = run("وأضافت الحكومة أن عددهم سيرتفع في مارتوني.")
    assert sides_of(alone) == {"other"}


def test_a_participle_after_a_comma_is_the_same_speakers_next_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر، مضيفة أن جنديين أصيبا.")
    claims = [c for c in result.claims if c.side == "azerbaijan"]
    assert [c.type for c in claims] == ["attack", "casualties"]
    assert claims[1].text.startswith("مضيفة") and claims[1].speaker == claims[0].speaker
    accused = run("وأعلنت وزارة الدفاع الأرمينية مقتل جنديين، متهمة القوات الأذربيجانية ببدء إطلاق النار.")
    assert [c.type for c in accused.claims] == ["casualties", "accusation"]


def test_a_participle_of_saying_with_no_statement_after_it_stays_in_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    # «مشيرة» before a noun, not before what was said, is no second claim; nor is «لافتة» (a banner)
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني، مشيرة الى الخرائط المنشورة.")
    assert len(result.claims) == 1
    banner = run("وقالت وزارة الدفاع الأرمينية إن المتظاهرين رفعوا لافتة أمام السفارة في يريفان.")
    assert len(banner.claims) == 1


def test_plural_nationalities_and_plural_verbs_give_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ومن جهته، أشار حرس الحدود الأذربيجانيين إلى أن الجنود الأرمن أطلقوا النار على مواقعهم.")
    assert sides_of(result) == {"azerbaijan"}
    before = run("لكن المسؤولين الأرمن قالوا إن حدة القتال في مارتوني لم تخف.")
    assert sides_of(before) == {"armenia"}
    # a plural verb's subject is never the noun after it («ذكرتا فيها»): the last speaker goes on
    carried = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني. وجددتا فيها التأكيد على وقف إطلاق النار.")
    assert "other" not in sides_of(carried)


def test_where_a_new_speaker_reports_after_hayth(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت وسائل الإعلام وقوع اشتباكات في مارتوني، حيث أعلن الرئيس الأرميني مقتل 18 جنديا.")
    assert {"other", "armenia"} <= sides_of(result)
    place = run("وقالت وزارة الدفاع الأرمينية إن القوات قصفت مدينة مارتوني حيث يعيش آلاف المدنيين.")
    assert sides_of(place) == {"armenia"} and len(place.claims) == 1


def test_relaying_a_sources_words(run) -> None:  # type: ignore[no-untyped-def]
    result = run('ونقلت وكالة إنترفاكس قول متحدث باسم القوات الأرمينية "العمليات القتالية مستمرة في مارتوني".')
    assert sides_of(result) == {"armenia"}


def test_a_mutual_accusation_contests_where_the_sentence_says_it_happened(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واندلعت اشتباكات عنيفة في مدينة مارتوني، حيث تبادل الطرفان الاتهامات ببدء الهجوم.")
    assert "martuni" in result.contested
    one_side = run("واندلعت اشتباكات عنيفة في مدينة مارتوني، حيث اتهمت أرمينيا أذربيجان ببدء الهجوم.")
    assert "martuni" not in one_side.contested


def test_a_reporting_verb_with_an_object_pronoun_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأقامت أذربيجان نقطة تفتيش في ممر لاتشين. واعتبرته يريفان خرقا للاتفاق.")
    assert "armenia" in sides_of(result)
    # a noun in ة folds like a verb with ه («إضافة», «إشارة»): no speaker
    noun = run("وتعرضت مدينة كنجة لهجوم بأربعة صواريخ إضافة إلى الذخائر العنقودية.")
    assert sides_of(noun) <= {"none"}


def test_a_reporting_verb_before_a_colon_is_not_part_of_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت ستيبانيان: هذه معلومات مضللة عن قصف كنجة.")
    assert [c.speaker for c in result.claims] == ["ستيبانيان"]
    vocalised = run("وَأَضَـافَ باشينيان: القصف طال مارتوني.")
    assert [c.speaker for c in vocalised.claims] == ["باشينيان"]
    headline = run("باكو: 21 قتيلا بقصف على بردعة")
    assert [(c.speaker, c.side) for c in headline.claims] == [("باكو", "azerbaijan")]


def test_a_state_joined_by_and_before_a_reporting_verb_is_a_second_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أذربيجان تعلن السيطرة على مدينة جبرائيل وأرمينيا تنفي")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert"), ("armenia", "deny")]
    # a state joined by و as the object of the first verb is no speaker
    objects = run("أذربيجان تتهم روسيا وأرمينيا بقصف مدينة جبرائيل")
    assert sides_of(objects) == {"azerbaijan"}


def test_criticising_is_an_accusation_by_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وانتقدت موسكو قصف مدينة ستيباناكيرت.")
    assert [(c.side, c.type) for c in result.claims] == [("russia", "accusation")]


def test_an_announcement_of_what_follows_an_in_a_verbal_noun_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("يأتي ذلك بعد إعلان وزارة الدفاع في ناغورني كاراباخ عن التوصل إلى اتفاق لوقف إطلاق النار.")
    claim = next(c for c in result.claims if c.side == "armenia")
    assert claim.speaker == "وزارة الدفاع في ناغورني كاراباخ"  # the two-word place ends the speaker
    # a declaration that states nothing after its author is no report
    declaration = run("وجرى تطبيق إعلان ألما آتا في المفاوضات.")
    assert all(c.side == "none" for c in declaration.claims)


def test_the_two_states_exchanging_accusations_speak_for_both_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("في حين تتبادل الدولتان الاتهامات بالقيام باستفزازات.")
    assert {(c.side, c.place_ids) for c in result.claims} == {("armenia", ("azerbaijan",)), ("azerbaijan", ("armenia",))}


def test_a_bare_office_in_the_statement_points_back(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الأذرية إن القصف طال ترتر. وأضافت الخارجية في البيان أن القصف تواصل.")
    assert sides_of(result) == {"azerbaijan"}


def test_and_said_that_after_a_comma_is_the_same_speakers_next_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث الأرميني إن القوات ردت على النيران في مارتوني، وقال إن هناك استفزازات من الجانب الأذربيجاني.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    assert result.claims[1].text.startswith("وقال إن")
    # inside the statement, «وأن» goes on with the same proposition
    joined = run("وقال المتحدث الأرميني إن القوات ردت على النيران في مارتوني وأن الوضع مستقر.")
    assert len(joined.claims) == 1


def test_an_accusing_verb_joined_by_and_is_the_same_speakers_next_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووصفت وزارة الدفاع الأرمينية هذه الاتهامات بأنها «كذب» واتهمت أذربيجان بمواصلة قصف مارتوني.")
    # (accused of shelling a town: the shelling is the point, so an attack claim)
    assert [(c.side, c.type) for c in result.claims][-1] == ("armenia", "attack")
    assert len(result.claims) == 2 and result.claims[1].text.startswith("واتهمت")
    # a denial noun («ونفي») is no second claim
    noun = run("وقال بوتين إن روسيا وفت بالتزاماتها ونفي ذلك غير ممكن في شوشا.")
    assert len(noun.claims) == 1


def test_an_outlet_reporting_a_sides_announcement_passes_the_claim_on(run) -> None:  # type: ignore[no-untyped-def]
    result = run("صرحت وكالة إنترفاكس الروسية بأن برلمان أرمينيا أعلن عن مقتل 15 جنديا في اشتباكات قرب جرموك.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "برلمان أرمينيا")]
    # a side's own ministry saying what another announced keeps its claim
    own = run("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية أعلنت هجوما على جرموك.")
    assert sides_of(own) == {"armenia"}


def test_two_capitals_with_a_dual_verb_are_one_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وكانت باكو ويريفان أعلنتا اندلاع المعارك في مارتوني.")
    assert len({c.text for c in result.claims}) == 1 and sides_of(result) == {"azerbaijan", "armenia"}


def test_a_negation_before_a_passive_verb_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("والتقى القادة في الإمارات لكن لم يعلن عن نتائج اللقاء بشأن قره باغ.")
    assert all(c.speaker != "لم" for c in result.claims)


def test_but_another_speaker_denied_opens_a_second_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت أرمينيا إسقاط مروحيتين قرب مارتوني، لكن وزارة الدفاع الآذرية نفت هذه المزاعم.")
    assert [(c.side, c.polarity) for c in result.claims] == [("armenia", "assert"), ("azerbaijan", "deny")]
    # «لكن» with no speaker of its own goes on with the first
    same = run("وأعلنت أرمينيا إسقاط مروحيتين قرب مارتوني، لكن القتال مستمر هناك.")
    assert [c.side for c in same.claims] == ["armenia"]


def test_in_which_after_the_verb_is_no_part_of_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("في خطاب أعلن فيه الرئيس الآذري إن جيشه سيطر على جبرائيل.")
    assert [c.speaker for c in result.claims if c.side == "azerbaijan"] == ["الرئيس الآذري"]


def test_calling_the_other_sides_charges_lies_denies_them_where_they_were_made(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت أذربيجان أرمينيا بقصف مدينة كنجة. وقالت باكو إن 40 مدنيا قتلوا. "
                 "فيما وصفت وزارة الدفاع الأرمينية هذه الاتهامات بأنها «كذب صراح».")
    denial = next(c for c in result.claims if c.side == "armenia")
    assert denial.polarity == "deny" and "ganja" in denial.place_ids and "ganja" in result.contested
    # a description that names no statement is no rebuttal of one
    plain = run("واتهمت أذربيجان أرمينيا بقصف مدينة كنجة. فيما وصفت وزارة الدفاع الأرمينية الوضع بأنه هادئ.")
    assert "ganja" not in next(c for c in plain.claims if c.side == "armenia").place_ids


def test_an_office_with_a_possessive_speaks_for_the_last_state_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت تركيا إن القصف طال بردعة. وقال رئيس وزرائها إن ذلك جريمة حرب.")
    assert [c.side for c in result.claims] == ["turkey", "turkey"]
    # a possessive on an ordinary noun gives no side
    other = run("وقالت تركيا إن القصف طال بردعة. وقال سكانها إن ذلك جريمة حرب.")
    assert [c.side for c in other.claims][1:] == ["other"]


def test_a_share_of_a_group_speaks_for_the_groups_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال عدد من المسؤولين الأذربيجانيين إن القصف طال ترتر.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "عدد من المسؤولين الأذربيجانيين")]
    # «من» after an ordinary noun still ends the speaker
    plain = run("وقال مسؤول من الشرطة إن القصف طال ترتر.")
    assert [c.speaker for c in plain.claims] == ["مسؤول"]


def test_a_statement_issued_is_not_part_of_its_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقد أصدرت وزارة الدفاع الأرمنية بياناً أوضحت فيه أن القصف طال مارتوني.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "وزارة الدفاع الأرمنية")]


# --- quotations that run over several sentences ------------------------------------------------


def test_every_sentence_of_a_quotation_is_its_speakers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال باشينيان: “الوضع صعب للغاية. لا يمكن للشاحنات أن تدخل ستيباناكرت عبر ممر لاتشين.”\n"
                 "وتدخل الشاحنات مدينة غوريس كل يوم.")
    into = next(c for c in result.claims if "stepanakert" in c.place_ids)
    assert into.side == "armenia" and into.speaker == "باشينيان"
    # after the quotation closes, the reporter's narrative is no one's claim
    assert not any(c.side == "armenia" and "goris" in c.place_ids for c in result.claims)


def test_an_unclosed_quotation_ends_with_its_paragraph(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال باشينيان: “الوضع صعب للغاية. لا يمكن للشاحنات أن تدخل ستيباناكرت.\n"
                 "وقصفت القوات مدينة غوريس. وتضررت المنازل في غوريس.")
    assert any(c.side == "armenia" and "stepanakert" in c.place_ids for c in result.claims)
    assert not any(c.side == "armenia" and "goris" in c.place_ids for c in result.claims)


def test_an_agency_relaying_a_named_source_passes_the_claim_on(run) -> None:  # type: ignore[no-untyped-def]
    result = run('ونقلت وكالة "إنترفاكس" الروسية للأنباء عن رئيس الوزراء الأرميني قوله إن القوات قصفت مارتوني.')
    assert sides_of(result) == {"armenia"}
    result = run("ونقلت وكالة إنترفاكس قول متحدث باسم القوات الانفصالية إن القوات قصفت مارتوني.")
    assert sides_of(result) == {"armenia"}  # the Karabakh separatists are on Armenia's side
    # an agency that reports without a source speaks for itself
    assert sides_of(run("ونقلت وكالة تاس الروسية أن القوات الروسية انتشرت في لاتشين.")) == {"russia"}


def test_a_long_verb_with_a_bare_object_pronoun_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووقع الطرفان الاتفاق في واشنطن، فيما اعتبره باشينيان خطوة لإنهاء عقود من النزاع.")
    assert "armenia" in sides_of(result)
    # a noun of the same letters (ة folds to ه) is no verb: «استعادة» is not «استعاد» + ه
    result = run("وتواصل القوات الأذربيجانية استعادة القرى حول شوشا.")
    assert all(c.speaker != "القرى" for c in result.claims)


def test_the_officials_point_back_to_the_officials_named_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وذكر المسؤولون الأمريكيون أن الرئيسين سيلتقيان في واشنطن. وأضاف المسؤولون أن الزعيمين سيوقعان اتفاقا.")
    assert [c.side for c in result.claims] == ["usa", "usa"]
    # officials never named before have no side to take
    assert sides_of(run("وأضاف المسؤولون أن الزعيمين سيوقعان اتفاقا في واشنطن.")) <= {"other", "none"}


def test_calling_a_report_false_denies_it_and_a_request_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووصفت أذربيجان المعلومات عن قصف قرية تيغ بالـ«خاطئة».")
    assert [c.polarity for c in result.claims] == ["deny"]
    result = run("طلبت موسكو من باكو فتح ممر لاتشين أمام المدنيين.")
    assert [(c.side, c.type) for c in result.claims] == [("russia", "humanitarian")]


def test_the_matter_which_a_side_denied_is_a_denial_of_what_was_just_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقصفت القوات مدينة ترتر. واتهمت أرمينيا أذربيجان بإطلاق النار على المراقبين، الأمر الذي نفته باكو.")
    denial = next(c for c in result.claims if c.side == "azerbaijan")
    assert denial.polarity == "deny" and denial.speaker == "باكو"
    assert "tartar" not in denial.place_ids  # what was just said named no place
    # «الأمر» that opens no statement is no second claim
    result = run("وقال الوزير إن القوات قصفت مدينة ترتر، الأمر الذي يثير القلق.")
    assert len(result.claims) == 1


def test_a_reporters_connective_before_the_subject_is_no_part_of_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("يذكر أنّ أذربيجان أعلنت، الأحد الماضي، أنّها أقامت نقطة تفتيش على ممر لاتشين.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "أذربيجان")]
    # a speaker with no connective keeps all its words
    result = run("وزارة الدفاع الأرمينية أعلنت أن القوات قصفت بلدة مارتوني.")
    assert [c.speaker for c in result.claims] == ["وزارة الدفاع الأرمينية"]


def test_exchanging_fire_reports_nothing_exchanging_blame_does(run) -> None:  # type: ignore[no-untyped-def]
    assert sides_of(run("وتبادلت قوات الطرفين إطلاق النار قرب بلدة تيغ.")) <= {"none"}
    assert sides_of(run("وتبادلت باكو ويريفان الاتهامات بقصف بلدة تيغ.")) == {"armenia", "azerbaijan"}


def test_a_subject_before_a_comma_and_an_auxiliary_speaks(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال باشينيان إن القصف مستمر. وكانت وزارة الدفاع الأذربيجانية، قد قالت في وقت سابق، إن "
                 "القوات الأرمينية أطلقت النار على ترتر.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]


def test_a_statement_issued_by_the_office_named_before_is_its(run) -> None:  # type: ignore[no-untyped-def]
    result = run('صرح المكتب الصحفي للحكومة الأرمنية بأن 2900 شخص غادروا قره باغ. وجاء في بيان صدر عن المكتب: '
                 '"دخل 2906 أشخاص أرمينيا".')
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_the_one_called_on_is_not_the_caller(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد المتحدث باسم رئيس إقليم قره باغ أن المدينة تعرضت للقصف. ودعا السكان للنزول إلى الملاجئ.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    # a capital called on with إلى is still the caller when it has a side («فيما دعت باريس إلى التطبيق»)
    assert sides_of(run("وقالت موسكو إن الهدنة صامدة. فيما دعت باريس إلى التطبيق الصارم للاتفاق.")) == {"russia", "france"}


def test_information_published_by_a_source_is_the_sources_and_sourceless_reports_no_ones(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وبحسب معلومات نشرتها وزارة الدفاع الروسية، فإن الجانب الأذربيجاني أغلق طريق لاتشين.")
    assert [(c.side, c.speaker) for c in result.claims] == [("russia", "وزارة الدفاع الروسية")]
    assert sides_of(run("وبحسب معلومات غير رسمية، قتل ثلاثة مدنيين في قصف على مارتوني.")) == {"none"}


def test_the_place_in_a_speakers_title_is_not_what_the_claim_is_about(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس إقليم ناغورني كاراباخ إن القوات استعادت مواقع حيوية.")
    assert [(c.side, c.speaker, c.place_ids) for c in result.claims] == [
        ("armenia", "رئيس إقليم ناغورني كاراباخ", ())]
    # a place after «في إقليم» that ends no title is what is said
    result = run("وقال الوزير إن القوات استعادت مواقع في إقليم ناغورني كاراباخ.")
    assert "nagorno_karabakh" in result.claims[0].place_ids


def test_a_welcome_of_the_agreement_is_about_its_parties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال ترامب إن العلاقة بين أرمينيا وأذربيجان ستكون جيدة. ورحبت تركيا بالاتفاق.")
    welcome = next(c for c in result.claims if c.side == "turkey")
    assert set(welcome.place_ids) == {"armenia", "azerbaijan"}
    # with no claim naming both parties before it, the welcome names no place
    result = run("وقال بوتين إن العلاقة بين روسيا وتركيا جيدة. ورحبت إيران بالاتفاق.")
    assert next(c for c in result.claims if c.side == "iran").place_ids == ()


def test_speakers_joined_by_and_end_before_the_object_they_describe(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ووصف علييف وباشينيان وساطة ترامب بأنها تستحق جائزة نوبل للسلام.")
    assert sides_of(result) == {"azerbaijan", "armenia"}
    # a counterpart joined by و goes on with the speakers
    result = run("وقال الرئيس الأذربيجاني ونظيره الأرميني إن الاتفاق تاريخي.")
    assert sides_of(result) == {"azerbaijan", "armenia"}


def test_a_short_verb_with_an_object_pronoun_after_and_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ورحبت تركيا وفرنسا بالاتفاق، ووصفه علييف بأنه اليوم التاريخي للسلام في القوقاز.")
    assert [c.side for c in result.claims][-1] == "azerbaijan" and len({c.start for c in result.claims}) == 2


def test_reports_of_an_agency_that_relays_a_source_are_the_sources(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وهاجمت القوات الأذربيجانية مواقع أرمينية، وفقا لتقارير وكالة أنباء روسية نقلت عن وزارة الدفاع الأرمينية.")
    assert sides_of(result) == {"armenia"}
    # an agency relaying a source with no side keeps the claim
    assert sides_of(run("وكالة تاس نقلت عن مصادر أن القوات انتشرت في لاتشين.")) == {"russia"}


def test_a_denial_of_these_charges_is_about_the_town_struck(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت السلطات الأذربيجانية مقتل 13 مدنيا جراء سقوط صاروخ على مدينة جانجا. وقال حاجييف إن الصاروخ "
                 "أطلق من أراضي أرمينيا. ونفت وزارة الدفاع الأرمينية هذه الاتهامات جملة وتفصيلا.")
    denial = next(c for c in result.claims if c.side == "armenia")
    assert denial.place_ids == ("ganja",) and "ganja" in result.contested
    # a charge that locates nothing but the state leaves the denial about that state
    result = run("واتهمت أذربيجان تركيا بإرسال مرتزقة. ونفت تركيا ذلك.")
    assert next(c for c in result.claims if c.side == "turkey").place_ids == ("turkey",)


def test_the_other_sides_contrary_version_in_the_same_sentence_contests_the_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت سلطات الإقليم القوات الأذربيجانية بقصف أحياء سكنية في ستيباناكيرت، في حين قالت وزارة "
                 "الدفاع الأذربيجانية إنها لا تستهدف المدنيين.")
    assert "stepanakert" in result.contested
    assert next(c for c in result.claims if c.side == "azerbaijan").place_ids == ()  # it names no place itself
    # the same side going on with a negation contests nothing
    result = run("وقالت سلطات الإقليم إن القوات الأذربيجانية قصفت ستيباناكيرت ولم تتوقف حتى الصباح.")
    assert result.contested == ()


def test_a_quotation_mark_ends_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال باشينيان “وقعت بيانا بشأن إنهاء الحرب مع الرئيسين الروسي والأذربيجاني”.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "باشينيان")]
    # a name with no quotation after it keeps its title
    result = run("وقال الرئيس الأذربيجاني إلهام علييف إن القوات حررت قرية.")
    assert result.claims[0].speaker == "الرئيس الأذربيجاني إلهام علييف"


def test_his_counterpart_after_the_verb_is_whom_he_told(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الأرمينية إن الوزير ميرزويان، أبلغ نظيره الروسي بتفاصيل الهجوم على الحدود.")
    assert {c.side for c in result.claims} == {"armenia"}
    # a counterpart listed with the subject speaks with him
    result = run("وأعرب كل من رئيس الوزراء الروسي ونظيره الأرميني عن قلقهما إزاء القتال.")
    assert {"russia", "armenia"} <= {s for c in result.claims for s in [c.side]}


def test_residents_of_a_town_speak_for_its_side(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وأعرب سكان ستيباناكيرت عن قلقهم من الحصار.").claims[0].side == "armenia"
    # residents of a town no side holds are no side's
    assert run("وأعرب سكان القرية عن قلقهم من الحصار.").claims[0].side != "armenia"


def test_nafa_with_alif_maqsura_is_the_verb_not_the_noun(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونفى مسؤولون أرمن صحة التقارير عن سقوط شوشا.")
    assert [c.side for c in result.claims] == ["armenia"] and result.claims[0].polarity == "deny"
    # the noun «نفي» (denial) with no statement after it reports nothing
    assert run("وجاء نفي الوزارة متأخرا.").claims == ()


def test_a_time_adverbial_between_the_verb_and_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال في وقت لاحق الرئيس الأذربيجاني إلهام علييف إن الجيش حرر قرية.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "الرئيس الأذربيجاني إلهام علييف")]
    result = run("وأعلن اليوم الرئيس الأذربيجاني تحرير قرية.")
    assert [c.side for c in result.claims] == ["azerbaijan"]
    # a time word followed by the statement leaves the subject to the last speaker
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف مستمر. وقالت اليوم إن الجيش صد هجوما.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_officials_from_a_state_and_each_side_speak_for_their_sides(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وقال مسؤولون من أرمينيا إن القصف مستمر.").claims[0].side == "armenia"
    assert {c.side for c in run("وقال كل طرف إن الآخر بدأ القتال.").claims} == {"armenia", "azerbaijan"}
    result = run("وأصدرت وزارتا الدفاع في البلدين بيانات قالتا فيها إن جنودا قتلوا.")
    assert {c.side for c in result.claims} == {"armenia", "azerbaijan"}
    # one official from an organisation is not a state's
    assert run("وقال مسؤول من الأمم المتحدة إن القصف مستمر.").claims[0].side not in ("armenia", "azerbaijan")


def test_a_headline_in_the_present_tense_reports(run) -> None:  # type: ignore[no-untyped-def]
    result = run("روسيا تعرب عن قلقها إزاء حصار قرة باغ")
    assert [(c.side, c.speaker) for c in result.claims] == [("russia", "روسيا")]
    result = run("باكو تدين قصف مدينة ترتر")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    # a present-tense verb of another kind is no report
    assert all(c.side != "russia" for c in run("روسيا تنشر قوات حفظ السلام في قرة باغ").claims)


def test_a_verbal_noun_right_after_the_verb_is_what_was_announced(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال علييف إن الجيش حقق النصر. وأعلنت استعادة السيطرة على المنطقة.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "other"), ("azerbaijan", "control")]
    # a definite subject after the verb still speaks, and so does a mission («بعثة» also names talks)
    result = run("وقال علييف إن الجيش حقق النصر. وأعلنت الخارجية الأرمينية مقتل جنديين.")
    assert result.claims[-1].side == "armenia"
    result = run("وقال علييف إن الجيش حقق النصر. وأكدت بعثة مراقبي الاتحاد الأوروبي وجودها وقت إطلاق النار.")
    assert result.claims[-1].side == "eu"


def test_a_subjectless_statement_after_narrative_about_a_person_is_his(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الصفحة إن القتلى ثلاثة. وفي 9 نوفمبر، وقع رئيس الوزراء الأرميني، نيكول باشينيان، "
                 "على بيان إنهاء الحرب. وقال إن القرار كان مؤلما.")
    assert [c.side for c in result.claims] == ["other", "armenia"]
    # a page-chrome line that opens with a noun names no one who then speaks
    result = run("وقال الوزير الأرميني إن المحكمة أنصفت بلاده.\nبعثة الاتحاد الأوروبي تغادر إلى أرمينيا\n"
                 "وأضاف أن الحقيقة تسود.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_a_quotation_broken_by_an_ellipsis_in_brackets_stays_its_speakers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال باشينيان “أعزائي المواطنين (…) وقعت بيانا بشأن إنهاء الحرب في كاراباخ”.")
    assert {c.side for c in result.claims} == {"armenia"} and len(result.claims) == 2


def test_a_title_in_apposition_before_a_name_gives_the_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وكان مدير القسم الرابع في وزارة الخارجية الروسية، دينيس غونتشار، قد أعلن أن موسكو على "
                 "تواصل مع باكو ويريفان.")
    assert [c.side for c in result.claims] == ["russia"]
    # an adverbial phrase before the comma is no title: the name alone speaks
    result = run("وفي وقت لاحق من اليوم، دينيس غونتشار أعلن أن موسكو على تواصل مع باكو.")
    assert "russia" not in [c.side for c in result.claims]


def test_but_she_said_points_back_and_last_saturday_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات تقدمت. ولم تقدم الوزارة تفاصيل، لكنها قالت إن المواقع "
                 "أصبحت محيدة.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]
    result = run("وكان الجيش الأذري، أعلن السبت الماضي، استعادته بعض المواقع الاستراتيجية.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "الجيش الأذري")]


def test_a_negated_reporting_verb_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    assert run("ولم تعلن أذربيجان عن حصيلة قتلاها العسكريين.").claims == ()
    # a negation inside the statement is the speaker's denial, still a claim
    result = run("وأعلنت أذربيجان أن قواتها لم تقصف مدينة ستيباناكيرت.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "deny")]
    # losing positions, in any tense, is control
    result = run("وأعلنت أذربيجان أنها لم تخسر أي مواقع.")
    assert [(c.type, c.polarity) for c in result.claims] == [("control", "deny")]


def test_a_bare_title_repeated_from_the_last_speaker_points_back(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني نيكول باشينيان إن القوات تقدمت. وبحسب رئيس الوزراء، رد الجيش على الانتهاك.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    # a title the last speaker did not bear stays unknown
    result = run("وقال وزير الدفاع الأذربيجاني إن القوات تقدمت. وبحسب رئيس الوزراء، رد الجيش على الانتهاك.")
    assert result.claims[-1].side != "azerbaijan"


def test_believing_claiming_and_each_of_the_two(run) -> None:  # type: ignore[no-untyped-def]
    assert run("يعتقد رئيس الوزراء الأرميني أن باكو تتعدى على أراضي بلاده.").claims[0].side == "armenia"
    assert run("يدعي رئيس وزراء أرمينيا أن لدى باكو خرائط مزيفة.").claims[0].side == "armenia"
    assert {c.side for c in run("وتقول كل منهما إنها كبدت الأخرى خسائر فادحة.").claims} == {"armenia", "azerbaijan"}


def test_state_outlets_speak_for_their_states(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وأكدت RT في كارا باخ أن شوشا تحت السيطرة.").claims[0].side == "russia"
    assert run("وقال مراسل الأناضول إن القصف مستمر على ترتر.").claims[0].side == "turkey"
    # a source the outlet relays speaks for itself
    assert run("ونقلت روسيا اليوم عن وزارة الدفاع الأرمينية أن القصف مستمر.").claims[0].side == "armenia"
