"""Word lists the rules use: plain data, one constant per idea, kept apart from the rules."""
from __future__ import annotations

import re

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

# Capitalised words the small model tags as entities although news means a field or a thing.
NOT_ENTITIES = WEEKDAYS | frozenset({
    "ai", "a.i.", "agi", "ml", "it", "iot", "vr", "ar", "xr", "gdp", "gnp", "ceo", "cfo", "coo", "cto",
    "tv", "pc", "pcs", "dvd", "cd", "cds", "sms", "gps", "api", "ipo", "r&d", "hr", "pr", "faq", "eu-wide",
    "internet", "the internet", "web", "the web", "covid", "covid-19", "aids", "hiv", "dna", "mp3",
    "the firm", "the company", "the group", "the government", "the ministry", "the department",
    "the state", "state", "op-ed", "world", "the world", "home", "the country", "the agency", "the bank", "the club",
    "the team", "the band", "r&b", "rnb",  # a kind of music ("R&B"), which the model reads as a company
    # kinds of device and technologies, no named product ("a PVR", "LCD TVs", "3G", "VoIP")
    "pvr", "pvrs", "dvr", "dvrs", "rpg", "rpgs", "lcd", "lcd tv", "lcd tvs", "suv", "suvs", "hdtv", "voip",
    "pda", "pdas", "3g", "4g", "5g", "wi-fi", "wifi", "rfid", "dab", "mms", "usb", "led", "dvds", "mp3s",
    "dsl", "adsl", "lte", "gsm", "cdma", "umts", "wap", "html", "p2p", "e-mail", "email", "gprs", "iptv",
    "uwb", "bluetooth",
    # a government's yearly statement of its spending and taxes, capitalised in British news ("the
    # Budget"), which the model reads as an organisation: each year's is another
    "budget", "the budget", "budgets",
    # time zones, which the model reads as organisations ("kick-off at 1500 GMT")
    "gmt", "bst", "utc", "cet", "cest", "edt", "est", "pst", "pdt", "cst", "aest", "jst",
})
# Words, as written, that name no one thing however the model reads them: members of parliaments
# ("MPs voted"; "MPS" or "MEPS" may be a firm's name)
NOT_ENTITIES_AS_WRITTEN = frozenset({"MPs", "MEPs", "MSPs"})

# Titles written only before a person's name: the name after one is a person's whatever the model
# read ("Lord Browne said", "Ms Lomax"); the other HONORIFICS also open offices ("President Bill").
PERSONAL_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord",
                             "lady", "prof", "prof.", "professor"})
# Titles of peers and knights, by which the person is known as well as by name: "Lord Vane", "Sir Tom Hale".
PEERAGE_TITLES = frozenset({"lord", "lady", "baroness", "baron", "sir", "dame"})
# Words after a surname that are none: "Harry Connick Jr", "Tom Hale III"
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Letters written after a name that say an honour, a rank at the bar or a seat, no word of the
# name: "Ann Ruiz QC", "Tom Hale MP", "Ann Ruiz OBE" (and "Labour MP": the seat's party)
POST_NOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE"})
HONORIFICS = PERSONAL_TITLES | frozenset({
    "mx", "rev", "rev.", "president", "chancellor", "senator", "sen.", "rep.",
    "gov.", "governor", "judge", "justice", "chairman", "minister", "king", "queen", "prince", "princess",
    "general", "gen.", "col.", "captain", "capt.", "coach", "pope", "bishop", "father", "st", "st.",
    "sgt", "sgt.", "lt", "lt.", "maj", "maj.", "cpl", "cpl.", "pvt", "pvt.", "adm", "adm.", "cmdr", "cmdr.",
    "archbishop", "cardinal", "rabbi", "sergeant",
})

# Head nouns that name a position or a public role a person holds.
ROLE_NOUNS = frozenset({
    "chief", "executive", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson",
    "president", "vice-president", "director", "founder", "co-founder", "cofounder", "owner", "head",
    "manager", "boss", "partner", "principal", "officer", "official", "spokesman", "spokeswoman",
    "spokesperson", "representative", "secretary", "minister", "chancellor", "premier", "governor",
    "mayor", "senator", "lawmaker", "legislator", "mp", "ambassador", "diplomat", "envoy", "adviser",
    "advisor", "consultant", "analyst", "economist", "strategist", "researcher", "scientist", "engineer",
    "developer", "designer", "architect", "professor", "lecturer", "teacher", "dean", "editor",
    "reporter", "correspondent", "journalist", "writer", "author", "columnist", "producer", "actor",
    "actress", "singer", "frontman", "frontwoman", "musician", "artist", "star", "player", "captain", "coach",
    "striker", "goalkeeper", "midfielder", "defender", "champion", "leader", "member",
    "employee", "worker", "staff", "trader", "banker", "investor", "entrepreneur", "lawyer", "attorney",
    "judge", "prosecutor", "commissioner", "regulator", "inspector", "auditor", "treasurer", "figure",
    "expert", "specialist", "physician", "doctor", "surgeon", "general", "commander",
    "chief-executive", "president-elect", "deputy", "vice-chairman", "administrator", "controller",
    "superintendent", "curator", "critic", "campaigner", "activist", "organiser", "organizer",
    "pioneer", "veteran", "insider", "observer", "commentator", "presenter", "host", "anchor",
    "composer", "poet", "novelist", "playwright", "painter", "sculptor", "dancer", "comedian", "filmmaker",
    "photographer", "pianist", "guitarist", "drummer", "bassist", "keyboardist", "vocalist", "rapper", "dj",
    "conductor", "astronaut", "pilot", "soldier",
    "newsman", "newswoman", "anchorman", "anchorwoman", "broadcaster", "newscaster", "archaeologist",
    "scholar", "fellow", "historian", "counsel", "trustee", "chef", "businessman", "businesswoman",
    "sportsman", "sportswoman", "statesman", "congressman", "congresswoman", "politician",
    "candidate", "challenger", "nominee", "councillor", "councilor", "mep", "msp", "backbencher", "frontbencher",
    # officers of the police and the courts ("assistant chief constable of Harlow Police")
    "constable", "detective", "sheriff", "magistrate", "coroner", "solicitor", "barrister", "ombudsman",
    "justice",  # ("Supreme Court Justice Ann Ruiz"; the head of "the Justice Department" is its noun)
    # places in a team and trades of a sport that name nothing else in news ("Harlow scrum-half Tom
    # Hale", "Sprinter Ann Ruiz"; not "prop", "lock" or "centre")
    "forward", "winger", "skipper", "keeper", "scrum-half", "fly-half", "flanker", "full-back", "fullback",
    "batsman", "bowler", "wicketkeeper", "all-rounder", "sprinter", "jockey",
})

