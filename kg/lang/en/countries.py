"""Countries by any common name, normalised with pycountry (ISO 3166)."""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import pycountry

# Names news uses that ISO 3166 does not list; values are alpha-2 codes. (England, Scotland, Wales
# and Northern Ireland are no country of their own: places within the United Kingdom, HOME_NATIONS.)
ALIASES = {
    "us": "US", "u.s": "US", "u.s.": "US", "usa": "US", "u.s.a": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "the united states": "US", "the us": "US", "the u.s.": "US",
    "uk": "GB", "u.k": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "the uk": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
    "vietnam": "VN", "taiwan": "TW", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "czech republic": "CZ", "ivory coast": "CI", "holland": "NL", "the netherlands": "NL",
    "burma": "MM", "macedonia": "MK", "the philippines": "PH", "uae": "AE", "the uae": "AE",
    "brunei": "BN", "palestine": "PS", "turkey": "TR", "congo": "CG", "prc": "CN",
    "mainland china": "CN", "the people's republic of china": "CN",
    # common names ISO's do not reach: "DR Congo", "the Ukraine" (as 2000s news still wrote it),
    # "Republic of Ireland" (as sport names the country), "Bosnia", "East Timor", "Swaziland"
    "dr congo": "CD", "drc": "CD", "democratic republic of congo": "CD", "the democratic republic of congo": "CD",
    "the democratic republic of the congo": "CD", "congo-kinshasa": "CD",
    "republic of congo": "CG", "the republic of congo": "CG", "the republic of the congo": "CG", "congo-brazzaville": "CG",
    "the ukraine": "UA", "republic of ireland": "IE", "the republic of ireland": "IE", "irish republic": "IE",
    "bosnia": "BA", "bosnia-herzegovina": "BA", "east timor": "TL", "cape verde": "CV", "swaziland": "SZ",
    "vatican": "VA", "the vatican": "VA", "holy see": "VA", "the gambia": "GM", "the bahamas": "BS",
    "st lucia": "LC", "st kitts and nevis": "KN", "st vincent and the grenadines": "VC", "trinidad": "TT",
    "falklands": "FK", "the falklands": "FK", "macau": "MO",
    # "Korea" alone is South Korea in the news ("Korea's Hyundai", "the Bank of Korea"), as
    # "Korean" is; headlines shorten both: "S Korea", "N Korea"
    "korea": "KR", "s korea": "KR", "s. korea": "KR", "n korea": "KP", "n. korea": "KP",
    # states that are no more, under the codes ISO 3166 gave them while they were (ISO 3166-3;
    # not Czechoslovakia, whose "CS" went on to Serbia and Montenegro): news still names them,
    # and a "Union" would make an organisation of one
    "soviet union": "SU", "the soviet union": "SU", "ussr": "SU", "the ussr": "SU", "yugoslavia": "YU",
    "east germany": "DD",
}

# ISO 3166 lists dependent territories beside states. They are places in the state they belong to
# ("Hong Kong", "Puerto Rico", "Greenland"), as the nations of the UK are, not countries of their own.
TERRITORIES = {
    "HK": "CN", "MO": "CN", "PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "GL": "DK", "FO": "DK",
    "GI": "GB", "BM": "GB", "KY": "GB", "VG": "GB", "IM": "GB", "JE": "GB", "GG": "GB", "FK": "GB", "MS": "GB",
    "TC": "GB", "AI": "GB", "AW": "NL", "CW": "NL", "SX": "NL", "NC": "FR", "PF": "FR", "RE": "FR", "GP": "FR",
    "MQ": "FR", "GF": "FR", "YT": "FR", "PM": "FR", "AX": "FI", "CX": "AU", "NF": "AU",
}

# Adjectives of continents and regions above countries: "European aircraft maker Airbus" says
# where Airbus is based as "Japanese carmaker Toyota" does.
CONTINENT_DEMONYMS = {"european": "Europe", "african": "Africa", "asian": "Asia", "latin american": "Latin America",
                      "south american": "South America", "north american": "North America",
                      "scandinavian": "Scandinavia", "middle eastern": "Middle East"}

# Adjectives of the nations of the United Kingdom: "Scottish club Rangers" says Rangers is based in
# Scotland, a place of its own (HOME_NATIONS), as "European aircraft maker Airbus" says Europe.
HOME_NATION_DEMONYMS = {"scottish": "Scotland", "welsh": "Wales", "english": "England",
                        "northern irish": "Northern Ireland"}
