"""Facts -> an rdflib graph: entities with labels, facts with their evidence, articles.

Every node has a minted IRI (no blank nodes), so the same input gives the same triples and the
Turtle serialisation is byte-identical from run to run.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from ..lang.en.lexicon import CLUB_ROLES
from ..lang.en.orgkinds import PARTY, organization_kind
from ..mentions.corpus import (
    corpus_classes,
    corpus_country_dropped,
    corpus_event_names,
    corpus_given_name_forms,
    corpus_initialled,
    corpus_not_people,
    corpus_org_names,
    corpus_product_names,
    corpus_slips,
    corpus_surnames,
    maker_prefixed_products,
    one_firm,
    plural_products,
    surnames_read_as_other,
    surnames_read_as_products,
    title_employer,
)
from ..mentions.products import a_version_or_edition
from ..model import (
    BASED_IN,
    CAPABILITY,
    CAPABILITY_OF,
    CONFIRMED_ONLY,
    CURRENT,
    EVENT,
    FORMER,
    FUTURE,
    KILL,
    LIVES_IN,
    LOCATED_IN,
    MAKER,
    MAKER_NAMED_ELSEWHERE,
    NATIONALITY,
    ORGANIZATION,
    PERSON,
    PLACE,
    PRODUCT,
    RIVALRY,
    ROLE,
    ArticleResult,
    EntityRef,
    Evidence,
)
from ..precision import confidence as rule_confidence
from .iris import DEFAULT_BASE, Minter, name_slug
from .namespaces import KG, ORG, PROV, SCHEMA
from .read import Sightings
from .roletime import UNDATED, During, during, ended_by_former, interval_triples, time_position
from .terms import CLASS_IRIS, PREDICATES, decimal, new_graph

# A job title that opens with a firm the corpus knows, read as a job there (title_employer), and
# the confidence it has until it is measured
TITLE_EMPLOYER = "role-title-employer"
TITLE_EMPLOYER_PRIOR = 0.8


# A role said of a description in place of a name ("the Tory leader said"), given to the one
# person named just before (kg.extract.roles.described): where that person is named as a member of
# another party in two articles or more, the description is someone else's ("Mr Blair ... the Tory
# leader countered"). A person is in one party at a time, as far as the news of a corpus goes.
GUESSED_HOLDER = "role-described"
PARTY_ARTICLES = 2
# A party membership held now, read in one article against another party named this many times
# as often (and in as many articles at least) is a misreading: "an attack on Labour's record and
# party leader Tom Hale", where the corpus names Hale the Tory leader in 53 articles. (Not a former
# or future one: people change parties.)
PARTY_MAJORITY = 5
# How sure a reading of a party membership by name must be to count: as sure as the facts of the
# default graph (kg.run.pipeline.DEFAULT_MIN_CONFIDENCE; the classifier's guesses below it do not).
PARTY_READ_CONFIDENCE = 0.74


# "Vantor's Zephyr": a plain name after a firm's possessive is as often the owner's programme, unit
# or work as its product ("the BBC's EastEnders", "ITV's Celebrity Fit Club"). Where another rule
# reads the owner a maker of something in the corpus, at the default graph's confidence, the name
# is a product it makes far more often: that reading is measured on its own.
OWNED = "maker-possessive"
OWNED_BY_A_MAKER = "maker-possessive-maker"
OWNED_BY_A_MAKER_PRIOR = 0.8
MAKER_READ_CONFIDENCE = PARTY_READ_CONFIDENCE

# "Zephyr Mini" where no maker is read for it in the article, but the corpus reads the Zephyr, a
# product, as one firm's: the name opens with the name of a product line, and the line's maker makes
# it (what an article states of its own lines is kg.extract.products' maker-product-line). Measured
# on its own, apart from a name that opens with its maker's (kg.model.MAKER_NAMED_ELSEWHERE).
LINE = "maker-line-corpus"
LINE_PRIOR = 0.8


# Rules that read one signal, whose mistakes go together (on the 2,094 BBC and 84 Wikinews
# articles outside NewsGold):
SAME_SIGNAL = {
    # a place and a country named near it, in the article's country or in the sentence: the 20
    # locatedIn facts these two alone put at 0.81 were 11 right (0.55), no surer than either alone
    # ("Twickenham" in France, "Hollywood" in the United Kingdom)
    "located-near-country": "located-article-country",
    # a place's name by a person's ("England captain Ann Ruiz", "Ann Ruiz of Leeds"), which the
    # classifier reads too: of the 13 livesIn facts they alone put at 0.74 or more, 2 at best were
    # right ("New York attorney general Eliot Spitzer"; "Kurt Cobain" living in Nirvana, "Alastair
    # Campbell" in Downing Street, an "England captain" in England: a team's name, not a home)
    "origin-descriptor": "learned-live_in",
    "origin-copula": "learned-live_in",
    "origin-of": "learned-live_in",
}


def combined_confidence(evidence: Iterable[Evidence]) -> float:
    """Noisy-or over independent sightings of a fact, each making it more likely right. What is
    not independent counts once: a rule firing again (its mistakes are systematic: a weak rule
    read in fifty articles is no stronger) counts with its best sighting only, so do rules that
    read one signal (SAME_SIGNAL), and rules reading the same sentence (they share its parse)
    count as that sentence's most confident one. A sighting that needs another rule's to count
    (CONFIRMED_ONLY) adds nothing: it repeats what that rule read."""
    best = _most_confident((ev for ev in evidence if ev.rule not in CONFIRMED_ONLY),
                           lambda ev: SAME_SIGNAL.get(ev.rule, ev.rule), {})
    return noisy_or(Counter(per_sentence(best.values())))


def sighting_order(ev: Evidence) -> tuple:
    """The sightings a fact shows first: those that state it, then those that name it again."""
    return ev.rule in CONFIRMED_ONLY, ev


def best_per_rule(evidence: Iterable[Evidence], best: dict[str, Evidence] | None = None) -> dict[str, Evidence]:
    """Each rule's most confident sighting, added to ``best``."""
    return _most_confident(evidence, lambda ev: ev.rule, {} if best is None else best)