# Endings of nouns for what a person does ("songwriter", "economist", "historian").
AGENTIVE = re.compile(r"(er|or|ist|ian|ant|ent)$")
# Nouns with those endings that name a thing, a text or an event, not a person: "the Kestrel Post
# newspaper", "the Vantor incident", "his Zorbit character", "horror thriller Zephyr".
# (Nouns ending "-ment" never name a person: agent_shaped.)
NOT_AGENTS = frozenset({
    "newspaper", "paper", "character", "thriller", "blockbuster", "incident", "accident", "event",
    "talent", "content", "percent", "matter", "error", "horror", "monster", "answer", "cover", "factor",
    "liner", "helicopter", "computer", "seater", "summer", "winter", "corner", "quarter", "border", "order",
    "letter", "chapter", "water", "power", "offer", "poster", "trailer", "banner", "disaster", "weather",
    "cancer", "danger", "charter", "tower", "layer", "filter", "container", "counter", "sector",
    "motor", "mirror", "interior", "exterior", "plunder", "wonder", "river", "silver", "timber", "plant",
})


def agent_shaped(word: str) -> bool:
    """A lower-case noun shaped like one for what a person does ("songwriter", "economist"), not a
    thing of that shape ("newspaper", "incident"; "statement" and every "-ment")."""
    return len(word) > 4 and bool(AGENTIVE.search(word)) and not word.endswith("ment") and word not in NOT_AGENTS


# People named by what they did or do to others, or by what they use or own, which is no post in
# an organisation: "Ann Ruiz's killer", "Vantor shareholder Tom Hale", "Kestrel Party supporters".
NOT_POSTS = frozenset({
    "killer", "murderer", "attacker", "robber", "fraudster", "defendant", "sufferer", "believer",
    "pedestrian", "supporter", "opponent", "admirer", "follower", "viewer", "listener", "reader", "user",
    "buyer", "customer", "voter", "passenger", "shareholder", "bidder", "borrower", "survivor",
    "predecessor", "successor",  # "his predecessor, Tom Hale": who came before, not a post
})
# Roles held in a work or a contest, not in an organisation: a "Nordwind Street actress" acted in
# a programme, a "Kestrel Open champion" won a tournament. The role is kept, as a title.
PERFORMER_ROLES = frozenset({
    "actor", "actress", "champion", "winner", "medallist", "medalist", "finalist", "nominee", "runner-up",
})
# Roles in a work as often as in a band or a team: "Westlife star", but "The Aviator star", "The
# Office co-writer", "Three Kings film-maker". A membership they give is measured apart (-in-a-work).
WORK_ROLES = frozenset({
    "star", "co-star", "superstar", "creator", "co-creator", "co-writer", "film-maker", "filmmaker",
    "screenwriter", "scriptwriter",
})
# Nouns with those endings that say whose relative someone is, not what they do.
KINSHIP = frozenset({
    "father", "mother", "brother", "sister", "daughter", "grandfather", "grandmother", "granddaughter",
    "stepfather", "stepmother", "stepdaughter", "stepbrother", "stepsister", "godfather", "godmother",
    "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "parent",
    "grandparent", "great-grandfather", "great-grandmother", "ancestor", "descendant",
})
# Plural nouns for people that lists of examples follow ("stars such as ..."); not nouns that
# companies share ("suppliers such as Intel", "partners like IBM").
PEOPLE_GROUPS = frozenset({
    "star", "actor", "actress", "celebrity", "singer", "musician", "rapper", "artist", "comedian",
    "footballer", "athlete", "politician", "minister", "senator", "writer", "author", "novelist", "poet",
    "filmmaker", "director", "presenter", "personality",
})
# Nouns for someone's relatives, after which "of" names a person: "a son of Norma Kronenberg".
RELATIVES = KINSHIP | {"son", "wife", "husband", "widow", "widower", "child", "grandson", "stepson", "niece",
                       "nephew", "cousin", "aunt", "uncle", "fiancé", "fiancee", "fiance"}

# Awards the small model reads as people ("Oscar nominations"); kg files them as events (the ceremonies).
AWARDS = frozenset({
    "oscar", "oscars", "academy award", "academy awards", "bafta", "baftas", "grammy", "grammys", "emmy",
    "emmys", "golden globe", "golden globes", "brit award", "brit awards", "brits", "tony award", "tony awards",
    "mercury prize", "booker prize", "turner prize", "nobel prize", "pulitzer prize", "ballon d'or",
})

# Words of the compass, which open the names of a place's parts: "west Harlow", "northern Zorbia".
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "northern", "southern", "eastern", "western", "central"})

# Adjectives that judge rather than describe; dropped from role and capability labels.
EVALUATIVE = frozenset({
    "prominent", "influential", "key", "leading", "renowned", "famous", "well-known", "noted",
    "respected", "celebrated", "top", "major", "important", "notable", "eminent", "distinguished",
    "powerful", "popular", "new", "latest", "newest", "longtime", "long-time",
    "veteran", "outspoken", "high-profile", "acclaimed", "legendary", "great", "big", "biggest",
    "famed", "infamous", "notorious", "charismatic", "controversial", "flamboyant", "colourful", "colorful",
    "maverick", "beleaguered", "embattled", "disgraced", "beloved", "much-loved", "successful", "talented",
    "gifted", "brilliant", "iconic", "crestfallen", "delighted", "disappointed", "jubilant", "furious",
})

# Head nouns that describe an artefact: an entity in apposition with one is a product.
PRODUCT_NOUNS = frozenset({
    "product", "innovation", "generator", "tool", "model", "app", "application", "software", "program",
    "programme", "platform", "device", "gadget", "phone", "smartphone", "handset", "tablet", "laptop",
    "computer", "console", "chip", "processor", "camera", "system", "service", "chatbot",
    "bot", "assistant", "browser", "engine", "game", "vehicle", "car", "truck", "aircraft", "airliner",
    "jet", "plane", "helicopter", "drone", "rocket", "satellite", "robot", "drug", "vaccine", "medicine",
    "brand", "version", "release", "format", "website", "operating",
    "headset", "watch", "speaker", "suv", "sedan", "variant", "successor",
    # devices and vehicles news names products by: "its Betamax video recorder", "the Zephyr saloon"
    "recorder", "jukebox", "television", "printer", "router", "modem", "notebook", "netbook", "chipset",
    "headphone", "smartwatch", "synthesizer", "guitar", "saloon", "hatchback", "coupe", "motorcycle",
    "motorbike", "scooter", "jetliner", "airplane", "missile", "turbine", "superjumbo", "jumbo",
})

