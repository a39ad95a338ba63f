"""A mention's name: the span of a named entity cleaned of what is no part of a name, and the key
names are compared under."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..lang.en import countries, regions
from ..lang.en.given_names import given_name, known_given_name
from ..lang.en.lexicon import (
    BRIEF_TITLES,
    BRIEF_WORDS,
    COMPASS_WORDS,
    FAITHS,
    FORMER_WORDS,
    FUTURE_WORDS,
    HEADLINE_WORDS,
    HONORIFICS,
    MODEL_WORDS,
    NOT_ENTITIES,
    NOT_ENTITIES_AS_WRITTEN,
    ORG_NOUNS,
    PERSONAL_TITLES,
    PLACE_TITLES,
    POSITION_TITLES,
    POST_NOMINALS,
    PRODUCT_NAME_HEADS,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    WEEKDAYS,
    agent_shaped,
)
from ..lang.en.places import a_known_place, a_place_name
from ..nlp import english_word, has_sentences, lemma, span_text, texts, tokens

# Abbreviated titles that name nobody on their own ("Staff Sgt." in a casualty list).
ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt",
                      "maj", "cpl", "pvt", "adm", "cmdr", "st"}

# Words a name does not end with; the model sometimes stops a span right after one.
DANGLING = {"of", "and", "for", "at", "in", "on", "to", "&"}

# Penn Treebank escapes ("-LRB-" for "(") appear in text that was tokenized before it reached us.
# Words the model reads as a name's first word when they are a title: "Composer Thomas", "Center Yao Ming".
TITLES_BEFORE_NAMES = ROLE_NOUNS | POSITION_TITLES

# Words in lower case that open people's names: particles ("de Ruiz", "van Hale", "al-Zorbit")
LOWER_NAME_WORDS = frozenset(SURNAME_PARTICLES) | {"al", "el", "bin", "ibn", "ben", "abu", "dos", "das", "ter", "ten",
                                                   "den", "der"}

DASHES = {"-", "--", "\u2013", "\u2014"}
SCORE_PART = re.compile(r"\d{1,2}(?:,\d{1,2})?")  # "6", "30", "6,4" of "1-6,4-6"
ASIDE_OPENERS = {"a", "an", "the", "its", "his", "her", "their", "which", "who", "whose", "now", "once"}
# Time words of a role the model may read into a name's start ("Ex-Nokia", "Former Worldcom boss").
TIME_WORDS = FORMER_WORDS | FUTURE_WORDS
# Words before a role word that make it part of a name: "Solicitor General", "Office of the ...".
BEFORE_A_NAMES_TITLE = TITLE_WORDS | DANGLING | {"the"}
EDGE_TOKENS = {"the", "'s", "’s", "'", "’", "s", "-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-"}
# Determiners in lower case, which the model reads into a name ("a Conservative Party spokesman",
# "an Academy Award", "this World Cup", "their Six Nations"); written "A" or "This" they may open
# a title ("A Very Long Engagement").
DETERMINERS = {"a", "an", "another", "this", "that", "these", "those", "its", "their", "his", "her", "our",
               "every", "each"}

# An acronym of two names joined by "&", written with it: "M&S" (Marks & Spencer), "P&G", "AT&T".
AMPERSAND_ACRONYM = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Key under which surface forms are compared. (Cached: a name's key is asked for at every
    merge that looks at it.)"""
    text = text.replace("’", "'").replace("\u00a0", " ")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split()).casefold()


