"""Figures in running text: numerals, number words, vague amounts and ranges.

``find_quantities`` reads every figure a sentence states as an interval of
``Decimal`` with its qualifier ("more than", "about", ...) and the exact
surface it was read from.  It leaves out numbers that are not amounts:
ages, years, calendar days, clock times, durations, reference numbers
("No. 17", "page 4", "Resolution 2334"), phone numbers and intensifiers such
as "100% ready".  Which thing a figure counts is decided later (``kinds``);
this module only knows how numbers are written in English.

The word tables below are the whole grammar; the scanner walks tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from dossier.model import Interval, Qualifier, Quantity, Span
from dossier.text import lower_for_matching

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,  # "two dozen"; "a dozen" alone is a vague amount below
    "lakh": 100_000,  # South Asian scales: "Rs 5 lakh", "2,000 crore rupees"
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Scales that "half a" can open ("half a million"; "half a dozen" is a vague amount).
LARGE_SCALES = frozenset({"million", "billion", "trillion"})
# Abbreviated scales, accepted only after a numeral ("$1.2bn", "3m barrels").
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 10**9}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip

# Vague amounts: phrase -> (low, high).  Longest phrases are tried first.
VAGUE: dict[str, tuple[int, int | None]] = {
    "hundreds of thousands": (200_000, 999_999),
    "tens of thousands": (20_000, 99_999),
    "several dozen": (24, 99),
    # "a few" hundred is read like "hundreds", as labellers of news read it
    "a few dozen": (24, 99),
    "several hundred": (200, 999),
    "a few hundred": (200, 999),
    "several thousand": (2_000, 9_999),
    "a few thousand": (2_000, 9_999),
    "half a dozen": (6, 6),
    "a dozen": (12, 12),
    "dozens": (24, 99),
    "scores": (40, 199),
    "a small handful": (2, 5),
    "a handful": (3, 9),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, None),
}
# Vague amounts that keep their value exactly when a qualifier is given
# ("about a dozen" is about 12, like "about 12"); "dozen" stands for "<n> dozen".
POINT_VAGUE = frozenset({"a dozen", "half a dozen", "dozen"})

# Qualifier phrases that may precede a figure, longest first.
QUALIFIERS: dict[str, Qualifier] = {
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "no more than": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST,
    "as much as": Qualifier.AT_MOST,
    "up to": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST,
    "fewer than": Qualifier.FEWER_THAN,
    "less than": Qualifier.FEWER_THAN,
    "just under": Qualifier.FEWER_THAN,
    "under": Qualifier.FEWER_THAN,
    "below": Qualifier.FEWER_THAN,
    "an estimated": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "barely": Qualifier.ABOUT,
    "nearly": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT,
    "close to": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "about": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "an approximate": Qualifier.ABOUT,
}

# Verbs that put a figure below what they report ("claims have passed £61 million",
# "the toll topped 100"): the figure is a lower bound, its quote the figure alone.
# "passed" counts only after "has", "have" or "had" ("the bill passed 31 to 19"
# gives a tally), with "now", "already" or "just" between.
BOUND_VERBS: dict[str, Qualifier] = {
    "exceeded": Qualifier.MORE_THAN, "exceeds": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN, "topped": Qualifier.MORE_THAN,
    "tops": Qualifier.MORE_THAN, "topping": Qualifier.MORE_THAN,
    "surpassed": Qualifier.MORE_THAN, "surpasses": Qualifier.MORE_THAN,
    "surpassing": Qualifier.MORE_THAN, "passed": Qualifier.MORE_THAN,
}  # fmt: skip
BOUND_VERBS_AFTER_AUXILIARY = frozenset({"passed"})
AUXILIARIES = frozenset({"has", "have", "had", "now", "already", "just", "since"})

# Words that make a bound a threshold, not an amount: "opposed any rise above 3%",
# "bans any gathering of more than 50 people", "anyone over 65".
THRESHOLD_WORDS = frozenset({"any", "anything", "anyone", "anybody"})
_BOUNDS = frozenset(
    {Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.FEWER_THAN, Qualifier.AT_MOST}
)

# Qualifiers that are also verbs: after a subject ("officials estimated 400")
# they report the figure rather than bound it.
VERB_QUALIFIERS = frozenset({"estimated"})
# Words after which "estimated" is an adjective ("the estimated 400", "killing
# estimated 40"), not a verb.
WORDS_BEFORE_AN_ADJECTIVE = frozenset(
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
        "those", "some", "with", "of", "to", "and", "or", "at", "by", "for", "from", "in",
        "on", "among", "including", "killing", "leaving", "displacing", "injuring",
        "affecting", "involving", "drawing", "reaching", "was", "were", "is", "are", "be",
        "been", "total", "nearly", "about", "around", "roughly", "said",
    }
)  # fmt: skip

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "R$": "BRL", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "NT$": "TWD", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₴": "UAH", "₦": "NGN", "₱": "PHP",
    "₪": "ILS", "฿": "THB", "₫": "VND", "₵": "GHS", "₸": "KZT", "₾": "GEL",
    "Rs": "rupees", "Rs.": "rupees",
}  # fmt: skip
# Names of currencies written after an amount ("41 million dinars", "500,000 CFA
# francs"), and the unit recorded.  A name that one country's currency alone
# bears gets its ISO code; a name several currencies share ("dinars", "pesos",
# "kroner") is kept as written unless a country names it ("Philippine pesos").
# Words that are also common English ("won", "real", "marks", "sol") are
# listed only with their country; "crowns" after an amount is money in news.
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "usd": "USD", "eur": "EUR",
    "gbp": "GBP",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "zimbabwe dollars": "ZWL", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
    "syrian pounds": "SYP", "sudanese pounds": "SDG",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "naira": "NGN", "rand": "ZAR",
    "reais": "BRL", "brazilian reais": "BRL", "bolivars": "VES", "bolívares": "VES",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forints": "HUF", "forint": "HUF",
    "hryvnias": "UAH", "hryvnia": "UAH", "roubles": "RUB", "rubles": "RUB",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "dong": "VND", "shekels": "ILS",
    "shekel": "ILS", "taka": "BDT", "kyat": "MMK", "tenge": "KZT", "lari": "GEL",
    "dram": "AMD", "drams": "AMD", "cedis": "GHS", "cedi": "GHS", "birr": "ETB",
    "kronor": "SEK", "swedish kronor": "SEK", "lempiras": "HNL", "quetzales": "GTQ",
    "bolivianos": "BOB", "guaranies": "PYG", "ouguiyas": "MRU", "ouguiya": "MRU",
    "leva": "BGN", "lei": "RON", "manat": "AZN",
    "south korean won": "KRW", "north korean won": "KPW", "turkish lira": "TRY",
    "swiss francs": "CHF", "philippine pesos": "PHP", "mexican pesos": "MXN",
    "argentine pesos": "ARS", "colombian pesos": "COP", "chilean pesos": "CLP",
    "cuban pesos": "CUP", "indian rupees": "INR", "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "kenyan shillings": "KES",
    "ugandan shillings": "UGX", "tanzanian shillings": "TZS", "danish kroner": "DKK",
    "norwegian kroner": "NOK", "icelandic kronur": "ISK", "algerian dinars": "DZD",
    "iraqi dinars": "IQD", "jordanian dinars": "JOD", "kuwaiti dinars": "KWD",
    "libyan dinars": "LYD", "serbian dinars": "RSD", "tunisian dinars": "TND",
    "moroccan dirhams": "MAD", "uae dirhams": "AED", "emirati dirhams": "AED",
    "saudi riyals": "SAR", "qatari riyals": "QAR", "iranian rials": "IRR",
    "omani rials": "OMR", "yemeni rials": "YER", "zambian kwacha": "ZMW",
    "malawian kwacha": "MWK", "south african rand": "ZAR", "nigerian naira": "NGN",
    "cfa francs": "CFA francs", "cfa franc": "CFA francs",
    "pesos": "pesos", "rupees": "rupees", "francs": "francs", "shillings": "shillings",
    "dinars": "dinars", "dinar": "dinars", "dirhams": "dirhams", "riyals": "riyals",
    "rials": "rials", "krone": "krone", "kroner": "kroner", "krona": "krona",
    "lira": "lira", "lire": "lira", "kwacha": "kwacha", "soles": "soles",
    "colones": "colones", "córdobas": "córdobas", "cordobas": "córdobas",
    # Nordic and central European crowns, written in English news as "crowns"
    "crowns": "crowns", "norwegian crowns": "NOK", "swedish crowns": "SEK",
    "danish crowns": "DKK", "icelandic crowns": "ISK", "czech crowns": "CZK",
    "norwegian krone": "NOK", "danish krone": "DKK", "swedish krona": "SEK",
    "czech korunas": "CZK", "korunas": "CZK", "koruna": "CZK", "koruny": "CZK",
    "kronur": "ISK", "kronas": "krona", "kroons": "EEK",
    # Europe and Central Asia
    "levs": "BGN", "lev": "BGN", "bulgarian leva": "BGN", "bulgarian levs": "BGN",
    "leu": "RON", "romanian lei": "RON", "moldovan lei": "MDL", "moldovan leu": "MDL",
    "polish zloty": "PLN", "polish zlotys": "PLN", "hungarian forints": "HUF",
    "kunas": "HRK", "kuna": "HRK", "denars": "MKD", "denar": "MKD", "leks": "ALL", "lek": "ALL",
    "convertible marks": "BAM", "russian roubles": "RUB", "russian rubles": "RUB",
    "belarusian roubles": "BYN", "belarusian rubles": "BYN", "ukrainian hryvnias": "UAH",
    "manats": "manat", "azerbaijani manats": "AZN", "turkmen manats": "TMT", "soms": "som",
    "somoni": "TJS", "uzbek sums": "UZS", "tugriks": "MNT", "tugrik": "MNT",
    "laris": "GEL", "georgian lari": "GEL", "armenian drams": "AMD", "tenges": "KZT",
    "turkish liras": "TRY", "liras": "lira",
    # Middle East, Africa
    "riyal": "riyals", "rial": "rials", "dirham": "dirhams",
    "bahraini dinars": "BHD", "afghanis": "AFN", "afghani": "AFN", "nairas": "NGN",
    "kwanzas": "AOA", "kwanza": "AOA", "meticais": "MZN", "metical": "MZN", "pula": "BWP",
    "dalasis": "GMD", "dalasi": "GMD", "leones": "SLE", "leone": "SLE", "nakfa": "ERN",
    "ariary": "MGA", "emalangeni": "SZL", "maloti": "LSL", "birrs": "ETB",
    "shilling": "shillings", "somali shillings": "SOS", "rwandan francs": "RWF",
    "congolese francs": "CDF", "guinean francs": "GNF", "burundian francs": "BIF",
    # Asia and the Pacific
    "rupee": "rupees", "rupiahs": "IDR", "indonesian rupiah": "IDR", "ringgits": "MYR",
    "malaysian ringgit": "MYR", "thai baht": "THB", "vietnamese dong": "VND", "kyats": "MMK",
    "riels": "KHR", "riel": "KHR", "kip": "LAK", "ngultrum": "BTN", "rufiyaa": "MVR",
    "takas": "BDT", "chinese yuan": "CNY", "japanese yen": "JPY", "hong kong dollar": "HKD",
    "kina": "PGK", "vatu": "VUV", "tala": "WST", "pa'anga": "TOP", "fiji dollars": "FJD",
    # The Americas
    "peso": "pesos", "reals": "BRL", "bolivar": "VES", "bolivares": "VES",
    "sols": "PEN", "peruvian soles": "PEN", "guaranis": "PYG", "guarani": "PYG",
    "balboas": "PAB", "gourdes": "HTG", "gourde": "HTG", "lempira": "HNL", "quetzals": "GTQ",
    "quetzal": "GTQ", "colons": "colones", "boliviano": "BOB", "jamaican dollars": "JMD",
    "escudos": "escudos", "escudo": "escudos",
    "trinidad and tobago dollars": "TTD", "east caribbean dollars": "XCD",
    # Currencies of the past, still named in stories of their time, and a few more of
    # ISO 4217's names
    "deutschmarks": "DEM", "deutsche marks": "DEM", "d-marks": "DEM", "guilders": "NLG",
    "florins": "florins", "pesetas": "ESP", "drachmas": "GRD", "drachmae": "GRD",
    "markka": "FIM", "markkaa": "FIM", "finnish marks": "FIM", "tolars": "SIT",
    "austrian schillings": "ATS", "schillings": "ATS", "irish punts": "IEP",
    "belgian francs": "BEF", "french francs": "FRF", "luxembourg francs": "LUF",
    "italian lire": "ITL", "portuguese escudos": "PTE", "estonian kroons": "EEK",
    "latvian lats": "LVL", "lithuanian litas": "LTL", "litas": "LTL", "slovak korunas": "SKK",
    "cypriot pounds": "CYP", "maltese liri": "MTL", "ducats": "ducats", "thalers": "thalers",
    "patacas": "MOP", "pataca": "MOP", "dobras": "STN", "dobra": "STN", "nakfas": "ERN",
    "lilangeni": "SZL", "loti": "LSL", "tugrugs": "MNT", "togrogs": "MNT", "sucres": "ECS",
    "cruzeiros": "BRB", "cruzados": "BRC", "australes": "ARA", "zaires": "ZRZ",
    "east german marks": "DDM", "brazilian real": "BRL", "south korean wons": "KRW",
    "bosnian marks": "BAM", "convertible mark": "BAM", "peruvian sol": "PEN",
    "laotian kip": "LAK", "lao kip": "LAK", "uzbek som": "UZS", "kyrgyz som": "KGS",
    "kyrgyz soms": "KGS", "somonis": "TJS", "cape verdean escudos": "CVE",
    "haitian gourdes": "HTG", "solomon islands dollars": "SBD", "bahamian dollars": "BSD",
    "barbados dollars": "BBD", "belize dollars": "BZD", "bermudian dollars": "BMD",
    "brunei dollars": "BND", "guyanese dollars": "GYD", "liberian dollars": "LRD",
    "namibian dollars": "NAD", "surinamese dollars": "SRD", "seychelles rupees": "SCR",
    "mauritian rupees": "MUR", "maldivian rufiyaa": "MVR", "bhutanese ngultrum": "BTN",
    "cambodian riels": "KHR", "macanese patacas": "MOP", "mongolian tugriks": "MNT",
    "north korean wons": "KPW", "papua new guinean kina": "PGK", "tongan pa'anga": "TOP",
    "samoan tala": "WST", "vanuatu vatu": "VUV", "cfp francs": "XPF", "djiboutian francs": "DJF",
    "comorian francs": "KMF", "malagasy ariary": "MGA", "mauritanian ouguiyas": "MRU",
    "ghanaian cedis": "GHS", "gambian dalasis": "GMD", "sierra leonean leones": "SLE",
    "angolan kwanzas": "AOA", "mozambican meticais": "MZN", "botswana pula": "BWP",
    "ethiopian birr": "ETB", "eritrean nakfa": "ERN", "sudanese dinars": "SDD",
    "south sudanese pounds": "SSP", "libyan dinar": "LYD", "tunisian dinar": "TND",
    "yemeni rial": "YER", "syrian pound": "SYP", "israeli shekels": "ILS",
    "new shekels": "ILS", "jordanian dinar": "JOD", "azerbaijani manat": "AZN",
    "turkmen manat": "TMT", "georgian laris": "GEL", "icelandic kronas": "ISK",
    "faroese kronur": "DKK", "swiss franc": "CHF", "venezuelan bolivars": "VES",
    "nicaraguan cordobas": "NIO", "costa rican colones": "CRC", "honduran lempiras": "HNL",
    "guatemalan quetzales": "GTQ", "paraguayan guaranies": "PYG", "uruguayan pesos": "UYU",
    "dominican pesos": "DOP", "bolivian bolivianos": "BOB", "panamanian balboas": "PAB",
    "us cents": "USD cents", "cents": "cents", "pence": "pence", "kopecks": "kopecks",
}  # fmt: skip
# Currencies written as a code before the amount ("NOK 1.4 billion", "SEK 500m");
# upper-case three-letter codes only, so "CAD 40" is read but "cad" is not.
CURRENCY_CODES = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "NOK", "SEK", "DKK", "ISK", "CZK", "PLN",
        "HUF", "RON", "BGN", "HRK", "RSD", "RUB", "UAH", "TRY", "INR", "PKR", "BDT", "LKR",
        "NPR", "IDR", "MYR", "THB", "VND", "PHP", "SGD", "HKD", "TWD", "KRW", "AUD", "NZD",
        "CAD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "KES", "GHS", "EGP",
        "MAD", "AED", "SAR", "QAR", "KWD", "ILS", "IRR", "IQD", "KZT", "GEL", "AMD", "AZN",
    }
)  # fmt: skip
# Every unit a figure of money is recorded with.
MONEY_UNITS = (
    frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values()) | CURRENCY_CODES
)

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Words before a number that make it a label, not an amount ("No. 17").
REFERENCE_WORDS = frozenset(
    {
        "no", "nos", "number", "page", "p", "pp", "section", "article", "chapter",
        "paragraph", "para", "clause", "resolution", "route", "flight", "room", "highway",
        "interstate", "line", "level", "category", "phase", "grade", "ward", "precinct",
        "gate", "platform", "amendment", "verse", "episode", "season", "vol", "volume",
        "item", "bill", "decree", "case", "file", "box", "lot", "unit", "apartment",
        "suite", "floor", "magnitude", "model", "version", "covid", "channel", "district",
        "act", "rule", "appendix", "annex", "table", "figure", "fig", "term", "stage",
        "block", "sector", "zone", "camp", "tower", "building", "road", "street", "avenue",
        "day", "week", "year", "aged", "age", "ages", "code", "region", "squad",
        "junction", "junctions", "lines", "routes", "platforms", "gates", "sections",
        "articles", "exit", "exits", "terminal", "terminals", "pier", "berth", "runway",
        "bus", "buses", "wards", "rooms", "blocks", "zones", "sectors", "districts",
        "call", "dial", "dialling", "dialing", "ring", "text", "hotline", "helpline",
        "reference", "ref", "extension", "ext", "id", "pin", "postcode", "zip", "serial",
    }
)  # fmt: skip
# Words before "day", "week" or "year" that make it a time, not a label: "that year
# 1,530 people died" counts people; "Year 10", "day 3 of the trial" are labels.
TIME_DETERMINERS = frozenset(
    {"that", "this", "last", "next", "each", "every", "per", "a", "same", "previous", "one"}
)
# Numbers told as a phone number after a comma: "the emergency number, 112".
NUMBER_NOUNS = frozenset({"number", "hotline", "helpline", "line"})
# Superlatives that make a bare number after them an age ("the oldest 63").
AGE_SUPERLATIVES = frozenset({"youngest", "oldest", "eldest"})
# Units of time: a number counting them is a duration, not a claim.
TIME_UNITS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades",
        "century", "centuries", "night", "nights", "weekend", "weekends",
        "fortnight", "fortnights", "term", "terms", "generation", "generations",
    }
)  # fmt: skip
# Time units that, in the thousands, count work done rather than time passed.
COUNTED_TIME_UNITS = frozenset({"hours"})
CLOCK_WORDS = frozenset(
    {"am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "o’clock", "hrs", "bst"}
)
INTENSIFIED = frozenset(
    {
        "ready", "sure", "certain", "committed", "confident", "behind", "correct", "right",
        "wrong", "true", "false", "safe", "effective", "guaranteed", "convinced", "clear",
        "honest", "free", "responsible", "accurate",
    }
)  # fmt: skip
PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "pct")

_TOKEN = re.compile(
    r"US\$|HK\$|NZ\$|NT\$|[RCAS]\$|[$€£¥₹₩₽₺₴₦₱₪฿₫₵₸₾]"
    r"|\d+(?:[.,]\d+)*|[A-Za-zÀ-ÿ]+(?:[.'’][A-Za-z]+)*\.?|\S"
)
_PHONE = re.compile(
    r"\+\d[\d ().-]{7,}\d|\(\d{2,4}\)\s?\d{3,4}[ .-]\d{3,4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b"
    r"|\b\d{3}-\d{4}\b"
    # "1800 226 226", "0800 555 0199": groups of digits with single spaces, no commas
    r"|\b\d{3,4} \d{3} \d{3,4}\b"
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
_NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


class Token(NamedTuple):
    """One token; a named tuple, as sentences are tokenised by the thousand."""

    text: str
    start: int
    end: int
    lower: str  # text.lower()
    low: str  # lower.rstrip("."): the word as the tables spell it


def tokenize(text: str) -> tuple[Token, ...]:
    """Words, numerals, symbols and punctuation of ``text`` with their offsets."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        lower = word.lower()
        tokens.append(Token(word, m.start(), m.end(), lower, lower.rstrip(".")))
    return tuple(tokens)


