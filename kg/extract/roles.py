"""Person - role - organization, and job titles of people with no organization named."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..lang.en.lexicon import AGENTIVE, KINSHIP, ORG_NOUNS, RESIDENT_NOUNS, ROLE_NOUNS, TITLE_WORDS
from ..model import COUNTRY, ORGANIZATION, PERSON, PLACE, ROLE, EntityRef, Fact
from ..nlp import lemma
from .base import Context, entity_tokens, phrase
from ..nlp.syntax import appositives, first_conjunct

# Prepositions that attach an organisation to a role: "chief executive of/at/for Microsoft".
ORG_PREPS = {"of", "at", "for", "with", "in"}
MAX_PREP_CHAIN = 3
# Verbs whose subject holds a role in the organisation they take as object: lemma -> that role
# (None: a member, role unsaid). "Ballmer, who heads Microsoft", "Gates founded Microsoft".
LEADING_VERBS = {"head": "head", "lead": "leader", "run": "head", "chair": "chair", "direct": "director",
                 "manage": "manager", "found": "founder", "cofound": "co-founder", "co-found": "co-founder",
                 "join": None, "control": "owner", "own": "owner", "operate": "operator",
                 "establish": "founder"}
# Phrasal verbs of the same kind: (lemma, particle) -> role. "Bossi set up the Freedom Alliance".
LEADING_PHRASALS = {("set", "up"): "founder"}
# Verbs that tie their subject to an organisation through a preposition: "works for Microsoft",
# "served 24 years in Congress", "taught at Harvard".
SERVING_VERBS = {"work": {"for", "at", "with"}, "serve": {"in", "on", "with", "at"}, "teach": {"at"},
                 "design": {"for"}, "write": {"for"}, "play": {"for"}}
# Verbs that give someone a role: "Microsoft named Ballmer chief executive", "Ballmer was
# appointed chief executive of Microsoft".
APPOINTING_VERBS = {"name", "appoint", "elect", "hire", "promote", "nominate", "select", "choose", "make",
                    "elevate"}
# Verbs of leaving whose to-clause says what the subject went on to do: "left in March to run
# Hewlett-Packard", "is leaving to join Citigroup" (not "plans to join": that may not happen).
LEAVING_VERBS = {"leave", "quit", "resign", "retire", "go", "move", "return", "depart"}
RELATIVE_SUBJECTS = {"who", "that", "whom"}
COPULAS = {"be", "become", "remain"}
# Dependents of an appointing verb that say the role given: "named him chief" (oprd), "as chief".
ROLE_DEPS = {"oprd", "attr", "xcomp", "dobj"}


def is_role(noun: Token) -> bool:
    word = lemma(noun).lower()
    if "." in word:  # "C.E.O."
        word = word.replace(".", "")
    if word in RESIDENT_NOUNS:  # "a resident of Dayton" says where, not what job
        return False
    if noun.pos_ == "PROPN":  # a capitalised title: "US President Bill Clinton"
        return word in ROLE_NOUNS
    return noun.pos_ == "NOUN" and (word in ROLE_NOUNS or bool(AGENTIVE.search(word)) and len(word) > 4
                                    and word not in KINSHIP)


def is_title_word(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in TITLE_WORDS or word in ROLE_NOUNS


def _word(noun: Token) -> list[Token]:
    """The tokens of the written word a noun ends: the tokenizer splits "co-founder" into "co",
    "-", "founder", and the parser then hangs "Microsoft's" on "co"."""
    doc, start = noun.doc, noun.i
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-"):
        start -= 1
    return list(doc[start:noun.i + 1])


def _organization(ctx: Context, noun: Token, shared: bool = True) -> tuple[Token | None, list[Token]]:
    """The organisation a role noun is tied to, and the tokens that say so (to leave out of the label).

    Directly: "Microsoft's chief executive", "Microsoft chief executive", "chief executive of
    Microsoft". Through a chain of prepositions: "a professor of political science at Queens
    College" (the nearest organisation wins; the chain stops at clauses). A bare role conjoined
    with another shares its organisation: "Microsoft's co-founder and chairman", "the chairman and
    founder of Barrick Gold".
    """
    named_chair = None
    # "CNEN Radioprotection Director": the organisation may premodify a premodifier
    premodifiers = [c for t in _word(noun) for c in t.children]
    premodifiers += [g for c in premodifiers if c.dep_ == "compound" and ctx.entity(c) is None
                     for g in c.children if g.dep_ == "compound"]
    for child in premodifiers:
        ref = ctx.entity(child)
        if ref and ref.cls == ORGANIZATION and child.dep_ in {"poss", "compound", "nmod", "amod"}:
            if child.dep_ == "poss" or not any(c.dep_ == "prep" and c.lower_ in ORG_PREPS for c in noun.children):
                return child, entity_tokens(ctx, child)
            # "the Bendheim professor of economics at Princeton University": a named chair, when
            # an organisation follows; "Microsoft chief executive" otherwise
            named_chair = child
    frontier = [(c, c) for c in noun.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS]
    for _ in range(MAX_PREP_CHAIN):
        next_frontier = []
        for prep, top in frontier:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                ref = ctx.entity(pobj)
                if ref and ref.cls == ORGANIZATION:
                    return pobj, list(top.subtree)
                named = (_named_by(ctx, pobj) or _owner(ctx, pobj)) if ref is None else None
                if named is not None:  # "general counsel for the bank MBNA"
                    return named, list(top.subtree)
                if ref is None:  # go on through a common noun: "of political science at ..."
                    next_frontier += [(c, c) for c in pobj.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS]
        frontier = next_frontier
    if named_chair is not None:
        return named_chair, entity_tokens(ctx, named_chair)
    # Not for "co-founder of Microsoft and a philanthropist": an article of its own starts a new phrase.
    if shared and not any(c.dep_ in {"poss", "prep"} or c.lower_ in {"a", "an"} for c in noun.children):
        for other in noun.conjuncts:
            found = _organization(ctx, other, shared=False)
            if found[0] is not None:
                return found[0], []
    return None, []


def _owner(ctx: Context, noun: Token) -> Token | None:
    """The organisation whose part a common noun is: "of the DEM's division of groundwater"."""
    for child in noun.children:
        ref = ctx.entity(child)
        if child.dep_ == "poss" and ref is not None and ref.cls == ORGANIZATION:
            return child
    return None


def _named_by(ctx: Context, noun: Token) -> Token | None:
    """The organisation a common noun of organisations names: "the packaging company Tetra Pak",
    "the bank MBNA"."""
    if lemma(noun).lower() not in ORG_NOUNS:
        return None
    for child in noun.children:
        ref = ctx.entity(child)
        if ref is not None and ref.cls == ORGANIZATION and child.dep_ in {"appos", "compound"} and child.i > noun.i:
            return child
    return None


def _fact(ctx: Context, person: Token, noun: Token, rule: str, with_org: float, alone: float) -> Fact | None:
    org_token, org_tokens = _organization(ctx, noun)
    if noun.pos_ == "PROPN":  # "US President Bill Clinton": the title words only, not the name's other parts
        words = [noun]
        while words[0].i > 0 and words[0].nbor(-1).dep_ == "compound" and is_title_word(words[0].nbor(-1)):
            words.insert(0, words[0].nbor(-1))
        # "CEO" and "C.E.O." stay as written
        label = " ".join(w.lower_ if w.is_title and not w.text.replace(".", "").isupper() else w.text for w in words)
    else:
        # one person's share of a plural role: "two other chief technical officers" -> "chief technical officer"
        counted = [c for c in noun.children if c.dep_ == "nummod" or c.lower_ in {"other", "several", "many"}] \
            if noun.tag_ == "NNS" else []
        label = phrase(noun, drop=org_tokens + counted
                       + [t for t in person.subtree if ctx.entity(t) == ctx.entity(person)])
        if noun.tag_ == "NNS":
            label = re.sub(rf"(?<![\w-]){re.escape(noun.text)}(?![\w-])", lemma(noun), label)
        word = _word(noun)
        if len(word) > 1:  # "co-founder", "singer-songwriter", "co-head of investment banking" as written
            joined = "".join(t.text for t in word)
            pieces = [t.text for t in word if not t.is_punct]
            for form in (" ".join(t.text for t in word), " ".join(pieces), "".join(pieces), noun.text):
                found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", label)
                if joined not in label and found:
                    label = (label[:found.start()] + joined + label[found.end():]).strip()
                    break
    if not label or not any(ch.isalpha() for ch in label):
        return None
    # Titles are written "Chief Executive" or "chief executive": one role either way; names stay.
    label = " ".join(w.lower() if w.istitle() and w.lower() in TITLE_WORDS else w for w in label.split())
    if org_token is not None:
        return Fact(ROLE, ctx.entity(person), ctx.entity(org_token), label,
                    ctx.evidence(noun, rule, with_org))
    org, said = _antecedent(ctx, noun, ctx.entity(person))
    if org is not None:
        if said:  # "co-president of the firm": the role is "co-president"
            label = phrase(noun, drop=said + [t for t in person.subtree if ctx.entity(t) == ctx.entity(person)])
        label = " ".join(w for w in label.split() if w.lower() not in {"its", "company", "firm", "group", "'s"})
        # 7 of 12 right on 800 BBC articles read by hand; the misses are names of the wrong class
        return Fact(ROLE, ctx.entity(person), org, label or None, ctx.evidence(noun, rule + "-anaphora", 0.55))
    return Fact(ROLE, ctx.entity(person), None, label, ctx.evidence(noun, rule + "-title", alone))


# Words that point back at an organisation named just before: "its chief executive", "the firm's
# chairman", "that company's founder".
ANAPHORIC_DETERMINERS = {"the", "that", "this"}
# Roles that, said with "the" and no organisation, are the chief of the organisation just named.
DEFINITE_ROLES = {"executive", "chairman", "chairwoman", "ceo", "founder", "co-founder", "cofounder", "chief"}


def _antecedent(ctx: Context, noun: Token, holder: EntityRef | None) -> tuple[EntityRef | None, list[Token]]:
    """The organisation "its" or "the company's" before a role noun stands for: the nearest name
    before it in this sentence or the one before, if that is an organisation's. "Kazakhstan has
    been dominated by its president" is not about an organisation; "that company's" skips places
    ("Shares in Vodafone fell in London. The firm's chief executive ...")."""
    owner = next((c for t in _word(noun) for c in t.children if c.dep_ == "poss"), None)
    said: list[Token] = []
    if owner is None:  # "a co-president of the firm"
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and lemma(pobj).lower() in ORG_NOUNS:
                        owner, said = pobj, list(prep.subtree)
    if owner is None and lemma(noun).lower() in DEFINITE_ROLES and any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        owner = noun  # "Kevin B. Rollins, the chief executive, ...": the company just named
    if owner is None:
        return None, []
    pronoun = owner.lower_ == "its" or owner is noun
    if not pronoun and not (lemma(owner).lower() in ORG_NOUNS and any(
            d.dep_ == "det" and d.lower_ in ANAPHORIC_DETERMINERS for d in owner.children)):
        return None, []
    here = ctx.sentence(noun.i)
    start = ctx.sentence(here.start - 1).start if here.start > 0 else here.start
    before = [(m, ref) for m, ref in ctx.resolution.mentions
              if ref != holder and start <= m.start and m.end <= owner.i
              and (pronoun or ref.cls not in {PLACE, COUNTRY})]
    if not before:
        return None, []
    nearest = max(before, key=lambda mr: mr[0].end)[1]
    return (nearest, said) if nearest.cls == ORGANIZATION else (None, [])


def _parent_organizations(ctx: Context, facts: list[Fact]) -> Iterator[Fact]:
    """"the director of the Annenberg Public Policy Center at the University of Pennsylvania": who
    works in a unit works for the organisation the unit is at."""
    by_ref: dict[EntityRef, list] = {}
    for span, ref in ctx.mentions_of(ORGANIZATION):
        by_ref.setdefault(ref, []).append(span)
    for fact in facts:
        if fact.family != ROLE or fact.obj is None:
            continue
        for span in by_ref.get(fact.obj, ()):
            if not (fact.evidence.start <= span.start_char < fact.evidence.end):
                continue
            for prep in span.root.children:
                if prep.dep_ != "prep" or prep.lower_ != "at" or prep.i < span.end:
                    continue
                for pobj in prep.children:
                    outer = ctx.entity(pobj)
                    if (pobj.dep_ == "pobj" and outer is not None and outer.cls == ORGANIZATION
                            and outer not in {fact.obj, fact.subject}):
                        yield Fact(ROLE, fact.subject, outer, None, ctx.evidence(pobj, "member-of-parent", 0.6))


def extract(ctx: Context) -> Iterator[Fact]:
    facts = list(_extract(ctx)) + list(_where_they_work(ctx))
    yield from facts
    yield from _parent_organizations(ctx, facts)


# Bodies of staff one is "on": "where he was on the faculty".
STAFF_NOUNS = {"faculty", "staff", "board"}


def _where_they_work(ctx: Context) -> Iterator[Fact]:
    """"... at Columbia University, where he is a professor in the Graduate School of
    Architecture", "the Institute for Advanced Study, where he was on the faculty", "Cooper
    Union, where she teaches": "he" or "she" is the one person named before in the sentence."""
    for span, org in ctx.mentions_of(ORGANIZATION):
        for clause in (c for t in span for c in t.children):  # on any word of the name: "Institute for Advanced Study"
            if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
                continue
            pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in {"he", "she"}), None)
            sentence = ctx.sentence(span.start)
            people = {ref for m, ref in ctx.resolution.mentions
                      if ref.cls == PERSON and sentence.start <= m.start and m.end <= span.start}
            if pronoun is None or len(people) != 1:  # whom "he" means must be plain
                continue
            (person,) = people
            word = lemma(clause).lower()
            if word in COPULAS:
                for attr in clause.children:
                    if attr.dep_ == "attr" and is_role(attr):
                        fact = _fact(ctx, pronoun, attr, "role-where", 0.7, 0.6)
                        label = fact.role if fact is not None else None
                        yield Fact(ROLE, person, org, label, ctx.evidence(attr, "role-where", 0.7))
                on_staff = any(p.lower_ == "on" and lemma(o).lower() in STAFF_NOUNS for p in clause.children
                               if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
                if on_staff:
                    yield Fact(ROLE, person, org, None, ctx.evidence(clause, "role-where", 0.7))
            elif word in SERVING_VERBS:  # "where she teaches", "where he worked for 20 years"
                yield Fact(ROLE, person, org, None, ctx.evidence(clause, "role-where", 0.7))


def _extract(ctx: Context) -> Iterator[Fact]:
    for span, _ref in ctx.mentions_of(PERSON):
        root = span.root
        # "Ma Heliang, an influential figure within China's film sector" / "Microsoft's boss, Bill Gates"
        for appositive in appositives(span):
            # (its later conjuncts only: in "the founder of Cablevision, Charles F. Dolan, and his
            # son, James" the parser makes the founder and the son items of one list)
            nouns = [appositive, *(c for c in appositive.conjuncts if c.i > appositive.i)]
            # "a professor at Queens College ... and honorary president of the Socialist
            # International": the parser often hangs a second role on the first one's organisation.
            nouns += [t for t in appositive.subtree if t.dep_ == "conj" and t not in nouns]
            for noun in nouns:
                # One person is not "high achievers, like ...": a plural noun lists a group.
                if is_role(noun) and noun.tag_ != "NNS":
                    fact = _fact(ctx, root, noun, "role-apposition", 0.8, 0.7)
                    if fact:
                        yield fact
        # "Ray Ozzie, one of Microsoft's three chief technical officers"
        for one in root.children:
            if one.dep_ == "appos" and one.lower_ == "one":
                for noun in (p for prep in one.children if prep.dep_ == "prep" and prep.lower_ == "of"
                             for p in prep.children if p.dep_ == "pobj" and p.tag_ == "NNS" and is_role(p)):
                    fact = _fact(ctx, root, noun, "role-apposition", 0.8, 0.7)
                    if fact and fact.obj is not None:
                        yield fact
        # "Nic Harcourt, KCRW's music director, ...": the same, when the parser read no apposition
        noun = None if any(is_role(a) for a in appositives(span)) else _role_after(ctx, span)
        if noun is not None:
            fact = _fact(ctx, root, noun, "role-apposition", 0.8, 0.7)
            if fact and fact.obj is not None:
                yield fact
        # "the deputy secretary of the Foreign Ministry, Datuk Abdul Halim Ali": a role phrase just
        # before the name, whatever the parser made of the comma between them
        noun = _role_before(ctx, span)
        lead = first_conjunct(root)
        if noun is None and lead.i != root.i and ctx.entity(lead) is not None and ctx.entity(lead).cls == PERSON:
            # "Microsoft's two other chief technical officers, David Vaskevitch and Craig Mundie":
            # a plural role covers every name of the list after it
            start = ctx.resolution.token_spans.get(lead.i, (lead.i,))[0]
            before = _role_before(ctx, span.doc[start:lead.i + 1])
            noun = before if before is not None and before.tag_ == "NNS" else None
        if noun is not None:
            fact = _fact(ctx, root, noun, "role-before-name", 0.65, 0.55)
            if fact and fact.obj is not None:
                yield fact
        # "Brian Mulroney's Progressive Conservative Party": the organisation is his
        owned = ctx.entity(root.head) if root.dep_ == "poss" else None
        if owned is not None and owned.cls == ORGANIZATION and owned != ctx.entity(root):
            yield Fact(ROLE, ctx.entity(root), owned, None, ctx.evidence(root, "member-possessive", 0.55))
        # "Microsoft chief executive Steve Ballmer"
        for child in root.children:
            if child.i < span.start and child.dep_ in {"compound", "nmod"} and is_role(child):
                fact = _fact(ctx, root, child, "role-premodifier", 0.75, 0.6)
                if fact:
                    yield fact
        # "Roger K. Crouch of NASA", "NASA's Bill Nelson": a member, role unsaid
        # (Conjoined names do not share it: "Joe Gyourko, at the Wharton School, and Edward Glaeser, at Harvard".)
        org_token, _ = _organization(ctx, root, shared=False)
        if org_token is not None and ctx.entity(org_token) != ctx.entity(root):
            yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None, ctx.evidence(root, "member-of", 0.6))
        elif org_token is None and (org_token := _org_right_after(ctx, span)) is not None:
            yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None, ctx.evidence(root, "member-of", 0.6))
        elif org_token is None:
            org_token = _list_organization(ctx, root)
            if org_token is not None:
                yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None,
                           ctx.evidence(root, "member-of-list", 0.5))
        for verb in _verbs_of(span):
            # "Steve Ballmer is chief executive of Microsoft", "Ballmer, who is chief executive of ...",
            # "Freeh went on to become general counsel for the bank MBNA"
            if lemma(verb) in COPULAS:
                for attr in verb.children:
                    if attr.dep_ == "attr" and is_role(attr):
                        fact = _fact(ctx, root, attr, "role-copula", 0.75, 0.6)
                        if fact:
                            yield fact
            else:
                yield from _acts_for(ctx, root, verb)
        yield from _appointed(ctx, root)
        yield from _led_by(ctx, root)