def _most_confident(evidence: Iterable[Evidence], key: Callable[[Evidence], str],
                    best: dict[str, Evidence]) -> dict[str, Evidence]:
    """The most confident sighting under each key (ties: the first in evidence order), added to ``best``."""
    for ev in evidence:
        k = key(ev)
        kept = best.get(k)
        if kept is None or (-ev.confidence, ev) < (-kept.confidence, kept):
            best[k] = ev
    return best


def per_sentence(evidence: Iterable[Evidence]) -> list[float]:
    """The confidence of each sentence that states a fact: its most confident rule's."""
    best: dict[tuple, float] = {}
    for ev in evidence:
        key = (ev.article_id, ev.start, ev.end)
        best[key] = max(best.get(key, 0.0), ev.confidence)
    return list(best.values())


def noisy_or(tally: Counter) -> float:
    """The noisy-or of confidences given as value -> sightings. Multiplied in sorted order, so the
    result does not depend on the order the sightings came in, and a running tally is all a
    streaming build keeps (rules give a handful of values, the classifier three decimals)."""
    miss = 1.0
    for confidence, count in sorted(tally.items()):
        miss *= (1.0 - confidence) ** count
    return 1.0 - miss


def _made_by(read: dict[tuple, dict[str, Evidence]], threshold: float) -> dict[EntityRef, set[EntityRef]]:
    """Product -> the organisations rules read as its makers (``read``, as
    GraphBuilder._makers_read_resolved gives them) at ``threshold`` or above."""
    makers: dict[EntityRef, set[EntityRef]] = defaultdict(set)
    for (_family, product, maker, *_), best in read.items():
        if combined_confidence(best.values()) >= threshold:
            makers[product].add(maker)
    return makers


def _one_per_sentence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """One record per sentence and rule: a sentence that names an entity twice is still one sighting."""
    best: dict[tuple, Evidence] = {}
    for ev in evidence:
        key = (ev.article_id, ev.start, ev.end, ev.rule)
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    return sorted(best.values())


STATUS_IRIS = {CURRENT: KG.Current, FORMER: KG.Former, FUTURE: KG.Future}
# What each fact family relates: (subject classes, object classes; None = a literal such as a title).
SIGNATURES = {
    ROLE: ({"Person"}, {"Organization", None}),
    RIVALRY: ({"Country", "Organization"}, {"Country", "Organization"}),  # the EU too (kg.extract.rivalry)
    CAPABILITY_OF: ({"Product"}, {CAPABILITY}),
    MAKER: ({"Product"}, {"Organization"}),
    BASED_IN: ({"Organization"}, {"Place", "Country"}),
    LOCATED_IN: ({"Place", "Country"}, {"Place", "Country"}),
    LIVES_IN: ({"Person"}, {"Place", "Country"}),
    NATIONALITY: ({"Person"}, {"Country"}),
    KILL: ({"Person"}, {"Person"}),
}


def _settled(counts: Counter, key: str, remap: dict[tuple[str, str], str]) -> Counter:
    """A name's articles per class, with each class as the corpus settled it (corpus_classes)."""
    out: Counter = Counter()
    for cls, n in counts.items():
        out[remap.get((key, cls), cls)] += n
    return out


