"""The scorer's place identity and its pairing of claim links (geo/scoring.py)."""

from __future__ import annotations

from types import SimpleNamespace as Row

from geo.scoring import GoldMention, match_most, same_level, score_mentions, score_side_places

PLACES = {
    "azerbaijan": Row(place_id="azerbaijan", lat=40.5, lon=47.5, kind="country"),
    "nagorno_karabakh": Row(place_id="nagorno_karabakh", lat=39.85, lon=46.75, kind="region"),
    "stepanakert": Row(place_id="stepanakert", lat=39.8153, lon=46.7519, kind="city"),
    "lachin": Row(place_id="lachin", lat=39.6383, lon=46.5461, kind="city"),
}
GOLD = [
    GoldMention(0, 8, "أذربيجان", "Azerbaijan", 40.3, 47.7, "country", "actor"),
    GoldMention(20, 28, "قره باغ", "Nagorno-Karabakh", 39.82, 46.75, "region", "event"),
    GoldMention(40, 48, "ستيباناكيرت", "Stepanakert", 39.815, 46.752, "city", "event"),
    GoldMention(60, 66, "لاتشين", "Lachin District", 39.6, 46.55, "district", "event"),
]


def claim(side: str, *places: str, kind: str = "attack") -> Row:
    return Row(side=side, type=kind, polarity="assert", place_ids=places)


def links(pred: list, gold_claims: list) -> tuple[int, int, int]:
    score = score_side_places(pred, PLACES, (), {"claims": gold_claims}, GOLD)
    return score.true_positives, score.false_positives, score.false_negatives


def test_a_country_is_never_the_region_inside_it_nor_a_region_its_town() -> None:
    assert not same_level("country", "region") and not same_level("region", "country")
    assert not same_level("region", "city") and not same_level("town", "region")
    assert same_level("country", "country") and same_level("region", "province")
    # a district and its town share a name: annotators write either
    assert same_level("district", "city") and same_level("city", "village")


def test_a_claim_about_azerbaijan_does_not_count_for_one_about_karabakh() -> None:
    gold = [{"side": "armenia", "places": ["Nagorno-Karabakh"]}]
    assert links([claim("armenia", "azerbaijan")], gold) == (0, 1, 1)  # 99 km apart, within a region's 150
    assert links([claim("armenia", "stepanakert")], gold) == (0, 1, 1)  # 4 km from the representative point
    assert links([claim("armenia", "nagorno_karabakh")], gold) == (1, 0, 0)
    gold_town = [{"side": "armenia", "places": ["Stepanakert"]}]
    assert links([claim("armenia", "nagorno_karabakh")], gold_town) == (0, 1, 1)


def test_neighbouring_states_are_told_apart_by_name() -> None:
    armenia = Row(place_id="armenia", name="Armenia", lat=40.25, lon=45.0, kind="country")
    gold = [GoldMention(0, 7, "أرمينيا", "Armenia", 40.07, 45.04, "country", "actor"),
            GoldMention(9, 17, "أذربيجان", "Azerbaijan", 40.3, 47.7, "country", "actor")]
    places = {**PLACES, "armenia": armenia}
    # Armenia lies 230 km from the annotated Azerbaijan, within a country's 800 km: not the same state
    score = score_side_places([claim("armenia", "armenia")], places, (), {"claims": [
        {"side": "armenia", "places": ["Azerbaijan"]}]}, gold)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)
    score = score_side_places([claim("armenia", "armenia")], places, (), {"claims": [
        {"side": "armenia", "places": ["Armenia"]}]}, gold)
    assert score.true_positives == 1
    soviet = Row(place_id="soviet_union", name="Soviet Union", lat=55.756, lon=37.617, kind="country")
    siberia = GoldMention(0, 17, "الاتحاد السوفيتي", "Soviet Union", 60.0, 90.0, "country", "context")
    assert score_mentions([Row(start=0, end=17, surface="الاتحاد السوفيتي", role="context", place=soviet)],
                          [siberia]).true_positives == 1  # one state, its point put 2,900 km apart
    vatican = Row(place_id="gn:3164670", name="Vatican", lat=41.903, lon=12.454, kind="country")
    named_otherwise = GoldMention(0, 8, "الفاتيكان", "Vatican City", 41.903, 12.453, "country", "context")
    assert score_mentions([Row(start=0, end=8, surface="الفاتيكان", role="context", place=vatican)],
                          [named_otherwise]).true_positives == 1  # one state under two names, at one point


def test_a_district_annotated_is_matched_by_its_town() -> None:
    assert links([claim("azerbaijan", "lachin")], [{"side": "azerbaijan", "places": ["Lachin District"]}]) == (1, 0, 0)


def test_links_are_paired_so_that_as_many_as_possible_match() -> None:
    # "a" comes first and could take "x", the only partner of "b": it takes "y" instead.
    options = {"a": ["x", "y"], "b": ["x"]}
    assert match_most(options) == {"y": "a", "x": "b"}
    options = {"a": ["x"], "b": ["x"], "c": ["y", "x"]}
    matched = match_most(options)
    assert len(matched) == 2 and matched["y"] == "c"
    assert match_most({"a": [], "b": []}) == {}


def test_a_mention_on_the_right_span_with_a_place_of_another_level_is_wrong() -> None:
    pred = [Row(start=20, end=28, surface="قره باغ", role="event", place=PLACES["stepanakert"])]
    score = score_mentions(pred, [GOLD[1]])
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)
    pred = [Row(start=20, end=28, surface="قره باغ", role="event", place=PLACES["nagorno_karabakh"])]
    score = score_mentions(pred, [GOLD[1]])
    assert (score.true_positives, score.role_agree) == (1, 1)


def test_a_claim_about_a_place_outside_the_gazetteer_is_scored_through_its_mention(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A village of the settlement layer is no gazetteer entry: its claim links count (true or false)
    through the article's own mention of it, not dropped as if the claim named no place."""
    import json

    from geo.scoring import evaluate_result

    village = Row(place_id="gn:am:mets_masrik", lat=40.219, lon=45.765, kind="village")
    other = Row(place_id="gn:am:elsewhere", lat=41.0, lon=44.0, kind="village")
    gold = tmp_path / "a.json"
    gold.write_text(json.dumps({"file": "a.txt", "mentions": [
        {"start": 0, "end": 9, "surface": "ميتس ماسريك", "name": "Mets Masrik", "lat": 40.22, "lon": 45.76,
         "kind": "village", "role": "event"}],
        "claims": [{"start": 0, "end": 20, "side": "armenia", "type": "attack", "places": ["Mets Masrik"]}]}),
        encoding="utf-8")

    def result(place: Row) -> Row:
        mention = Row(start=0, end=9, surface="ميتس ماسريك", place=place, role="event")
        return Row(mentions=[mention], contested=(),
                   claims=[Row(side="armenia", type="attack", polarity="assert", place_ids=(place.place_id,))])

    right = evaluate_result(result(village), PLACES, gold)
    assert (right.links.true_positives, right.links.false_positives, right.links.false_negatives) == (1, 0, 0)
    wrong = evaluate_result(result(other), PLACES, gold)
    assert (wrong.links.true_positives, wrong.links.false_positives, wrong.links.false_negatives) == (0, 1, 1)
    assert "gn:am:mets_masrik" not in PLACES  # the caller's places are left as they were