# Of those, what a person puts out too, or has: "the director's version", "the singer's new
# release", "the prisoners' release".
PEOPLES_WORKS_TOO = frozenset({"version", "release"})
# ... nor what a person has for their own use, or does: "Ann Ruiz's car", "Hale's guitar", "his
# successor", "Ruiz's application for asylum", "Hale's game" (of the BBC and Wikinews articles
# outside NewsGold, all 7 names the model read as people's that a car, a guitar, a camera, a
# successor or an application made firms were people's)
PERSONAL_POSSESSIONS = frozenset({
    "car", "vehicle", "truck", "suv", "motorbike", "motorcycle", "scooter", "jet", "plane", "helicopter",
    "guitar", "camera", "phone", "smartphone", "laptop", "computer", "notebook", "watch", "smartwatch",
    "headphone", "headset", "television", "successor", "application", "game", "programme", "program",
    "platform"})
# ... and what, owned by anyone, is as often a person: "the manager's assistant" (all four owned
# "assistants" of the BBC and Wikinews articles outside NewsGold are people)
OWNED_AIDES = frozenset({"assistant"})
# Nouns a name the model read as a person's stands before as their owner as often as as a
# product's name: "the Bush website", "Sky television's coverage" (of the BBC and Wikinews articles
# outside NewsGold, all 4 such names made products so were no products). (Not "game": "the 1993
# Zorbit game" is one as often as "the Leeds game" a match.)
OWNERS_NOUNS = frozenset({"website", "site", "television"})

# Nouns a product's name stands before, as in "the Zafi virus", "the Vexa sedan", "the Lumen browser"
# (not "release" or "brand": "the UK release", "the Saturn brand").
PRODUCT_NAME_HEADS = (PRODUCT_NOUNS - {"release", "brand", "version", "successor", "variant", "innovation"}) | {
    "site", "virus", "worm", "technology", "database", "portal", "handheld", "player", "store", "network",
}

# Small words inside surnames: "Tom de Hale", "Ann van Ruiz" (in a fixed order, for patterns)
SURNAME_PARTICLES = ("de", "del", "della", "di", "da", "van", "von", "le", "la", "du")

# Nouns of works a name written right after them names: "the comedy Zephyr Days", "her album
# Kestrel", "gadget series Zorbit". A film, a record or a show is sold or broadcast under its name,
# a product in kg's classes (NewsGold's convention too), not the firm, place or person the model
# often reads it as.
# Prepositions inside a title ("Breakfast with Frost", "Thought for the Day"), which the model
# cuts a title before.
TITLE_PREPOSITIONS = frozenset({"with", "for", "to", "at", "of", "on", "in", "from"})
WORK_NOUNS = frozenset({
    "film", "movie", "biopic", "documentary", "drama", "comedy", "thriller", "sitcom", "musical", "sequel",
    "album", "song", "single", "novel", "book", "series", "show", "soap",
})

# Lower-case words that end a product's name, which the model leaves out of it: "the Mac mini",
# "the iPod touch", "an iPod nano".
# (not "classic" or "air": "a Beatles classic", "Vantor air")
MODEL_WORDS = frozenset({"mini", "nano", "touch", "shuffle", "pro", "max", "lite", "ultra"})

# Last words of the name of a part of an organisation: "the party's National Executive", "the
# firm's research centre". An organisation owns these by name as it owns its products.
UNIT_NAME_ENDINGS = frozenset({
    "executive", "board", "unit", "division", "centre", "center", "command", "panel", "directorate",
    "secretariat", "bureau", "branch", "wing", "team", "staff", "lab", "laboratory", "laboratories",
    # bodies of an organisation ("the bank's Monetary Policy Committee"; not "office": "Vantor's Office")
    "committee", "council", "commission", "department", "institute", "foundation", "school", "college",
    "authority", "agency", "ministry", "academy",
})

# Nouns and verbs that describe a rivalry between the entities they relate.
RIVALRY_NOUNS = frozenset({
    "race", "rivalry", "rival", "competition", "contest", "dispute", "tension", "tensions", "rift",
    "conflict", "standoff", "stand-off", "feud", "row", "spat", "clash", "confrontation", "battle",
    "war", "showdown", "struggle", "arms", "trade-war", "gap", "divide", "competitiveness",
    "sanction", "sanctions", "tariff", "embargo", "hostility", "animosity", "accusation", "complaint",
    "ban",  # a country's ban on another's goods, as its embargo (a rivalry needs both named)
})
RIVALRY_VERBS = frozenset({"compete", "rival", "clash", "feud", "battle", "spar", "vie", "race"})
# What one country calls another it is set against: "India's rival Pakistan".
RIVAL_NOUNS = frozenset({"rival", "arch-rival", "archrival", "enemy", "foe", "adversary", "nemesis"})
# Relations are a rivalry only when the sentence says they are bad: "strained ties between X and Y".
RELATION_NOUNS = frozenset({"relation", "relations", "relationship", "tie", "ties"})
STRAINED_WORDS = frozenset({"strained", "worsening", "tense", "frosty", "deteriorating", "soured", "souring",
                            "troubled", "hostile", "uneasy", "poor", "bad", "difficult", "icy", "fraught"})
WORSENING_VERBS = frozenset({"worsen", "deteriorate", "sour", "strain", "cool", "freeze", "sink"})
# Who acts for a country in a dispute: "Chinese officials accused Japan", "the US government
# imposed sanctions on Iran".
STATE_NOUNS = frozenset({"government", "official", "lawmaker", "leader", "minister", "authority",
                         "administration", "diplomat", "negotiator", "troop", "force", "military", "army",
                         "navy", "regime", "parliament", "congress", "president", "premier"})
# The European Union by its names: a party to rivalries as a country is.
UNION_NAMES = frozenset({"eu", "e.u.", "european union", "the european union", "the eu"})
# Verbs whose subject acts against their object: "China accused Japan of ...", "the US sanctioned
# Iran", "Russia threatened Ukraine". (Not "beat" or "defeat": in news those are mostly matches.)
HOSTILE_VERBS = frozenset({"accuse", "sanction", "threaten", "attack", "invade", "condemn", "criticise",
                           "criticize", "blame", "sue", "bomb", "occupy", "boycott", "denounce", "warn"})