# Both: adjectives of places that are no country, each named for the place it says.
REGION_DEMONYMS = CONTINENT_DEMONYMS | HOME_NATION_DEMONYMS

# Capitals news uses for their governments ("tension between Washington and Moscow", "Beijing
# accused Tokyo"); only rivalries read them so, and only for a country the article names too. A
# capital also lies in its own country, whatever other country its sentence names.
CAPITALS = {
    "washington": "US", "moscow": "RU", "beijing": "CN", "tokyo": "JP", "london": "GB", "paris": "FR",
    "berlin": "DE", "tehran": "IR", "pyongyang": "KP", "seoul": "KR", "taipei": "TW", "new delhi": "IN",
    "delhi": "IN", "islamabad": "PK", "kabul": "AF", "baghdad": "IQ", "damascus": "SY", "tripoli": "LY",
    "ankara": "TR", "kiev": "UA", "kyiv": "UA", "jerusalem": "IL", "cairo": "EG", "riyadh": "SA",
    "havana": "CU", "caracas": "VE", "canberra": "AU", "ottawa": "CA", "madrid": "ES", "rome": "IT",
    "warsaw": "PL", "athens": "GR", "belgrade": "RS", "minsk": "BY", "tbilisi": "GE", "hanoi": "VN",
    "manila": "PH", "jakarta": "ID", "bangkok": "TH", "khartoum": "SD", "pretoria": "ZA", "brasilia": "BR",
    "buenos aires": "AR", "mexico city": "MX", "beirut": "LB", "amman": "JO", "doha": "QA", "abu dhabi": "AE",
    "ashgabat": "TM", "baku": "AZ", "yerevan": "AM", "nicosia": "CY", "budapest": "HU", "prague": "CZ",
    "brussels": "BE", "amsterdam": "NL", "vienna": "AT", "stockholm": "SE", "oslo": "NO", "copenhagen": "DK",
    "helsinki": "FI", "dublin": "IE", "lisbon": "PT", "bern": "CH", "wellington": "NZ", "nairobi": "KE",
}

# The nations of the United Kingdom: places in it (their national teams are no country either).
HOME_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})

# Demonyms and nationality adjectives news uses ("Chinese researchers", "a German racer").
DEMONYMS = {
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "angolan": "AO", "argentine": "AR",
    "argentinian": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT", "azerbaijani": "AZ",
    "bahraini": "BH", "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO",
    "bosnian": "BA", "brazilian": "BR", "british": "GB", "bulgarian": "BG", "burmese": "MM",
    "cambodian": "KH", "cameroonian": "CM", "canadian": "CA", "chilean": "CL", "chinese": "CN",
    "colombian": "CO", "congolese": "CD", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
    "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "english": "GB", "eritrean": "ER",
    "estonian": "EE", "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR", "georgian": "GE",
    "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "haitian": "HT", "honduran": "HN",
    "hungarian": "HU", "icelandic": "IS", "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ",
    "irish": "IE", "israeli": "IL", "italian": "IT", "ivorian": "CI", "jamaican": "JM", "japanese": "JP",
    "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE", "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA",
    "latvian": "LV", "lebanese": "LB", "liberian": "LR", "libyan": "LY", "lithuanian": "LT",
    "luxembourgish": "LU", "macedonian": "MK", "malaysian": "MY", "malian": "ML", "maltese": "MT",
    "mexican": "MX", "moldovan": "MD", "mongolian": "MN", "moroccan": "MA", "mozambican": "MZ",
    "namibian": "NA", "nepalese": "NP", "nepali": "NP", "new zealander": "NZ", "nicaraguan": "NI",
    "nigerian": "NG", "north korean": "KP", "norwegian": "NO", "omani": "OM", "pakistani": "PK",
    "palestinian": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL",
    "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW", "saudi": "SA",
    "scottish": "GB", "senegalese": "SN", "serb": "RS", "serbian": "RS", "singaporean": "SG",
    "slovak": "SK", "slovenian": "SI", "somali": "SO", "south african": "ZA", "south korean": "KR",
    "spanish": "ES", "sri lankan": "LK", "sudanese": "SD", "swedish": "SE", "swiss": "CH", "syrian": "SY",
    "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ", "thai": "TH", "tunisian": "TN", "turkish": "TR",
    "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA", "uruguayan": "UY", "uzbek": "UZ",
    "venezuelan": "VE", "vietnamese": "VN", "welsh": "GB", "yemeni": "YE", "zambian": "ZM",
    "zimbabwean": "ZW", "korean": "KR", "s korean": "KR", "n korean": "KP", "emirati": "AE", "bahamian": "BS",
    # nouns for the people ("two Britons were freed"), which the model often reads as names
    "briton": "GB", "brit": "GB", "scot": "GB", "englishman": "GB", "welshman": "GB", "scotsman": "GB",
    "irishman": "IE", "frenchman": "FR", "dutchman": "NL", "spaniard": "ES", "dane": "DK", "swede": "SE",
    "kiwi": "NZ", "aussie": "AU",
}