def spelt_like_a_persons_name(name: str, vocab: Vocab) -> bool:
    """Whether a name a person's entity carries is spelt as people's names are: its first word a
    given name common in English-language news ("Wes Brown", "Gary Player"), or, not ending in a
    product's or a model's word ("App Store", "Qrio Robot", "Vantor Pro"), a given name of some
    country that is no word of the language ("Kwok Wai-keung"), or its last word none of the
    language's nouns and adjectives ("Bono", "Nacho Novo"; not "Child"). What the model takes for
    a person and is not ("Street Signs", "Westminster Hour") is mostly named in words of the
    language."""
    words = name.split()
    if not words:
        return False
    first, last = words[0].split("-")[0], words[-1].split("-")[-1]
    if len(words) > 1 and given_name(first):
        return True
    if last.lower() in PRODUCT_NAME_HEADS | MODEL_WORDS:
        return False
    if len(words) > 1 and known_given_name(first) and english_word(first, vocab) is False:
        return True
    return english_word(last, vocab) is False


def capital_inside(text: str) -> bool:
    """A lower-case letter before a capital, as in names of models and brands: "iPod", "PowerBook"."""
    return any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def opens_an_office(word: Token) -> bool:
    """A title's or a role's word right after a person's title: "Mr Justice ...", "Lord
    Chancellor", "Lord Mayor" name an office, not a person."""
    return word.lower_ in HONORIFICS or lemma(word).lower() in ROLE_NOUNS


