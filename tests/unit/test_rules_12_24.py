"""Rules of the round "12-24", one general rule per test, each with a case where it must not fire. The
sentences were written for these tests; none comes from a held-out set.
"""

from __future__ import annotations

# --- «جمهورية أذربيجان»: a state named by its title reads as its bare name would -----------------------------------


def _roles(result) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.surface, m.role) for m in result.mentions]


def test_a_state_named_by_its_title_is_a_party_of_what_is_signed_between(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وكالة فارس إن اتفاقية سلام وقعت بين جمهورية أذربيجان وجمهورية أرمينيا في واشنطن.")
    assert _roles(result)[:2] == [("أذربيجان", "actor"), ("أرمينيا", "actor")]
    assert [c.side for c in result.claims] == ["iran"]
    assert {"azerbaijan", "armenia"} <= set(result.claims[0].place_ids)
    # the same in the Persian letters of some Iranian outlets' Arabic pages (ی, ه for ة)
    result = run("وفقا لوکاله فارس، وقعت اتفاقیه سلام بین جمهوریه أذربیجان وأرمینیا.")
    assert [(c.side, set(c.place_ids)) for c in result.claims] == [("iran", {"azerbaijan", "armenia"})]


def test_a_state_named_by_its_title_keeps_the_role_the_words_before_it_give(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الإيرانية إن قذائف سقطت في جمهورية أرمينيا.")
    assert _roles(result) == [("أرمينيا", "event")]
    # a road's ends stay context, with or without the title
    result = run("ورفضت طهران الممر الذي يربط بين أرمينيا وجمهورية أذربيجان.")
    assert [role for surface, role in _roles(result) if surface != "طهران"] == ["context", "context"]
    # a region's self-styled republic in a title is not a state acting
    result = run("وقال رئيس جمهورية قره باغ إن القصف استهدف ستيباناكيرت.")
    assert _roles(result) == [("قره باغ", "context"), ("ستيباناكيرت", "event")]


# --- Khoda Afarin: the Iranian county seat after a town cue, the bridges on the Aras otherwise -------------------


def test_the_iranian_khoda_afarin_is_the_town_a_cue_names(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال محافظ مدينة خدا آفرين الحدودية إن 10 قذائف سقطت في أطراف خمس قرى حدودية.")
    assert [m.place.place_id for m in result.mentions] == ["khoda_afarin_ir"]
    assert [c.side for c in result.claims] == ["iran"]  # a governor of an Iranian town speaks for Iran
    result = run("وقالت باكو إن قواتها رفعت العلم فوق خدا آفرين.")  # no cue: the bridges Azerbaijan took
    assert [m.place.place_id for m in result.mentions if m.surface != "باكو"] == ["khudafarin"]


def test_the_lachin_crossing_is_the_corridor(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الأرمينية إن أذربيجان أغلقت معبر لاتشين الحدودي.")
    assert [m.place.place_id for m in result.mentions if m.surface != "أذربيجان"] == ["lachin_corridor"]
    result = run("وصل الوفد إلى لاتشين.")  # the town
    assert [m.place.place_id for m in result.mentions] == ["lachin"]


# --- a Russian given name makes the -ov/-ev surname after it Russia's, not Azerbaijan's ----------------------------


def test_a_russian_given_name_makes_an_ov_surname_russian(run) -> None:  # type: ignore[no-untyped-def]
    for name in ("ألكسندر لافرنتييف", "يوري أوشاكوف", "نيكولاي باتروشيف"):
        result = run(f"وقال {name} إن القوات قصفت مدينة ترتر.")
        assert [c.side for c in result.claims] == ["russia"], name
    # an Azerbaijani given name (or none) leaves the ending to say Azerbaijan
    assert [c.side for c in run("وقال أنار إيفازوف إن القوات قصفت مدينة ترتر.").claims] == ["azerbaijan"]
    # a Russian given name alone gives no side: a Serbian president named Aleksandar is not Russia
    result = run("وقال الرئيس الصربي ألكسندر فوتشيتش إن بلاده تدعم وحدة أراضي الدول.")
    assert [c.side for c in result.claims] == ["other"]


# --- «دعت الأمم المتحدة إلى»: a feminine adjective shows the noun after a feminine verb is its subject --------------


def test_a_broken_plural_with_a_feminine_adjective_is_the_subject_of_a_call(run) -> None:  # type: ignore[no-untyped-def]
    result = run("دعت الأمم المتحدة إلى وقف القتال في قره باغ.")
    assert [(c.side, c.type) for c in result.claims] == [("un", "diplomacy")]
    # a masculine noun after a feminine verb of calling on is the one called on (the speaker is the last one)
    assert [c.side for c in run("ودعت المجتمع الدولي إلى التدخل في قره باغ.").claims] == []


def test_the_karabakh_defence_army_speaks_for_armenia(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن جيش دفاع قره باغ مقتل 10 جنود.")
    assert [c.side for c in result.claims] == ["armenia"]
    assert result.mentions == ()  # (a place in an organisation's name is no mention)


# --- «وجاء في بيان للوزارة»: a bare definite head with ل points back to the ministry named before -------------------


def test_a_statement_of_the_ministry_points_back_to_the_ministry_named_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وقالت وزارة الدفاع الروسية إن سيارة تعرضت لإطلاق نار.\nوقال علييف إن شيئا آخر حدث.\n"
            "وجاء في منشور للوزارة على تلغرام أن العسكريين قتلوا.")
    assert [c.side for c in run(text).claims] == ["russia", "azerbaijan", "russia"]
    text = "وقال علييف إن شيئا آخر حدث.\nوجاء في منشور للوزارة على تلغرام أن العسكريين قتلوا."  # no ministry before
    assert [c.side for c in run(text).claims] == ["azerbaijan", "other"]


# --- «، وهو جيب أرميني … يطالب بالانفصال»: a description of the noun before is no speaker ---------------------------


def test_a_description_after_wa_huwa_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقعت اشتباكات في إقليم ناغورنو كارباخ، وهو جيب أرميني داخل أذربيجان يطالب بالانفصال.")
    assert [c.side for c in result.claims] == ["none"]
    # «وهو ما» and a verb: what another side said of it
    result = run("وأعلنت أرمينيا السيطرة على التلة، وهو ما نفته باكو.")
    assert [c.side for c in result.claims] == ["armenia", "azerbaijan"]


def test_handing_over_the_bodies_is_humanitarian(run) -> None:  # type: ignore[no-untyped-def]
    assert [c.type for c in run("أعلنت باكو تسليم الجثامين إلى يريفان.").claims] == ["humanitarian"]
    assert [c.type for c in run("أعلنت أرمينيا أنها تسلمت رفات 20 جنديا من أذربيجان.").claims] == ["humanitarian"]
    assert [c.type for c in run("أعلنت أذربيجان تسليم قرية كيرانتس إلى أرمينيا.").claims] == ["control"]  # land


# --- vocabulary: «فوق» locates; receiving a leader is diplomacy; letting aid in and heritage are humanitarian -----


def test_over_a_place_locates_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أكد علييف أن الجيش رفع العلم فوق خانكندي.")
    assert [(c.type, c.place_ids) for c in result.claims] == [("control", ("stepanakert",))]


def test_hosting_letting_aid_in_and_heritage_have_their_types(run) -> None:  # type: ignore[no-untyped-def]
    assert [c.type for c in run("أعلن الكرملين أن بوتين استقبل علييف وباشينيان في سوتشي.").claims] == ["diplomacy"]
    text = "قالت اللجنة الدولية للصليب الأحمر إنها أدخلت مساعدات طبية إلى قره باغ."
    assert [c.type for c in run(text).claims] == ["humanitarian"]
    assert [c.type for c in run("قالت اليونسكو إنها قلقة على التراث الثقافي في قره باغ.").claims] == ["humanitarian"]
    assert [c.type for c in run("قالت باكو إن قواتها دخلت شوشا.").claims] == ["control"]  # entering a place
    assert [c.type for c in run("أعلنت الحكومة الأرمينية أنها استقبلت 50 ألف لاجئ.").claims] == ["humanitarian"]


# --- «علييف: شوشا تحررت»: a short headline that tells an event is no dateline and its outlet ----------------------


def test_a_short_headline_with_an_event_is_no_dateline(run) -> None:  # type: ignore[no-untyped-def]
    result = run("علييف: شوشا تحررت")
    assert [(c.side, c.place_ids) for c in result.claims] == [("azerbaijan", ("shusha",))]
    result = run("يريفان: أذربيجان تهاجم جرموك")
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ("jermuk",))]
    result = run("باكو - أذرتاج\nقالت وزارة الدفاع إن الوضع هادئ.")  # a dateline and its agency
    assert [m.surface for m in result.mentions] == ["باكو"]


# --- an envoy's post is where the speaker serves; an embassy speaks for its state -------------------------------


def test_an_envoys_post_is_no_claim_place_and_an_embassy_speaks_for_its_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال السفير الأرميني في القاهرة إن أذربيجان قصفت ستيباناكيرت.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ("stepanakert",))]
    result = run("وقالت سفارة أرمينيا في بيروت إن القصف استهدف ستيباناكيرت.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ("stepanakert",))]
    # an envoy in what another speaker tells: his city is where it happened
    result = run("وقالت الخارجية الإيرانية إن سيارة السفير الروسي في طهران تعرضت لهجوم.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("iran", ("tehran",))]


def test_ordinary_words_that_name_large_foreign_cities_are_no_places(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("ألقى الرئيس خطابا أمام ميدان الشهداء.", "ألقت يريفان باللوم على باكو.", "كما ذكرنا آنفا فإن القتال مستمر.",
                 "وتسببت سيول في أضرار كبيرة.", "وقالت صحيفة ديلي صباح إن القوات حررت شوشا."):
        assert not [m for m in run(text).mentions if m.place.layer == "worldwide"], text
    assert [m.place.name for m in run("وصل الوفد إلى حلب.").mentions] == ["Aleppo"]  # a city that is no word


def test_a_headline_speaker_may_say_where_he_spoke(run) -> None:  # type: ignore[no-untyped-def]
    result = run("جاويش أوغلو من باكو: أرمينيا تخترق الهدنة")
    assert [c.side for c in result.claims] == ["turkey"]
    assert [c.side for c in run("من يريفان: القتال مستمر في قره باغ").claims] == ["none"]  # none before «من»


def test_russian_officials_with_ov_surnames_speak_for_russia(run) -> None:  # type: ignore[no-untyped-def]
    for name in ("كوناشينكوف", "أوشاكوف", "سيرغي كوبيركين"):
        assert [c.side for c in run(f"وقال {name} إن القوات قصفت مدينة ترتر.").claims] == ["russia"], name
    assert [c.side for c in run("وقال ذاكر حسنوف إن القوات قصفت مدينة ترتر.").claims] == ["azerbaijan"]


def test_opening_fire_in_the_imperfect_is_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت أرمينيا إن قواتها لم تطلق النار على فضولي.")
    assert [(c.type, c.polarity) for c in result.claims] == [("attack", "deny")]
    result = run("وقالت باكو إن الهدنة دخلت حيز التنفيذ في قره باغ.")  # a truce taking effect: no fire opened
    assert [c.type for c in result.claims] == ["diplomacy"]


def test_withdrawing_occupying_and_regaining_in_the_imperfect_are_control(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("قالت يريفان إن القوات الأرمينية لن تنسحب من لاتشين.", "قالت باكو إن قواتها تستعيد السيطرة على فضولي.",
                 "قالت يريفان إن القوات الأذربيجانية تحتل أراضي قرب جرموك."):
        assert [c.type for c in run(text).claims] == ["control"], text
    assert [c.polarity for c in run("قالت يريفان إن القوات الأرمينية لن تنسحب من لاتشين.").claims] == ["deny"]
    text = "وشددت النيابة الأذربيجانية على أن هذا الخط يحتل مكانة خاصة في أمن الطاقة بأوروبا."  # holds a place
    assert [c.type for c in run(text).claims] == ["other"]


def test_this_is_what_a_speaker_said_makes_the_words_before_theirs(run) -> None:  # type: ignore[no-untyped-def]
    result = run("«القوات الأذربيجانية تقصف ستيباناكيرت»، هذا ما قالته وزارة الدفاع في قره باغ.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("armenia", "attack", ("stepanakert",))]
    result = run("قصفت القوات الأذربيجانية ستيباناكيرت، وهذا ما نفته باكو.")  # a denial stays another claim
    assert [(c.side, c.polarity) for c in result.claims] == [("none", "assert"), ("azerbaijan", "deny")]


# --- «للبيان» is no -yan surname; «بحسب التسمية الأرمنية» is a name, not a source ------------------------------------


def test_a_definite_noun_after_a_clitic_is_no_armenian_surname(run) -> None:  # type: ignore[no-untyped-def]
    text = "وأكدت أذربيجان في بيان مشترك القبض على أراييك هاروتيونيان.\nووفقًا للبيان، أعطى المسؤول أوامر بقصف كنجة."
    assert [c.side for c in run(text).claims] == ["azerbaijan", "azerbaijan"]
    assert [c.side for c in run("وقال كارين كوتشاريان إن القوات قصفت مارتوني.").claims] == ["armenia"]


def test_a_sides_name_for_a_place_is_no_source(run) -> None:  # type: ignore[no-untyped-def]
    assert run("قاتل المرتزقة في إقليم ناغورني قره باخ أو آرتساغ بحسب التسمية الأرمنية.").claims == ()
    result = run("وبحسب وزارة الدفاع الأرمنية، قصفت القوات الأذربيجانية ستيباناكيرت.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_fleeing_places_an_event_and_an_issued_statement_a_venue(run) -> None:  # type: ignore[no-untyped-def]
    result = run("فروا من قره باغ إلى أرمينيا.")
    assert _roles(result) == [("قره باغ", "event"), ("أرمينيا", "event")]
    result = run("قالت الخارجية الروسية في بيان صادر في موسكو إن الوضع خطير.")
    assert _roles(result) == [("موسكو", "venue")]
    assert _roles(run("قالت فرنسا إنها قلقة على قره باغ."))[0] == ("فرنسا", "actor")


def test_talks_to_discuss_a_place_are_held_elsewhere(run) -> None:  # type: ignore[no-untyped-def]
    result = run("التقى بوتين علييف في سوتشي لبحث الوضع في قره باغ.")
    assert _roles(result) == [("سوتشي", "venue"), ("قره باغ", "context")]


def test_an_envoys_side_is_his_states_not_his_hosts(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال سفير المملكة المغربية في العاصمة الأذربيجانية إن السلام ممكن.")
    assert [c.side for c in result.claims] == ["other"]
    assert [c.side for c in run("وقال سفير أذربيجان لدى روسيا إن أرمينيا قصفت كنجة.").claims] == ["azerbaijan"]


def test_a_verbal_noun_after_tamma_has_no_speaker_before_it(run) -> None:  # type: ignore[no-untyped-def]
    assert run("وتجدر الإشارة إلى أنه تم نشر تقارير عن استمرار الصراع على الحدود الشرقية لأرمينيا.").claims == ()
    result = run("ونشرت وزارة الدفاع الأرمينية تقريرا عن القصف على جرموك.")
    assert [c.side for c in result.claims] == ["armenia"]


def test_a_known_name_with_a_time_word_goes_on(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("وقالت روسيا اليوم إن القتال تجدد في قره باغ.", "وقالت قناة روسيا اليوم إن القتال تجدد في قره باغ."):
        assert [c.side for c in run(text).claims] == ["russia"], text  # Russia today, or RT: Russia's either way
    result = run("وأعلنت أذربيجان اليوم أن القتال تجدد في قره باغ.")  # a time word after a state ends its name
    assert [(c.side, c.speaker) for c in result.claims] == [("azerbaijan", "أذربيجان")]
