"""Claim rules of the round "12-18", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- casting blame: «ألقى باللوم على», «ألقت مسؤولية … على» ------------------------------------------------


def test_casting_blame_is_an_accusation_and_the_one_blamed_is_its_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وألقت يريفان باللوم على أذربيجان في تصعيد التوتر.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("armenia", "accusation", ("azerbaijan",))]
    result = run("وألقى المتحدث باسم الخارجية الأذربيجانية مسؤولية الهجوم على يريفان.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    assert [m.role for m in result.mentions if m.place.place_id == "yerevan"] == ["actor"]


def test_casting_anything_but_blame_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وألقى الرئيس الأذربيجاني كلمة في مدينة شوشا.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وألقت الشرطة القبض على ثلاثة أشخاص في غوريس.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وقال وزير الدفاع التركي إن الجيش حقق النصر. جاء ذلك في كلمة ألقاها في العاصمة باكو.")
    assert [c.side for c in result.claims] == ["turkey"]
    result = run("وسقطت قذائف على باكو.")  # a place after «على» with no blame before it is where it happened
    assert [m.role for m in result.mentions] == ["event"]


# --- a verbal noun of announcing: its statement may come after an adverbial ---------------------------------


def test_an_announcement_whose_statement_follows_an_adverbial_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ويأتي ذلك عقب إعلان وزارة الدفاع الأرمنية، اليوم الخميس، عن إسقاط مروحية أذربيجانية فوق مارتوني.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]
    result = run("وقرر الوزير تطبيق إعلان الحكومة، وتساءل عن مارتوني.")
    assert [c.side for c in result.claims if c.side != "none"] == []  # (the «عن» of another verb)


# --- a channel named after a state is no place ---------------------------------------------------------------


def test_a_channel_named_after_russia_is_not_a_mention_of_russia(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت زاخاروفا في حديث لقناة روسيا 24 إن الهدنة في قره باغ صامدة.")
    assert [m.place.place_id for m in result.mentions] == ["nagorno_karabakh"]
    result = run("وقالت زاخاروفا إن روسيا تدعم الهدنة في قره باغ.")
    assert "russia" in [m.place.place_id for m in result.mentions]


# --- denying with «أنكر» ----------------------------------------------------------------------------------------


def test_denying_with_ankar_is_a_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأنكرت وزارة الدفاع الأذربيجانية قصف مدينة ستيباناكيرت.")
    assert [(c.side, c.polarity, c.place_ids) for c in result.claims] == [("azerbaijan", "deny", ("stepanakert",))]
    result = run("ولا ينكر أحد أن مدينة شوشا تعرضت للقصف.")  # no one denies it: no speaker
    assert [c.side for c in result.claims if c.side != "none"] == []


# --- words holding a relative clause are not the subject of the verb after them -------------------------------


def test_a_truce_a_state_mediated_is_what_calls_for_peacekeepers_not_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الرئيس الأذربيجاني إن الجيش انتصر. وانتهى القتال بهدنة توسطت فيها روسيا بين البلدين "
                 "دعت إلى نشر قوات حفظ السلام في منطقة خانكندي.")
    assert [c.side for c in result.claims if c.side != "none"] == ["azerbaijan"]
    result = run("وقال الرئيس الأذربيجاني إن الجيش انتصر. وأصدرت الوزارة الروسية بيانا قالت فيه إن الهدنة صامدة في خانكندي.")
    assert [c.side for c in result.claims] == ["azerbaijan", "russia"]


def test_a_clause_before_a_verb_is_not_its_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال المتحدث الإيراني إن طهران تتابع الوضع. خلال الاجتماع، عبر الوزير عن رفض التغييرات "
                 "في الحدود المعترف بها دوليا أكد على أهمية السلام في القوقاز.")
    assert all(not c.speaker.startswith("عبر") for c in result.claims)


# --- agencies in the plural are outlets too ------------------------------------------------------------------


def test_news_agencies_of_a_state_speak_for_it_in_the_plural_too(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وكالات الأنباء الروسية إن الهدنة صامدة في قره باغ.")
    assert [(c.side, c.speaker) for c in result.claims] == [("russia", "وكالات الأنباء الروسية")]
    result = run("ورفضت أذربيجان الأنباء الروسية عن قصف شوشا.")  # the news rejected, not a speaker
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "deny")]


# --- people returning home are humanitarian ------------------------------------------------------------------


def test_people_who_returned_to_a_town_are_a_humanitarian_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الوزير الروسي إن الهدنة صامدة، مشيرا إلى أن أكثر من 20 ألف شخص عادوا إلى مدينة ستيباناكيرت.")
    assert [(c.type, c.place_ids) for c in result.claims][-1] == ("humanitarian", ("stepanakert",))
    result = run("وقال الوزير الروسي إن الهدوء عاد إلى مدينة ستيباناكيرت بعد الهدنة.")  # calm returned: no people
    assert [c.type for c in result.claims] != ["humanitarian"]


# --- exchanging prisoners or the dead is humanitarian ---------------------------------------------------------


def test_an_exchange_of_the_dead_is_humanitarian_not_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الوزير الروسي إن تبادل جثث القتلى بين الطرفين مستمر في قره باغ.")
    assert [c.type for c in result.claims] == ["humanitarian"]
    result = run("وقال الوزير الروسي إن عشرة جنود قتلوا في قره باغ.")
    assert [c.type for c in result.claims] == ["casualties"]


# --- a state named as a likeness («سوريا ثانية») is not where anything happened ---------------------------------


def test_a_second_syria_is_a_figure_of_speech_not_a_place_of_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحذر الرئيس الأرميني من “سوريا ثانية” في منطقة القوقاز.")
    assert [(m.place.place_id, m.role) for m in result.mentions if m.place.place_id == "syria"] == [("syria", "context")]
    assert [c.place_ids for c in result.claims] == [("caucasus",)]
    result = run("وقال الرئيس الأرميني إن سوريا الثانية في قائمة الدول المتضررة.")  # («الثانية»: an ordinal of a list)
    assert [c.place_ids for c in result.claims] == [("syria",)]


# --- a verb whose و is the root's is not a verb joined by و ------------------------------------------------------


def test_in_particular_with_wajh_opens_no_new_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت المتحدثة باسم البيت الأبيض إن البلدين سيوقعان إعلانا ينص، على وجه الخصوص، "
                 "على فتح ممر عبر أرمينيا.")
    assert [c.side for c in result.claims] == ["usa"]
    result = run("وقالت المتحدثة باسم البيت الأبيض إن البلدين سيوقعان إعلانا، ووجه الرئيس الأذربيجاني "
                 "الاتهامات إلى أرمينيا بقصف ترتر.")
    assert [c.side for c in result.claims] == ["usa", "azerbaijan"]


# --- words that read as reporting verbs but report nothing -------------------------------------------------------


def test_here_written_with_a_bare_alif_is_not_congratulated(run) -> None:  # type: ignore[no-untyped-def]
    result = run("والوضع هنا في ستيباناكيرت هادئ منذ أيام.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("هنأ الرئيس التركي أذربيجان بتحرير شوشا.")
    assert [c.side for c in result.claims] == ["turkey"]


def test_zada_reports_only_with_what_was_said_after_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وكان زاد عدد القتلى في ترتر.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وقال وزير الدفاع الأرميني إن القصف طال مارتوني، وزاد أن الجيش صد الهجوم.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]


def test_holding_up_flags_is_no_accusation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وحمل المتظاهرون الأعلام الأرمنية في ساحة الجمهورية في يريفان.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وحمّلت وزارة الخارجية الأرمينية في بيان لها أذربيجان المسؤولية الكاملة عن قصف جيرموك.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "accusation")]


def test_deploying_troops_is_no_statement_but_publishing_a_video_is(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونشر الجيش الأذربيجاني قوات إضافية في لاتشين.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("ونشرت وزارة الدفاع الأرمينية أسماء 20 جنديا قتلوا في مارتوني.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "casualties")]


# --- analysts and observers are `other`, whatever their nationality --------------------------------------------


def test_an_analyst_of_a_state_is_not_that_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الخبير العسكري الروسي إن الهدنة في قره باغ هشة.")
    assert [c.side for c in result.claims] == ["other"]
    result = run("وقال المكتب الصحفي للحكومة الأرمنية إن الهدنة في قره باغ هشة.")  # a government's press office
    assert [c.side for c in result.claims] == ["armenia"]


# --- «العودة إلى» is article text unless it goes back to the top of the page --------------------------------


def test_returning_to_talks_is_not_a_back_to_top_link(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وطالب الاتحاد الأوروبي الطرفين بالعودة إلى طاولة المفاوضات في بروكسل.")
    assert [c.place_ids for c in result.claims] == [("brussels",)]
    assert result.excluded == ()


def test_a_back_to_top_link_is_still_page_chrome(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني. العودة إلى أعلى الصفحة")
    assert [text for text in (result.article.text[s.start:s.end] for s in result.excluded)] == ["العودة إلى أعلى الصفحة"]


# --- «كلا من» before states: each is a party ----------------------------------------------------------------


def test_states_after_each_of_are_parties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعا الرئيس الفرنسي كلا من أرمينيا وأذربيجان إلى العودة للمفاوضات.")
    assert [m.role for m in result.mentions] == ["actor", "actor"]
    assert [c.place_ids for c in result.claims] == [("armenia", "azerbaijan")]
    result = run("وكانت المنظمة تضم كلا من روسيا وأرمينيا وكازاخستان.")  # members listed: no party acting
    assert [m.role for m in result.mentions][0] != "actor"


# --- more ways of calling an account false -------------------------------------------------------------------


def test_not_reflecting_reality_is_a_denial(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن المعلومات حول انسحاب الجيش من قرية فاروخ لا تعكس الواقع.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "deny")]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن الجيش انسحب من قرية فاروخ ليعكس الواقع الجديد.")
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "assert")]


# --- a name in apposition after a title; the surname alone later points back to it ----------------------------


def test_a_surname_alone_points_back_to_the_title_and_name_before_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن المتحدث باسم وزارة الدفاع الأذربيجانية، وقيف دارغياخلي، أن القصف طال ترتر. "
                 "وقالت المتحدثة الأرمنية إن الهدنة صامدة. وقال دارغياخلي لـ\"نوفوستي\" إن الرد سيكون شديدا.")
    assert [(c.side, c.speaker) for c in result.claims] == [
        ("azerbaijan", "المتحدث باسم وزارة الدفاع الأذربيجانية، وقيف دارغياخلي"),
        ("armenia", "المتحدثة الأرمنية"), ("azerbaijan", "دارغياخلي")]


def test_a_state_between_commas_after_a_name_is_no_part_of_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال وزير الخارجية الأرميني إن الوضع خطير. واتهم الوزير، أذربيجان، بقصف جيرموك.")
    assert [c.speaker for c in result.claims][-1] == "الوزير"


def test_a_separate_la_before_a_body_is_part_of_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ودعا الأمين العام لـ الأمم المتحدة إلى وقف فوري للقتال في قره باغ.")
    assert [c.side for c in result.claims] == ["un"]


# --- more reporting verbs; a state of no listed side speaks for `other` ------------------------------------------


def test_praising_instructing_justifying_complaining_and_appealing_report(run) -> None:  # type: ignore[no-untyped-def]
    for sentence, side in (("وأوعز الرئيس الأذربيجاني إلى وزير خارجيته بمواصلة المفاوضات مع أرمينيا.", "azerbaijan"),
                           ("وبررت باكو الغياب بالأجواء المعادية في باريس.", "azerbaijan"),
                           ("ويشكو قادة أرمن في ناغورنو كاراباخ من حالة هلع.", "armenia"),
                           ("وناشدت يريفان المجتمع الدولي التدخل لإنقاذ سكان قره باغ.", "armenia")):
        assert [c.side for c in run(sentence).claims] == [side], sentence
    result = run("وكان ثمن الحرب في قره باغ باهظا.")  # a price, not «ثمّن»
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_holding_responsible_in_the_imperfect_needs_blame(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ويريفان تحمل باكو المسؤولية عن قصف جيرموك.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "accusation")]
    result = run("وتحمل الشاحنات المساعدات إلى ستيباناكيرت.")
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_a_state_of_no_listed_side_is_the_speaker_not_the_nationality_after_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وثمنت مصر جهود الوساطة الأمريكية بين أرمينيا وأذربيجان.")
    assert [(c.side, c.speaker) for c in result.claims] == [("other", "مصر")]
    result = run("ودعت جورجيا وتركيا إلى الهدوء في قره باغ.")  # two speakers, two claims
    assert [c.side for c in result.claims] == ["other", "turkey"]


def test_ready_to_take_in_a_counted_number_of_refugees_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن باشينيان أن أرمينيا مستعدة لاستقبال أكثر من 40 ألف لاجئ من قره باغ.")
    assert [c.type for c in result.claims] == ["humanitarian"]
    result = run("وأعلن باشينيان أن أرمينيا مستعدة لاستقبال الرئيس الفرنسي في يريفان الأسبوع المقبل.")
    assert [c.type for c in result.claims] != ["humanitarian"]


# --- a quotation before «، قال X» is what X said ------------------------------------------------------------


def test_a_quotation_before_said_and_a_speaker_is_that_speakers_claim(run) -> None:  # type: ignore[no-untyped-def]
    for sentence in ("«قصفت القوات الأرمنية مدينة ترتر»، قال علييف.", '"قصفت القوات الأرمنية مدينة ترتر"، قال علييف.'):
        result = run(sentence)
        assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "attack", ("tartar",))]
    result = run("وأكد الوزير أن الهدنة صامدة في قره باغ، وقال الرئيس الروسي إن موسكو مستعدة للوساطة.")
    assert len(result.claims) == 2  # (no quotation: two clauses)


# --- secretaries are heads; an ambiguous outlet's name after «وكالة أنباء» is the outlet --------------------


def test_the_press_secretary_of_the_karabakh_president_speaks_for_armenia(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال السكرتير الصحفي لرئيس جمهورية ناغورني قره باغ إن القصف طال مارتوني.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_a_news_agency_named_like_a_person_is_the_agency_after_its_head(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وذكرت وكالة أنباء تسنيم أن طهران تتابع الوضع في قره باغ.")
    assert [c.side for c in result.claims] == ["iran"]
    result = run("وقال مسؤول تسنيم إن الوضع هادئ في قره باغ.")  # (a given name after an ordinary noun)
    assert [c.side for c in result.claims] == ["other"]


# --- an abbreviated title («د.») neither ends a sentence nor a speaker; a preposition never ends a speaker --------


def test_an_abbreviated_title_with_a_full_stop_stays_in_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الناطق باسم الخارجية الأرمنية د. أرمين سمباتيان إن القصف طال جيرموك.")
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "الناطق باسم الخارجية الأرمنية د. أرمين سمباتيان")]
    result = run("وانتهى الاجتماع في يريفان. وقال الوزير الأرمني إن القصف طال جيرموك.")
    assert len(result.claims) == 1 and result.claims[0].text.startswith("وقال")


def test_a_speaker_does_not_end_with_a_preposition(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وينتظر أن يعلن ترمب في هذه المناسبة عن توقيع اتفاقيات مع أرمينيا.")
    assert [(c.side, c.speaker) for c in result.claims] == [("usa", "ترمب")]


def test_what_the_speaker_called_it_after_ma_is_no_new_clause(run) -> None:  # type: ignore[no-untyped-def]
    result = run('قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية شنت هجوما على مارتوني، منددة بما وصفتها "كذب" باكو.')
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    assert result.claims[1].text.startswith("منددة بما وصفتها")


def test_a_reporting_word_alone_says_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني.اعلان\nوقال باشينيان إن الوضع خطير في قره باغ.")
    assert [c.text for c in result.claims] == ["وقالت وزارة الدفاع الأرمينية إن القصف طال مارتوني.",
                                               "وقال باشينيان إن الوضع خطير في قره باغ."]


# --- members of a group speak for it; media relaying «عنه» relay the last speaker -------------------------------


def test_members_of_an_ethnic_group_speak_for_its_side(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال أفراد من عرقية الأرمن يعيشون في كاراباخ إنهم محاصرون في الإقليم.")
    assert [c.side for c in result.claims] == ["armenia"]
    result = run("وقال أفراد الشرطة إن الوضع هادئ في يريفان.")
    assert [c.side for c in result.claims] == ["other"]


def test_media_relaying_from_him_relay_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال أمين المظالم في ناغورني كاراباخ إن 290 شخصا أصيبوا. "
                 "ونقلت وسائل الإعلام عنه القول إن معظم المصابين في حالة خطيرة في ستيباناكيرت.")
    assert [c.side for c in result.claims] == ["armenia", "armenia"]
    result = run("ونقلت وسائل الإعلام عن مصدر أرمني قوله إن المصابين في حالة خطيرة في ستيباناكيرت.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_according_to_him_is_the_last_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الوزير الأرميني إن الوضع خطير. ووفقا له فإن القصف طال جيرموك.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ()), ("armenia", ("jermuk",))]


# --- «الجانبان» are the last two states named together, unless they blame each other -----------------------------


def test_the_two_sides_are_the_two_states_named_together_before(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ويعقد الممثلان الخاصان لأرمينيا وتركيا اجتماعا على الحدود. وخلال الاجتماع، أكد الجانبان على الاتفاقيات السابقة.")
    assert sorted(c.side for c in result.claims) == ["armenia", "turkey"]
    result = run("وقالت روسيا وتركيا إنهما تدعمان الهدنة. وتبادل الطرفان الاتهامات بخرق الهدنة في قره باغ.")
    assert sorted(c.side for c in result.claims[2:]) == ["armenia", "azerbaijan"]  # (blame: the two at war)


def test_then_accused_after_a_denial_is_the_same_speakers_next_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت أذربيجان أرمينيا بقصف مدينة كنجة. ونفت أرمينيا هذا الاتهام ثم اتهمت أذربيجان بقصف ستيباناكيرت.")
    assert [(c.side, c.polarity, c.place_ids) for c in result.claims] == [
        ("azerbaijan", "assert", ("ganja",)), ("armenia", "deny", ("ganja",)), ("armenia", "assert", ("stepanakert",))]


def test_whoever_describes_the_antecedent_in_a_relative_clause_makes_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وتم توقيع الاتفاق، الذي وصفته مصادر دبلوماسية بأنه تحول تاريخي في العلاقات بين البلدين.")
    assert [(c.side, c.speaker) for c in result.claims] == [("other", "مصادر دبلوماسية")]
    result = run("ووصل الوفد إلى الإقليم الذي أعلن استقلاله عن أذربيجان.")  # background about the antecedent
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_replied_with_what_was_said_reports_but_in_response_to_does_not(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلنت باكو السيطرة على هادروت. غير أن الجيش في الإقليم رد بأن المعارك لا تزال دائرة داخل هادروت.")
    assert [c.side for c in result.claims] == ["azerbaijan", "armenia"]
    assert result.contested == ("hadrut",)
    result = run("وقصفت القوات الأرمنية ترتر ردا على الهجوم في مارتوني.")
    assert [c.side for c in result.claims if c.side != "none"] == []


def test_an_act_said_not_to_have_taken_place_is_denied(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وصرحت الوزارة الأرمنية بأن قصف مدينة غنجة لم يتم من داخل الأراضي الأرمينية.")
    assert [(c.side, c.type, c.polarity) for c in result.claims] == [("armenia", "attack", "deny")]
    result = run("وقالت الوزارة الأرمنية إن قصف مدينة مارتوني تم من داخل أذربيجان.")
    assert [c.polarity for c in result.claims] == ["assert"]


def test_reporting_an_act_with_informed_about_is_that_act_but_informing_a_counterpart_is_diplomacy(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأبلغت وزارة الدفاع الأرمنية عن قصف أذربيجاني على جيرموك.")
    assert [(c.side, c.type) for c in result.claims] == [("armenia", "attack")]
    result = run("وأبلغ الرئيس الأذربيجاني نظيره الروسي بتطورات الوضع في قره باغ.")
    assert [c.type for c in result.claims] == ["diplomacy"]


def test_a_report_another_side_published_is_that_sides_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقالت وزارة الدفاع الأذربيجانية في بيان: "التقرير الذي نشرته وزارة الدفاع الأرمنية حول '
                 'أعمال قتالية في اتجاه مارتوني لا أساس له".')
    assert [(c.side, c.polarity) for c in result.claims] == [("azerbaijan", "deny"), ("armenia", "assert")]
    assert result.contested == ("martuni",)
    result = run("وقالت وزارة الدفاع الأذربيجانية إن البيان الذي نشرته أمس كان واضحا بشأن مارتوني.")  # its own
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_bi_and_a_definite_noun_after_the_accused_is_what_was_said(run) -> None:  # type: ignore[no-untyped-def]
    result = run("واتهمت باكو يريفان بالوقوف وراء الهجوم على ترتر.")
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "باكو")]
    result = run("وأفادت مصادر خاصة بالخارجية الروسية بأن أرمينيا اتفقت مع أذربيجان على هدنة.")  # at the ministry
    assert [(c.side, c.speaker) for c in result.claims] == [("russia", "مصادر خاصة بالخارجية الروسية")]