def _one_line(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """No name runs over a line break: in a list of prizes ("Lyttelton\n- Best actor") the model
    reads one line's last words and the next line's first as one name. The line the name starts
    on keeps it, unless nothing but punctuation is on it."""
    toks, words = tokens(doc), texts(doc)
    brk = next((i for i in range(start, end) if "\n" in words[i] and toks[i].is_space), None)
    if brk is None:
        return start, end
    if any(t.is_alpha for t in toks[start:brk]):
        return start, brk
    return brk + 1, end


def _one_side_of_a_dash(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A dash set off by spaces stands between two things, not inside one name: "Roger Ruiz -
    nice guy" names Roger Ruiz, "San Jose - Vantor" and "Ann Ruiz - Kestrel Road" two things, of
    which the name is the first (or the second, if the first is no name: "MPs - Ann Ruiz"). On
    the BBC and Wikinews corpora all 29 names the model ran over such a dash into a lower-case
    word were two things, and 22 of 25 into a capital. Not a name with small words in it
    ("Council on Anglo - Irish Relations"), nor text tokenized before it reached us, which spaces
    every hyphen ("Rolls - Royce", "Stratford - upon - Avon")."""
    toks, words = tokens(doc), texts(doc)
    for i in range(start + 1, end - 1):
        if words[i] not in DASHES or not spaced_dash(toks[i]):
            continue
        dash = toks[i]
        if _tokenized_before(doc):
            return start, end
        after = toks[dash.i + 1]
        if after.is_lower and after.pos_ not in {"ADP", "DET", "CCONJ", "PART"}:
            return start, dash.i  # "- nice guy", "- where ...", "- bought ..."
        if any(t.is_lower for t in toks[start:end]):
            return start, end
        # (what follows the dash is said of the name before it: "Ann Ruiz - Kestrel's largest
        # investor - said", whatever the parse hangs the span on)
        if any(t.is_title or t.is_upper for t in toks[start:dash.i]):
            return start, dash.i
        return dash.i + 1, end  # "MPs - Ann Ruiz ..."
    return start, end


# Labels the model gives the last word of a title ("Rings" of "the Lord of the Rings", "Jedi" of
# "Return of the Jedi"); a country stays one ("the Queen of the Netherlands").
TITLE_END_LABELS = {"ORG", "PERSON", "GPE", "LOC", "FAC"}
# Titles of people that a name of the kind "X of the Y" opens, whose Y is an organisation or a place
# ("Speaker of the House", "Prince of the Asturias").
RANK_WORDS = frozenset({"king", "queen", "prince", "princess", "duke", "duchess", "earl", "father", "mother",
                        "master", "keeper", "speaker", "chairman"})


def _ends_a_title(doc: Doc, start: int, end: int) -> bool:
    """"the Lord of the Zephyrs trilogy", "Shaun of the Kestrels", "Flight of the Vantor": a name the
    model read right after "of the" whose capitalised first word it left out is the end of a
    title, a film's or a book's, not a name. In the BBC and Wikinews articles outside NewsGold this
    takes such a name out of 22 articles, every one a title's end (14 times "Rings", "Phoenix" of
    two films, "Opera", "Spotless Mind") or a post's run into a name ("Undersecretary of the Air
    Force for ..."). Not at a sentence's start ("Readers of the Kestrel blog"), nor a country, nor
    after a title of a person or a post ("Leader of the Commons"), nor a name with an "of" of its
    own ("Lords of the Isle of Man")."""
    toks = tokens(doc)
    if start < 3 or toks[start - 1].lower_ != "the" or toks[start - 2].lower_ != "of":
        return False
    first = toks[start - 3]
    return (first.is_title and first.is_alpha and not first.ent_type_ and not first.is_sent_start
            and not (start > 3 and toks[start - 4].is_sent_start and toks[start - 4].is_punct)
            and first.lower_ not in RANK_WORDS and first.lower_ not in TITLE_WORDS
            and first.lower_ not in ROLE_NOUNS and not agent_shaped(first.lower_)
            and not any(t.lower_ == "of" for t in toks[start:end]) and not countries.lookup(doc[start:end].text))


def spaced_dash(token: Token) -> bool:
    """A dash with a space on either side, which sets an aside or a second name off."""
    return token.text in DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def _tokenized_before(doc: Doc) -> bool:
    """Text tokenized before it reached us (CoNLL04, Re-DocRED) spaces commas and full stops off
    the words before them; news as written does not."""
    marks = [t for t in doc[1:] if t.text in {",", "."}]
    return bool(marks) and sum(1 for t in marks if doc[t.i - 1].whitespace_) * 2 >= len(marks)


# Parts of speech of a word in lower case that opens no part of a name: "Ann Ruiz missed", "Leeds
# seemed", "Ruiz on the edge of the area", "Hale back".
RUN_ON_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "PART", "DET", "SCONJ", "CCONJ", "PRON", "NUM"})


def _before_a_run_on(toks: tuple[Token, ...], start: int, end: int) -> int:
    """The end of a name the model ran on into the words in lower case after it: a verb, an
    adverb, a preposition ("Ann Ruiz missed", "Hale on the edge of the area"), or a noun of what
    the name is ("the Kestrel Press news agency", "Vantor bank"). A name may end in lower case
    ("the Iraq war", "the iPod nano", "Aceh province", "Walter van", "the Labour party"); these
    do not."""
    tail = end
    while tail > start + 1 and toks[tail - 1].is_lower and toks[tail - 1].is_alpha:
        tail -= 1
    if tail == end or toks[tail - 1].is_lower or toks[tail].lower_ in SURNAME_PARTICLES:
        return end
    # (not "party": "the Conservative party" is the party's name, written so)
    noun = lemma(toks[end - 1]).lower()
    if toks[tail].pos_ in RUN_ON_POS or (toks[end - 1].pos_ == "NOUN" and noun in ORG_NOUNS and noun != "party"):
        return tail
    return end


# Prefixes joined by a hyphen to a name, making a word of it: "post-Vantor", "pro-Beijing". Those
# that say where someone stands make a word of a place written with a capital too ("Pro-Beijing
# camp"); the others, so written, open names ("Trans-Canada Highway", "Post-Impressionism").
NAME_PREFIXES = frozenset({"pro", "anti", "non", "post", "pre", "trans"})
STANCE_PREFIXES = frozenset({"pro", "anti", "non"})


def _after_words_run_in(toks: tuple[Token, ...], start: int, end: int) -> int | None:
    """Where a name starts after the words in lower case the model ran into its start ("plus Ryan
    Giggs", "of Ireland", "bank Kestrel Holdings", "post-Zorbit Games"), and after a prefix joined by
    a hyphen to a place before it ("pro-Beijing", which says where a party stands and is no part of
    its name: "Pro-Beijing Zephyr Party"); None where the prefix makes a word of a name, which
    names nothing ("the post-Vantor era", "Pro-Beijing camp"). A particle opens names ("al-Zorbi",
    "de Ruiz"), and a brand's name in mixed case ("eKestrel") or a web address is no such word."""
    # (text tokenized before it reached us spaces the hyphen: "non - Zorbia")
    if end - start >= 3 and toks[start].lower_ in NAME_PREFIXES and toks[start + 1].text == "-":
        place = toks[start + 2]
        at_a_place = (toks[start].is_lower or toks[start].lower_ in STANCE_PREFIXES) \
            and bool(countries.lookup(place.text) or a_known_place(place.text))
        # (written with a capital, it may open a title: "Anti-Zorbit", a book)
        if end - start == 3 and (toks[start].is_lower or at_a_place):
            return None
        if end - start > 3 and at_a_place:
            start += 3  # (and a word in lower case after it is the prefix's too: "pro-Zorbia war")
    # (a word of the compass opens the name of a place's part: "west Harlow")
    while end - start > 1 and toks[start].is_lower and toks[start].is_alpha \
            and toks[start].lower_ not in LOWER_NAME_WORDS | COMPASS_WORDS \
            and any(t.text[:1].isupper() for t in toks[start + 1:end]):
        start += 1
        while start < end - 1 and toks[start].is_punct:  # the prefix's hyphen, a dash after a word
            start += 1
    return start


def _new_before_a_brief(doc: Doc, start: int, end: int) -> bool:
    """"New Home Secretary Ann Ruiz said ...": the model reads the "New" that opens the sentence
    into the post's brief, as a body "New Home". "New" says the post is newly held; the brief is
    the post's (kg.extract.roles), no body. (Not "New Labour", nor a "New" inside the sentence,
    which the writer capitalised as a name's.)"""
    toks = tokens(doc)
    return (end - start > 1 and toks[start].text == "New" and toks[start].is_sent_start and end < len(doc)
            and all(t.lower_ in BRIEF_WORDS for t in toks[start + 1:end]) and lemma(toks[end]).lower() in BRIEF_TITLES)


def post_nominal(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` ends in letters of POST_NOMINALS after a name's word:
    "Ann Ruiz QC", "Labour MP"."""
    toks = tokens(doc)
    return end - start > 1 and toks[end - 1].text in POST_NOMINALS and (toks[end - 2].is_title or toks[end - 2].is_upper)


def a_persons_letters(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is a person's with the letters of POST_NOMINALS after
    it: a given name opens it ("Ann Ruiz QC"; not "Leeds West MP", the holder of a seat)."""
    toks = tokens(doc)
    return (post_nominal(doc, start, end) and end - start > 2 and known_given_name(toks[start].text)
            and toks[end - 2].lower_ not in COMPASS_WORDS)


def clean(span: Span) -> Span | None:
    """Trim determiners, possessive markers, honorifics and punctuation; None if nothing nameable is left."""
    start, end = span.start, span.end
    doc, label = span.doc, span.label_
    toks, words = tokens(doc), texts(doc)  # (read again and again: spaCy makes a new Token at each doc[i])
    # (and no time word of a role the model read into the name: "Ex-Nokia", "Former Worldcom boss")
    while start < end and (toks[start].lower_ in EDGE_TOKENS or toks[start].text in DETERMINERS
                           or toks[start].is_punct or toks[start].is_space
                           or toks[start].lower_ in TIME_WORDS and end - start > 1):
        start += 1
    if label == "ORG" and _new_before_a_brief(doc, start, end):
        start += 1
    # A name the model cut short keeps no dangling word: "The Clarion-Ledger of" (Jackson, Miss.)
    while end > start and (toks[end - 1].lower_ in EDGE_TOKENS or toks[end - 1].is_punct or toks[end - 1].is_space
                           or toks[end - 1].lower_ in DANGLING):
        end -= 1
    if label == "ORG" and a_persons_letters(doc, start, end):
        label = "PERSON"  # "Ann Ruiz QC" read as a firm (her name's text leaves them out: kg.mentions.find)
    elif label == "ORG" and post_nominal(doc, start, end):
        end -= 1  # "Labour MP Ann Ruiz": the seat's party
    if label == "ORG" and end > start and _the_names_own_s(doc, end):
        end += 1  # "Sales at Vantor's rose": a shop's name, no possessive
    # A spaced dash before an article, possessive or relative word opens an aside, which no name
    # runs into: "the new Zephyr Pro - a lighter laptop - ships in May" names the Zephyr Pro. (Text
    # tokenized before it reached us spaces every hyphen: "Stratford - upon - Avon" stays whole.)
    aside = next((i for i in range(start + 1, end) if words[i] in DASHES and spaced_dash(toks[i]) and i + 1 < len(doc)
                  and toks[i + 1].lower_ in ASIDE_OPENERS), None)
    if aside is not None:
        end = aside
    start, end = _one_line(doc, start, end)
    start, end = _one_side_of_a_dash(doc, start, end)
    if any(words[i] in FIXTURE_WORDS and toks[i - 1].is_title and toks[i + 1].is_title for i in range(start + 1, end - 1)):
        return None  # "Leeds v Kestrel Rovers": a fixture, two teams and a match, no one thing
    if any(_joins_two_names(toks[i]) for i in range(start + 1, end - 1)):
        return None  # "Ruiz rescues Kestrel", "Leeds or Harlow": a headline or a list read as one name
    if label in TITLE_END_LABELS and _ends_a_title(doc, start, end):
        return None  # "the Lord of the Zephyrs trilogy": the last word of a title, no name of its own
    # "Tanzania Mr Ruiz", "Describing Mr Ruiz": a word the model ran into a name before a "Mr" is no
    # part of it; the name is the person's
    mister = next((i for i in range(start + 1, end - 1) if toks[i].lower_ in MISTER and toks[i].is_title
                   and toks[i + 1].is_title), None)
    if mister is not None:
        start, label = mister + 1, "PERSON"
    end = _before_a_score(span, start, end)
    if span.label_ in {"PERSON", "ORG"} and end - start > 1 and a_minute(doc, end - 1):
        end -= 1  # "Ruiz 60" of a team sheet: a player and the minute he scored or came on
    # A bracket the name opens and does not close, or closes and did not open, is the model running
    # the name into an aside or out of one: "the Zephyr Fund (ZF" is the Zephyr Fund, "Ann Ruiz
    # (Kestrel" of a team sheet is Ann Ruiz, "Vantor) Research Centre" is the Research Centre.
    opened = [i for i in range(start, end) if words[i] == "("]
    closed = [i for i in range(start, end) if words[i] == ")"]
    if opened and (not closed or closed[-1] < opened[-1]):
        end = opened[-1]
    if closed and (not opened or closed[0] < opened[0]):
        start = closed[0] + 1
    while end > start and (toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1
    end = _before_a_run_on(toks, start, end)  # (and a mark the cut leaves last: "Ann Ruiz - plus")
    # "told the Commons on Thursday": a name the model ran on into the day something was said on
    end = next((i for i in range(start + 1, end - 1) if words[i] == "on" and toks[i + 1].lower_ in WEEKDAYS), end)
    if label in {"ORG", "PERSON"} and end - start > 2 and words[end - 2] == "in" and a_place_name(words[end - 1]):
        end -= 2  # "the Kestrel Rovers in Leeds": a name run on into where its holder was
    while end > start and (toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1
    if span.label_ == "PERSON":
        # "buying broadcaster Vantor's stake": a common noun in lower case opens no one's name (a
        # particle may: "de Ruiz", "al-Hale")
        while end - start > 1 and toks[start].is_lower and toks[start].is_alpha and toks[start].pos_ == "NOUN" \
                and toks[start].lower_ not in LOWER_NAME_WORDS:
            start += 1
        # "Mr Gates", and titles the model reads as part of the name: "Composer Thomas", "Actress Helen Hayes"
        while end - start > 1 and (toks[start].lower_ in HONORIFICS or
                                   (toks[start].lower_.rstrip(".") in TITLES_BEFORE_NAMES
                                    and toks[start + 1].is_title)):
            start += 1
        # "Lib Dem MP Ann Ruiz", "Kestrel centre Tom Hale": a title in lower case or in capitals the
        # model ran into the name with the words before it (a party, a club); the name follows it
        # (a title-case word inside a name may be a name's: "James Dean Ruiz")
        title = next((i for i in range(end - 3, start, -1) if (toks[i].is_lower or toks[i].is_upper and len(toks[i]) > 1)
                      and toks[i].lower_.rstrip(".") in TITLES_BEFORE_NAMES
                      and all(t.is_title or t.text == "-" for t in toks[i + 1:end])), None)
        if title is not None:
            start = title + 1
        # "Briton Ann Ruiz", "Frenchman Tom Hale": a nationality before a full name is none of it
        # (a first name that is one keeps it: "Dane Ruiz" is two words)
        if end - start > 2 and countries.demonym(toks[start].text) \
                and all(t.is_title for t in toks[start + 1:end]):
            start += 1
        elif end - start > 3 and countries.demonym(doc[start:start + 2].text) \
                and all(t.is_title for t in toks[start + 2:end]):
            start += 2  # "New Zealander Tom Hale"
        elif end - start > 2 and _a_word_before_a_full_name(doc, start, end):
            start += 1  # "Songwriter Tom Hale", "Keeper Ann Ruiz"
        if any(t.lower_ in HEADLINE_WORDS and t.text[:1].isupper() for t in toks[start + 1:end]):
            return None  # "B. B. King Bids Farewell": a headline, not a name
        # "Marcos Baghdatis of Cyprus": where the person is from is no part of the name ("Prince of Wales" is)
        of = next((t.i for t in toks[start + 2:end - 1] if t.lower_ == "of"), None)
        if of is not None and toks[start].lower_ not in PLACE_TITLES and (
                countries.lookup(doc[of + 1:end].text) or regions.state(doc[of + 1:end].text)):
            end = of
    elif end - start == 3 and countries.nationals_noun(toks[start].text) \
            and all(t.is_title and t.pos_ == "PROPN" for t in toks[start + 1:end]):
        start, label = start + 1, "PERSON"  # "Frenchman Tom Hale" read as a firm: a person, and no firm's name
    elif start < end <= start + 4 and toks[start].lower_ in PERSONAL_TITLES and toks[start].is_title \
            and all(t.is_title and t.pos_ == "PROPN" for t in toks[start + 1:end]) \
            and not (end > start + 1 and opens_an_office(toks[start + 1])):
        # "Ms Ruiz" read as an organisation or a place: the title is no part of the name, and the
        # cue "honorific" then votes for a person ("Lord Justices Hale and Ruiz" is an office's)
        start += 1
    if label == "ORG":
        # "Vantor Executive Vice President Ann Ruiz": a role word the model ran into an organisation's
        # name before a person's, or before another title word, is the title's; not when the name
        # is all title or goes on before it ("Solicitor General", "Office of the Deputy ...")
        while end - start > 1 and toks[end - 1].lower_ in ROLE_NOUNS and toks[end - 1].is_title \
                and toks[end - 2].lower_ not in BEFORE_A_NAMES_TITLE \
                and end < len(doc) and (toks[end].ent_type_ == "PERSON" or toks[end].lower_ in TITLE_WORDS):
            end -= 1
    after = _after_words_run_in(toks, start, end)
    if after is None:
        return None
    start = after
    if label == "PERSON":
        # "Anthony duet", "Albert van": no one's name ends in a word in lower case (a part joined
        # by a hyphen may: "Kim Jong-un")
        while end - start > 1 and toks[end - 1].is_lower and toks[end - 1].is_alpha and toks[end - 2].whitespace_ \
                and toks[end - 2].text not in DASHES:
            end -= 1
    if start >= end:
        return None
    if end - start > 1 and toks[end - 1].lower_ in ADDRESS_ONLY_BEFORE:
        return None  # "Said Mr", "Vantor Times Dr": words the model ran on to a title of the person named after it
    if end - start == 1 and label != "PERSON" and start > 0 and toks[start - 1].lower_ == "the" \
            and toks[start].lower_ in TITLES_OF_NO_BODY:
        return None  # "the Bishop said", "according to the Cardinal": a person by title, no body (nor "Queen", a band)
    cleaned = Span(doc, start, end, label=label)
    text = span_text(doc, start, end)
    if norm(text) in NOT_ENTITIES or text in NOT_ENTITIES_AS_WRITTEN or not any(ch.isalpha() for ch in text) \
            or text.islower():
        return None
    if len(text) < 2 or (end - start == 1 and text.lower().rstrip(".") in ABBREVIATED_TITLES):
        return None  # "Staff Sgt." alone names nobody (but "Prince" may be the singer)
    words = toks[start:end]
    if all(t.lower_.strip(".") in ROLE_NOUNS or t.lower_ in {"c.e.o.", "of", "and"} or t.is_punct for t in words):
        return None  # "Chief Executive Officer" is a title, not a name
    if span.label_ == "ORG" and all(t.lower_ in TITLE_WORDS for t in words):
        return None  # nor is "Shadow Home" of "Shadow Home Secretary" an organisation
    last = words[-1].lower_
    if len(words) <= 2 and (last in FAITHS or last.endswith("ism") and len(last) > 5) and span.label_ != "PRODUCT":
        return None  # "Islam", "Reconstructionist Judaism": a faith, no organisation or person
    return cleaned


def _a_word_before_a_full_name(doc: Doc, start: int, end: int) -> bool:
    """"Songwriter Tom Hale", "Keeper Ann Ruiz", "Unison Tom Hale": a word of the language that no
    given name is (anywhere: "Bonny Lee Ruiz" is a name), before a common given name and a surname,
    is a descriptor the model ran into the name (a job, a team's position, a union)."""
    first, given = doc[start], doc[start + 1]
    return (first.is_title and given_name(given.text) and not known_given_name(first.text)
            and all(t.is_title for t in doc[start + 1:end]) and english_word(first.text, doc.vocab) is True)


# Words that set two teams against each other in a fixture: "Leeds v Kestrel".
FIXTURE_WORDS = {"v", "v.", "vs", "vs."}
# Words in lower case that join two names and belong to neither: "or", "when", and a verb in the
# present or past tense ("Ruiz joined Kestrel"; not a particle the tagger takes for one: "den")
NAME_JOINERS = frozenset({"or", "when"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _joins_two_names(tok: Token) -> bool:
    return tok.is_lower and (tok.lower_ in NAME_JOINERS
                             or tok.tag_ in FINITE_VERB_TAGS and tok.lower_ not in LOWER_NAME_WORDS)


# Titles only people are addressed by, which open a name wherever they stand.
MISTER = {"mr", "mr.", "mrs", "mrs.", "ms", "ms."}
# Titles of address that end no name, as "Lord" and "Sir" may not: "Jack Lord" is a surname's
ADDRESS_ONLY_BEFORE = MISTER | {"dr", "dr.", "rev", "rev.", "prof", "prof."}
# Titles that, alone after "the", name a person and no body ("the Bishop said"): not a royal's,
# which may be a band's ("the Queen")
TITLES_OF_NO_BODY = HONORIFICS - {"king", "queen", "prince", "princess"}


def _the_names_own_s(doc: Doc, i: int) -> bool:
    """An "'s" at token ``i`` that a possessive cannot be, so a name's own: after it comes a verb, a
    preposition or the sentence's end, never the noun a possessive would take ("Vantor's rose",
    "went to Vantor's for lunch"; not "Vantor's profits", nor "Vantor's, Kestrel's and Zorbit's
    profits", whose possessives share the noun)."""
    if i >= len(doc) or doc[i].tag_ != "POS" or doc[i].lower_ not in {"'s", "’s"} or doc[i - 1].whitespace_:
        return False  # (written apart, "Vantor 's", the text was tokenized before it reached us)
    after = doc[i + 1] if i + 1 < len(doc) else None
    # (a verb in the third person or the past: the tagger reads many a noun after a possessive as
    # a plural verb or a participle, "Vantor's win means", "Vantor's starting line-up")
    return after is None or after.text in {".", "!", "?", ";", ":"} or after.is_lower and (
        after.tag_ in {"VBZ", "VBD", "MD"} or after.pos_ == "ADP")


def _before_a_score(span: Span, start: int, end: int) -> int:
    """Where a name ends before a match's score the model ran into it: "Ann Ruiz 6-2 7-5", "Kestrel
    2-1", and "Ann Ruiz 4" of "Ann Ruiz 4-6" where the model stopped at the dash. Scores are numbers
    of one or two digits after a space; a model number is not one ("Zephyr 777-200", "MPEG-2")."""
    doc, score = span.doc, end
    toks, words = tokens(doc), texts(doc)
    while score - start > 1 and (SCORE_PART.fullmatch(words[score - 1]) or words[score - 1] in DASHES):
        score -= 1
    while score < end and words[score] in DASHES:  # (the run starts with a number)
        score += 1
    dash_after = end + 1 < len(doc) and words[end] in DASHES and not toks[end - 1].whitespace_ \
        and SCORE_PART.fullmatch(words[end + 1]) is not None
    if score == end or not toks[score - 1].whitespace_ or not (
            dash_after or any(word in DASHES for word in words[score:end])):
        return end
    return score


def a_minute(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` is the minute of a goal or a substitution after a player's name:
    "Vantor 40, Hale 48 pen, Ruiz 60" (a list of three or more names each with a number up to 120,
    or two on a line of their own; "Rover 75 and Rover 25" are two models), or "Hale
    (Ruiz 60)", a substitute in brackets."""
    def minute(k: int) -> bool:
        # (extra time runs past the 90th minute: "Ruiz 113")
        return (0 < k < len(doc) and doc[k].text.isdecimal() and int(doc[k].text) <= 120 and doc[k - 1].pos_ == "PROPN"
                and (k + 1 == len(doc) or doc[k + 1].text in {",", ".", ";", "pen", "og", ")"}))
    if not minute(i):
        return False
    if i + 1 < len(doc) and doc[i + 1].text == ")" and any(
            t.text == "(" and all(w.is_title for w in doc[t.i + 1:i]) for t in doc[max(i - 4, 0):i - 1]):
        return True
    sentence = doc[i].sent if has_sentences(doc) else doc[:]
    minutes = sum(minute(k) for k in range(sentence.start, sentence.end))
    # (two are enough on a line of names and numbers only, a team sheet's "Hale 14, Ruiz 80.")
    return minutes >= 3 or minutes == 2 and all(
        t.pos_ in {"PROPN", "NUM", "PUNCT", "SPACE"} or t.lower_ in {"pen", "og"} for t in sentence)


def country_written_once(written: list[str], words: list[str]) -> list[str]:
    """"U.S. Air Force", "US Air Force" and "United States Air Force" are one name: the country
    that opens a name of more than one word is keyed by its code."""
    for n in (2, 1):
        if len(written) >= n + 1 and len(words) >= n + 1 and (iso := countries.lookup(" ".join(written[:n]))):
            return [f"nation:{iso.lower()}", *words[n:]]
    return words