# What one country does to another, written as a noun: "the US invasion of Iraq".
HOSTILE_ACT_NOUNS = frozenset({"invasion", "occupation", "annexation", "blockade", "bombardment", "bombing"})
# What a country imposes on another: "imposed sanctions on Iran", "tariffs on Chinese steel".
PENALTY_NOUNS = frozenset({"sanction", "tariff", "embargo", "duty", "ban", "levy", "quota"})
# Words of a sports report: countries there are national teams, whose matches are no rivalry.
SPORT_WORDS = frozenset({
    "match", "game", "tournament", "cup", "championship", "league", "final", "semi-final", "quarter-final",
    "fixture", "squad", "coach", "captain", "goal", "try", "innings", "wicket", "score", "scored", "striker",
    "midfielder", "defender", "winger", "fly-half", "prop", "nations", "olympics", "medal", "set", "seed",
    "grand", "slam", "rugby", "football", "cricket", "tennis", "athletics", "kick", "penalty", "win", "won",
})
# Who runs a team rather than plays in it: a national side's coach is often from abroad.
TEAM_STAFF = frozenset({"coach", "manager", "boss", "trainer", "selector"})

# Verbs whose subject makes, or puts on the market, their object.
MAKER_VERBS = frozenset({
    "make", "develop", "build", "create", "design", "produce", "manufacture", "launch", "unveil",
    "release", "introduce", "announce", "debut", "ship", "invent", "engineer", "roll", "sell",
})
# Of those, the verbs that make "its" thing the organisation's own: a shop sells and ships "its"
# Zephyrs without making them.
OWN_MAKING_VERBS = MAKER_VERBS - {"sell", "ship"}

# Verbs by which a company speaks of its own products: "Vantor says its new phone will ...".
SPEAKING_VERBS = frozenset({"say", "claim", "insist", "believe", "hope", "expect", "predict", "promise", "boast"})
# Verbs that give a person as the source of a quote or a view: "said Ann Ruiz of Vantor", "Tom Hale,
# at Nordwind, expects ...". Who is quoted with an organisation is quoted as one of its people.
QUOTING_VERBS = frozenset({
    "say", "tell", "explain", "add", "agree", "warn", "argue", "comment", "note", "predict", "estimate",
    "expect", "believe", "think", "reckon", "insist", "claim", "suggest", "caution", "observe",
})
# Nouns through which a maker verb reaches its product: "unveiled plans for the Zephyr", "launched a
# new version of the Zephyr", "showed a prototype of the Zephyr".
MADE_THROUGH_NOUNS = frozenset({"plan", "detail", "version", "prototype", "design", "update", "upgrade",
                                "successor", "edition", "model"})
# Nouns of the one who made a thing, said of a firm: "Kestrel Labs, makers of the Zephyr software",
# "Kestrel is the developer of Zephyr" (not a publisher, a seller or an owner: a game's publisher
# is not its developer); and the firms a thing is "behind": "the company behind the Zephyr player".
MAKER_OF_NOUNS = frozenset({"maker", "developer", "creator", "manufacturer", "producer", "designer", "inventor",
                            "builder"})
FIRMS_BEHIND = frozenset({"company", "firm", "studio", "start-up", "startup", "group", "developer", "maker"})
# Nouns whose owner does not make the named thing: "the BBC's Evening Hour programme" is a broadcast,
# "Tesco's Metro store" a shop; "Sony's Zephyr console" is Sony's make (OWNED_PRODUCT_HEADS).
UNMADE_HEADS = frozenset({"programme", "show", "network", "store"})
OWNED_PRODUCT_HEADS = PRODUCT_NAME_HEADS - UNMADE_HEADS
# Devices and vehicles: a name the model missed written before one is the model's name ("the PSP
# handheld", "a Razr phone"). Not services, networks, formats or technologies: before those stand
# acronyms of every kind ("an ID card", "the P2P network", "HD television").
DEVICE_NOUNS = frozenset({
    "phone", "smartphone", "handset", "tablet", "laptop", "notebook", "netbook", "computer", "console",
    "handheld", "camera", "player", "printer", "jukebox", "recorder", "headset", "smartwatch", "router",
    "modem", "chip", "chipset", "processor", "car", "saloon", "hatchback", "coupe", "sedan", "suv",
    "motorcycle", "motorbike", "scooter", "jet", "jetliner", "airliner", "aircraft", "airplane", "plane",
    "helicopter", "drone", "robot", "superjumbo", "jumbo",
})
# Nouns that stand for the kind of thing a product is: "a family of long-range airliners", "a suite of programs".
KIND_NOUNS = frozenset({"family", "range", "line", "series", "kind", "type", "class", "generation", "suite"})
# Nouns whose infinitive complement is a capability: "its ability to craft videos".
ABILITY_NOUNS = frozenset({"ability", "capability", "capacity", "power", "means"})
# Verbs that say what a product lets people do: "lets users edit", "allows users to edit".
ENABLING_VERBS = frozenset({"let", "allow", "enable", "help", "permit"})
FEATURE_VERBS = frozenset({"feature", "offer", "support", "include", "boast", "provide", "add", "introduce"})
# Verbs of having whose object may be what a product has: "has two screens", "comes with a stylus".
HAVING_VERBS = frozenset({"have", "come", "carry", "use", "run"})
# Verbs that, with a number, say how much a product takes: "seats 180 people", "holds up to 40GB".
CAPACITY_VERBS = frozenset({"carry", "seat", "hold", "store", "accommodate", "fly", "travel", "reach"})
# Verbs of what becomes of a product in the market, not of what it does: "a phone to go on sale in
# May", "a jet to rival the V300".
MARKET_VERBS = frozenset({
    "be", "become", "go", "launch", "start", "begin", "arrive", "ship", "debut", "appear", "enter", "sell",
    "cost", "replace", "rival", "compete", "challenge", "take", "hit", "reach", "come", "follow", "succeed",
    "market",
})
# Hyphened modifiers that judge, date, place or sell a product rather than describe it:
# "long-awaited", "best-selling", "Detroit-based", "state-owned", "so-called".
NOT_DESCRIPTIVE_PARTS = frozenset({
    "awaited", "anticipated", "selling", "based", "owned", "called", "old", "year", "month", "delayed",
    "priced", "price", "cost", "making", "loss", "profit", "backed", "run", "built", "made", "designed",
    "branded", "known", "profile", "end", "term", "time", "hit", "fated", "troubled", "expected",
    "award", "winning", "off", "the", "a", "an",
})
# What a product "has" that is no ability: its users, sales, price, share, problems ...
NOT_CAPABILITIES = frozenset({
    "user", "customer", "subscriber", "sale", "price", "cost", "share", "stake", "problem", "fault",
    "delay", "success", "popularity", "rival", "competitor", "owner", "fan", "name", "release", "launch",
    "date", "future", "chance", "market", "lead", "order", "buyer", "record", "way", "effect", "impact",
    "role", "place", "time", "year", "month", "week", "day", "deal", "support", "backing", "approval",
    "value", "worth",
    # faults are no abilities: "the browser has 277 vulnerabilities"
    "vulnerability", "flaw", "bug", "defect", "glitch", "weakness", "loophole", "issue", "trouble",
})
# Who a product lets do things: "lets users edit", "allows people to call", "helps drivers park".
PRODUCT_USERS = frozenset({"user", "people", "customer", "subscriber", "driver", "passenger", "player",
                           "viewer", "listener", "reader", "owner", "consumer", "buyer", "visitor", "you"})