@dataclass(frozen=True, slots=True)
class _Core:
    """A bare figure: tokens ``[i, j)`` and its low/high values."""

    i: int
    j: int
    low: Decimal | None
    high: Decimal | None
    vague: str | None = None


def _numeral_value(tok: Token) -> Decimal | None:
    """Value of a numeral token with standard separators, else None."""
    if not _NUMERAL.fullmatch(tok.text):
        return None
    try:
        return Decimal(tok.text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern forbids it
        return None


def _words_value(words: list[str]) -> int | None:
    """Value of a run of number words ("seven million", "twenty-one")."""
    total, current, seen = 0, 0, False
    for word in words:
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALE_WORDS:
            total += max(current, 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _is_number_word(tok: Token) -> bool:
    return tok.low in UNITS_WORDS or tok.low in TENS_WORDS or tok.low in SCALE_WORDS


def _adjacent(a: Token, b: Token, text: str, seps: str = " ") -> bool:
    gap = text[a.end : b.start]
    return all(c in seps for c in gap) and len(gap) <= 2


def _match_words(toks: tuple[Token, ...], i: int, words: tuple[str, ...], text: str) -> int:
    """End index if ``words`` are the tokens from ``i`` on, else -1."""
    if i + len(words) > len(toks):
        return -1
    last = len(words) - 1
    for k, word in enumerate(words):
        tok = toks[i + k].lower
        if tok != word and not (k == last and tok == word + "."):
            return -1  # a sentence's last word carries its full stop ("72 percent.")
        if k and not _adjacent(toks[i + k - 1], toks[i + k], text):
            return -1
    return i + len(words)


def _phrase_table(
    phrases: Iterable[str], at: int
) -> dict[str, tuple[tuple[int, str, tuple[str, ...]], ...]]:
    """Phrases longest first, filed under the token their word ``at`` (0 or -1) can be.

    ``(rank, phrase, words)`` under the word itself, and under the word with
    a full stop when it is the phrase's last; tried in rank order, the
    phrases a token can open (or close) are tried exactly as a scan of every
    phrase would try them, without the ones that cannot match.
    """
    table: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for rank, phrase in enumerate(sorted(phrases, key=len, reverse=True)):
        words = tuple(phrase.split())
        keys = [words[at]]
        if at == -1 or len(words) == 1:
            keys.append(words[at] + ".")
        for key in keys:
            table.setdefault(key, []).append((rank, phrase, words))
    return {key: tuple(sorted(rows)) for key, rows in table.items()}


_VAGUE_BY_FIRST = _phrase_table(VAGUE, 0)
# Fractions told in words whose share is a whole or half percent ("a third" is not), by
# their denominator; numerators are small number words or "a".
_FRACTION_PARTS: dict[str, tuple[int, bool]] = {
    "half": (2, False), "quarter": (4, False), "quarters": (4, True), "fifth": (5, False),
    "fifths": (5, True), "eighth": (8, False), "eighths": (8, True), "tenth": (10, False),
    "tenths": (10, True),
}  # fmt: skip
# A figure starts at a numeral, a number word or a vague amount, and every vague
# amount has a word other than "a": a text with none of these holds no figure.
# Number words are matched as whole tokens (letters on neither side), ignoring case.
_FIGURE_WORDS = (
    ({w for phrase in VAGUE for w in phrase.split()} - {"a"})
    | UNITS_WORDS.keys()
    | TENS_WORDS.keys()
    | SCALE_WORDS.keys()
    | _FRACTION_PARTS.keys()
)
# The words other than vague amounts that ``_read_core`` can read a figure from.
_WORDS_STARTING = frozenset({"a", "half", *UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS})
_FIGURE_WORD = (
    r"\d|(?<![A-Za-zÀ-ÿ])({flags}"
    + "|".join(sorted(_FIGURE_WORDS, key=lambda w: (-len(w), w)))
    + r")(?![A-Za-zÀ-ÿ])"
)
_MAY_HOLD_FIGURE = re.compile(_FIGURE_WORD.format(flags="?i:"))
_MAY_HOLD_FIGURE_LOWER = re.compile(_FIGURE_WORD.format(flags="?:"))  # on text in lower case
_QUALIFIERS_BY_LAST = _phrase_table(QUALIFIERS, -1)
_PERCENT_WORDS = tuple((phrase, tuple(phrase.split())) for phrase in PERCENT_WORDS)
# The tokens a percentage phrase can open with, as ``_match_words`` reads them: its
# first word, and a one-word phrase with a sentence's full stop ("72 percent.").
_PERCENT_OPENERS = frozenset(
    [words[0] for _phrase, words in _PERCENT_WORDS]
    + [words[0] + "." for _phrase, words in _PERCENT_WORDS if len(words) == 1]
)
_CURRENCIES_BY_FIRST = _phrase_table(CURRENCY_WORDS, 0)


_MINUS_SIGNS = frozenset({"-", "−"})


def _negative_share(toks: tuple[Token, ...], i: int, text: str) -> _Core | None:
    """A share below zero: "minus 3%", "-0.4%", "minus two per cent".

    Only a percentage takes a sign: "minus 5 degrees" is no claim, and a hyphen
    joined to the figure before it is a range ("10-12%").
    """
    tok = toks[i]
    if i + 1 >= len(toks):
        return None
    if tok.low == "minus":
        if not _adjacent(tok, toks[i + 1], text):
            return None
    elif toks[i + 1].start != tok.end or (i > 0 and toks[i - 1].end == tok.start):
        return None
    core = _read_core(toks, i + 1, text)
    if core is None or core.vague is not None or core.low is None or core.low <= 0:
        return None
    if _percent_after(toks, core.j, text) is None:
        return None
    return _Core(i, core.j, -core.low, None)


def _read_core(toks: tuple[Token, ...], i: int, text: str) -> _Core | None:
    """The figure starting at token ``i`` (before any qualifier or unit)."""
    if toks[i].low == "minus" or toks[i].text in _MINUS_SIGNS:
        return _negative_share(toks, i, text)
    for _rank, phrase, words in _VAGUE_BY_FIRST.get(toks[i].lower, ()):
        j = _match_words(toks, i, words, text)
        if j > 0:
            low, high = VAGUE[phrase]
            if phrase == "scores" and not (j < len(toks) and toks[j].low == "of"):
                return None
            return _Core(i, j, Decimal(low), None if high is None else Decimal(high), phrase)
    tok = toks[i]
    value = _numeral_value(tok)
    if value is not None:
        j = i + 1
        if j < len(toks) and _adjacent(tok, toks[j], text):
            scale = toks[j].low
            if scale in SCALE_WORDS:
                return _Core(i, j + 1, value * SCALE_WORDS[scale], None)
        if j < len(toks) and toks[j].start == tok.end and toks[j].low in SCALE_ABBREVIATIONS:
            return _Core(i, j + 1, value * SCALE_ABBREVIATIONS[toks[j].low], None)
        if (
            j + 1 < len(toks)
            and toks[j].text == "-"
            and toks[j].start == tok.end
            and toks[j + 1].start == toks[j].end
            and toks[j + 1].low in LARGE_SCALES
        ):
            return _Core(i, j + 2, value * SCALE_WORDS[toks[j + 1].low], None)  # "$1.84-billion"
        return _Core(i, j, value, None)
    if (
        tok.low == "a"
        and i + 1 < len(toks)
        and toks[i + 1].low in SCALE_WORDS
        and _adjacent(tok, toks[i + 1], text)
    ):
        return _read_words(toks, i + 1, text, start=i)
    if (
        tok.low == "half"
        and i + 2 < len(toks)
        and toks[i + 1].low == "a"
        and toks[i + 2].low in LARGE_SCALES
        and _adjacent(tok, toks[i + 1], text)
        and _adjacent(toks[i + 1], toks[i + 2], text)
    ):  # "half a million"
        half = Decimal(SCALE_WORDS[toks[i + 2].low]) / 2
        return _Core(i, i + 3, half, None)
    if _is_number_word(tok) and tok.low not in SCALE_WORDS:
        return _read_words(toks, i, text, start=i)
    return None


def _read_words(toks: tuple[Token, ...], i: int, text: str, *, start: int) -> _Core | None:
    words = [toks[i].low]
    j = i + 1
    while j < len(toks):
        tok = toks[j]
        if (
            tok.text == "-"
            and j + 1 < len(toks)
            and _is_number_word(toks[j + 1])
            and toks[j].start == toks[j - 1].end
            and toks[j + 1].start == tok.end
        ):
            words.append(toks[j + 1].low)
            j += 2
            continue
        if tok.low == "and" and words[-1] in SCALE_WORDS and j + 1 < len(toks):
            nxt = toks[j + 1].low
            if nxt in UNITS_WORDS or nxt in TENS_WORDS:
                j += 1
                continue
        if _is_number_word(tok) and _adjacent(toks[j - 1], tok, text):
            words.append(tok.low)
            j += 1
            continue
        break
    value = _words_value(words)
    if value is None:
        return None
    if words[-1] == "dozen":  # "two dozen": a round amount, like "a dozen"
        return _Core(start, j, Decimal(value), Decimal(value), "dozen")
    return _Core(start, j, Decimal(value), None)


def _qualifier_before(toks: tuple[Token, ...], i: int, text: str) -> tuple[int, Qualifier] | None:
    if i == 0:
        return None
    for _rank, phrase, words in _QUALIFIERS_BY_LAST.get(toks[i - 1].lower, ()):
        k = i - len(words)
        if (
            k >= 0
            and _match_words(toks, k, words, text) == i
            and _adjacent(toks[i - 1], toks[i], text)
        ):
            if phrase in VERB_QUALIFIERS and k > 0 and _is_subject(toks[k - 1]):
                return None  # "the UN estimated 40,000": a verb, the figure is exact
            return k, QUALIFIERS[phrase]
    return None


def _is_threshold(toks: tuple[Token, ...], i: int) -> bool:
    """Whether "any" leads the bound at token ``i`` within three words ("any rise above")."""
    for tok in reversed(toks[max(0, i - 4) : i]):
        if tok.low in THRESHOLD_WORDS:
            return True
        if not tok.text[:1].isalpha():
            return False
    return False


def _bound_verb_before(toks: tuple[Token, ...], i: int, share: bool) -> Qualifier | None:
    """The bound a verb just before the figure sets ("has passed £61 million"), if any.

    A share is never a tally, so "its share passed 40%" needs no auxiliary.
    """
    if i == 0 or toks[i - 1].low not in BOUND_VERBS:
        return None
    verb = toks[i - 1].low
    auxiliary = i > 1 and toks[i - 2].low in AUXILIARIES
    if verb in BOUND_VERBS_AFTER_AUXILIARY and not (auxiliary or share):
        return None
    return BOUND_VERBS[verb]


def _quoted_qualifier(toks: tuple[Token, ...], i: int, text: str) -> Qualifier | None:
    """A qualifier quoted on its own before the figure: '"no less than" 450 million euros'.

    It bounds the figure; the quote stays the figure alone.
    """
    if i < 2 or toks[i - 1].text not in ('"', "”") or toks[i].start - toks[i - 1].end > 1:
        return None
    qual = _qualifier_before(toks, i - 1, text)
    return None if qual is None else qual[1]


def _is_subject(tok: Token) -> bool:
    """Whether a word before "estimated" can be its subject (a noun or name, not "an", "of")."""
    return tok.text[:1].isalpha() and tok.low not in WORDS_BEFORE_AN_ADJECTIVE


def _excluded(toks: tuple[Token, ...], core: _Core, text: str) -> bool:
    """Whether the figure is an age, year, date, time, duration or label."""
    first, last = toks[core.i], toks[core.j - 1]
    prev = toks[core.i - 1] if core.i > 0 else None
    nxt = toks[core.j] if core.j < len(toks) else None
    nxt2 = toks[core.j + 1] if core.j + 1 < len(toks) else None
    if (
        prev is not None
        and prev.end == first.start
        and (prev.text[-1].isalpha() or prev.text in "-/#:")
    ):
        return True  # "G7", "COVID-19", "#4", "11/24"
    if (
        nxt is not None
        and nxt.start == last.end
        and (nxt.text[0].isalpha() and nxt.low not in SCALE_ABBREVIATIONS)
        and not _pence_sign(toks, core.j)
    ):
        return True  # "12th", "3pm", "4x4"
    if (
        nxt is not None
        and nxt.start == last.end
        and nxt.text in (":", "/")
        and nxt2 is not None
        and nxt2.start == nxt.end
        and nxt2.text[0].isdigit()
    ):
        return True  # "10:30", "11/24/17"
    if (
        core.vague is None
        and first.text[0].isdigit()
        and core.j == core.i + 1
        and _YEAR.fullmatch(first.text)
    ):
        return not _is_percent_next(toks, core.j, text)  # a year
    if prev is not None and prev.low in MONTHS and prev.text[0].isupper():
        return True  # "July 28"
    if core.j == core.i + 1 and first.low == "one" and _one_among(prev, nxt):
        return True  # "one of the missing", "every one of those deaths": one among a group
    if _is_age_apposition(toks, core) or _is_age_of_the(toks, core) or _is_second_age(toks, core):
        return True  # "Ana Ruiz, 45, said", "the youngest victim was 14, the oldest 63"
    if nxt is not None and nxt.low in MONTHS and nxt.text[0].isupper() and core.vague is None:
        return True  # "28 July"
    if _days_of_a_month(toks, core):
        return True  # "18-19 March"
    if (
        prev is not None
        and prev.low in REFERENCE_WORDS
        and core.vague is None
        and not _time_not_label(toks, core, prev, nxt)
        and not _is_percent_next(toks, core.j, text)  # "yes 63.2%, no 36.8%": not a label
    ):
        return True
    if (
        core.i > 1
        and prev is not None
        and prev.text == ","
        and toks[core.i - 2].low in NUMBER_NOUNS
        and core.j == core.i + 1
    ):
        return True  # "call the emergency number, 112"
    if (
        nxt is not None
        and nxt.text == "-"
        and nxt2 is not None
        and nxt.end == nxt2.start
        and (nxt2.low.startswith(tuple(TIME_UNITS)) or nxt2.low in ("year-old", "year-olds"))
    ):
        return True  # "74-year-old", "six-year term", "three-day strike"
    if nxt is not None and nxt.low in TIME_UNITS:
        # "three years", "two days" are spans of time; "40,000 hours" of work is counted
        return not (nxt.low in COUNTED_TIME_UNITS and core.low is not None and core.low >= 1000)
    return bool(
        nxt is not None and (nxt.low in CLOCK_WORDS or nxt.text.lower().startswith(("a.m", "p.m")))
    )


def _days_of_a_month(toks: tuple[Token, ...], core: _Core) -> bool:
    """A range of days before a month: "on 18-19 March", "3 to 5 May"."""
    j = core.j
    if core.vague is not None or j + 2 >= len(toks) or toks[j].low not in ("-", "–", "to"):
        return False
    day, month = toks[j + 1], toks[j + 2]
    return (
        day.text.isdigit()
        and int(day.text) <= 31
        and month.low in MONTHS
        and month.text[0].isupper()
        and core.low is not None
        and core.low <= 31
    )


_EVERY = frozenset({"every", "each", "any", "no"})


def _one_among(prev: Token | None, nxt: Token | None) -> bool:
    """Whether "one" picks one among a group rather than counting: "one of them", "every one"."""
    return (nxt is not None and nxt.low == "of") or (prev is not None and prev.low in _EVERY)


def _time_not_label(toks: tuple[Token, ...], core: _Core, prev: Token, nxt: Token | None) -> bool:
    """Whether "day", "week" or "year" before a figure is a time ("that year 1,530 people")."""
    if prev.low not in ("day", "week", "year"):
        return False
    if nxt is not None and nxt.low in TIME_UNITS:
        return True  # "a year 40 weeks long"
    before = toks[core.i - 2].low if core.i > 1 else ""
    return before in TIME_DETERMINERS or "," in toks[core.i].text


def _is_age_of_the(toks: tuple[Token, ...], core: _Core) -> bool:
    """A bare number a few words after "youngest" or "oldest" ("the oldest 63").

    Not across punctuation or "of" ("the youngest of the 14 children" counts them).
    """
    before = toks[max(0, core.i - 8) : core.i]
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if tok.low in AGE_SUPERLATIVES:
            return core.vague is None
        if tok.low == "of" and k + 1 < len(before) and before[k + 1].low in _GROUP_PRONOUNS:
            continue  # "the youngest of them 15"
        if (
            tok.text == ","
            and k > 0
            and (before[k - 1].text[:1].isupper() or before[k - 1].low in AGE_SUPERLATIVES)
        ):
            continue  # "The youngest, Kieran Maitland, was 12": a name set off by commas
        if not tok.text[:1].isalpha() or tok.low == "of":
            return False
    return False


_GROUP_PRONOUNS = frozenset({"them", "those", "these", "whom"})
_AGE_WORDS = frozenset({"aged", "ages", "age"})


def _is_second_age(toks: tuple[Token, ...], core: _Core) -> bool:
    """The second of two ages: "two men, aged 58 and 63", "aged 19 to 24"."""
    i = core.i
    return (
        i >= 3
        and toks[i - 1].low in ("and", "or", "to", "-", "–")
        and toks[i - 2].text.isdigit()
        and toks[i - 3].low in _AGE_WORDS
        and core.vague is None
    )


def _is_age_apposition(toks: tuple[Token, ...], core: _Core) -> bool:
    if core.i < 2 or core.j >= len(toks) or core.j != core.i + 1:
        return False
    name, comma, after = toks[core.i - 2], toks[core.i - 1], toks[core.j]
    return (
        comma.text == ","
        and after.text == ","
        and name.text[:1].isupper()
        and toks[core.i].text.isdigit()
        and int(toks[core.i].text) < 120
    )


def _proportion_end(toks: tuple[Token, ...], core: _Core, text: str) -> int | None:
    """Token after "one in five" or "one voter in three" when ``core`` opens a proportion.

    Not an amount set against a year ("$1,800 in 2022") nor one after a
    currency sign: a proportion's first term is small and its second no year.
    """
    j = core.j
    if j + 1 < len(toks) and toks[j].low != "in" and core.low == 1 and _singular(toks[j]):
        j += 1  # "one Vestrian in three", "one voter in five"
    if core.vague is not None or j + 1 >= len(toks) or toks[j].low != "in":
        return None
    if core.low is None or core.low > 100 or _currency_before(toks, core.i) is not None:
        return None
    other = _read_core(toks, j + 1, text)
    if other is None or other.vague is not None or other.low is None:
        return None
    if _YEAR.fullmatch(toks[j + 1].text):
        return None
    return other.j if other.low > core.low else None


def _proportion_share(
    toks: tuple[Token, ...], core: _Core, end_j: int, text: str
) -> Quantity | None:
    """ "six in ten" as a share of 60 percent, when the share is a whole or half percent
    ("one in three" is left alone: no share the text states)."""
    other = _read_core(toks, end_j - 1, text) if end_j > 0 else None
    if other is None or other.low is None or core.low is None or not other.low:
        return None
    share = core.low * 100 / other.low
    if share * 2 != (share * 2).to_integral_value():
        return None
    start_i, qualifier = core.i, Qualifier.EXACT
    qual = _qualifier_before(toks, core.i, text)
    if qual is not None and qual[1] is Qualifier.ABOUT:
        start_i, qualifier = qual
    span = Span(start=toks[start_i].start, end=toks[end_j - 1].end)
    value = Interval(low=_tidy(share), high=_tidy(share))
    surface = text[span.start : span.end]
    return Quantity(value=value, qualifier=qualifier, surface=surface, span=span, unit="percent")


_FRACTION_NUMERATORS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "seven": 7, "nine": 9,
}  # fmt: skip
# Words before a fraction that make it a period or part of a mixed number: "the first
# half of the year", "in the second quarter", "two and a half".
_NOT_BEFORE_FRACTION = frozenset(
    {"the", "first", "second", "third", "fourth", "last", "final", "this", "next", "past",
     "each", "every", "per", "and", "its", "their", "a", "lower", "upper", "top", "bottom",
     "northern", "southern", "eastern", "western", "other"}
)  # fmt: skip
# Wholes that make a fraction a measure or a span of time, not a share: "half of a
# million", "a quarter of an hour", "half of the season".
_NOT_FRACTION_WHOLES = frozenset(
    {"a", "an", "year", "years", "century", "decade", "season", "month", "months", "week",
     "day", "term", "game", "match", "hour", "mile", "million", "billion", "thousand",
     "hundred", "time"}
)  # fmt: skip
# Wholes that make a fraction part of a group just told ("half of them children") or of
# an amount not counted ("short by almost half of what it needed"): no share to record.
_NOT_FRACTION_PRONOUNS = frozenset({"them", "whom", "what", "us", "you"})
# Verbs a bare share can open: "More than half were women".
_FRACTION_VERBS = frozenset({"were", "was", "are", "is", "had", "have", "said", "say"})


def _fraction_at(toks: tuple[Token, ...], i: int, text: str) -> tuple[Quantity, int] | None:
    """A share told as a fraction at token ``i`` ("nearly half of the schools", "by a
    quarter", "three quarters of voters") and the token after it, else None."""
    num, j = _FRACTION_NUMERATORS.get(toks[i].low), i + 1
    if num is None:
        num, j = 1, i
    if j >= len(toks) or toks[j].low not in _FRACTION_PARTS:
        return None
    den, plural = _FRACTION_PARTS[toks[j].low]
    if plural != (num > 1) or (j == i and toks[j].low != "half"):
        return None
    if i > 0 and toks[i - 1].low in _NOT_BEFORE_FRACTION:
        return None
    after = [t.low for t in toks[j + 1 : j + 4]]
    by = i > 0 and toks[i - 1].low == "by"
    qual = _qualifier_before(toks, i, text)
    if after[:1] and after[0] in ("a", "an"):
        return None  # "half a percentage point", "a quarter an hour": a measure
    if after[:1] == ["of"]:
        if set(after[1:3]) & _NOT_FRACTION_WHOLES or set(after[1:2]) & _NOT_FRACTION_PRONOUNS:
            return None
    elif not by and not (qual is not None and after[:1] and after[0] in _FRACTION_VERBS):
        return None
    share = Decimal(num * 100) / den
    start_i, qualifier = (i - 1 if by else i), Qualifier.EXACT
    value = Interval(low=_tidy(share), high=_tidy(share))
    if qual is not None and not by:
        start_i, qualifier = qual
        if qualifier is Qualifier.MORE_THAN:
            value = Interval(low=value.low, high=None)
        elif qualifier is Qualifier.FEWER_THAN:
            value = Interval(low=None, high=value.high)
        elif qualifier is not Qualifier.ABOUT:
            start_i, qualifier = i, Qualifier.EXACT
    span = Span(start=toks[start_i].start, end=toks[j].end)
    surface = text[span.start : span.end]
    quantity = Quantity(
        value=value, qualifier=qualifier, surface=surface, span=span, unit="percent"
    )
    return quantity, j + 1


def _singular(tok: Token) -> bool:
    """A word that may name one of a kind ("voter", "Vestrian"), not a plural or a symbol."""
    return tok.text.isalpha() and not tok.low.endswith("s") and tok.low not in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset({"of", "and", "or", "to", "the", "a", "an", "was", "is", "for"})


def _date_tail(toks: tuple[Token, ...], j: int) -> int:
    """Skip the second day of "December 1 and 2" / "3-5 May" (or year: "2019 to 2021"),
    but not a figure after a year: "from 127 in 2019 to 241 last year"."""
    if j + 1 < len(toks) and toks[j].low in ("and", "-", "–", "to") and toks[j + 1].text.isdigit():
        second = toks[j + 1].text
        if int(second) <= 31 or _YEAR.fullmatch(second):
            return j + 2
    return j


def _is_percent_next(toks: tuple[Token, ...], j: int, text: str) -> bool:
    return _percent_after(toks, j, text) is not None


def _percent_after(toks: tuple[Token, ...], j: int, text: str) -> tuple[int, str] | None:
    if j < len(toks) and toks[j].text == "%" and toks[j].start - toks[j - 1].end <= 1:
        return j + 1, "percent"
    if j >= len(toks) or toks[j].lower not in _PERCENT_OPENERS:
        return None  # no word of a percentage next: none of the phrases can match
    for phrase, words in _PERCENT_WORDS:
        k = _match_words(toks, j, words, text)
        if k > 0 and _adjacent(toks[j - 1], toks[j], text):
            return k, "percentage points" if "point" in phrase else "percent"
    return None


def _currency_before(toks: tuple[Token, ...], i: int) -> tuple[int, str] | None:
    """A symbol ("$5", "US$ 5") or an upper-case code ("NOK 1.4 billion") before an amount."""
    if i == 0:
        return None
    prev = toks[i - 1]
    gap = toks[i].start - prev.end
    if prev.text in CURRENCY_SYMBOLS and (gap == 0 or (gap == 1 and len(prev.text) > 1)):
        k = i - 1
        if k > 0 and toks[k - 1].text == "US" and toks[k - 1].end == toks[k].start:
            k -= 1
        return k, CURRENCY_SYMBOLS[prev.text]
    if prev.text in CURRENCY_CODES and gap <= 1:
        return i - 1, prev.text
    return None


def _currency_after(toks: tuple[Token, ...], j: int, text: str) -> tuple[int, str] | None:
    """The currency named after an amount, longest name first ("500,000 CFA francs")."""
    if j >= len(toks) or not _adjacent(toks[j - 1], toks[j], text):
        return None
    for _rank, name, words in _CURRENCIES_BY_FIRST.get(toks[j].lower, ()):
        k = _match_words(toks, j, words, text)
        if k > 0:
            return k, CURRENCY_WORDS[name]
    return _national_currency(toks, j, text)


# Names several countries' currencies share: after a country's adjective the tables do not
# list ("500,000 Velmoran francs", "2 million Kessian dinars") they are still money, kept
# under the shared name.
_SHARED_CURRENCY_NAMES = frozenset(
    name for name, unit in CURRENCY_WORDS.items() if unit == name and " " not in name
)


def _national_currency(toks: tuple[Token, ...], j: int, text: str) -> tuple[int, str] | None:
    """A shared currency name after a capitalised adjective of a country: "Velmoran francs"."""
    if j + 1 >= len(toks) or not _adjacent(toks[j], toks[j + 1], text):
        return None
    word, name = toks[j].text, toks[j + 1].low
    if name not in _SHARED_CURRENCY_NAMES or not (word[:1].isupper() and word[1:].islower()):
        return None
    return j + 2, CURRENCY_WORDS[name]


def _range_tail(toks: tuple[Token, ...], core: _Core, text: str, between: bool) -> _Core | None:
    """The upper end of "23 to 25", "10-12", "between 10 and 12", "45% to 50%"."""
    j = core.j
    if j + 1 >= len(toks) or core.vague is not None:
        return None
    first_percent = _percent_after(toks, j, text)
    if first_percent is not None:
        j = first_percent[0]  # "45% to 50%": the share's sign on both ends
        if j + 1 >= len(toks):
            return None
    joiner = toks[j].low
    ok = joiner in ("to", "–", "—") or (joiner == "-" and toks[j].start == toks[j - 1].end)
    if between:
        ok = joiner == "and"
    if not ok:
        return None
    k = j + 1
    if (
        _currency_before(toks, core.i) is not None
        and toks[k].text in CURRENCY_SYMBOLS
        and k + 1 < len(toks)
        and toks[k].end == toks[k + 1].start
    ):
        k += 1  # "between $1,500 and $3,000"
    other = _read_core(toks, k, text)
    if other is None or other.vague is not None or other.low is None or core.low is None:
        return None
    if first_percent is not None:
        second = _percent_after(toks, other.j, text)
        if second is None or second[1] != first_percent[1]:
            return None  # "by 1.5 percentage points to 21.5%": a change, then a level
    low, high = core.low, other.low
    if low < 0 and high < 0 and high < low:
        low, high = high, low  # "between minus 3% and minus 5%": a fall of 3% to 5%
    if toks[core.j - 1].text[0].isdigit() and toks[other.j - 1].low in SCALE_WORDS:
        scale = SCALE_WORDS[toks[other.j - 1].low]
        if low * scale <= high:
            low = low * scale  # "two to three million"
    if high <= low:
        return None
    return _Core(core.i, other.j, low, high)


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every amount stated in ``text``, in order, with spans into ``text``."""
    low = lower_for_matching(text)
    if low is not None and not _MAY_HOLD_FIGURE_LOWER.search(low):
        return ()
    if low is None and not _MAY_HOLD_FIGURE.search(text):
        return ()
    toks = tokenize(text)
    phones = [m.span() for m in _PHONE.finditer(text)]
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        fraction = _fraction_at(toks, i, text)
        if fraction is not None:
            found.append(fraction[0])  # "nearly half of the schools": a share of 50 percent
            i = fraction[1]
            continue
        may_start = (
            tok.text[:1].isdigit()
            or tok.lower in _VAGUE_BY_FIRST
            or tok.low in _WORDS_STARTING
            or tok.low == "minus"
            or tok.text in _MINUS_SIGNS
        )
        core = _read_core(toks, i, text) if may_start else None
        if core is None:
            i += 1
            continue
        if any(a <= toks[core.i].start < b for a, b in phones) or _excluded(toks, core, text):
            i = _date_tail(toks, core.j)
            continue
        proportion = _proportion_end(toks, core, text)
        if proportion is not None:
            share = _proportion_share(toks, core, proportion, text)
            if share is not None:
                found.append(share)  # "one in five", "six in ten": a share, not two counts
            i = proportion
            continue
        quantity, i = _build(toks, core, text)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


def _build(toks: tuple[Token, ...], core: _Core, text: str) -> tuple[Quantity | None, int]:
    start_i = core.i
    qualifier: Qualifier = (
        Qualifier.VAGUE if core.vague and core.vague not in POINT_VAGUE else Qualifier.EXACT
    )
    lead = _currency_before(toks, core.i)
    first = lead[0] if lead else core.i
    between = first > 0 and toks[first - 1].low == "between"
    tail = _range_tail(toks, core, text, between)
    unit: str | None = None
    low, high = core.low, core.high if core.vague else core.low
    if tail is not None:
        core, low, high, qualifier = tail, tail.low, tail.high, Qualifier.RANGE
        if between:
            start_i = first - 1
    elif core.vague is None or core.vague in POINT_VAGUE:
        lead = _currency_before(toks, core.i)
        at = lead[0] if lead else core.i
        qual = _qualifier_before(toks, at, text)
        verb_bound = _bound_verb_before(toks, at, _is_percent_next(toks, core.j, text))
        verb_bound = verb_bound or _quoted_qualifier(toks, at, text)
        if qual is not None:
            start_i, qualifier = qual
            low, high = _bounds(qualifier, core.low)
            if qualifier in _BOUNDS and _is_threshold(toks, start_i):
                return None, core.j
        elif verb_bound is not None:
            qualifier = verb_bound
            low, high = _bounds(qualifier, core.low)
        elif core.vague in POINT_VAGUE:
            qualifier = Qualifier.VAGUE
    end_j = core.j
    if qualifier in (Qualifier.EXACT, Qualifier.ABOUT) and _or_so_after(toks, end_j):
        qualifier, end_j = Qualifier.ABOUT, end_j + 2  # "60,000 or so": about 60,000
    currency = _currency_before(toks, core.i)
    if currency is not None:
        unit = currency[1]
        start_i = min(start_i, currency[0])
    percent = _percent_after(toks, end_j, text)
    if percent is not None:
        end_j, unit = percent
        if end_j < len(toks) and toks[end_j].low in INTENSIFIED:
            return None, end_j  # "100% ready"
    elif unit is None:
        money = _currency_after(toks, end_j, text)
        if money is not None:
            end_j, unit = money
        elif _pence_sign(toks, end_j):
            end_j, unit = end_j + 1, "pence"  # "20p an hour"
    span = Span(start=toks[start_i].start, end=toks[end_j - 1].end)
    surface = text[span.start : span.end].rstrip(".")
    span = Span(start=span.start, end=span.start + len(surface))
    if unit is None and surface[-1:].isalpha():
        hyphened = _HYPHENED_CURRENCY.match(text, span.end)
        if hyphened is not None:  # "a 22-million-euro scheme": an amount made an adjective
            unit = CURRENCY_WORDS[hyphened.group(1).lower()]
            span = Span(start=span.start, end=hyphened.end())
            surface = text[span.start : span.end]
    value = Interval(low=_tidy(low), high=_tidy(high))
    return Quantity(value=value, qualifier=qualifier, surface=surface, span=span, unit=unit), end_j


# A currency joined by a hyphen to an amount with a scale: "22-million-euro", "5-billion-dollar".
_HYPHENED_CURRENCY = re.compile(
    r"-("
    + "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS if " " not in w), key=len)[::-1])
    + r")\b",
    re.IGNORECASE,
)


def _or_so_after(toks: tuple[Token, ...], j: int) -> bool:
    """Whether "or so" follows the figure ending before ``toks[j]``: "a further 60,000 or so"."""
    return j + 1 < len(toks) and toks[j].low == "or" and toks[j + 1].low == "so"


def _pence_sign(toks: tuple[Token, ...], j: int) -> bool:
    """Whether ``toks[j]`` is a "p" written onto the figure before it: "20p", "5p a litre"."""
    return (
        0 < j < len(toks)
        and toks[j].text == "p"
        and toks[j].start == toks[j - 1].end
        and toks[j - 1].text[-1:].isdigit()
        and (j + 1 == len(toks) or toks[j + 1].start > toks[j].end or toks[j + 1].text in ",;")
    )


def _tidy(value: Decimal | None) -> Decimal | None:
    """``2.5 * 10**9`` as ``2500000000``, not ``2500000000.0``."""
    if value is None:
        return None
    integral = value.to_integral_value()
    if value != integral:
        return value
    try:
        return integral.quantize(Decimal(1))
    except InvalidOperation:  # more digits than the context's precision
        return integral


def _bounds(qualifier: Qualifier, value: Decimal | None) -> tuple[Decimal | None, Decimal | None]:
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return value, None
    if qualifier in (Qualifier.AT_MOST, Qualifier.FEWER_THAN):
        return None, value
    return value, value


# "12th"; "<tens>-<word>", read as one word ("twenty-first", but also the
# "twenty-twenty" of "twenty-twenty-first", which leaves "first" alone); or an
# ordinal word.  Other words are passed over without a match, which finds
# what reading every word in turn would: no word boundary lies inside a word.
_ORDINAL = re.compile(
    r"\b(?:(\d+)(?:st|nd|rd|th)"
    r"|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-([a-z]+)"
    r"|(" + "|".join(sorted(ORDINAL_WORDS, key=lambda w: (-len(w), w))) + r"))\b",
    re.IGNORECASE,
)


def find_ordinals(text: str) -> tuple[tuple[Span, int], ...]:
    """Ordinals ("twelfth", "12th", "twenty-first") with spans and values."""
    out: list[tuple[Span, int]] = []
    for m in _ORDINAL.finditer(text):
        if m.group(1):
            out.append((Span(start=m.start(), end=m.end()), int(m.group(1))))
            continue
        word = (m.group(3) or m.group(4)).lower()
        if word in ORDINAL_WORDS:
            tens = TENS_WORDS.get((m.group(2) or "").lower(), 0)
            out.append((Span(start=m.start(), end=m.end()), tens + ORDINAL_WORDS[word]))
    return tuple(out)
