"""Claim rules of the round "12-17", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- a name or a title in apposition belongs to the speaker ---------------------------------------------------


def test_a_known_name_after_a_comma_is_the_speaker_even_with_no_comma_after_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث باسم وزارة الدفاع، أنار إيفازوف في مؤتمر صحفي إن الجيش استعاد قرية سوغوفوشان.")
    assert [(c.side, c.speaker_en) for c in result.claims] == [("azerbaijan", "Anar Eyvazov")]
    result = run("وقالت المتحدثة، شوشان ستيبانيان، إن القصف طال مارتوني.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ("martuni",))]


def test_an_unknown_word_after_a_bare_head_and_a_comma_is_not_a_name(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت وزارة الدفاع الأذربيجانية إن القصف طال ترتر. وأضافت الوزارة، في بيان لاحق، أن القصف طال غورانبوي.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]
    assert result.claims[1].speaker == "الوزارة"


def test_a_title_after_a_name_and_a_comma_gives_the_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وصرح جون سميث، المتحدث باسم البيت الأبيض، بأن الرئيسين سيوقعان اتفاق السلام مع أرمينيا وأذربيجان.")
    assert [(c.side, c.speaker_en) for c in result.claims] == [("usa", "White House")]
    result = run("وقال جون سميث، الخبير في شؤون القوقاز، إن الهدنة في قره باغ هشة.")
    assert [c.side for c in result.claims] == ["other"]


# --- a verb agrees with its subject: a noun or a state it does not agree with is its object --------------------


def test_a_masculine_noun_after_a_feminine_verb_of_accusing_is_the_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأرمينية مقتل جنديين في مارتوني. "
                 "واتهمت الجيش الأذربيجاني باستخدام المدفعية الثقيلة ضد مواقعها.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_a_ministry_short_for_its_name_agrees_with_a_feminine_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اتهمت الدفاع الأذربيجانية الجيش الأرمني بقصف قرية في محافظة ترتر.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_a_state_after_a_masculine_verb_of_accusing_is_the_accused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني إن الهجوم على مارتوني استفزاز. واتهم أذربيجان باستخدام المسيرات ضد المدنيين.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_a_masculine_verb_before_a_state_that_speaks_first_in_the_article_keeps_it_as_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهم أذربيجان أرمينيا بقصف ترتر.")  # (no earlier speaker to carry over)
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_urging_with_hadda_is_a_reporting_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحض وزير الخارجية الأمريكي قادة أرمينيا وأذربيجان على الالتزام بوقف إطلاق النار.")
    assert [c.side for c in result.claims] == ["usa"]
    result = run("وحضر وزير الخارجية الأمريكي اجتماع قادة أرمينيا وأذربيجان.")
    assert [c.side for c in result.claims if c.side != "none"] == []


# --- a fronted adverbial or a clause opener is not a subject ----------------------------------------------------


def test_a_fronted_concession_is_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وعلى الرغم من نفي الحكومة الأرمينية أي قصف صرح وزير الدفاع الأذربيجاني بأن القصف طال ترتر.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "وزير الدفاع الأذربيجاني")]
    result = run("الحكومة الأرمينية نفت أي قصف على ترتر.")  # (a subject before its verb still speaks)
    assert [c.side for c in result.claims] == ["armenia"]


def test_simultaneously_opens_another_speakers_clause(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت الحكومة الأذربيجانية إصابة مدنيين في ترتر تزامنا نفت وزارة الدفاع الأرمينية قصف المدينة.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert"), ("armenia", "deny")]
    result = run("أعلنت الحكومة الأذربيجانية إصابة مدنيين في ترتر تزامنا مع القصف.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_as_reported_with_ala_ma_puts_the_speaker_after_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قصفت القوات الأرمينية مدينة ترتر، على ما أفادت وزارة الدفاع الأذربيجانية.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("azerbaijan", ("tartar",))]


# --- «علي» written with «ي» before a name is Ali, not «على» -----------------------------------------------------


def test_the_given_name_ali_can_open_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال علي لاريجاني إن القتال في قره باغ يقلق طهران.")
    assert [(c.side, c.speaker_en) for c in result.claims] == [("iran", "Ali Larijani")]
    result = run("وقال المرشد الأعلى علي خامنئي إن الحدود مع أرمينيا خط أحمر.")
    assert [c.side for c in result.claims] == ["iran"]


def test_the_preposition_written_with_ya_does_not_open_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكد علي ضرورة وقف القتال في قره باغ. وشدد علي أهمية الحل السلمي.")
    assert all(c.side == "none" and not c.speaker.startswith("علي") for c in result.claims)


def test_a_prime_minister_is_labelled_as_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رئيس الوزراء الأرميني إن القصف طال غوريس. وقال الرئيس الأذربيجاني إن الجيش لم يقصف غوريس.")
    assert [c.speaker_en for c in result.claims] == ["Armenian prime minister", "Azerbaijani president"]


# --- word lists compared with keys are written as keys -----------------------------------------------------------


def test_word_lists_read_against_keys_hold_keys() -> None:
    """A word in a list that is compared with folded keys must be folded too («على» is «علي», «مئات» is
    «ميات», «قرى» is «قري»), or it can never match; each of these once held an unfolded word."""
    from geo.claims.blame import _STARTED, JUDGING
    from geo.claims.claimwords import _QUANTIFIERS
    from geo.claims.figures import _COUNTED_STOP, _DURATIONS
    from geo.claims.revisions import _LATTER
    from geo.claims.speakerspan import PREPOSITIONS
    from geo.claims.subjects import _AS_WHAT
    from geo.places.roles import _PLURAL_PLACE_NOUNS
    from geo.text.clitics import ROOT_WAW
    from geo.text.keys import normalise_key

    for words in (_QUANTIFIERS, _LATTER, PREPOSITIONS, _AS_WHAT, _STARTED, JUDGING, _PLURAL_PLACE_NOUNS, ROOT_WAW,
                  _COUNTED_STOP, _DURATIONS):
        assert [w for w in words if normalise_key(w) != w] == []


def test_a_root_waw_word_keeps_its_waw() -> None:
    from geo.text.clitics import CONJUNCTIONS, strip_proclitic
    from geo.text.keys import normalise_key

    assert strip_proclitic(normalise_key("وسائل"), CONJUNCTIONS) == normalise_key("وسائل")
    assert strip_proclitic(normalise_key("ووسائل"), CONJUNCTIONS) == normalise_key("وسائل")
    assert strip_proclitic(normalise_key("وسكان"), CONJUNCTIONS) == normalise_key("سكان")


# --- a verb of saying takes no person as its object -------------------------------------------------------------


def test_a_speaker_after_a_verb_of_saying_outranks_a_phrase_before_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ويخضع الممر منذ أشهر لحصار أذربيجاني قالت يريفان إنه تسبب بأزمة إنسانية في قره باغ.")
    assert [c.side for c in result.claims] == ["armenia"]
    result = run("وزارة الدفاع الأذربيجانية قالت إن القوات الأرمينية قصفت ترتر.")  # (no speaker after the verb)
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_a_state_after_a_masculine_verb_of_warning_is_the_one_warned(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الأذربيجاني السيطرة على شوشا. وحذر أرمينيا من مواصلة القتال في قره باغ.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]


# --- a carried-over verb agrees with the speaker it continues ---------------------------------------------------


def test_a_masculine_verb_does_not_continue_a_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الأذربيجاني أن الجيش حرر شوشا. في المقابل تقول أرمينيا إن القتال حول شوشا مستمر. "
                 "وقال في خطابه إن شوشا حررت من الاحتلال.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia", "azerbaijan"]


def test_a_feminine_verb_still_continues_a_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الأذربيجاني أن الجيش حرر شوشا. في المقابل تقول أرمينيا إن القتال حول شوشا مستمر. "
                 "وأضافت أن القوات صدت هجوما قرب شوشا.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia", "armenia"]


def test_a_state_speaking_through_a_spokesman_takes_a_masculine_verb(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الرئيس التركي إن قره باغ أرض أذربيجانية. وعلقت إيران على لسان المتحدث باسم خارجيتها، "
                 "قائلا إن طهران تدعو إلى الحوار بين باكو ويريفان.")
    assert [c.side for c in result.claims] == ["turkey", "iran", "iran"]


# --- a verbal noun after a preposition, a phrase ending in one, a demand with only a pronoun --------------------


def test_a_reporting_word_right_after_a_preposition_is_a_verbal_noun(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال بوتين إن البلدين اتفقا على وقف القتال. واتفقت الدولتان على نشر قوات حفظ سلام روسية في قره باغ.")
    assert all(c.speaker != "قوات حفظ سلام روسية" for c in result.claims)
    result = run("بروكسل - أ ف ب: أعلن وزراء خارجية الاتحاد الأوروبي إرسال بعثة إلى حدود أرمينيا.")
    assert [c.side for c in result.claims] == ["eu"]  # («ب:» ends an outlet's credit, not a preposition)


def test_words_before_a_verbal_noun_that_end_in_a_preposition_are_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("إن استخدام اسم ناغورنو كاراباخ في تصريحات وزارة الدفاع الروسية لا يحترم سيادة أذربيجان.")
    assert all(c.side != "armenia" for c in result.claims)


def test_demanding_it_with_a_pronoun_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وسيفتح الممر الذي كانت باكو تطالب به منذ سنوات عبر سيونيك.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وطالبت باكو بفتح الممر عبر سيونيك.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_a_ministry_named_bare_is_that_of_its_minister_named_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أكد وزير الخارجية الأمريكي أن الاتفاق بين أرمينيا وأذربيجان تاريخي. "
                 "وقالت وزارة الخارجية إن شركة ستبني الطريق عبر سيونيك.")
    assert [c.side for c in result.claims] == ["usa", "usa"]
    result = run("أكد وزير الخارجية الأمريكي أن الاتفاق بين أرمينيا وأذربيجان تاريخي. "
                 "وقالت وزارة الدفاع إن القوات لن تنتشر في سيونيك.")
    assert [c.side for c in result.claims] == ["usa", "other"]


def test_said_in_it_speaks_for_whoever_issued_the_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وأشار المسؤول الأذربيجاني إلى أن وزارة الدفاع الأرمينية أصدرت بيانا، في وقت سابق، '
                 'قالت فيه "سنواصل الدفاع عن مارتوني". وأضاف أن القصف طال ترتر.')
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia", "azerbaijan"]
    result = run('وأصدرت الرئاسة الأذربيجانية بيانا، مساء الأحد، قالت فيه إن الجيش حرر شوشا.')
    assert {c.side for c in result.claims} == {"azerbaijan"}


def test_a_denial_of_what_was_said_takes_its_places_though_it_names_a_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة كنجة. "
                 "ونفت وزارة الدفاع الأرمينية الاتهامات بقصف مدن في أذربيجان.")
    assert [(c.side, c.polarity, c.place_ids) for c in result.claims] == [
        ("azerbaijan", "assert", ("ganja",)), ("armenia", "deny", ("ganja",))]
    result = run("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة كنجة. "
                 "ونفت وزارة الدفاع الأرمينية قصف مدن في أذربيجان.")  # (not what was said: a proposition of its own)
    assert result.claims[1].place_ids == ("azerbaijan",)


# --- a setting is not what a claim is about: a region spanning states ----------------------------------------------


def test_a_region_spanning_states_only_sets_the_scene_when_a_place_is_located(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت أرمينيا مقتل جنديين في اشتباكات في منطقة ناغورني قره باغ في جنوب القوقاز.")
    assert [c.place_ids for c in result.claims] == [("nagorno_karabakh",)]
    result = run("وأعربت القاهرة عن أملها في ترسيخ السلام والاستقرار في منطقة القوقاز.")  # (the only place: kept)
    assert [c.place_ids for c in result.claims] == [("caucasus",)]


def test_the_two_states_before_a_relative_exchange_accusations(run) -> None:  # type: ignore[no-untyped-def]
    result = run("اندلعت معارك بين القوات الأرمنية والأذربيجانية في إقليم قره باغ المتنازع عليه بين البلدين "
                 "اللذين يتبادلان حاليا الاتهامات بخرق الهدنة.")
    assert sorted(c.side for c in result.claims if c.side != "none") == ["armenia", "azerbaijan"]
    assert all(c.place_ids == ("nagorno_karabakh",) for c in result.claims)
    result = run("وقعت اشتباكات على الحدود بين البلدين اللذين وقعا اتفاق سلام العام الماضي.")  # (no statement)
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_a_capital_in_a_relative_clause_describing_a_place_is_not_the_claims(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة الأذربيجانية إن القوات الأرمينية هاجمت مواقع في منطقة كلبجار، التي سلمت إلى باكو عام 2020.")
    assert [c.place_ids for c in result.claims] == [("kalbajar",)]
    result = run("وقالت الوزارة الأذربيجانية إن القوات الأرمينية قصفت منطقة كلبجار وباكو.")  # (no relative clause)
    assert set(result.claims[0].place_ids) == {"kalbajar", "baku"}


def test_a_definite_event_noun_after_the_verb_is_what_was_announced(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قالت وزارة الدفاع الأذربيجانية إن الجيش تقدم في قره باغ. وأعلنت السيطرة على 60 موقعا عسكريا.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "وزارة الدفاع الأذربيجانية")] * 2
    result = run("قالت وزارة الدفاع الأذربيجانية إن الجيش تقدم في قره باغ. وأعلنت الحكومة الأرمينية التعبئة العامة.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]


def test_lam_with_the_article_opens_a_prepositional_object_not_a_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال الرئيس الأذربيجاني إن الجيش حرر شوشا. وأضاف للصحفيين أن الجيش دخل المدينة.")
    assert [c.side for c in result.claims] == ["azerbaijan", "azerbaijan"]
    result = run("وقال بلينكن إن الولايات المتحدة ستواصل جهودها في القوقاز.")  # (a name that starts with «بل»)
    assert [c.side for c in result.claims] == ["usa"]


# --- participles that go on with the speaker: expressing, calling for, condemning, rejecting ----------------------


def test_expressing_concern_after_a_call_is_the_callers_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتصل وزير الخارجية الأمريكي برئيس أذربيجان، معربا عن قلقه من التوتر على الحدود بين أرمينيا وأذربيجان.")
    assert [(c.side, c.type) for c in result.claims] == [("usa", "diplomacy")]
    result = run("واتصل وزير الخارجية الأمريكي برئيس أذربيجان، معربا الحدود بين أرمينيا وأذربيجان.")  # (no object)
    assert all(c.side in ("usa", "none") for c in result.claims)


def test_a_participle_with_no_topic_of_its_own_keeps_the_statements(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال مصدر في الرئاسة الأذربيجانية إن باكو ترفض وساطة فرنسا في المحادثات، مطالبا بحضور تركيا بدلا منها.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "diplomacy"), ("azerbaijan", "diplomacy")]
    result = run("وقال مصدر في الرئاسة الأذربيجانية إن باكو ترفض وساطة فرنسا، متهما الجيش الأرميني بقصف ترتر.")
    assert [c.type for c in result.claims][-1] != "diplomacy"


def test_relaying_with_anna_is_relaying_not_carrying(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونقلت وكالة أنباء أذربيجان أنه رغم إعلان وقف إطلاق النار، فإن قوات أرمينيا تقصف مواقع في كلبجار.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "وكالة أنباء أذربيجان")]
    result = run("ونقلت القوات الجرحى إلى مستشفى في ترتر.")  # (carrying)
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_a_noun_and_its_adjective_called_on_are_not_the_caller(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال أردوغان إن مجموعة مينسك فشلت. ودعا المجتمع الدولي للتعامل بحساسية أكبر مع أزمة قره باغ.")
    assert [c.side for c in result.claims] == ["turkey", "turkey"]
    result = run("ودعت الخارجية الأمريكية إلى وقف القتال في قره باغ.")  # (a caller with its adjective)
    assert [c.side for c in result.claims] == ["usa"]


def test_a_pronoun_before_a_verb_continues_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال روبن فاردانيان إنه بريء من التهم الموجهة إليه في باكو. وهو يرفض هذه الاتهامات.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "روبن فاردانيان")] * 2
    result = run("قالت وزارة الدفاع الأرمينية إن القصف طال مارتوني. ونفت وزارة الدفاع الأذربيجانية هذه الاتهامات.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]


def test_a_singular_verb_does_not_continue_two_sides(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال الرئيس الأرميني إن الهدنة انهارت في قره باغ. وأعلنت أذربيجان وأرمينيا هدنة إنسانية، "
                 "إلا أن الطرفين تبادلا الاتهامات بخرقها. وأضاف الرئيس قائلا إن العدو خرق الهدنة.")
    assert [c.side for c in result.claims][-1] == "armenia"
    result = run("قال الرئيس الأرميني إن الهدنة انهارت في قره باغ. وأعلنت أذربيجان وأرمينيا هدنة إنسانية، "
                 "إلا أن الطرفين تبادلا الاتهامات بخرقها. وأضاف قائلا إن العدو خرق الهدنة.")
    assert [c.side for c in result.claims][-1] == "armenia"
    result = run("إلا أن الطرفين تبادلا الاتهامات بخرق الهدنة في قره باغ. وأضافا أن المعارك مستمرة.")
    assert sorted(c.side for c in result.claims[-2:]) == ["armenia", "azerbaijan"]  # (a dual verb: both)


def test_the_turkish_surname_element_written_apart_gives_turkey(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أوغلو يؤكد دعم تركيا لأذربيجان في نزاع قره باغ")
    assert [c.side for c in result.claims] == ["turkey"]
    result = run("وقال أوغلو إن أنقرة تدعم باكو في قره باغ.")
    assert [c.side for c in result.claims] == ["turkey"]


def test_in_addition_to_joins_two_speakers(run) -> None:  # type: ignore[no-untyped-def]
    result = run("تركيا من جانبها بالإضافة لأذربيجان نفتا صحة هذه الأنباء عن المرتزقة في قره باغ.")
    assert sorted(c.side for c in result.claims) == ["azerbaijan", "turkey"]
    result = run("ونفت تركيا إرسال مرتزقة إلى أذربيجان.")  # (a place after the verb: not a speaker)
    assert [c.side for c in result.claims] == ["turkey"]


# --- leaders in the plural, a nisba adjective inside a title, «the three states» -----------------------------


def test_presidents_of_three_states_speak_for_each(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال رؤساء روسيا وأرمينيا وأذربيجان إن الحل في قره باغ سياسي. "
                 "كما أعرب قادة الدول الثلاث عن التزامهم بتسهيل المفاوضات.")
    assert [c.side for c in result.claims] == ["russia", "armenia", "azerbaijan"] * 2
    result = run("كما أعرب قادة الدول الثلاث عن التزامهم بتسهيل المفاوضات في قره باغ.")  # (none named before)
    assert [c.side for c in result.claims] == ["other"]


def test_a_nisba_adjective_of_an_event_noun_does_not_end_a_title(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن قائد الفرقة القتالية في جيش دفاع إقليم ناجورنو كاراباخ أن أذربيجان فقدت 18 دبابة.")
    assert [c.side for c in result.claims] == ["armenia"]
    result = run("أكد متحدث باسم الوزارة الأذربيجانية السيطرة على 6 قرى في جبرائيل.")  # (an event noun: the object)
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "متحدث باسم الوزارة الأذربيجانية")]


def test_states_named_among_a_group_speak(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعت عدة دول، من بينها روسيا الاتحادية وفرنسا، طرفي الصراع إلى ضبط النفس.")
    assert [c.side for c in result.claims] == ["russia", "france"]
    result = run("ودعت دول عدة طرفي الصراع إلى ضبط النفس في قره باغ.")  # (no member named)
    assert [c.side for c in result.claims] == ["other"]


def test_where_the_speaker_was_is_not_what_the_claim_is_about(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت مديرة الوكالة الأمريكية للتنمية، خلال زيارتها يريفان، تقديم مساعدات للنازحين من قره باغ.")
    assert [c.place_ids for c in result.claims] == [("nagorno_karabakh",)]
    result = run("وقال بوريل في كلمته أمام مجلس الأمن الدولي في نيويورك إن الوضع في قره باغ خطير.")
    assert [c.place_ids for c in result.claims] == [("nagorno_karabakh",)]
    result = run("وأعلن الكرملين زيارة بوتين إلى باكو الأسبوع المقبل.")  # (a visit announced: where it goes)
    assert result.claims and "baku" in result.claims[0].place_ids


def test_a_senator_is_a_persons_title(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وزار السيناتور الأميركي جاري بيترز منطقة الحدود بين أذربيجان وأرمينيا، "
                 "وقال إن هناك حاجة لمراقبين دوليين لمتابعة الوضع في كاراباخ.")
    assert [c.side for c in result.claims if c.side != "none"] == ["usa"]


def test_going_on_speaking_continues_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("قال الوزير الأرميني إن آرتساخ تتعرض لحصار خانق. واستطرد قائلا إن العالم يجب أن يفتح ممر لاتشين.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    result = run("قال الوزير الأرميني إن آرتساخ تتعرض لحصار. واستطرد الوزير الأذربيجاني قائلا إن الجيش لم يقصف مارتوني.")
    assert [c.side for c in result.claims][-1] == "azerbaijan"  # (a subject of its own)


def test_informing_a_government_and_standing_by_an_ally_are_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الخارجية الأرمينية إن الوزير أبلغ نظيره الروسي بتفاصيل الوضع على الحدود مع أذربيجان.")
    assert [c.type for c in result.claims] == ["diplomacy"]
    result = run("وكان الرئيس التركي قد أعلن أن تركيا ستقف إلى جانب أذربيجان حتى النهاية.")
    assert [c.type for c in result.claims] == ["diplomacy"]
    result = run("وقال الجيش الأرميني إن القوات الأذربيجانية قصفت مواقع إلى جانب الحدود قرب غوريس.")
    assert [c.type for c in result.claims] == ["attack"]
