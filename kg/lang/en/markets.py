"""Stock market indexes by the names news writes them under: "the FTSE 100", "the Footsie", "the
FTSE" are one index, as "the Dow", "Dow Jones" and the "Dow Jones Industrial Average" are. Market
reports name several in a sentence and the model cuts their numbers off ("FTSE" and "100") or
misses them; no package lists them, so the major ones are listed here, each under its own full
name.
"""
from __future__ import annotations

from .lexicon import AMBIGUOUS_INDEX_NAMES

# Full name -> the other ways of writing it (lower case, as the tokenizer's text reads).
INDEXES: dict[str, tuple[str, ...]] = {
    "Dow Jones Industrial Average": ("dow", "dow jones", "djia", "dow jones industrials", "dow industrials",
                                     "dow jones industrial index", "dow 30"),
    "S&P 500": ("s&p", "s&p 500 index", "standard & poor's 500", "standard & poor's 500 index",
                "standard and poor's 500"),
    "Nasdaq Composite": ("nasdaq", "nasdaq composite index", "nasdaq index"),
    "Nasdaq-100": ("nasdaq 100",),
    "FTSE 100": ("ftse", "footsie", "ftse 100 index", "ftse index"),
    "FTSE 250": ("ftse 250 index",),
    "FTSE All-Share": ("ftse all-share index", "ftse all share"),
    "CAC 40": ("cac", "cac 40 index", "cac-40"),
    "DAX": ("dax 30", "xetra dax", "dax index"),
    "Nikkei 225": ("nikkei", "nikkei average", "nikkei 225 index", "nikkei index", "nikkei 225 stock average"),
    "Hang Seng Index": ("hang seng",),
    "Straits Times Index": ("sti",),
    "Kospi": ("kospi index", "korea composite stock price index"),
    "Sensex": ("bse sensex", "sensex index"),
    "Bovespa": ("bovespa index", "ibovespa"),
    "Merval": ("merval index",),
    "RTS Index": ("rts",),
    "IBEX 35": ("ibex", "ibex 35 index"),
    "Euro Stoxx 50": ("euro stoxx", "euro stoxx 50 index", "stoxx 50"),
    "Topix": ("topix index",),
    "Russell 2000": ("russell 2000 index",),
}
# Forms that also name an exchange, a company or a newspaper ("listed on the Nasdaq", "Dow
# Chemical", "Dow Jones & Co", "S&P cut its rating", "RTS the exchange"): an index only where the
# sentence treats it as one (kg.mentions.cues.stock_index, which knows no "RTS" or "STI" alone).
SHARED_FORMS = AMBIGUOUS_INDEX_NAMES | {"rts", "sti"}

_NAMES = {form: name for name, forms in INDEXES.items() for form in (name.lower(), *forms)}
# Longest form, in tokens (generously: "Standard & Poor's 500 index" is six)
MAX_TOKENS = 7
FIRST_WORDS = frozenset(form.replace("-", " ").split()[0] for form in _NAMES)


def index_name(text: str) -> str | None:
    """The full name of the index ``text`` names ("the FTSE" -> "FTSE 100"), else None."""
    return _NAMES.get(_key(text))


def shared(text: str) -> bool:
    """Whether ``text`` may name something other than an index (SHARED_FORMS)."""
    return _key(text) in SHARED_FORMS


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower().removeprefix("the ")