# Market indices are products the model reads as organisations ("FTSE 100", "CAC 40"); the word
# before the number is no maker.
STOCK_INDEX_NAMES = frozenset({"ftse", "cac", "dax", "nikkei", "s&p", "dow", "dow jones", "nasdaq", "hang seng",
                               "sensex", "kospi", "stoxx", "euro stoxx", "russell", "topix", "ibex", "asx", "tsx"})
# Words of an airline's name: an airline flies the models written after its name ("an Air Zephyr
# A330", "Kestrel Airways 777s"), it does not make them.
AIRLINE_WORDS = frozenset({"air", "airlines", "airline", "airways", "aer", "aero", "aerolineas", "aviation"})
# Of these, the names an exchange or a company shares: an index only with a market word beside it
# ("the Nasdaq index", "the Dow fell 40 points"), an exchange or a firm otherwise ("listed on the
# Nasdaq", "Dow closed a plant", "S&P cut its rating"). A surname, "Russell", is an index only with
# its number.
AMBIGUOUS_INDEX_NAMES = frozenset({"nasdaq", "dow", "dow jones", "asx", "tsx", "s&p"})
INDEX_NAMES_WITH_NUMBER = frozenset({"russell"})
# What an index's move is measured in ("lost 40 points", "gained 1.2%").
INDEX_UNITS = frozenset({"point", "%", "percent", "per"})
# Words that end an index's name after the market's ("FTSE 100 index", "Dow Jones Industrial Average").
INDEX_WORDS = frozenset({"index", "composite", "industrials", "industrial", "average", "share", "all-share"})
# What indices do in market reports ("the Nikkei rose 1%", "the Dow closed lower").
MARKET_MOVES = frozenset({"rise", "fall", "gain", "lose", "close", "end", "finish", "drop", "climb", "slip", "slide",
                          "jump", "tumble", "surge", "plunge", "shed", "add", "dip", "rally", "edge", "sink", "soar",
                          "open", "trade", "recover", "rebound", "hit", "reach"})

# Last words of the names of public bodies and associations, which may open with two words joined by
# "and" ("the Food and Farming Committee", "the Finance and Trade Ministry").
BODY_ENDINGS = frozenset({
    "ministry", "department", "committee", "commission", "council", "agency", "authority", "administration",
    "association", "society", "federation", "institute", "foundation", "office", "board", "bureau",
})

# Words saying where an organisation is based: "based in Leeds", "the Leeds-based firm".
BASED_WORDS = frozenset({"based", "headquartered", "headquarter"})
# Head nouns that describe an organization: "a Hong Kong construction firm", "German carmaker BMW".
ORG_NOUNS = frozenset({
    "company", "firm", "group", "maker", "carmaker", "automaker", "manufacturer", "bank", "airline",
    "carrier", "insurer", "retailer", "chain", "agency", "operator", "giant", "conglomerate", "producer",
    "publisher", "broadcaster", "network", "newspaper", "daily", "studio", "label", "club", "team",
    "party", "union", "university", "institute", "ministry", "council", "court", "parliament",
    "government", "organization", "organisation", "association", "federation", "foundation", "charity",
    "exchange", "fund", "supplier", "provider", "store", "brewer", "subsidiary", "unit", "division",
    "startup", "start-up", "outfit", "corporation", "business", "multinational", "developer", "service",
    "magazine", "station", "channel", "school", "college", "hospital", "army", "force",
    "rival", "lender", "exporter", "importer", "consortium", "utility", "watchdog", "regulator",
    "band", "orchestra",  # "rock band Kestrel", "the Irish band" (not "duo": "the Irish duo" may be two players)
    "laboratory", "lab", "bourse", "supermarket", "marque", "brokerage", "consultancy",
    # makers of one trade ("US chipmaker Vantor"; not "filmmaker" or "policymaker", who are people)
    "chipmaker", "planemaker", "drugmaker", "steelmaker", "toymaker", "airframer",
    "beermaker", "winemaker",
    # firms named by their trade, with an agent's ending that would make them people ("bookmaker
    # Vantor Bet", "box office tracker Zorbit Data"); "miner", "suitor", "contractor" and
    # "forecaster" name people too (PEOPLE_TOO). (Not "distributor": "Ann Ruiz was a distributor
    # of films" says a person's trade as often as "distributor Kestrel Films" a firm's.)
    "bookmaker", "tracker", "miner", "suitor", "contractor", "forecaster",
})

# Words in a role phrase that date the role: "former chief executive", "ex Siemens executive",
# "the then chairman", "a onetime adviser"; "the incoming president", "the future chief".
FORMER_WORDS = frozenset({"former", "ex", "then", "previous", "onetime", "one-time", "erstwhile"})
# Adverbs that date a role on its noun ("Ann Ruiz, once chairman of Vantor", "previously a
# Vantor engineer"); apart from FORMER_WORDS because a name may open with them ("Once Upon a Time").
FORMER_ADVERBS = frozenset({"once", "formerly", "previously"})
FUTURE_WORDS = frozenset({"incoming", "future"})
# Verbs that end a role: "resigned as chairman", "left the bank" ("stepped down as": kg.extract.roles.time).
LEFT_VERBS = frozenset({"resign", "quit", "retire", "leave"})
# Roles that leaving or being sacked does not end: who founded a firm is its founder for good
# ("its founder and former chairman, Ann Ruiz, has retired": the chairman's post is past).
FOUNDING_ROLES = frozenset({"founder", "co-founder", "cofounder"})
# Verbs that give someone a role: "Microsoft named Ballmer chief executive", "Ballmer was
# appointed chief executive of Microsoft".
APPOINTING_VERBS = frozenset({"name", "appoint", "elect", "hire", "promote", "nominate", "select", "choose",
                              "make", "elevate"})
# Verbs by which a body ends someone's role: "Vantor sacked its chief executive", "was ousted as chairman".
REMOVAL_VERBS = frozenset({"sack", "fire", "oust", "dismiss", "axe", "depose"})

# Words inside titles that are written capitalised but mean the same in lower case.
TITLE_WORDS = ROLE_NOUNS | frozenset({
    "senior", "vice", "deputy", "managing", "financial", "operating", "technology", "information",
    "marketing", "sales", "general", "associate", "assistant", "acting", "interim", "former", "joint",
    "foreign", "prime", "state", "defence", "defense", "finance", "interior", "health", "trade", "sports",
    "home", "shadow",  # "Home Secretary", "Shadow Chancellor"
    "supreme", "emeritus",  # "Supreme Leader", "Emeritus Professor"
})

