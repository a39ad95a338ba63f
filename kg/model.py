"""Small frozen records that flow between the pipeline stages.

Data flows one way: Article -> Doc -> Fact (with EntityRef) -> rdflib.Graph -> networkx -> html/ttl.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Entity classes we emit; the value is the local name of the schema.org (or kg:) class.
PERSON = "Person"
ORGANIZATION = "Organization"
COUNTRY = "Country"
PLACE = "Place"
PRODUCT = "Product"
EVENT = "Event"
CAPABILITY = "Capability"
ENTITY_CLASSES = (PERSON, ORGANIZATION, COUNTRY, PLACE, PRODUCT, EVENT, CAPABILITY)

# Fact families.
ROLE = "role"  # person -> organization with a role, or a bare job title
RIVALRY = "rivalry"  # country <-> country
CAPABILITY_OF = "capability"  # product -> capability
MAKER = "maker"  # product -> organization
BASED_IN = "based_in"  # organization -> place
LOCATED_IN = "located_in"  # place -> place
LIVES_IN = "lives_in"  # person -> place
NATIONALITY = "nationality"  # person -> country
KILL = "kill"  # person -> person
FAMILIES = (ROLE, RIVALRY, CAPABILITY_OF, MAKER, BASED_IN, LOCATED_IN, LIVES_IN, NATIONALITY, KILL)

# When a role is held, as the text says: "former chief executive", "the incoming chairman".
CURRENT = "current"
FORMER = "former"
FUTURE = "future"
STATUSES = (CURRENT, FORMER, FUTURE)

# A product and an organisation named in one sentence ("sales of the Zephyr lifted Vantor's
# shares"): that the organisation makes the product, where another rule read that it does, in this
# article or another. The sighting alone states nothing: it counts only for a fact another rule's
# sighting keeps, and adds nothing to that fact's confidence (kg.graph.build).
NAMED_WITH_MAKER = "maker-named-together"
CONFIRMED_ONLY = frozenset({NAMED_WITH_MAKER})
# A product's name that opens with an organisation's ("Kestrel Zephyr") where the article names no
# organisation so: an organisation that other articles read as a maker is its maker (kg.graph.build),
# one that no article does is not ("Ann" of "Ann Ruiz" read as a firm, "Delta" of the Delta IV
# rocket an airline). The article's fact names no maker.
MAKER_NAMED_ELSEWHERE = "maker-name-corpus"
# Rules whose sighting in one article states no fact on its own: the corpus decides.
CORPUS_DECIDES = CONFIRMED_ONLY | {MAKER_NAMED_ELSEWHERE}


@dataclass(frozen=True)
class Article:
    """One news article as read from disk; offsets in facts index into ``text``."""

    id: str
    title: str
    text: str
    source: str  # where it came from, for messages: "seeds/a.txt" or "x.jsonl:12"
    url: str | None = None
    date: str | None = None  # ISO 8601, a day or a day and time (kg.ingest.dates); None when not known
    author: str | None = None  # as the page names them: "Jane Doe; John Roe"
    site: str | None = None  # the publication: "BBC News"


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read; ``where`` names the file and, if known, the line."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Notice:
    """An input that was read, but not as well as it could be: a web page whose main text could not
    be told from the rest of the page, so that all of its text was read."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True, order=True)
class EntityRef:
    """A resolved real-world thing: the class and canonical name are its identity."""

    cls: str
    name: str


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was read: the sentence and the character span of the sentence in the article.
    For a role, ``began`` and ``ended`` are the days the sentence gives its start and end, ISO at
    the precision written ("2010-03-01", "2010-03", "2010"; kg.extract.roles.dating)."""

    article_id: str
    start: int
    end: int
    sentence: str
    rule: str
    confidence: float
    began: str | None = None
    ended: str | None = None


@dataclass(frozen=True)
class Fact:
    """One extracted statement.

    ``obj`` is None only for a role with no organization (``role`` is then a job title); ``status``
    says when a role is held (current, former, future) and is current for every other family.
    """

    family: str
    subject: EntityRef
    obj: EntityRef | None
    role: str | None
    evidence: Evidence
    status: str = CURRENT

    @property
    def key(self) -> tuple:
        """Identity of the fact regardless of where it was stated."""
        return (self.family, self.subject, self.obj, self.role, self.status)

    def sort_key(self) -> tuple:
        # obj and role may be None (a job title); None sorts first without comparing to a value.
        return (self.family, self.subject, self.obj is not None, self.obj or self.subject,
                self.role or "", self.status, self.evidence)


@dataclass
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    # entity -> every surface form seen for it in this article
    entities: dict[EntityRef, set[str]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    iso_codes: dict[EntityRef, str] = field(default_factory=dict)
    words: int = 0
    # entity -> character spans of its mentions in the article text (for evaluation and highlighting)
    spans: dict[EntityRef, list[tuple[int, int]]] = field(default_factory=dict)
    # entities whose class a cue read in the text voted for, not only the model's guess
    cued: set[EntityRef] = field(default_factory=set)