class GraphBuilder:
    """Accumulates article results into one graph; entities are merged by class and canonical name.

    Entities and facts are written by ``finish``, once every article is in: a name's class is
    settled over the whole corpus first, and a fact whose ends no longer fit its family is dropped.
    """

    def __init__(self, base: str = DEFAULT_BASE, min_confidence: float = 0.0):
        self.min_confidence = min_confidence  # facts less likely right stay out of the graph
        self.kept: set[tuple] = set()  # resolved keys of the facts written, once finished
        self.mint = Minter(base)
        self.graph = new_graph(self.mint.base)
        self.mentions: dict[URIRef, set[EntityRef]] = defaultdict(set)  # article -> entities
        self.surfaces: dict[EntityRef, set[str]] = defaultdict(set)
        self.seen: dict[str, Counter] = defaultdict(Counter)  # casefolded name -> class -> articles
        self.cued: dict[str, Counter] = defaultdict(Counter)  # the same, where a cue voted for the class
        self.iso: dict[EntityRef, str] = {}
        self.evidence: dict[tuple, set[Evidence]] = defaultdict(set)
        self.spelling: dict[str, str] = {}  # casefolded name -> a spelling of it
        self.remap: dict[tuple[str, str], str] = {}
        self.not_people: set[str] = set()  # names dropped as no one's (_settle: corpus_not_people)
        self.org_articles: dict[str, int] = {}  # (_settle)
        self.surnames: dict[str, str] = {}
        self.same_names: dict[tuple[str, str], str] = {}  # (name, class) -> another name of that thing (_settle)
        self.named_together: list[tuple[str, ...]] = []  # each article's names, casefolded
        self.org_names: dict[str, str] = {}
        self.product_names: dict[str, str] = {}
        self.event_names: dict[str, str] = {}
        self.dates: dict[str, str] = {}  # article id -> its publication date, where it has one
        self.mentioned_on: dict[EntityRef, tuple[str, str]] = {}  # reference -> first and last days named
        self.first_named: dict[EntityRef, tuple[str, str]] = {}  # reference -> first day and article naming it
        self.role_spellings: dict[str, Counter] = defaultdict(Counter)  # a role's slug -> its spellings -> sightings
        self.role_names: dict[str, str] = {}  # a role's slug -> the spelling its facts take
        self.makers_read: dict[tuple, dict[str, Evidence]] = defaultdict(dict)  # maker fact -> rule -> best sighting
        self.one_maker: dict[EntityRef, set[EntityRef]] = {}  # product -> its makers, where they are one firm
        self.makers: set[EntityRef] = set()  # organisations rules read as makers, a possessive's aside (_settle)
        self.maker_names: dict[str, EntityRef] = {}  # their names, casefolded, where no two share one (_settle)
        self.line_makers: dict[str, EntityRef] = {}  # a product's name, casefolded -> its one maker (_line_makers)
        self.party_reads: dict[tuple, set[str]] = defaultdict(set)  # (person, party) -> articles naming them so
        self.parties: dict[EntityRef, dict[EntityRef, int]] = {}  # person -> party -> articles (_settle)

    def resolve(self, ref: EntityRef | None) -> EntityRef | None:
        """The entity a reference means once the whole corpus is known."""
        if ref is None:
            return None
        key = ref.name.casefold()
        cls = self.remap.get((key, ref.cls), ref.cls)
        if cls == PERSON and key in self.not_people:
            return None
        if (key, cls) in self.same_names:  # "Untied Nations": the United Nations, as it is resolved
            return self.resolve(EntityRef(cls, self.same_names[(key, cls)]))
        if cls == PERSON and key in self.surnames:
            return EntityRef(cls, self.surnames[key])
        if cls == ORGANIZATION and key in self.org_names:
            return EntityRef(cls, self.org_names[key])
        if cls == PRODUCT and key in self.product_names:
            return EntityRef(cls, self.product_names[key])
        if cls == EVENT and key in self.event_names:
            return EntityRef(cls, self.event_names[key])
        return ref if cls == ref.cls else EntityRef(cls, ref.name)

    def entity(self, ref: EntityRef) -> URIRef:
        ref = self.resolve(ref)
        return self.mint.entity(ref.cls, ref.name)

    def _mentioned(self, ref: EntityRef) -> URIRef | None:
        """The entity a mention names, or None for a name the corpus dropped (corpus_not_people)."""
        resolved = self.resolve(ref)
        return None if resolved is None else self.mint.entity(resolved.cls, resolved.name)

    def add(self, result: ArticleResult) -> None:
        node = self._article(self.graph, result)
        if result.article.date:
            self.dates[result.article.id] = result.article.date
        self._note_days(result)
        for ref in result.entities:
            self.mentions[node].add(ref)
        self._observe(result)
        for fact in result.facts:
            self.evidence[fact.key].add(fact.evidence)

    def _article(self, g: Graph, result: ArticleResult, body: bool = True) -> URIRef:
        art = result.article
        node = self.mint.article(art.id)
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, SCHEMA.identifier, Literal(art.id)))
        g.add((node, SCHEMA.headline, Literal(art.title)))
        if body:
            g.add((node, SCHEMA.articleBody, Literal(art.text)))
            g.add((node, SCHEMA.wordCount, Literal(result.words)))
        if art.url:
            g.add((node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.date:
            g.add((node, SCHEMA.datePublished, date_literal(art.date)))
        if art.author:
            g.add((node, SCHEMA.author, Literal(art.author)))
        if art.site:
            g.add((node, SCHEMA.publisher, Literal(art.site)))
        return node

    def _note_days(self, result: ArticleResult) -> None:
        """The first and last days each reference was named, as far as this article moves them."""
        if not result.article.date:
            return
        first = (result.article.date[:10], result.article.id)
        for ref in result.entities:
            widen(self.mentioned_on, ref, first[0])
            if ref not in self.first_named or first < self.first_named[ref]:  # (ties: the smallest id)
                self.first_named[ref] = first

    def _observe(self, result: ArticleResult) -> None:
        """What must be known of the whole corpus before any entity is written."""
        # (the last word of an organisation's name, written alone and taken for it, is a reading of
        # that word too: "the Lords" of an article that names the House of Lords)
        ends = {s.casefold(): s for ref, surfaces in result.entities.items() if ref.cls == ORGANIZATION
                for s in sorted(surfaces) if " " not in s and ref.name.endswith(" " + s)}
        # (interned: a name said in many articles is held once)
        self.named_together.append(tuple({sys.intern(ref.name.casefold()) for ref in result.entities}))
        for key in ends.keys() - {ref.name.casefold() for ref in result.entities}:
            self.seen[key][ORGANIZATION] += 1
            self.spelling.setdefault(key, ends[key])
        for ref, surfaces in result.entities.items():
            self.surfaces[ref].update(surfaces)
            self.seen[ref.name.casefold()][ref.cls] += 1
            if ref in result.cued:
                self.cued[ref.name.casefold()][ref.cls] += 1
            self.spelling.setdefault(ref.name.casefold(), ref.name)
        self.iso.update(result.iso_codes)
        for fact in result.facts:
            if fact.role:
                self.role_spellings[name_slug(fact.role)][fact.role] += 1
            if fact.family == MAKER and fact.obj is not None and fact.evidence.rule not in CONFIRMED_ONLY:
                best_per_rule([fact.evidence], self.makers_read[fact.key])
            if fact.family == ROLE and fact.obj is not None and fact.evidence.rule != GUESSED_HOLDER \
                    and fact.evidence.confidence >= PARTY_READ_CONFIDENCE and organization_kind(fact.obj.name) == PARTY:
                self.party_reads[(fact.subject, fact.obj)].add(result.article.id)

    def finish(self) -> Graph:
        """Settle classes, then write entities, mentions and facts; return the graph."""
        self._settle()
        facts: dict[tuple, set[Evidence]] = defaultdict(set)
        for key, evidence in self.evidence.items():
            resolved = self._resolved_fact(key)
            if resolved is not None and (counted := {self._read_as(key, resolved, ev) for ev in evidence
                                                     if self._counts(resolved, ev)}):
                facts[resolved] |= counted
        sightings = {key: _one_per_sentence(evidence) for key, evidence in facts.items()}
        confidence = {key: combined_confidence(evidence) for key, evidence in sightings.items()}
        facts = {key: evidence for key, evidence in sightings.items() if confidence[key] >= self.min_confidence}
        self.kept = set(facts)
        articles: Counter[EntityRef] = Counter()
        for article, refs in self.mentions.items():
            for ref in refs:
                if (node := self._mentioned(ref)) is not None:
                    self.graph.add((article, SCHEMA.mentions, node))
                    articles[ref] += 1
        self._entities(articles, facts)
        seen = {key: span(self.dates.get(ev.article_id) for ev in evidence) for key, evidence in facts.items()}
        durings = ended_by_former({key: during(evidence) for key, evidence in facts.items()}, seen)
        for key, evidence in facts.items():
            self._fact(*key, evidence, confidence=confidence[key], seen=seen[key], during=durings[key])
        return self.graph

    def _settle(self) -> None:
        misread = surnames_read_as_products(self.seen, self.cued)  # "Hale" of Tom Hale as a product
        # "Federer" of Roger Federer as a firm, "Myskina" as a place: theirs only if one person has the surname
        other = surnames_read_as_other(self.seen, self.cued)
        as_people = {**self.seen, **{key: Counter({PERSON: sum(self.seen[key].values())}) for key in misread | other}}
        # "Steve Quenbyx" is Steven Quenbyx: his articles count for him when a surname alone is weighed
        forms = corpus_given_name_forms(self.seen, self.spelling, (set(names) for names in self.named_together))
        for key, name in forms.items():
            as_people[name.casefold()] = as_people[name.casefold()] + Counter({PERSON: as_people.pop(key)[PERSON]})
        # (and is named in full in five articles: a town or a firm may bear a surname, "The Hague",
        # a fashion house its founder's)
        self.surnames = corpus_surnames(as_people, self.spelling, strict=other) | forms
        misread = misread | (other & self.surnames.keys())
        self.remap = corpus_classes(self.seen, self.surnames, self.cued, self.spelling)
        self.remap.update({(key, cls): PERSON for key in misread for cls in self.seen[key]})
        # names -> the articles that read them as an organisation, where the corpus keeps that reading
        self.org_articles = {key: counts[ORGANIZATION] for key, counts in self.seen.items()
                             if counts.get(ORGANIZATION) and self.remap.get((key, ORGANIZATION), ORGANIZATION) == ORGANIZATION}
        for key, name in corpus_initialled(self.seen, self.spelling).items():  # "C Ruiz": Carla Ruiz
            self.remap.update({(key, cls): PERSON for cls in self.seen[key]})
            self.surnames[key] = forms.get(name.casefold(), name)
        self.org_names = corpus_org_names(self.seen, self.spelling)
        self.product_names = corpus_product_names(self.seen, self.spelling)
        for key, singular in plural_products(self.seen, self.spelling).items():  # "Zephyrs" read as a firm
            self.remap.update({(key, cls): PRODUCT for cls in self.seen[key]})
            self.product_names[key] = self.product_names.get(singular, self.spelling[singular])
        # (read as the corpus settles each name's class: "Windows", a place or a firm to the model in
        # some articles, is the product cues read it as)
        settled = {key: _settled(counts, key, self.remap) for key, counts in self.seen.items()}
        for key, product in maker_prefixed_products(settled, self.cued).items():  # "Mozilla Firefox"
            self.remap.update({(key, cls): PRODUCT for cls in self.seen[key]})
            self.product_names[key] = self.product_names.get(product, self.spelling[product])
            settled[key] = _settled(self.seen[key], key, self.remap)
        # "Finding Nemo", "Team GB": only the model ever read them as people (corpus_not_people)
        self.not_people = set()
        for key, cls in corpus_not_people(settled, self.cued, self.spelling).items():
            if cls is None:
                self.not_people.add(key)
            else:
                self.remap.update({(key, c): cls for c in self.seen[key] if self.remap.get((key, c), c) == PERSON})
        self.event_names = corpus_event_names(self.seen, self.spelling)
        # "Untied Nations" is the United Nations, "US Federal Reserve" the Federal Reserve
        self.same_names = corpus_slips(self.seen, self.spelling, (set(names) for names in self.named_together))
        self.same_names.update(corpus_country_dropped(self.seen, self.spelling,
                                                      (set(names) for names in self.named_together)))
        # Roles written apart only by case, hyphens or spaces ("director-general", "director general")
        # are one role node already; a membership in either is one fact, under one spelling.
        self.role_names = {key: _role_spelling(spellings)
                           for key, spellings in self.role_spellings.items() if len(spellings) > 1}
        # Names that differ only in case or punctuation ("Nasdaq", "NASDAQ") share an IRI; a fact
        # about either is one fact, keyed by one of them.
        self.canonical: dict[URIRef, EntityRef] = {}
        for ref in self.surfaces:
            resolved = self.resolve(ref)
            if resolved is None:
                continue
            node = self.mint.entity(resolved.cls, resolved.name)
            if node not in self.canonical or resolved.name < self.canonical[node].name:
                self.canonical[node] = resolved
        # (read once: a reading of a named maker resolves alike before and after the makers are known)
        read = self._makers_read_resolved()
        self.one_maker = self._one_makers(read)
        self.makers = self._makers(read)
        names = Counter(maker.name.casefold() for maker in self.makers)
        self.maker_names = {maker.name.casefold(): maker for maker in self.makers if names[maker.name.casefold()] == 1}
        self.line_makers = self._line_makers(read)
        self.parties = self._parties()

    def _one_makers(self, read: dict[tuple, dict[str, Evidence]]) -> dict[EntityRef, set[EntityRef]]:
        """The products whose maker facts that a rule read, and that enter the graph, name one
        firm, with those makers: a product and an organisation named together are read as maker
        and product (CONFIRMED_ONLY) for these alone. Two firms making one product are mostly one
        misread ("it launched its DS" of the wrong company), which naming the two together would
        repeat; a firm and its division named after it ("Boeing", "Boeing Commercial Airplanes")
        are one."""
        return {product: found for product, found in _made_by(read, self.min_confidence).items()
                if one_firm(maker.name for maker in found)}

    @staticmethod
    def _makers(read: dict[tuple, dict[str, Evidence]]) -> set[EntityRef]:
        """The organisations that rules other than a possessive's read as makers (``read``, each
        rule's best sighting), at the default graph's confidence (MAKER_READ_CONFIDENCE), whatever
        this build's threshold."""
        return {maker for (_family, _product, maker, *_), best in read.items()
                if (others := [ev for rule, ev in best.items() if rule != OWNED])
                and combined_confidence(others) >= MAKER_READ_CONFIDENCE}

    def _makers_read_resolved(self) -> dict[tuple, dict[str, Evidence]]:
        """The maker facts rules read (each rule's best sighting), resolved across the corpus."""
        merged: dict[tuple, dict[str, Evidence]] = defaultdict(dict)
        for key, best in self.makers_read.items():
            resolved = self._resolved_fact(key)
            if resolved is not None:
                best_per_rule(best.values(), merged[resolved])
        return merged

    def _maker_opening(self, product: EntityRef) -> EntityRef | None:
        """The maker whose name a product's opens with (MAKER_NAMED_ELSEWHERE): an organisation the
        corpus reads as a maker (``self.makers``), the longest that fits, and not before a sequel's
        or an edition's number ("Kestrel 2005")."""
        words = product.name.split()
        for k in range(len(words) - 1, 0, -1):
            maker = self.maker_names.get(" ".join(words[:k]).casefold())
            if maker is not None:
                return None if a_version_or_edition(" ".join(words[k:])) else maker
        return None

    def _line_makers(self, read: dict[tuple, dict[str, Evidence]]) -> dict[str, EntityRef]:
        """Products' names, casefolded -> the one firm rules read as each one's maker at the
        default graph's confidence (MAKER_READ_CONFIDENCE), whatever this build's threshold: a
        line a weak reading made would lend its maker, at this reading's measured confidence, to
        every model named after it."""
        return {product.name.casefold(): next(iter(makers))
                for product, makers in _made_by(read, MAKER_READ_CONFIDENCE).items() if len(makers) == 1}

    def _line_maker(self, product: EntityRef) -> EntityRef | None:
        """The maker of the product line a product's name opens with (LINE): the longest opening
        words that name a product the corpus reads as one firm's ("Zephyr Mini", "Zephyr OS 5")."""
        words = product.name.split()
        for k in range(len(words) - 1, 0, -1):
            maker = self.line_makers.get(" ".join(words[:k]).casefold())
            if maker is not None:
                return maker
        return None

    def _parties(self) -> dict[EntityRef, dict[EntityRef, int]]:
        """Person -> the parties rules read them a member of by name -> in how many articles."""
        articles: dict[EntityRef, dict[EntityRef, set[str]]] = defaultdict(lambda: defaultdict(set))
        for (person, party), seen_in in self.party_reads.items():
            person, party = self._one_spelling(self.resolve(person)), self._one_spelling(self.resolve(party))
            if person is None or party is None:
                continue
            articles[person][party] |= seen_in
        return {person: {party: len(seen_in) for party, seen_in in found.items()} for person, found in articles.items()}

    def _counts(self, key: tuple, ev: Evidence) -> bool:
        """Whether a sighting of the (resolved) fact ``key`` counts: a product named with its one
        firm's maker (CONFIRMED_ONLY) does, one named with another organisation does not; a party
        role given to the person named before a description (GUESSED_HOLDER) does not where the
        corpus names that person a member of another party, and never of this one; nor does a
        party held now that the corpus names far less often than another (PARTY_MAJORITY)."""
        if key[0] == ROLE and key[2] is not None and organization_kind(key[2].name) == PARTY:
            named = self.parties.get(key[1], {})
            if ev.rule == GUESSED_HOLDER:
                return key[2] in named or not any(n >= PARTY_ARTICLES for n in named.values())
            mine = max(named.get(key[2], 0), 1)
            if key[4] == CURRENT and any(n >= PARTY_MAJORITY * mine for party, n in named.items() if party != key[2]):
                return False
        if ev.rule == MAKER_NAMED_ELSEWHERE:  # the product's own maker, unless a rule read another
            return key[2] in self.one_maker.get(key[1], {key[2]})
        return ev.rule not in CONFIRMED_ONLY or key[2] in self.one_maker.get(key[1], ())

    def _read_as(self, key: tuple, resolved: tuple, ev: Evidence) -> Evidence:
        """A sighting as the resolved fact reads it: a title read as a job at a firm is the sighting
        of that reading (its rule and confidence), which the title's own rule never measured; so is
        a possessive's product whose owner the corpus reads as a maker (OWNED_BY_A_MAKER), and a
        product whose maker is its line's (LINE), not a firm its name opens with."""
        if key[0] == ROLE and key[2] is None and resolved[2] is not None:
            return replace(ev, rule=TITLE_EMPLOYER, confidence=rule_confidence(TITLE_EMPLOYER, TITLE_EMPLOYER_PRIOR))
        if ev.rule == OWNED and resolved[0] == MAKER and resolved[2] in self.makers:
            return replace(ev, rule=OWNED_BY_A_MAKER, confidence=rule_confidence(OWNED_BY_A_MAKER, OWNED_BY_A_MAKER_PRIOR))
        if ev.rule == MAKER_NAMED_ELSEWHERE and self._maker_opening(resolved[1]) is None:
            return replace(ev, rule=LINE, confidence=rule_confidence(LINE, LINE_PRIOR))
        return ev

    def _resolved_fact(self, key: tuple) -> tuple | None:
        """A fact's key with its ends resolved across the corpus; None if they no longer fit its family."""
        family, subject, obj, role, status = key
        if family == MAKER and obj is None:  # (MAKER_NAMED_ELSEWHERE)
            product = self._one_spelling(self.resolve(subject))
            maker = self._maker_opening(product) or self._line_maker(product) \
                if product is not None and product.cls == PRODUCT else None
            return (family, product, maker, role, status) if maker is not None else None
        if family == ROLE and obj is None and role and (employer := title_employer(role, self.org_articles)):
            # "Kestrel boss" where the model missed the firm: a job at the firm the corpus knows
            # ("former Kestrel boss": a job that was)
            obj, role = EntityRef(ORGANIZATION, self.spelling.get(employer[0].casefold(), employer[0])), employer[1]
            status = employer[2] or status
        named_obj = obj is not None
        subject, obj = self._one_spelling(self.resolve(subject)), self._one_spelling(self.resolve(obj))
        if subject is None or named_obj and obj is None:
            return None  # (a name the corpus dropped: corpus_not_people)
        role = self.role_names.get(name_slug(role), role) if role else role
        subjects, objects = SIGNATURES[family]
        if subject.cls in subjects and (obj.cls if obj else None) in objects:
            return family, subject, obj, role, status
        if family == ROLE and subject.cls in subjects and obj is not None and obj.cls == PLACE and role \
                and role.split()[-1].casefold() in CLUB_ROLES:
            # a club named after its town, which the corpus reads as the town ("Kestrelton boss Tom
            # Hale" where one article's cue said the club): the role stays, as its job title
            return family, subject, None, f"{obj.name} {role}", status
        return None

    def _one_spelling(self, ref: EntityRef | None) -> EntityRef | None:
        if ref is None:
            return None
        return self.canonical.get(self.mint.entity(ref.cls, ref.name), ref)

    def _entities(self, articles: Counter, facts) -> None:
        """Entities with class, label, other names and name keys; ``articles`` counts the articles
        that mention each reference, ``facts`` the resolved fact keys (for capabilities)."""
        g = self.graph
        # Keyed by IRI: names that differ only in case or punctuation ("Nasdaq", "NASDAQ") share one.
        classes: dict[URIRef, str] = {}
        names: dict[URIRef, Counter[str]] = defaultdict(Counter)
        aliases: dict[URIRef, set[str]] = defaultdict(set)
        days: dict[URIRef, list[str]] = defaultdict(list)
        firsts: dict[URIRef, list[tuple[str, str]]] = defaultdict(list)
        for ref, count in articles.items():
            resolved = self.resolve(ref)
            if resolved is None:
                continue
            node = self.mint.entity(resolved.cls, resolved.name)
            classes[node] = resolved.cls
            names[node][resolved.name] += count
            aliases[node] |= self.surfaces[ref]
            days[node].extend(self.mentioned_on.get(ref, ()))
            if ref in self.first_named:
                firsts[node].append(self.first_named[ref])
        for _family, subject, obj, *_ in facts:
            for ref in (subject, obj):
                if ref is not None and ref.cls == CAPABILITY:  # named by the fact, never "mentioned"
                    node = self.entity(ref)
                    classes[node] = CAPABILITY
                    names[node][ref.name] += 1
        for node, cls in classes.items():
            label = min(names[node], key=lambda n: (-names[node][n], n))  # the most used name; ties alphabetical
            g.add((node, RDF.type, CLASS_IRIS[cls]))
            if cls == ORGANIZATION and (kind := organization_kind(label)) is not None:
                g.add((node, RDF.type, SCHEMA[kind]))  # "Senate": schema:GovernmentOrganization too
            g.add((node, RDFS.label, Literal(label)))
            every_name = aliases[node] | set(names[node])
            for alias in every_name:
                if alias != label and alias.replace("’", "'") != label:
                    g.add((node, SKOS.altLabel, Literal(alias)))
            for key in {label.lower(), *(a.lower() for a in every_name)}:
                g.add((node, KG.nameKey, Literal(key)))
            if seen := span(days.get(node, ())):  # the first and last days the news named it
                g.add((node, KG.firstSeen, Literal(seen[0], datatype=XSD.date)))
                g.add((node, KG.lastSeen, Literal(seen[1], datatype=XSD.date)))
                # ... and the article that named it first, so "what is new" needs no search of mentions
                g.add((node, KG.firstSeenIn, self.mint.article(min(firsts[node])[1])))
        for ref, code in self.iso.items():
            g.add((self.entity(ref), KG.isoCode, Literal(code)))

    def _membership_iri(self, s: URIRef, obj: EntityRef, role: str | None, status: str) -> URIRef:
        # a current membership keeps the IRI it had before roles had a time
        return self.mint.node("membership", s, self.entity(obj), role, *([status] if status != CURRENT else []))

    def _fact_iri(self, family: str, subject: EntityRef, obj: EntityRef | None, role: str | None,
                  status: str = CURRENT) -> URIRef:
        s = self.entity(subject)
        if family == ROLE and obj is not None:
            return self._membership_iri(s, obj, role, status)
        p, o = (SCHEMA.jobTitle, Literal(role)) if family == ROLE else (PREDICATES[family], self.entity(obj))
        return self.mint.node("statement", s, p, o)

    def _fact(self, family: str, subject: EntityRef, obj: EntityRef | None, role: str | None, status: str,
              evidence: list[Evidence], records: bool = True, confidence: float | None = None,
              seen: tuple[str, str] | None = None, during: During = UNDATED) -> URIRef:
        g = self.graph
        s = self.entity(subject)
        if family == ROLE and obj is not None:
            fact = self._membership_iri(s, obj, role, status)
            g.add((fact, RDF.type, ORG.Membership))
            g.add((fact, ORG.member, s))
            g.add((fact, ORG.organization, self.entity(obj)))
            g.add((fact, KG.status, STATUS_IRIS[status]))
            if role:
                role_node = self.mint.entity("role", role)
                g.add((role_node, RDF.type, ORG.Role))
                g.add((role_node, RDFS.label, Literal(role)))
                g.add((fact, ORG.role, role_node))
            for triple in interval_triples(self.mint, fact, during):
                g.add(triple)
        else:
            if family == ROLE:  # a role with no organization is a job title
                p, o = SCHEMA.jobTitle, Literal(role)
            else:
                p, o = PREDICATES[family], self.entity(obj)
            g.add((s, p, o))
            if family == RIVALRY:  # symmetric: assert both directions so either reads naturally
                g.add((o, p, s))
            fact = self.mint.node("statement", s, p, o)
            g.add((fact, RDF.type, RDF.Statement))
            g.add((fact, RDF.subject, s))
            g.add((fact, RDF.predicate, p))
            g.add((fact, RDF.object, o))
        # The fact carries its first evidence directly, so simple queries need no extra hop ...
        self._evidence_fields(g, fact, min(evidence, key=sighting_order), confidence=False)
        g.add((fact, KG.confidence, decimal(combined_confidence(evidence) if confidence is None else confidence)))
        if seen is not None:  # when the news first and last stated it (the articles' days)
            g.add((fact, KG.firstSeen, Literal(seen[0], datatype=XSD.date)))
            g.add((fact, KG.lastSeen, Literal(seen[1], datatype=XSD.date)))
        # ... and every sighting as a record of its own.
        if records:
            for ev in evidence:
                self._record(g, fact, ev, self.dates.get(ev.article_id))
        return fact

    def _record(self, g: Graph, fact: URIRef, ev: Evidence, date: str | None) -> None:
        article = self.mint.article(ev.article_id)
        g.add((fact, PROV.wasDerivedFrom, article))
        record = self.mint.node("evidence", fact, ev.article_id, ev.start, ev.end, ev.rule)
        g.add((fact, KG.evidence, record))
        g.add((record, RDF.type, KG.Evidence))
        self._evidence_fields(g, record, ev, confidence=True)
        if date:
            g.add((record, KG.articleDate, date_literal(date)))
        # the start or end of the role the sentence dates, so an interval traces to its sentences
        for field, when in ((KG.roleBegan, ev.began), (KG.roleEnded, ev.ended)):
            if when:
                g.add((record, field, time_position(when)[1]))

    def _evidence_fields(self, g: Graph, node: URIRef, ev: Evidence, confidence: bool) -> None:
        g.add((node, PROV.wasDerivedFrom, self.mint.article(ev.article_id)))
        g.add((node, KG.evidenceText, Literal(ev.sentence)))
        g.add((node, KG.charStart, Literal(ev.start)))
        g.add((node, KG.charEnd, Literal(ev.end)))
        g.add((node, KG.extractor, Literal(ev.rule)))
        if confidence:
            g.add((node, KG.confidence, decimal(ev.confidence)))


def date_literal(iso: str) -> Literal:
    """An article's date (ISO 8601, as kg.ingest.dates gives it) as ``xsd:date`` or ``xsd:dateTime``."""
    return Literal(iso, datatype=XSD.dateTime if "T" in iso else XSD.date)


def widen(spans: dict, key, day: str) -> None:
    """``spans[key]``, the first and last days of something, widened to take in ``day``."""
    first, last = spans.get(key, (day, day))
    spans[key] = (min(first, day), max(last, day))


def span(dates: Iterable[str | None]) -> tuple[str, str] | None:
    """The first and last of the days of ``dates`` (ISO dates or date-times), None when none is given."""
    days = sorted(date[:10] for date in dates if date)
    return (days[0], days[-1]) if days else None


PAGE_SIGHTINGS = 5  # sightings per fact a store build keeps in memory for graph.html


class StreamingBuilder(GraphBuilder):
    """The same triples as GraphBuilder, in three passes over the articles, holding only what is
    settled across the corpus, so that a store build's memory does not grow with the articles.

    Pass 1, ``observe``, counts names and classes; ``settle`` decides them. Pass 2, ``count``,
    tallies each fact's sightings and keeps the first few, so that every fact's combined confidence,
    and whether it reaches ``min_confidence``, is known before anything is written. Pass 3,
    ``article_graph``, gives each article's own triples (text, mentions, evidence records of the
    facts kept) to be streamed into the store, and ``finish`` the entity-level graph: entities,
    facts with their first evidence and combined confidence. ``sightings`` hands the first
    sightings and their articles' headlines to graph.html.
    """

    def __init__(self, base: str = DEFAULT_BASE, min_confidence: float = 0.0):
        super().__init__(base, min_confidence)
        self.articles: Counter[EntityRef] = Counter()  # reference -> articles mentioning it
        self.best: dict[tuple, dict[str, Evidence]] = defaultdict(dict)  # fact -> rule -> its best sighting
        self.first: dict[tuple, list[Evidence]] = {}  # the first sightings, sorted
        self.headlines: dict[str, dict] = {}  # article id -> what the page shows of it
        self.stated: dict[tuple, tuple[str, str]] = {}  # fact -> the first and last days it was stated
        self.during: dict[tuple, During] = {}  # role -> its start and end, as dated
        self.mentioned: Counter[URIRef] = Counter()  # entity -> articles that mention it
        self.said: Counter[tuple] = Counter()  # fact -> its sightings (the evidence records it will have)
        self._counted = 0

    def observe(self, result: ArticleResult) -> None:
        self._observe(result)
        self._note_days(result)
        for ref in result.entities:
            self.articles[ref] += 1

    def settle(self) -> None:
        self._settle()

    def _sightings(self, result: ArticleResult) -> dict[tuple, list[Evidence]]:
        """One article's facts, resolved across the corpus, each with its sightings there."""
        mine: dict[tuple, set[Evidence]] = defaultdict(set)
        for fact in result.facts:
            key = self._resolved_fact(fact.key)
            if key is not None and self._counts(key, fact.evidence):
                mine[key].add(self._read_as(fact.key, key, fact.evidence))
        return {key: _one_per_sentence(evidence) for key, evidence in mine.items()}

    def count(self, result: ArticleResult) -> None:
        shown = False
        day = result.article.date[:10] if result.article.date else None
        for key, evidence in self._sightings(result).items():
            best_per_rule(evidence, self.best[key])
            self.said[key] += len(evidence)
            if day is not None:
                widen(self.stated, key, day)
            if any(ev.began or ev.ended for ev in evidence):
                self.during[key] = during(evidence, self.during.get(key, UNDATED))
            kept = sorted(self.first.get(key, []) + evidence, key=sighting_order)[:PAGE_SIGHTINGS]
            self.first[key] = kept
            shown = shown or any(ev.article_id == result.article.id for ev in kept)
        if shown:
            a = result.article
            self.headlines[a.id] = {"id": a.id, "headline": a.title, "url": a.url, "date": a.date}
            self._counted += 1
            if self._counted % 10_000 == 0:  # forget the articles whose sightings were pushed out since
                self._prune_headlines()

    def keeps(self, key: tuple) -> bool:
        return self.confidence(key) >= self.min_confidence

    def confidence(self, key: tuple) -> float:
        return combined_confidence(self.best[key].values())

    def article_graph(self, result: ArticleResult) -> Graph:
        """One article's own triples, and the links from its kept facts to its evidence records."""
        g = Graph()
        node = self._article(g, result)
        mentioned = {self._mentioned(ref) for ref in result.entities} - {None}
        for entity in mentioned:
            g.add((node, SCHEMA.mentions, entity))
        self.mentioned.update(mentioned)
        for key, evidence in self._sightings(result).items():
            if self.keeps(key):
                fact = self._fact_iri(*key)
                for ev in evidence:
                    self._record(g, fact, ev, result.article.date)
        return g

    def _prune_headlines(self) -> None:
        live = {ev.article_id for key, kept in self.first.items() if self.keeps(key) for ev in kept}
        self.headlines = {k: v for k, v in self.headlines.items() if k in live}

    def finish(self) -> Graph:
        kept = [key for key in self.best if self.keeps(key)]
        self.kept = set(kept)
        self._entities(self.articles, kept)
        self.fact_iris: dict[tuple, URIRef] = {}
        durings = ended_by_former({key: self.during.get(key, UNDATED) for key in kept}, self.stated)
        for key in sorted(kept, key=_key_order):
            self.fact_iris[key] = self._fact(*key, self.first[key], records=False, confidence=self.confidence(key),
                                             seen=self.stated.get(key), during=durings[key])
        # (the records go into the articles' graphs: the analysis weighs each fact by their number)
        self.fact_sightings = {fact: self.said[key] for key, fact in self.fact_iris.items()}
        return self.graph

    def sightings(self):
        """What graph.html shows of articles, sightings and mentions (kg.graph.read.Sightings)."""
        self._prune_headlines()
        records: dict[URIRef, list[dict]] = {}
        for key, fact in self.fact_iris.items():
            # Those that state it first, each in the order of its record IRI, as the page of a whole
            # graph lists them (kg.graph.read).
            shown = sorted(self.first[key], key=lambda ev: (ev.rule in CONFIRMED_ONLY, self.mint.node(
                "evidence", fact, ev.article_id, ev.start, ev.end, ev.rule)))
            records[fact] = [{"article": self.mint.article(ev.article_id), "text": ev.sentence, "rule": ev.rule,
                              "conf": ev.confidence} for ev in shown]
        articles = {self.mint.article(k): v for k, v in self.headlines.items()}
        return Sightings(articles, records, dict(self.mentioned))


def _role_spelling(spellings: Counter) -> str:
    """The spelling of a role most used (ties: the first in order), with a small first letter where
    a sighting writes it so: a capital that only opens a sentence ("Economy minister") is no part
    of the role, one that names something is ("Oscar-winning director")."""
    best = min(spellings, key=lambda r: (-spellings[r], r))
    lowered = best[:1].lower() + best[1:]
    return lowered if lowered in spellings else best


def _key_order(key: tuple):
    family, subject, obj, role, status = key
    return family, subject, obj or EntityRef("", ""), role or "", status


def to_graph(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> Graph:
    builder = GraphBuilder(base)
    for result in results:
        builder.add(result)
    return builder.finish()