# What joins two nationalities: "Anglo-Dutch", "Sino–Japanese".
HYPHENS = {"-", "\u2013"}
# The first part of a pair of nationalities joined by a hyphen: "Anglo-Dutch", "Sino-Japanese".
COMBINING_FORMS = {"anglo": "GB", "sino": "CN", "franco": "FR", "russo": "RU", "italo": "IT", "greco": "GR",
                   "austro": "AT", "hispano": "ES", "luso": "PT", "nippo": "JP", "germano": "DE", "turco": "TR"}


def nations_joined(words: list[str]) -> list[str] | None:
    """The countries of nationalities joined by hyphens ("Anglo", "-", "Dutch" -> GB, NL), or None
    when the words are anything else."""
    parts = [w for w in words if w not in HYPHENS]
    if len(parts) < 2 or len(parts) != (len(words) + 1) // 2:
        return None
    codes = [COMBINING_FORMS.get(_key(w)) or demonym(w) for w in parts]
    return codes if all(codes) and len(set(codes)) == len(codes) else None


def demonym(text: str) -> str | None:
    """The ISO alpha-2 code of the country a nationality word refers to ("Chinese" -> CN)."""
    key = _key(text)
    if key.endswith("s") and key[:-1] in DEMONYMS:  # "Americans", "Israelis"
        key = key[:-1]
    return DEMONYMS.get(key)


# Nouns for a country's people that are no adjective: "Briton Ann Ruiz" is a person, where
# "British Vantor Group" may be a firm.
_NATIONALS = {"briton", "brit", "scot", "swede", "dane", "finn", "pole", "turk", "spaniard", "kiwi", "aussie"}


def nationals_noun(text: str) -> bool:
    """"Frenchman", "Welshwoman", "Briton", "Swede": a word for one of a country's people."""
    key = _key(text)
    if key.endswith("woman"):
        key = key[:-5] + "man"
    # (the demonym before "man": "German" is an adjective)
    return key in _NATIONALS or key.endswith("man") and demonym(key[:-3].strip()) is not None


# Preferred labels where ISO's short name is not what news readers call the country.
LABELS = {
    "RU": "Russia", "KR": "South Korea", "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam",
    "TW": "Taiwan", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova",
    "CZ": "Czech Republic", "TR": "Turkey", "BN": "Brunei", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "FM": "Micronesia", "VA": "Vatican City", "SX": "Sint Maarten",
    "SU": "Soviet Union", "YU": "Yugoslavia", "DD": "East Germany",
}


@lru_cache(maxsize=1 << 16)  # (every name is looked up again at each mention and by several cues)
def _key(text: str) -> str:
    text = text.replace("’", "'").strip()
    text = re.sub(r"'s$", "", text)
    return re.sub(r"\s+", " ", text).lower()


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    names = [(getattr(country, attr, None), country.alpha_2) for country in pycountry.countries
             for attr in ("name", "official_name", "common_name")]
    # a country's own label is one of its names ("Democratic Republic of the Congo"), and so is
    # each name written without its accents ("Cote d'Ivoire", "Sao Tome and Principe")
    for value, code in names + [(label, code) for code, label in LABELS.items()]:
        if value:
            index[_key(value)] = code
            index.setdefault(_key(_unaccented(value)), code)
    index.update(ALIASES)
    return index


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def lookup(text: str) -> str | None:
    """The ISO alpha-2 code of the country ``text`` names, or None (a territory is no country)."""
    code = _index().get(_key(text))
    return None if code in TERRITORIES else code


def sovereign(text: str) -> str | None:
    """The alpha-2 code of the country that the territory or home nation ``text`` names lies in
    ("Hong Kong" -> CN, "Wales" -> GB), or None."""
    key = _key(text)
    return "GB" if key in HOME_NATIONS else TERRITORIES.get(_index().get(key, ""))


def label(code: str) -> str:
    """The canonical English label of a country code."""
    if code in LABELS:
        return LABELS[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name
