"""A deterministic synthetic corpus of news-like articles for build benchmarks.

Articles come in stories: several outlets report the same event on
different days, with figures that grow, agree or disagree, so the
reconciler sees updates and conflicts as it would in a real dossier.  Each
article is 600-900 words with many figures, attributions and dates, and a
YAML sidecar with its metadata.  The same ``(count, seed)`` always gives
the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

EVENTS = (
    ("earthquake", "the earthquake", "struck"),
    ("flood", "the floods", "swept through"),
    ("fire", "the fire", "tore through"),
    ("protest", "the protests", "erupted in"),
    ("riot", "the prison riot", "broke out in"),
    ("landslide", "the landslide", "buried parts of"),
    ("storm", "the storm", "hit"),
    ("collapse", "the mine collapse", "shook"),
    ("clashes", "the clashes", "spread across"),
    ("strike", "the strike", "paralysed"),
)
PLACES = (
    "Kesra",
    "Norland",
    "Sarav",
    "Riverside",
    "Valdera",
    "Ostrava Plain",
    "Marrow Bay",
    "Tellin",
    "Azur Coast",
    "Brennick",
    "Calvo",
    "Dunmere",
    "Esterhaz",
    "Ferrow",
    "Galdin",
    "Harlow Province",
    "Istra",
    "Jovan Hills",
    "Korsk",
    "Lumen Valley",
    "Merida Norte",
    "Nadir",
    "Orlen",
    "Pasco",
    "Quirin",
    "Rosko",
    "Sable Point",
    "Tarvin",
    "Ulmer",
    "Vesk",
)
PLACE_ENDINGS = (
    "", "bad", "ton", "grad", "ville", "burg", "pol", "mouth", "field", "stad", "ia", "ford",
    "holm", "minster", "wick", "dorf", "haven", "port", "more", "ley", "mar", "sk", "ino",
    "ovo", "heim", "ness", "by", "thorpe", "chester", "combe",
)  # fmt: skip
BODIES = (
    "the Interior Ministry",
    "the Red Crescent",
    "the national civil protection agency",
    "the regional governor's office",
    "the United Nations refugee agency",
    "the state fire service",
    "Human Rights Watch",
    "Amnesty International",
    "the health ministry",
    "local hospital officials",
    "the police",
    "the army",
)
PEOPLE = (
    ("Maria", "Alvarez"),
    ("Tomas", "Reyes"),
    ("Ana", "Kovac"),
    ("Ibrahim", "Haddad"),
    ("Elena", "Petrova"),
    ("John", "Mercer"),
    ("Leila", "Nasser"),
    ("Pablo", "Ortega"),
    ("Sofia", "Lind"),
    ("Marek", "Novak"),
    ("Yusuf", "Demir"),
    ("Claire", "Dubois"),
)
ROLES = ("spokesperson", "director", "minister", "governor", "deputy chief", "coordinator")
OUTLETS = (
    "Daily Planet",
    "The Morning Ledger",
    "Northern Courier",
    "Global Wire",
    "City Herald",
    "Evening Standard Post",
    "Coastal Times",
    "The Observer Review",
)
WORDS_NUM = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 12: "a dozen",
}  # fmt: skip
FILLER = (
    "Residents described scenes of confusion as emergency crews worked through the night.",
    "Aid groups said roads into the area remained blocked, slowing the delivery of supplies.",
    "Shops stayed shuttered and schools were closed until further notice.",
    "Officials urged people to stay away from damaged buildings and to follow instructions.",
    "Television footage showed families gathering outside the main hospital.",
    "The opposition accused the government of reacting too slowly.",
    "Volunteers set up kitchens in the central square to feed those left without homes.",
    "Weather forecasters warned that conditions could worsen over the weekend.",
    "Neighbouring countries offered help, and a first convoy was expected within days.",
    "Analysts said the full picture would take weeks to emerge.",
    "Local radio stations broadcast lists of names of people looking for relatives.",
    "Engineers began inspecting bridges and power lines across the region.",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Story:
    event: tuple[str, str, str]
    place: str
    start: date
    deaths: int
    injured: int
    arrested: int
    displaced: int
    missing: int


def _story(rng: random.Random, index: int) -> Story:
    return Story(
        event=EVENTS[index % len(EVENTS)],
        place=place_name(index),
        start=date(2020, 1, 1) + timedelta(days=rng.randrange(1500)),
        deaths=rng.randrange(5, 400),
        injured=rng.randrange(10, 2000),
        arrested=rng.randrange(5, 900),
        displaced=rng.randrange(500, 90000),
        missing=rng.randrange(2, 120),
    )


def place_name(index: int) -> str:
    """A distinct one-word place name per story ("Kesra", "Kesrabad", "Norlandton", ...)."""
    base = PLACES[index % len(PLACES)].split()[0]
    return (
        base
        + PLACE_ENDINGS[(index // len(PLACES)) % len(PLACE_ENDINGS)]
        + ("" if index < len(PLACES) * len(PLACE_ENDINGS) else f"-{index}")
    )


def _fmt(n: int) -> str:
    return f"{n:,}"


def _day(d: date) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(PEOPLE)
    return f"{first} {last}", last


def _figure_paragraphs(rng: random.Random, story: Story, when: date, drift: float) -> list[str]:
    """Paragraphs that each carry several figures, attributions and dates."""

    def grown(n: int) -> int:
        return max(1, round(n * drift * rng.uniform(0.9, 1.1)))

    name, last = _person(rng)
    body = rng.choice(BODIES)
    role = rng.choice(ROLES)
    deaths, injured, arrested = grown(story.deaths), grown(story.injured), grown(story.arrested)
    displaced, missing = grown(story.displaced), grown(story.missing)
    _kind, noun, verb = story.event
    small = rng.choice(sorted(WORDS_NUM))
    earlier = when - timedelta(days=rng.randrange(1, 4))
    pct = rng.randrange(10, 90)
    money = rng.randrange(2, 500)
    paragraphs = [
        f"At least {_fmt(deaths)} people were killed and {_fmt(injured)} injured when {noun} "
        f"{verb} {story.place} on {_day(story.start)}, {body} said.",
        f"“We have confirmed {_fmt(deaths)} deaths so far, and the number may rise,” "
        f"{name}, the {role} of {body}, told reporters on {_day(when)}. “Our teams are still "
        f"searching for {_fmt(missing)} people who remain missing.”",
        f"By {_day(earlier)}, more than {_fmt(displaced)} residents had fled their homes, "
        f"according to {rng.choice(BODIES)}. {last} said about {WORDS_NUM[small]} shelters "
        f"had opened in schools and sports halls.",
        f"Police said {_fmt(arrested)} people had been arrested in connection with looting "
        f"since {_day(story.start)}, while rights groups put the number of detainees at nearly "
        f"{_fmt(round(arrested * rng.uniform(1.1, 1.6)))}.",
        f"The government announced ${money} million in emergency aid on {_day(when)}, and "
        f"{pct}% of damaged homes had been inspected by the end of the week, officials said.",
        f"Hospitals in {story.place} treated {_fmt(round(injured * 0.6))} wounded, "
        f"{rng.choice(BODIES)} said, adding that {WORDS_NUM[rng.choice(sorted(WORDS_NUM))]} "
        f"clinics had been damaged.",
    ]
    rng.shuffle(paragraphs)
    return paragraphs


def article(rng: random.Random, story: Story, day_offset: int, drift: float) -> str:
    """One article of 600-900 words about ``story``."""
    when = story.start + timedelta(days=day_offset)
    parts = _figure_paragraphs(rng, story, when, drift)
    if rng.random() < 0.5:
        parts += _figure_paragraphs(rng, story, when, drift * rng.uniform(0.95, 1.05))[:3]
    target = rng.randrange(600, 900)
    words = sum(len(p.split()) for p in parts)
    while words < target:
        paragraph = " ".join(rng.sample(FILLER, 3))
        parts.insert(rng.randrange(len(parts) + 1), paragraph)
        words += len(paragraph.split())
    return "\n\n".join(parts) + "\n"


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write ``count`` articles (and sidecars) into ``folder``; returns the article paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    stories = [_story(rng, i) for i in range(max(1, count // 6))]
    paths: list[Path] = []
    for n in range(count):
        paths.append(write_article(folder, n, rng, stories))
    return paths


def write_article(
    folder: Path, n: int, rng: random.Random, stories: list[Story], prefix: str = "a"
) -> Path:
    story = stories[rng.randrange(len(stories))]
    offset = rng.randrange(0, 20)
    drift = 1 + offset * 0.05 + rng.uniform(-0.1, 0.1)
    text = article(rng, story, offset, drift)
    kind = story.event[0]
    meta = {
        "title": f"{kind.capitalize()} in {story.place}: toll reaches {story.deaths}",
        "outlet": rng.choice(OUTLETS),
        "author": " ".join(_person(rng)[0].split()),
        "url": f"https://news.example.org/{kind}/{n:06d}",
        "published": (story.start + timedelta(days=offset)).isoformat(),
        "language": "en",
    }
    path = folder / f"{prefix}{n:06d}.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".yaml").write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")
    return path


def extra_article(folder: Path, count: int, seed: int = 1, name: str = "added") -> Path:
    """One more article about an existing story (for the add-one benchmark)."""
    rng = random.Random(seed)
    stories = [_story(rng, i) for i in range(max(1, count // 6))]
    return write_article(folder, 0, random.Random(seed + 99), stories, prefix=name)