def _org_right_after(ctx: Context, span) -> Token | None:
    """"Peter Jennings of ABC News and Christiane Amanpour of CNN": an organisation named right
    after "<name> of", wherever the parser hung it (here on "ABC News")."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    first = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
    ref = ctx.entity(first)
    if ref is None or ref.cls != ORGANIZATION or ctx.resolution.token_spans.get(first.i, (first.i,))[0] != first.i:
        return None
    return first if ref != ctx.entity(span.root) else None


def _list_organization(ctx: Context, person: Token) -> Token | None:
    """"Jack McCollough and Lazaro Hernandez of Proenza Schouler": the organisation after the last
    of a list of names is every name's, when only people are listed and no other name has its own."""
    first = first_conjunct(person)
    names = [first, *first.conjuncts]
    last = max(names, key=lambda t: t.i)
    if last.i == person.i or any(ctx.entity(t) is None or ctx.entity(t).cls != PERSON for t in names):
        return None
    if any(c.dep_ in {"prep", "appos", "relcl"} for t in names if t.i != last.i for c in t.children):
        return None
    # one list, not a list of lists: "people like Zac Posen, Derek Lam, and Jack McCollough and
    # Lazaro Hernandez of Proenza Schouler"
    if sum(c.dep_ == "cc" for t in names for c in t.children) > 1:
        return None
    for prep in last.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                ref = ctx.entity(pobj)
                if pobj.dep_ == "pobj" and ref is not None and ref.cls == ORGANIZATION:
                    return pobj
    return None


