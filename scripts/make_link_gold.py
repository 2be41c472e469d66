"""Write gold/link/{dev,test}.jsonl: the linking gold set (gold/link/README.md).

The incidents below are invented by the frontlines team in the style of real conflict reporting; each
is told by 2-4 articles from different outlets on different days, in different words and at different
precision (town vs province, "at least 12" vs "15 killed"). Distractors are other incidents at the same
place on other days, or on the same day nearby. Run: python scripts/make_link_gold.py
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Each wording of a kind of incident: {a1} perpetrator, {a2} target, {place}, {when}, {n} killed,
# {nn} the count as a variant ("at least 12", "15"). Every report adds an attribution and a detail.
WORDINGS: dict[str, list[str]] = {
    "bomb": [
        "A car bomb exploded near a crowded market in {place} {when}, killing {nn} people, police said.",
        "{nn} people were killed when a bomb hidden in a parked car went off in {place} {when}, "
        "a security official said.",
        "An explosive device detonated at a bus station in {place} {when}, killing {nn} civilians, "
        "according to local officials.",
        "A roadside bomb blast in {place} {when} killed {nn} people, the interior ministry said.",
    ],
    "airstrike": [
        "Air strikes hit residential areas of {place} {when}, killing {nn} civilians, residents said.",
        "Warplanes bombed {place} {when}, killing {nn} people, a monitoring group said.",
        "{nn} civilians were killed in an air strike on {place} {when}, rescue workers said.",
        "A drone strike on {place} {when} killed {nn} people, medics said.",
    ],
    "clash": [
        "{a1} clashed with {a2} in {place} {when}, leaving {nn} fighters dead, officials said.",
        "Heavy fighting broke out between {a1} and {a2} in {place} {when}; {nn} combatants were killed, "
        "a local commander said.",
        "{nn} people were killed in clashes between {a1} and {a2} in {place} {when}, sources said.",
        "{a1} fought {a2} in {place} {when}, and {nn} fighters died in the battle, the military said.",
    ],
    "massacre": [
        "{a1} attacked the village of {place} {when}, killing {nn} villagers, local officials said.",
        "Gunmen stormed {place} {when} and shot dead {nn} civilians, witnesses said.",
        "{nn} civilians were killed when {a1} raided {place} {when}, a community leader said.",
        "{a1} killed {nn} residents of {place} in an attack {when}, the governor said.",
    ],
    "abduction": [
        "Gunmen abducted {nn} passengers from a bus near {place} {when}, police said.",
        "{a1} kidnapped {nn} aid workers in {place} {when}, their employer said.",
        "{nn} people were abducted by armed men in {place} {when}, according to residents.",
        "Armed men abducted {nn} travellers on the road outside {place} {when}, officials said.",
    ],
    "capture": [
        "{a1} seized control of {place} {when} after government troops withdrew, residents said.",
        "{a1} captured the town of {place} {when}, a spokesman for the group said.",
        "{place} fell to {a1} {when}, local officials confirmed.",
        "{a1} overran {place} {when}, taking control of the town, witnesses said.",
    ],
    "protest": [
        "Thousands of protesters marched through {place} {when}, demanding better public "
        "services, witnesses said.",
        "Demonstrators rallied in central {place} {when} to protest against rising fuel prices, "
        "organisers said.",
        "Hundreds of people protested in {place} {when}, chanting slogans against the government.",
    ],
    "shelling": [
        "Artillery shells struck {place} {when}, killing {nn} civilians, local authorities said.",
        "Shelling of {place} {when} killed {nn} people, the regional governor said.",
        "{nn} residents were killed by rocket fire on {place} {when}, officials said.",
    ],
}
DETAILS = [
    "Ambulances rushed the wounded to hospital.",
    "The area was sealed off by security forces.",
    "No group immediately claimed responsibility.",
    "Residents said the area had been calm in recent weeks.",
    "Officials said the toll could rise.",
]
OUTLETS = [
    "Levant Wire",
    "Sahel Monitor",
    "Horn Daily",
    "Global Desk",
    "Frontier Post",
    "Crescent Agency",
    "Kivu Observer",
    "Delta News",
    "Capital Courier",
    "Eastern Dispatch",
    "Gulf Bulletin",
    "Steppe Times",
]

# key, kind, places (precise first, then coarser ways of naming it), day, a1, a2, counts as reported
# (one per report: "at least 12", "15"...), and the number of reports.
EVENTS: list[tuple[str, str, list[str], str, str, str, list[str]]] = [
    (
        "ev-01",
        "bomb",
        ["Mosul", "Mosul", "Nineveh province"],
        "2017-03-07",
        "",
        "",
        ["at least 12", "15", "14"],
    ),
    (
        "ev-02",
        "airstrike",
        ["Idlib", "Idlib province", "Idlib"],
        "2019-05-14",
        "",
        "",
        ["nine", "at least 10", "11"],
    ),
    (
        "ev-03",
        "clash",
        ["Kunduz", "Kunduz"],
        "2016-10-04",
        "Taliban fighters",
        "Afghan troops",
        ["20", "at least 18"],
    ),
    (
        "ev-04",
        "massacre",
        ["Beni", "Beni", "North Kivu"],
        "2019-11-20",
        "ADF rebels",
        "",
        ["at least 14", "19", "17"],
    ),
    ("ev-05", "abduction", ["Kaduna", "Kaduna"], "2021-03-11", "", "", ["30", "at least 28"]),
    (
        "ev-06",
        "capture",
        ["Lashio", "Lashio", "Shan State"],
        "2024-08-03",
        "the Myanmar National Democratic Alliance Army",
        "",
        ["", "", ""],
    ),
    ("ev-07", "shelling", ["Kharkiv", "Kharkiv"], "2022-03-01", "", "", ["10", "at least 11"]),
    (
        "ev-08",
        "bomb",
        ["Mogadishu", "Mogadishu", "Mogadishu", "Mogadishu"],
        "2019-12-28",
        "",
        "",
        ["at least 79", "81", "more than 80", "82"],
    ),
    ("ev-09", "protest", ["Khartoum", "Khartoum"], "2019-04-06", "", "", ["", ""]),
    (
        "ev-10",
        "clash",
        ["Aden", "Aden"],
        "2019-08-08",
        "southern separatists",
        "government forces",
        ["at least 12", "14"],
    ),
    (
        "ev-11",
        "massacre",
        ["Djibo", "Djibo", "Burkina Faso"],
        "2023-05-26",
        "jihadist fighters",
        "",
        ["at least 40", "45", "50"],
    ),
    ("ev-12", "airstrike", ["Sanaa", "Sanaa"], "2018-08-09", "", "", ["at least 20", "22"]),
    (
        "ev-13",
        "bomb",
        ["Peshawar", "Peshawar", "Khyber Pakhtunkhwa"],
        "2023-01-30",
        "",
        "",
        ["at least 59", "61", "63"],
    ),
    (
        "ev-14",
        "clash",
        ["Gao", "Gao"],
        "2022-09-14",
        "Islamic State fighters",
        "Malian soldiers",
        ["six", "at least five"],
    ),
    ("ev-15", "abduction", ["Baidoa", "Baidoa"], "2020-02-02", "Al Shabaab militants", "", ["four", "four"]),
    ("ev-16", "capture", ["Sake", "Sake", "North Kivu"], "2024-02-07", "M23 rebels", "", ["", "", ""]),
    (
        "ev-17",
        "shelling",
        ["Kherson", "Kherson", "Kherson"],
        "2023-05-03",
        "",
        "",
        ["21", "at least 21", "23"],
    ),
    (
        "ev-18",
        "massacre",
        ["Gwoza", "Gwoza"],
        "2020-06-09",
        "Boko Haram militants",
        "",
        ["at least 30", "35"],
    ),
    ("ev-19", "airstrike", ["Raqqa", "Raqqa", "Raqqa"], "2017-07-20", "", "", ["at least 27", "30", "28"]),
    ("ev-20", "protest", ["Niamey", "Niamey"], "2023-07-30", "", "", ["", ""]),
    ("ev-21", "bomb", ["Kabul", "Kabul"], "2021-08-26", "", "", ["at least 170", "175"]),
    (
        "ev-22",
        "clash",
        ["El Fasher", "El Fasher", "North Darfur"],
        "2024-05-11",
        "the Rapid Support Forces",
        "the Sudanese army",
        ["at least 27", "30", "27"],
    ),
    (
        "ev-23",
        "abduction",
        ["Kuriga", "Kuriga", "Kaduna State"],
        "2024-03-07",
        "",
        "",
        ["more than 280", "287", "at least 250"],
    ),
    ("ev-24", "capture", ["Palma", "Palma"], "2021-03-26", "Islamic State fighters", "", ["", ""]),
    (
        "ev-25",
        "massacre",
        ["Solhan", "Solhan", "Yagha province"],
        "2021-06-05",
        "jihadist militants",
        "",
        ["at least 132", "160", "138"],
    ),
    ("ev-26", "shelling", ["Donetsk", "Donetsk"], "2023-01-22", "", "", ["three", "at least three"]),
    ("ev-27", "bomb", ["Quetta", "Quetta", "Balochistan"], "2024-11-09", "", "", ["at least 26", "32", "26"]),
    (
        "ev-28",
        "clash",
        ["Tripoli", "Tripoli"],
        "2023-08-15",
        "the 444 Brigade",
        "the Special Deterrence Force",
        ["at least 27", "55"],
    ),
    ("ev-29", "airstrike", ["Marib", "Marib", "Marib"], "2021-02-20", "", "", ["14", "at least 12", "16"]),
    ("ev-30", "protest", ["Cali", "Cali"], "2021-05-01", "", "", ["", ""]),
    ("ev-31", "massacre", ["Beni", "Beni"], "2020-01-28", "ADF rebels", "", ["at least 36", "40"]),
    ("ev-32", "bomb", ["Baghdad", "Baghdad", "Baghdad"], "2021-01-21", "", "", ["at least 32", "32", "35"]),
]
# Distractors: key, kind, place, day, a1, a2, count (one report each) — same place on other days, or
# the same day nearby (another kind of incident, or the same kind in another town).
DISTRACTORS: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("dx-01", "bomb", "Mosul", "2017-03-11", "", "", "six", "ev-01"),
    ("dx-02", "airstrike", "Maarat al-Numan", "2019-05-14", "", "", "seven", "ev-02"),
    ("dx-03", "clash", "Kunduz", "2016-10-09", "Taliban fighters", "Afghan troops", "eight", "ev-03"),
    ("dx-04", "massacre", "Oicha", "2019-11-20", "ADF rebels", "", "five", "ev-04"),
    ("dx-05", "bomb", "Mogadishu", "2019-12-24", "", "", "three", "ev-08"),
    ("dx-06", "protest", "Omdurman", "2019-04-06", "", "", "", "ev-09"),
    ("dx-07", "airstrike", "Sanaa", "2018-08-13", "", "", "four", "ev-12"),
    ("dx-08", "shelling", "Kharkiv", "2022-03-04", "", "", "five", "ev-07"),
    ("dx-09", "bomb", "Kabul", "2021-08-29", "", "", "10", "ev-21"),
    ("dx-10", "massacre", "Bama", "2020-06-09", "Boko Haram militants", "", "12", "ev-18"),
    (
        "dx-11",
        "clash",
        "Tripoli",
        "2023-08-19",
        "the 444 Brigade",
        "the Special Deterrence Force",
        "two",
        "ev-28",
    ),
    ("dx-12", "shelling", "Kherson", "2023-05-06", "", "", "two", "ev-17"),
    ("dx-13", "abduction", "Kaduna", "2021-03-15", "", "", "12", "ev-05"),
    ("dx-14", "protest", "Quetta", "2024-11-09", "", "", "", "ev-27"),
]

TITLES = {
    "bomb": "Blast kills {n} in {place}",
    "airstrike": "Air strikes kill {n} in {place}",
    "clash": "Deadly fighting in {place}",
    "massacre": "Attack on {place} leaves {n} dead",
    "abduction": "{n} abducted near {place}",
    "capture": "Fighters take {place}",
    "protest": "Protesters rally in {place}",
    "shelling": "Shelling kills {n} in {place}",
}
SYNDICATED = {"ev-08", "ev-21"}


def _when(day: date, published: date, style: int) -> str:
    if style == 2:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    prefix = "late on " if style == 3 else "on "
    return prefix + WEEKDAYS[day.weekday()]


def _article(
    key: str, kind: str, place: str, day: date, lag: int, style: int, a1: str, a2: str, count: str, n: int
) -> dict[str, object]:
    published = day + timedelta(days=lag)
    wording = WORDINGS[kind][(n + style) % len(WORDINGS[kind])]
    nn = count or "several"
    first = wording.format(
        a1=a1 or "Gunmen", a2=a2 or "security forces", place=place, when=_when(day, published, style), nn=nn
    )
    first = first[0].upper() + first[1:]
    detail = DETAILS[(n + style) % len(DETAILS)]
    dateline = f"{place.upper()}, {MONTHS[published.month - 1]} {published.day} — " if style != 1 else ""
    source = OUTLETS[(n * 5 + style * 3) % len(OUTLETS)]
    title = TITLES[kind].format(n=count.replace("at least ", "") if count else "", place=place).strip()
    return {
        "id": f"{key}-r{style + 1}",
        "published": published.isoformat(),
        "source": source,
        "title": title[0].upper() + title[1:],
        "text": dateline + first + "\n\n" + detail,
        "events": [key],
    }


def build() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}
    for n, (key, kind, places, day_s, a1, a2, counts) in enumerate(EVENTS):
        split = "dev" if n % 2 == 0 else "test"
        day = date.fromisoformat(day_s)
        for style, place in enumerate(places):
            art = _article(
                key, kind, place, day, lag=min(style, 2), style=style, a1=a1, a2=a2, count=counts[style], n=n
            )
            out[split].append(art)
            if style == 0 and key in SYNDICATED:  # a syndicated copy: same story, another outlet
                copy = dict(art, id=f"{key}-copy", source="Wire Partner Network")
                copy["text"] = str(art["text"]) + "\n\nThis story was distributed by a partner agency."
                out[split].append(copy)
    split_of = {key: ("dev" if n % 2 == 0 else "test") for n, (key, *_rest) in enumerate(EVENTS)}
    for m, (key, kind, place, day_s, a1, a2, count, near) in enumerate(DISTRACTORS):
        art = _article(
            key,
            kind,
            place,
            date.fromisoformat(day_s),
            lag=1,
            style=m % 2,
            a1=a1,
            a2=a2,
            count=count,
            n=m + 7,
        )
        art["id"] = f"{key}-r1"
        art["distractor_of"] = near
        out[split_of[near]].append(art)
    for arts in out.values():
        arts.sort(key=lambda a: (str(a["published"]), str(a["id"])))
    return out


def main() -> None:
    for split, arts in build().items():
        path = ROOT / "gold" / "link" / f"{split}.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
        print(f"{path}: {len(arts)} articles")


if __name__ == "__main__":
    main()