# Corporate suffixes that do not change which organisation is meant: "Nokia Corp." is Nokia.
ORG_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "co", "co.", "llc",
                          "group", "holdings", "limited", "incorporated", "ag", "sa", "gmbh", "mbh", "company"})
# The legal forms of other countries' companies, which end a company's name ("Vantor SpA", "Kestrel
# NV") where the model reads them as a part of a product's as readily ("Vantor SRL" as Vantor's
# model SRL). (Not among ORG_SUFFIXES: a name's ending there joins names in resolution, and these
# are rare enough in English news that a company's two names with and without one may be two.)
LEGAL_FORMS = frozenset({"srl", "s.r.l.", "spa", "s.p.a.", "nv", "n.v.", "bv", "b.v.", "sarl", "oyj", "asa", "pty"})

# Last words of names of undertakings, which an organisation runs and no one makes or sells: "the
# Space Shuttle Program", "the Kestrel Counterfeit Project", "its Vantor Health Initiative" (not
# "programme", which names a broadcast too: "the Sunday Programme")
UNDERTAKING_ENDINGS = frozenset({"project", "initiative", "program", "scheme", "campaign"})

# Last words that make a name an organization's: "Manchester United", "Lib Dems", "Acme Holdings".
ORG_NAME_ENDINGS = frozenset({
    "united", "city", "rovers", "athletic", "wanderers", "albion", "fc", "afc", "party", "dems", "democrats",
    "conservatives", "tories", "association", "council", "committee", "commission", "ltd", "inc", "corp",
    "plc", "llc", "incorporated", "group", "holdings", "bank", "airlines", "airways", "motors", "university", "college",
    "school", "institute", "foundation", "agency", "ministry", "department", "office", "trust", "society",
    "union", "federation", "league", "club", "records", "studios", "pictures", "entertainment", "media",
    "news", "times", "post", "journal", "telegraph", "guardian", "radio", "tv", "television", "network",
    "systems", "technologies", "software", "electronics", "industries", "international", "partners",
    "ballet", "opera", "orchestra", "philharmonic", "symphony", "corporation", "company", "securities",
    "fund", "center", "centre", "museum", "gallery", "library", "hospital", "academy", "cinemas", "hall",
    "labour", "government",
    # business names: "Broadreach Networks", "Barclays Capital", "IG Markets", "Jupiter Research"
    "networks", "stores", "megastores", "trains", "telecom", "telekom", "communications", "capital",
    "associates", "investments", "financial", "insurance", "foods", "pharmaceuticals", "energy", "markets",
    "research", "consulting", "solutions", "services", "labs", "laboratories", "brands", "resources",
    "logistics", "automotive", "aircraft", "aerospace", "aviation",
})

# Last words that end a firm's or a club's name, suffix or not: no person's name ends in one
ORG_ENDINGS = ORG_SUFFIXES | ORG_NAME_ENDINGS

# First words of the names of football and rugby clubs abroad, before their town or their own name
# ("Real Sociedad", "Atletico Madrid", "Stade Francais", "Maccabi Tel Aviv"), which the model reads as
# people and places: no person's or place's name opens so ("Stade de France" is a ground: before
# "de" the word names a place)
CLUB_NAME_OPENINGS = frozenset({
    "real", "deportivo", "atletico", "atlético", "sporting", "olympique", "stade", "racing", "dynamo", "dinamo",
    "lokomotiv", "spartak", "borussia", "hapoel", "maccabi", "steaua", "partizan", "cska",
})

# Role nouns that organisations hold as well as people ("Vexa Media, owner of the Daily Star",
# "Nokia, the market leader"): in apposition they say nothing about a name being a person's.
# Nouns of ORG_NOUNS that as often describe a person: "British broadcaster David Dimbleby",
# "games maker Ann Ruiz".
PEOPLE_TOO = frozenset({"broadcaster", "rival", "regulator", "exporter", "importer", "team", "club", "maker",
                        "miner", "suitor", "contractor", "forecaster"})
ORGANISATIONS_TOO = frozenset({
    "owner", "partner", "member", "investor", "shareholder", "leader", "developer", "producer", "pioneer",
    "champion", "player", "employer", "sponsor", "publisher", "contributor", "trailblazer", "parent",
    "supplier", "provider", "buyer", "seller", "lender", "borrower", "bidder", "backer",
    "customer", "client", "specialist",  # "Kestrel Air, its biggest customer"
    "candidate", "challenger", "nominee",  # "Vantor is the strongest candidate to buy the plant"
    "auditor", "dealer", "holder", "underwriter",  # "Vantor, the bank's auditor", "the biggest currency dealer"
})
# Plural nouns of people a firm is named by: "brokers Kestrel", "administrators Vantor & Co".
FIRMS_OF_A_TRADE = frozenset({"broker", "bookmaker", "administrator", "analyst", "consultant", "accountant",
                              "auditor"})
# Company nouns that no product or person is also called: "Kestrel, Spain's second mobile operator",
# "Vantor, the smaller phone company" ("a service", "a channel" or "a store" may be products; "the
# Chinese giant" a basketball player; "the driving force behind it" anyone).
FIRM_NOUNS = ORG_NOUNS - PEOPLE_TOO - ORGANISATIONS_TOO - PRODUCT_NAME_HEADS - PRODUCT_NOUNS - {
    "network", "channel", "station", "magazine", "newspaper", "daily", "label", "unit", "division", "team", "club",
    "giant", "force"}