def _role_before(ctx: Context, span) -> Token | None:
    """The role noun whose phrase ends right before ", <name>", if it names an organisation."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != ",":
        return None
    last = doc[span.start - 2]
    below = None
    for noun in [last, *last.ancestors]:
        # climbing out of a list item leaves the phrase: not "the founder of Cablevision, Charles F.
        # Dolan, and his son, James" (but "the founder of Microsoft and Corbis, Bill Gates")
        if noun.i >= span.start or (below is not None and below.dep_ == "conj" and ctx.entity(below) is None):
            break
        below = noun
        # The parser may hang the name on the phrase ("of SoftBank, Masayoshi Son"): the edge before it counts.
        if is_role(noun) and max(t.i for t in noun.subtree if t.i < span.start and not t.is_punct) == last.i:
            return noun if _organization(ctx, noun)[0] is not None else None
    return None


# What may close a phrase set off by commas after a name.
PHRASE_END = {",", ".", ";", ":", "--", "—", "–", "-RRB-", ")"}
MAX_APPOSITION = 12


def _role_after(ctx: Context, span) -> Token | None:
    """The role noun heading the phrase between ", " after the name and the next comma, when the
    parser made no apposition of it: "Nic Harcourt, KCRW's music director, said" (read as a
    preposition), "Kofi Annan, the United Nations secretary general, and ..." (read as a list)."""
    doc = span.doc
    sentence_end = span.sent.end
    if span.end + 1 >= sentence_end or doc[span.end].text != ",":
        return None
    start = span.end + 1
    end = next((t.i for t in doc[start:sentence_end] if t.text in PHRASE_END), sentence_end)
    phrase_tokens = doc[start:end]
    if not 0 < len(phrase_tokens) <= MAX_APPOSITION or phrase_tokens[0].dep_ == "cc":
        return None
    # a noun phrase only: no verb ("who heads ...") and no other person in it
    if any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" for t in phrase_tokens):
        return None
    heads = [t for t in phrase_tokens if not start <= t.head.i < end or t.head.i == t.i]
    # one written word may be several heads: "co", "-", "founder"
    if not heads or any(t not in _word(heads[-1]) for t in heads):
        return None
    noun = heads[-1]
    return noun if is_role(noun) and noun.tag_ != "NNS" and _organization(ctx, noun)[0] is not None else None


def _verbs_of(span) -> list[Token]:
    """The verbs the person is the subject of: as subject ("Gates founded ..."), through a relative
    clause on the name or on an apposition ("Derwinski, a Republican who served ..."), and the
    verbs conjoined to those that have no subject of their own ("... and later joined Corbis")."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"} else []
    # "Willumstad, who was ..., left in September and is now ...": a finite verb the parser hung on
    # the name as a modifier, the name left as the sentence's root
    if root.dep_ == "ROOT":
        verbs += [c for c in root.children if c.dep_ == "acl"
                  and any(v.tag_ in {"VBD", "VBZ", "VBP"} for v in (c, *c.conjuncts))  # not "the man left behind"
                  and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]
    # Any apposition, a nationality or party word included: "Derwinski, a Republican who served ...".
    for holder in [root, *(c for c in root.children if c.dep_ == "appos")]:
        for clause in holder.children:
            who = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS), None)
            # "who" is about the nearest name before it: in "John Nettle, ...; Tim Daly of Michael
            # Foods and Kenneth Bowman, who worked ..." the parser may hang the clause on the first
            if clause.dep_ == "relcl" and who is not None and not any(
                    t.ent_type_ == "PERSON" for t in span.doc[span.end:who.i]):
                verbs.append(clause)
    for verb in list(verbs):
        verbs += [c for c in verb.conjuncts if c.pos_ in {"VERB", "AUX"} and not any(
            d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]
    # "went on to become", "quit to become": an open clause shares the subject
    for verb in list(verbs):
        verbs += [c for c in verb.children if c.dep_ in {"xcomp", "advcl"}
                  and (lemma(c) in COPULAS or _left_to(verb) and c.tag_ == "VB")
                  and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]
    # "Since retiring as chairman of Northrop Grumman, Kent Kresa has ...", "After joining Google,
    # she ...": a participle clause with no subject of its own is about the sentence's subject
    if root.dep_ == "nsubj":
        clauses = [c for c in root.head.children if c.dep_ == "advcl"]
        clauses += [c for p in root.head.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pcomp"]
        verbs += [c for c in clauses if c.tag_ in {"VBG", "VBN"} and c not in verbs
                  and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]
    return verbs


def _left_to(verb: Token) -> bool:
    """A verb of leaving whose to-clause tells what followed: "left to run", "went on to found";
    not "is going to join", which is a plan."""
    return lemma(verb) in LEAVING_VERBS and not (lemma(verb) == "go" and verb.tag_ == "VBG")


def _organizations(ctx: Context, tokens) -> Iterator[Token]:
    """The organisations among ``tokens`` and their conjuncts ("founded Microsoft and Corbis")."""
    for tok in tokens:
        for t in [tok, *tok.conjuncts]:
            ref = ctx.entity(t)
            if ref is not None and ref.cls == ORGANIZATION:
                yield t
            elif ref is None and (named := _named_by(ctx, t)) is not None:  # "his own company, Fisker Coachbuild"
                yield named
            elif ref is None and lemma(t).lower() in ORG_NOUNS and (owner := _owner(ctx, t)) is not None:
                yield owner  # "runs Microsoft's games unit"


def _leading(verb: Token) -> tuple[str, str | None] | None:
    """The rule and the role of a verb of leading ("founded" -> founder, "set up" -> founder), or
    None. A particle makes another verb: "run up" (a debt) does not head anything."""
    word = lemma(verb).lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle:
        role = LEADING_PHRASALS.get((word, particle), False)
        rule = f"role-verb-{word}-{particle}"
    else:
        role = LEADING_VERBS.get(word, False)
        rule = f"role-verb-{word}"
    return None if role is False else (rule, role)


def _acts_for(ctx: Context, person: Token, verb: Token) -> Iterator[Fact]:
    """Roles said by what the person does: leads, founds, joins, works for, serves in, serves as."""
    word = lemma(verb).lower()
    me = ctx.entity(person)
    leading = _leading(verb)
    if leading is not None:
        rule, led_role = leading
        for org in _organizations(ctx, [c for c in verb.children if c.dep_ == "dobj"]):
            if ctx.entity(org) != me:
                # who runs one of its units is a member, not its head: "runs Microsoft's games unit"
                role = None if org.dep_ == "poss" else led_role
                yield Fact(ROLE, me, ctx.entity(org), role, ctx.evidence(verb, rule, 0.7))
    # "teaches journalism at the University of Delaware": the parser hangs the place of work on the object
    objects = [c for c in verb.children if c.dep_ == "dobj" and ctx.entity(c) is None]
    for prep in [*verb.children, *(p for o in objects for p in o.children)]:
        if prep.dep_ != "prep":
            continue
        if word in SERVING_VERBS and prep.lower_ in SERVING_VERBS[word]:
            for org in _organizations(ctx, [c for c in prep.children if c.dep_ == "pobj"]):
                if ctx.entity(org) != me:
                    yield Fact(ROLE, me, ctx.entity(org), None, ctx.evidence(verb, f"role-verb-{word}", 0.65))
        elif prep.lower_ == "as" and prep.head.i == verb.i:  # "serves as chairman of Microsoft"
            for noun in prep.children:
                if noun.dep_ == "pobj" and is_role(noun):
                    fact = _fact(ctx, person, noun, "role-as", 0.7, 0.6)
                    if fact and fact.obj is None:
                        # the organisation the verb names: "is leaving to join Citigroup as co-head"
                        org = next(_organizations(ctx, _verb_objects(verb)), None)
                        if org is not None and ctx.entity(org) != me:
                            fact = Fact(ROLE, me, ctx.entity(org), fact.role, ctx.evidence(noun, "role-as", 0.7))
                    if fact and fact.obj is not None:
                        yield fact


def _verb_objects(verb: Token) -> list[Token]:
    """What a verb acts on or goes to: "joined Citigroup", "arrived at Tyco", "came to Microsoft"."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"at", "to", "for"}
        for p in prep.children if p.dep_ == "pobj"]


def _led_by(ctx: Context, person: Token) -> Iterator[Fact]:
    """The passive of a leading verb: "Microsoft was founded by Bill Gates", "Pixar, which is run by
    John Lasseter", "the media conglomerate controlled by Rupert Murdoch", "was founded by two
    students ..., Gerry Wilson and Hagos Mehreteab"."""
    agent_obj = first_conjunct(person)
    if agent_obj.dep_ == "appos" and ctx.entity(agent_obj.head) is None:  # "two students, Gerry Wilson"
        agent_obj = first_conjunct(agent_obj.head)
    if agent_obj.dep_ != "pobj" or agent_obj.head.dep_ != "agent":
        return
    verb = agent_obj.head.head
    leading = _leading(verb)
    if leading is None or lemma(verb).lower() == "join":  # "joined by" is company, not membership
        return
    rule, role = leading
    # what was led: the passive subject ("which" stands for the name the clause hangs on), or
    # the noun a participle qualifies ("the media conglomerate controlled by ...")
    led = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in {"which", "that"}]
    if verb.dep_ in {"acl", "relcl"} and not led:
        led = [verb.head]
    # a common noun set beside the name stands for it: "The News Corporation, the media conglomerate"
    led = [t.head if ctx.entity(t) is None and t.dep_ == "appos" else t for t in led]
    me = ctx.entity(person)
    for org in _organizations(ctx, led):
        if ctx.entity(org) != me:
            yield Fact(ROLE, me, ctx.entity(org), role, ctx.evidence(verb, rule, 0.7))


def _appointed(ctx: Context, person: Token) -> Iterator[Fact]:
    """"Microsoft named Ballmer (as) its chief executive", "Ballmer was appointed chief executive of
    Microsoft", "... was hired by Microsoft as ...": the role given, and the organisation that gave
    it when the role names none."""
    verb = person.head
    if person.dep_ in {"nmod", "compound"} and person.head.dep_ in ROLE_DEPS and person.head.i > person.i:
        # "Lehman Brothers has named Herbert H. McDade III global head of equities": the parser
        # made the name a modifier of the role
        verb = person.head.head
        if lemma(verb).lower() not in APPOINTING_VERBS:
            return
        nouns = [person.head]
    elif person.dep_ not in {"dobj", "nsubjpass"} or lemma(verb).lower() not in APPOINTING_VERBS:
        return
    else:
        nouns = [c for c in verb.children if c.dep_ in ROLE_DEPS and c.i != person.i]
    # "as its chief", "promoted Zucker to chief executive"
    nouns += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"as", "to"} for p in prep.children
              if p.dep_ == "pobj"]
    if person.dep_ == "nsubjpass":
        givers = [p for agent in verb.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
    else:
        givers = [c for c in verb.children if c.dep_ == "nsubj"]
    giver = next(_organizations(ctx, givers), None)
    me = ctx.entity(person)
    for noun in nouns:
        if not is_role(noun):
            continue
        fact = _fact(ctx, person, noun, "role-appointed", 0.75, 0.6)
        if fact is None:
            continue
        if fact.obj is None and giver is not None and ctx.entity(giver) != me:
            fact = Fact(ROLE, me, ctx.entity(giver), fact.role, ctx.evidence(noun, "role-appointed", 0.75))
        yield fact
