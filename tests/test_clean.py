"""Cleaning: page chrome, datelines, language, genre, source, near-duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.clean.article import build_article
from frontlines.clean.chrome import remove_chrome
from frontlines.clean.dateline import dateline_date, find_dateline
from frontlines.clean.dedupe import Deduper
from frontlines.clean.metadata import detect_genre, source_from_chrome
from frontlines.config import load_settings
from frontlines.errors import Rejected

BODY = [
    "ADEN, Feb 16 — Fighters loyal to the government clashed with separatists in the port city on "
    "Tuesday, killing at least six people, medical sources said.",
    "Casualties mount",
    "The fighting spread to the Crater district by nightfall, residents said, and the airport was shut.",
    "- Two aid workers were wounded in Mualla.",
    "- A school in Sheikh Othman was hit by a shell.",
    "The coalition called for calm.",
]


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_chrome_above_inside_and_below_the_body_is_removed_and_kept_in_order() -> None:
    text = _page(
        "Skip to content\nHome World Middle East",
        "Separatists and government forces clash in Aden",
        "By Staff Writer | Updated 3 hours ago",
        BODY[0],
        "Share this article",
        BODY[1],
        BODY[2],
        "Subscribe to our newsletter for the latest updates from the region.",
        "\n".join(BODY[3:5]),
        BODY[5],
        "Help us grow. Support Gulf Wire on Patreon!",
        "Related stories\nArmy shells rebel positions near Aleppo\nHouthis seize tanker off Hodeidah",
        "What do you think?\nNotify of\n0 Comments",
        "© 2024 Gulf Wire. All rights reserved.",
    )
    cleaned = remove_chrome(text)
    kept = [d.text for d in cleaned.decisions if d.label == "body"]
    assert kept == BODY
    assert cleaned.title == "Separatists and government forces clash in Aden"
    assert cleaned.boilerplate[0] == "Skip to content"
    assert cleaned.boilerplate[-1] == "© 2024 Gulf Wire. All rights reserved."
    assert "Army shells rebel positions near Aleppo" in cleaned.boilerplate
    # removed chrome between two body lines separates their paragraphs; a list stays one paragraph
    assert cleaned.body.split("\n\n")[3] == "\n".join(BODY[3:5])


def test_headlines_without_a_heading_after_the_body_are_chrome_but_a_last_short_sentence_is_not() -> None:
    text = _page(
        BODY[0],
        BODY[2],
        "The coalition called for calm.",
        "Militants storm prison in Kirkuk\nDrone strike kills four near Marib",
    )
    cleaned = remove_chrome(text)
    assert "The coalition called for calm." in cleaned.body
    assert "Militants storm prison" not in cleaned.body and "Drone strike" not in cleaned.body


def test_blurbs_under_a_related_heading_are_chrome_until_prose_resumes() -> None:
    blurb = "Gunmen stormed a prison in the north of the country on Tuesday, freeing dozens of inmates."
    text = _page(
        BODY[0],
        "More from Middle East",
        "Militants storm prison in northern town",
        blurb,
        "Air strikes hit market in Idlib",
        BODY[2],
        "The port authority said ships had been diverted to Mukalla while the fighting lasted.",
    )
    cleaned = remove_chrome(text)
    assert blurb not in cleaned.body and "Militants storm prison" not in cleaned.body
    assert BODY[2] in cleaned.body  # two prose paragraphs in a row: the article goes on


def test_prose_that_mentions_comments_or_sharing_is_body() -> None:
    lines = [
        "The army did not respond to requests for comment.",
        "Residents shared videos on Facebook showing smoke rising over the camp after the strike.",
    ]
    cleaned = remove_chrome(_page(BODY[0], *lines))
    assert [d.label for d in cleaned.decisions] == ["body", "body", "body"]


def test_hard_wrapped_paragraphs_are_not_mistaken_for_headlines() -> None:
    text = (
        "Government troops and allied militias pushed into the northern outskirts of the\n"
        "city on Sunday after a week of heavy shelling, a military spokesman told\n"
        "reporters, adding that the advance would continue.\n\nRelated\nRebels shell Aleppo suburbs"
    )
    cleaned = remove_chrome(text)
    assert cleaned.body.startswith("Government troops") and cleaned.body.endswith("would continue.")
    assert cleaned.boilerplate == ["Related", "Rebels shell Aleppo suburbs"]


@pytest.mark.parametrize(
    ("text", "place", "date_text", "agency"),
    [
        ("BEIRUT, March 8, 2016 — Clashes erupted.", "Beirut", "March 8, 2016", None),
        ("KABUL, Afghanistan (Jan. 25, 2013) - A bomb exploded.", "Kabul", "Jan. 25, 2013", None),
        ("KABUL, Afghanistan (Jan. 25, 2013) A bomb exploded.", "Kabul", "Jan. 25, 2013", None),
        ("ADEN, Feb 16 — Fighting resumed.", "Aden", "Feb 16", None),
        ("WASHINGTON (AP) — Officials said.", "Washington", None, "AP"),
        ("(Reuters) - Troops advanced.", None, None, "Reuters"),
        ("MOSUL, Iraq, 12 June 2017 – Troops advanced.", "Mosul", "12 June 2017", None),
        ("GAZA CITY, Oct. 9 (Gulf Wire) - Israeli jets struck.", "Gaza City", "Oct. 9", "Gulf Wire"),
        ("ISLAMABAD: Security forces killed.", "Islamabad", None, None),
        ("POPAYÁN, Colombia, March 10 — Attackers threw.", "Popayán", "March 10", None),
        ("NEW YORK, Sept. 3 -- The council met.", "New York", "Sept. 3", None),
        ("Kyiv, Ukraine — Russian drones struck.", "Kyiv", None, None),
        ("Imphal, May 5: Troops were deployed.", "Imphal", "May 5", None),
        ("BENI, Democratic Republic of the Congo (AP) — Rebels attacked.", "Beni", None, "AP"),
    ],
)
def test_dateline_styles(text: str, place: str | None, date_text: str | None, agency: str | None) -> None:
    found = find_dateline(text, is_place=lambda name: name in {"Kyiv", "Islamabad", "Imphal"})
    assert found is not None
    assert (found.place, found.date_text, found.agency) == (place, date_text, agency)
    assert text[found.end :][0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "The army said — nothing.",
        "In 2014 - the group",
        "UN - talks",
        "BREAKING: Troops",
        "Meanwhile, in Gaza — x",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text, is_place=lambda name: name == "Gaza") is None


def test_dateline_dates_need_a_year_or_a_reference() -> None:
    assert dateline_date("Feb 16", date(2016, 3, 1)) == date(2016, 2, 16)
    assert dateline_date("Dec. 30", date(2016, 1, 2)) == date(2015, 12, 30)
    assert dateline_date("12 June 2017", None) == date(2017, 6, 12)
    assert dateline_date("Feb 16", None) is None
    assert dateline_date("Feb 30, 2016", None) is None


def test_article_precedence_published_source_title_genre() -> None:
    settings = load_settings().clean
    text = _page("Fighting in Aden", *BODY, "© 2024 Gulf Wire. All rights reserved.")
    built = build_article(text, settings, published="2016-03-01").article
    assert built.published == "2016-03-01" and built.dateline is not None
    assert built.dateline.place == "Aden" and built.dateline.date == "2016-02-16"
    assert (built.source, built.title, built.genre) == ("Gulf Wire", "Fighting in Aden", "news")
    dated = build_article("BEIRUT, March 8, 2016 — " + BODY[2], settings).article
    assert dated.published == "2016-03-08"  # no metadata: the dateline's date
    undated = build_article(BODY[0], settings).article
    assert undated.published is None  # a year-less dateline and no metadata: never "today"
    given = build_article(text, settings, source="Aden Times", title="T", genre_hint="opinion").article
    assert (given.source, given.title, given.genre) == ("Aden Times", "T", "opinion")


def test_other_languages_are_rejected_with_the_language_named() -> None:
    french = (
        "Des combattants fidèles au gouvernement se sont affrontés mardi avec des séparatistes dans la "
        "ville portuaire d'Aden, faisant au moins six morts, selon des sources médicales. Les combats se "
        "sont étendus au quartier de Crater à la tombée de la nuit, ont indiqué des habitants."
    )
    with pytest.raises(Rejected) as info:
        build_article(french, load_settings().clean)
    assert info.value.reason == "not_english" and "fr" in info.value.detail


def test_nothing_but_chrome_is_empty() -> None:
    with pytest.raises(Rejected) as info:
        build_article(
            "Home World Politics\n\nSubscribe to our newsletter\n\n0 Comments", load_settings().clean
        )
    assert info.value.reason == "empty" and "chrome" in info.value.detail


def test_genre_from_text_signals() -> None:
    assert detect_genre(BODY[0], ["The views expressed are the author's own."]) == "opinion"
    assert detect_genre("FOR IMMEDIATE RELEASE\n\nThe ministry announced ...", []) == "press_release"
    assert detect_genre(BODY[0], ["Opinion", "The title"], kicker="Opinion") == "opinion"
    assert detect_genre(BODY[0], ["Home", "Opinion", "Sport"]) == "news"  # a menu item is no label
    assert detect_genre(BODY[0], []) == "news"


def test_page_header_gives_the_publication_date_and_banner_the_source() -> None:
    text = _page(
        "THE STEPPE OBSERVER", "Ukraine | Russia | Opinion", "Fighting in Aden", "20 July 2023, 11:42", *BODY
    )
    built = build_article(text, load_settings().clean).article
    assert (built.published, built.source, built.title) == (
        "2023-07-20",
        "The Steppe Observer",
        "Fighting in Aden",
    )
    assert built.dateline is not None and built.dateline.date == "2023-02-16"  # "Feb 16" before July 2023


def test_source_from_chrome() -> None:
    assert source_from_chrome(["Copyright © 2019-2024 Sahel Daily Ltd"]) == "Sahel Daily"
    assert source_from_chrome(["Help us grow. Support Gulf Ledger on Patreon!"]) == "Gulf Ledger"
    assert source_from_chrome(["Share this article"], agency="AP") == "AP"


def test_near_duplicates_link_to_the_first_copy() -> None:
    d = Deduper(threshold=0.8)
    original = " ".join(BODY) + (
        " Saudi-backed forces had driven the separatists out of the presidential palace in 2019 before a"
        " power-sharing deal was signed in Riyadh. Aid agencies said hospitals in the city were short of"
        " fuel and blood and that several clinics had closed. The United Nations envoy urged both sides to"
        " return to talks and to open safe corridors for civilians trapped near the front line."
    )
    assert d.check_and_add("a", original) is None
    syndicated = original.replace("ADEN, Feb 16 —", "(Reuters) -").replace("by nightfall", "by dusk")
    found = d.check_and_add("b", syndicated)
    assert found is not None and found.original == "a" and not found.exact and found.similarity >= 0.8
    assert d.check("a", original) is not None and d.check("a", original).exact  # type: ignore[union-attr]
    assert d.check_and_add("c", "Rebels shelled Goma on Friday, killing four civilians.") is None
    assert len(d) == 2


def test_one_article_alone_never_loads_the_minhash_index() -> None:
    """A batch of one (`frontlines extract FILE`) has nothing to compare: datasketch (and its scipy) is
    imported only when a second article is checked, and then finds the first one's copy."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from frontlines.clean.dedupe import Deduper\n"
        "d = Deduper()\n"
        "body = ' '.join(f'word{i} near the front line' for i in range(60))\n"
        "assert d.check_and_add('a', body) is None and 'datasketch' not in sys.modules\n"
        "found = d.check_and_add('b', body + ' Reuters reported.')\n"
        "assert 'datasketch' in sys.modules and found is not None and found.original == 'a'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_dateline_does_not_make_english_look_foreign() -> None:
    from frontlines.clean.language import detect_language

    text = (
        "KYIV, Feb. 20, 2024 — Ukrainians laid flowers on Instytutska Street on Tuesday to mark ten years "
        "since the bloodiest day of the Maidan uprising, when security forces opened fire on protesters."
    )
    code, prob = detect_language(text)
    assert code == "en", (code, prob)