# Last words that make a name a place's: "Three Gorges Dam", "Wilmslow Road", "Heathrow Airport"
# (not words that end people's names as well: Park, Lake, Bay, Bridge, Lane, Field, Plant; nor
# "Arena", which ends games' and programs' names as well as venues').
PLACE_NAME_ENDINGS = frozenset({
    "dam", "river", "road", "street", "avenue", "tower", "towers", "square", "valley", "canal", "airport",
    "island", "islands", "mountains", "stadium",
})
# Organisations the news calls by a nickname no rule derives from the name (casefolded) -> the
# end of the name: "the Fed" is the (US) Federal Reserve.
ORG_NICKNAMES = {"fed": "federal reserve"}
# An event's long name -> the short one the news writes as often (casefolded): one event either way.
EVENT_SHORT_FORMS = {"olympic games": "olympics", "paralympic games": "paralympics"}
# The Games' adjectives, which the model reads alone as a name, of a place as often as of an event
# ("Olympic champion", "two Olympic golds"): the Games are meant.
GAMES_ADJECTIVES = frozenset({"olympic", "paralympic"})
# Awards known by a nickname that is no plural of their formal name (the Grammy Awards are the
# Grammys by kg.mentions.corpus's rule; the Academy Awards are the Oscars by usage alone).
AWARD_NICKNAMES = {"academy awards": "oscars", "british academy film awards": "baftas"}
# Last words that make a name an event's: "French Open", "Davis Cup", "Commonwealth Games", "General Election".
EVENT_NAME_ENDINGS = frozenset({
    "cup", "open", "championship", "championships", "games", "olympics", "tournament", "trophy", "prix",
    "marathon", "marathons", "festival", "festivals", "awards", "award", "prize", "prizes", "tournaments",
    "summits", "conferences", "cups", "trophies",
    "expo", "show", "fair", "conference", "summit", "convention", "slam", "election", "elections",
    "lecture", "lectures",
})
# Plural endings that list several events, each named in the singular ("the Boston, London and
# Tokyo Marathons"): unlike "Awards" or "Championships", no one event's name.
LISTED_EVENT_ENDINGS = frozenset({"marathons", "festivals", "tournaments", "summits", "conferences", "cups", "trophies"})

# Roles that only an organisation has: whoever is "chairman of X" or "X's chief executive" makes X
# an organisation, even when the model read the name as a person's ("Barrick Gold", "Visible Path").
EMPLOYER_ROLES = frozenset({
    "chief", "executive", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson", "founder",
    "co-founder", "cofounder", "vice-chairman", "vice-president", "director", "employee", "shareholder",
    "publisher", "editor", "owner", "economist", "analyst", "strategist",  # "an economist at Gerrard"
    "president", "spokesman", "spokeswoman", "spokesperson", "boss", "trader",
    # (not "manager": a singer's or a player's is no firm's, "Johnny Cash manager Saul Holiff")
})

# Where someone lives, said of them: "Sohn's New Jersey home", "his home in Texas".
HOMES = {"home", "house", "residence", "hometown", "apartment", "farm", "ranch", "estate"}
# What only a firm has: "Vantor's fixed line division", "Kestrel's shareholders", "its pre-tax
# profit". (Not a stake, a share, a takeover or a lab, which people have too: "Ann Ruiz's lab".)
FIRMS_PARTS = {"division", "subsidiary", "shareholder", "headquarters", "workforce", "profit", "turnover",
               "revenue", "merger", "boardroom"}
# Deals whose object is a firm: "the takeover of Vantor", "a merger between Kestrel and Zorbit".
# (Not a purchase or an acquisition: a club buys players, an airline jets.)
DEAL_NOUNS = {"takeover", "merger", "buyout"}
# Nouns that say where someone lives or comes from, not a role: "a resident of Dayton".
RESIDENT_NOUNS = {"native", "resident", "citizen", "inhabitant", "residents", "natives", "citizens"}
# Places larger than any one country: never said to lie in one.
REGIONS_ABOVE_COUNTRIES = {
    "europe", "asia", "africa", "america", "north america", "south america", "latin america", "central america",
    "middle east", "the middle east", "far east", "antarctica", "arctic", "oceania", "caribbean", "the caribbean",
    "scandinavia", "balkans", "the balkans", "eastern europe", "western europe", "central asia", "south asia",
    "southeast asia", "east asia", "the gulf", "gulf", "persian gulf", "pacific", "atlantic", "mediterranean",
    "the west", "west", "east", "north africa", "sub-saharan africa", "east africa", "west africa", "southern africa",
    "asia-pacific", "asia pacific", "eurasia", "the americas", "americas", "baltic", "the baltics", "baltics",
    "indian ocean", "pacific ocean", "atlantic ocean", "north sea", "black sea", "red sea", "south china sea",
}

# What makes an organisation's name a government body's (kg.lang.en.orgkinds). Portfolios of ministries
# and departments; "Defense" alone is what "Defense Secretary Donald Rumsfeld" leaves of one.
PORTFOLIOS = frozenset({
    "defense", "defence", "treasury", "interior", "commerce", "justice", "state", "homeland security", "energy",
    "labor", "labour", "education", "agriculture", "transportation", "transport", "health", "correction",
    "corrections", "police", "fire", "sanitation", "environmental protection", "veterans affairs", "housing",
    "foreign affairs", "home affairs", "finance", "trade", "foreign", "immigration", "environment",
})
# A minister's or a spokesman's brief, which the model reads as an organisation before the title
# ("Education Secretary Ann Ruiz", "Trade and Industry Secretary", "Secretary of State for Culture"):
# the title's words, no body's name (not "Treasury", a department's own name).
BRIEF_WORDS = frozenset(w for p in PORTFOLIOS for w in p.split()) - {"treasury"} | {
    "affairs", "and", "&", "of", "for", "international", "development", "constitutional", "monetary", "economic",
    "culture", "media", "sport", "work", "pensions", "industry", "social", "science", "employment", "skills",
    "rural", "regional", "european", "communities", "home", "local",
}
# Titles a brief stands before or after ("Transport Commissioner", "Minister of Education").
BRIEF_TITLES = frozenset({"secretary", "minister", "commissioner", "spokesman", "spokeswoman", "spokesperson",
                          "undersecretary", "under-secretary", "czar", "tsar"})
# Words that make any name containing them a government body's.
GOVERNMENT_WORDS = frozenset({
    "senate", "parliament", "legislature", "ministry", "cabinet", "pentagon", "knesset", "duma", "bundestag",
    "army", "navy", "marines", "police", "government", "authority", "embassy", "consulate",
})
NATIONAL_PREFIXES = ("united states ", "u.s. ", "us ", "british ", "uk ")
# First words of a legislature's committees: "Assembly Health Committee", "Ways and Means Committee".
LEGISLATURE_WORDS = frozenset({"assembly", "house", "senate", "council", "congressional", "ways", "judiciary",
                               "appropriations", "armed", "intelligence"})
# Last words of a city's offices: "City Council", "City Planning Commission", "City Comptroller".
CITY_OFFICES = frozenset({"council", "commission", "comptroller", "hall", "department", "board"})
# Roles that are public offices, whatever the body is called ("the mayor of Nyack"); not the
# ambiguous ones ("secretary", "minister", "president", "representative").
PUBLIC_OFFICES = frozenset({
    "mayor", "governor", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "ambassador",
    "consul", "envoy", "alderman", "councilman", "councilwoman", "assemblyman", "assemblywoman",
    "attorney general", "district attorney", "comptroller", "prosecutor",
})
# Roles won in an election by a place: "MP for Sedgefield", "the senator for Ohio" name where the
# voters live, not a body the member belongs to.
ELECTED_FOR_PLACES = frozenset({"mp", "mep", "msp", "mla", "senator", "congressman", "congresswoman",
                                "assemblyman", "assemblywoman"})
