"""Known wrong codings of session 8 (session 9 defects list): actors missing from the dictionary,
anaphoric gunmen of another incident, vehicles attacked, participles, merged rejections, claims, places,
deaths in an ambush. Sentences our own."""

from __future__ import annotations

import pytest

from coding_support import events, first, who
from frontlines.extract import Extractor


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country", "kind"),
    [
        ("Members of the Gran Grif gang attacked the town of Liancourt on Friday.", "attacked",
         "Gran Grif", "HTI", "political_militia"),
        ("Viv Ansanm gangs set fire to houses in Mirebalais on Monday.", "set fire",
         "Viv Ansanm", "HTI", "political_militia"),
        ("Fighters of the White Army overran an army garrison in Ulang on Tuesday.", "overran",
         "White Army", "SSD", "identity_militia"),
        ("Kuki militants fired on a village in Bishnupur district on Saturday.", "fired",
         "Kuki Militants", "IND", "identity_militia"),
    ],
)  # fmt: skip
def test_gangs_and_militias_of_the_dictionary(
    extractor: Extractor, text: str, trigger: str, name: str, country: str, kind: str
) -> None:
    assert who(first(extractor, text).actor1) == (name, country, kind)


def test_a_party_is_named_but_its_protesters_are_protesters(extractor: Extractor) -> None:
    protest = first(extractor, "Thousands of PTI supporters protested in Lahore on Sunday.")
    assert who(protest.actor1) == ("Protesters", "PAK", "protesters")
    arrest = first(extractor, "Police arrested 200 Pakistan Tehreek-e-Insaf workers in Lahore on Monday.")
    assert who(arrest.actor2) == ("Pakistan Tehreek-e-Insaf", "PAK", "other")