def test_long_paragraphs_with_a_link_or_speaking_to_the_reader_stay_body() -> None:
    op_ed = (
        "If you live in Goma, you know what the return of the rebels means: the roads close, prices double "
        "and the camps fill again, as they did in 2012 when the city fell for eleven days and the world "
        "looked away, and as the monitors of https://example.org/kivu-tracker have counted week after week."
    )
    cleaned = remove_chrome(_page(BODY[0], op_ed, BODY[2]))
    assert [d.label for d in cleaned.decisions] == ["body", "body", "body"]
    promo = remove_chrome(_page(BODY[0], BODY[2], "Enjoyed this story? Get our newsletter in your inbox."))
    assert promo.boilerplate == ["Enjoyed this story? Get our newsletter in your inbox."]


def test_a_thumbnail_link_inside_the_body_is_chrome() -> None:
    text = (
        "KANO, Nigeria, May 2 — Gunmen attacked a village in Zamfara state on Sunday and abducted dozens "
        "of residents, police said on Monday.\n\n"
        "The attackers arrived on motorcycles and fired into the air before rounding people up, witnesses "
        "said.\n"
        "Image: Police patrol a market in Gusau\n"
        "Zamfara: Bandits kill farmers in Maru district\n\n"
        "Security forces were deployed to the area, a police spokesman said. The governor condemned the "
        "attack and promised to rebuild the village.\n"
    )
    cleaned = remove_chrome(text)
    assert "Bandits kill farmers" not in cleaned.body
    assert "Image: Police patrol" not in cleaned.body
    assert "Security forces were deployed" in cleaned.body