# Places on a team (the players, their captain and coach).
TEAM_POSITIONS = frozenset({
    "player", "coach", "captain", "pitcher", "quarterback", "striker", "midfielder", "goalkeeper", "goalie",
    "fielder", "outfielder", "infielder", "shortstop", "catcher", "defenseman", "winger", "linebacker", "rookie",
    "reliever", "teammate", "forward", "defender", "halfback", "fullback",
})
# Kinds of music, which name a singer's style before "singer" as a band's name would ("Soul
# singer Ann Ruiz", "Pop singer Tom Hale"), capitalised when they open a sentence.
MUSIC_GENRES = frozenset({"pop", "rock", "soul", "jazz", "folk", "rap", "country", "punk", "indie", "gospel",
                          "opera", "blues", "reggae", "dance", "r&b", "hip-hop", "metal", "disco", "garage",
                          "grime", "classical", "techno", "swing", "cabaret", "latin"})
# Places on a team written with a hyphen, which the tokenizer splits ("full", "-", "back").
HYPHENED_POSITIONS = frozenset({"fly-half", "scrum-half", "full-back", "half-back", "left-back", "right-back",
                                "centre-back", "wing-back", "centre-forward", "stand-off"})
# Roles only a club or a team has, set before a player's or a coach's name: "Kestrelton boss Tom
# Hale", "Kestrelton prop Ann Ruiz" (not "player": "Hollywood player", nor one's teammates)
CLUB_ROLES = (TEAM_STAFF | TEAM_POSITIONS | {"skipper", "keeper", "prop", "flanker", "hooker", "fly-half",
                                             "scrum-half", "centre"} | HYPHENED_POSITIONS) - {"player", "teammate", "rookie"}
# Roles that tie a person to a body of one kind: a firm's (EMPLOYER_ROLES) or a club's (CLUB_ROLES)
JOB_ROLES = EMPLOYER_ROLES | CLUB_ROLES
# Last words of bodies that only carry such a word: "Police Benevolent Association", "Salvation
# Army", "Irish Republican Army".
NOT_GOVERNMENT_ENDINGS = frozenset({"league", "association", "foundation", "union", "federation", "fund", "club",
                                    "society", "charity", "museum", "band", "school", "academy", "college"})
NOT_GOVERNMENT_ARMIES = frozenset({"salvation", "liberation", "resistance", "republican", "revolutionary",
                                   "mahdi", "free", "rebel"})
# Names that are one, whole.
GOVERNMENT_NAMES = frozenset({
    "congress", "u.s. congress", "united states congress", "house", "house of representatives",
    "house of commons", "house of lords", "white house", "assembly", "administration", "city council",
    "security council", "city hall", "air force", "marine corps", "coast guard", "national guard",
    "downing street", "whitehall", "kremlin", "state assembly", "national assembly", "general assembly",
    "joint chiefs of staff", "joint chiefs", "council", "secret service",
})
# "Supreme Court", "Court of Appeals": courts, not "Earls Court".
COURT_WORDS = frozenset({"supreme", "district", "appeals", "high", "federal", "criminal", "constitutional",
                         "circuit", "superior", "crown", "magistrates", "family", "appellate"})
# A party's other names -> the name it goes by in the graph: "Labour" and "the Labour Party" are one
# party (short names a corpus uses as often as the full ones).
PARTY_ALIASES = {
    "labour": "Labour Party", "labour party": "Labour Party",
    "conservatives": "Conservative Party", "conservative party": "Conservative Party", "tories": "Conservative Party",
    "tory party": "Conservative Party", "tory": "Conservative Party",  # "Tory leader", "a Tory MP"
    "lib dems": "Liberal Democrats", "lib dem": "Liberal Democrats", "liberal democrats": "Liberal Democrats",
    "liberal democrat party": "Liberal Democrats", "liberal democrat": "Liberal Democrats",
    "ukip": "UK Independence Party", "uk independence party": "UK Independence Party",
    "snp": "Scottish National Party", "scottish national party": "Scottish National Party",
    "democrats": "Democratic Party", "democratic party": "Democratic Party",
    "republicans": "Republican Party", "republican party": "Republican Party", "gop": "Republican Party",
    "g.o.p.": "Republican Party",
}
# Words that name a party only as a member's title ("Republican senator Ann Ruiz", "a Democrat
# challenger"): alone they are as often a view ("a conservative approach", "democratic elections").
PARTY_ADJECTIVES = {
    "democrat": "Democratic Party", "democratic": "Democratic Party", "republican": "Republican Party",
    "conservative": "Conservative Party", "liberal democrat": "Liberal Democrats",
}
# Parties known by a short name ("Labour", "the Tories", "Likud"); others end in "Party".
PARTY_NAMES = frozenset(PARTY_ALIASES) | frozenset({
    "likud", "kadima", "hamas", "fatah", "hezbollah", "sinn fein", "plaid cymru", "anc",
    "african national congress", "bjp", "congress party",
})

# Positions sport copy writes before a name like a title: "Center Yao Ming", "Pitcher Pedro Martinez".
POSITION_TITLES = frozenset({
    "center", "centre", "guard", "forward", "quarterback", "pitcher", "catcher", "shortstop", "goalkeeper",
    "goalie", "striker", "midfielder", "defender", "defenseman", "linebacker", "receiver", "tackle", "fullback",
    "halfback", "winger", "outfielder", "infielder", "reliever", "starter", "coach", "captain", "skipper",
})
# Faiths and doctrines the model tags as organisations or people: "the founder of Islam",
# "Reconstructionist Judaism" (besides names ending in "-ism").
FAITHS = frozenset({"islam", "christianity", "shinto", "sikhism"})

# Words of a headline the model glues onto a name ("B. B. King Bids Farewell", "Bolton Chosen As
# Ambassador", "Detainee Tells of Torture"): never inside a person's name, past its first word.
HEADLINE_WORDS = frozenset({
    "says", "tells", "bids", "dies", "wins", "quits", "resigns", "named", "chosen", "elected", "born", "faces",
    "seeks", "gets", "takes", "leaves", "joins", "enlists", "sues", "denies", "admits", "returns", "warns",
    "urges", "vows", "plans", "to", "be", "is", "was", "will", "are", "has", "in", "at", "for", "on", "as",
})
# Titles that take "of <place>" as part of the name: "Prince of Wales", "Duke of York".
PLACE_TITLES = frozenset({"prince", "princess", "king", "queen", "duke", "duchess", "earl", "archbishop",
                          "bishop", "lord", "lady", "count", "countess", "emperor", "sultan", "emir"})
