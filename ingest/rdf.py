"""Turn the registry and a checked annotation into RDF following ontology/ckg.ttl and the IRI rules of data/README.md.

Every node gets an IRI minted from the curator's ids (no blank nodes, no timestamps), so the same
files always give the same triples. `Origin`s remember which file, line and item each IRI came from,
so that a SHACL violation can be reported in the curator's terms.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ckg.namespaces import CKG, GEO, OA, ORG, REGISTRY_GRAPH, SCHEMA, SEM, bind_prefixes, source_graph
from ckg.paths import ROOT
from ckg.ids import ACTOR_CLASSES, actor_iri, document_iri, item_iri, mention_iri, place_iri
from ingest.annotation import ActorEntry, Annotation, Located, PlaceEntry
from ingest.derive import TimeSpan, count_bounds, resolve_time
from ingest.evidence import TextQuote
from ingest.layout import Layout
from ingest.vocabulary import Vocabulary


def _sub(node: URIRef, *segments: str) -> URIRef:
    return URIRef("/".join((str(node),) + segments))


# RDF property -> the annotation field it comes from, to word SHACL results in the curator's terms.
FIELD_OF_PROPERTY = {
    SEM.eventType: "type", RDFS.label: "label", SEM.hasTime: "date", SEM.hasPlace: "place",
    SEM.hasActor: "actors", SEM.subEventOf: "part_of", CKG.evidence: "evidence", CKG.claimedBy: "claimed_by",
    CKG.about: "event", CKG["count"]: "count", CKG.minCount: "min", CKG.maxCount: "max",
    CKG.countPhrase: "count_phrase", CKG.proportion: "proportion", CKG.qualifier: "qualifier",
    CKG.victimCategory: "victims", CKG.victimPhrase: "victim_phrase", CKG.outcome: "outcome",
    CKG.blames: "blames", CKG.subCountOf: "part_of", CKG.speaker: "speaker", CKG.onBehalfOf: "on_behalf_of",
    CKG.toOutlet: "to_outlet", CKG.audience: "audience", CKG.quote: "quote", CKG.directQuote: "direct",
    CKG.placeKind: "kind", CKG.locatedIn: "parent", GEO.hasGeometry: "point", CKG.geoPrecision: "geo_precision",
    CKG.affiliatedWith: "part_of", SKOS.prefLabel: "name", SKOS.altLabel: "alt_names", ORG.role: "role",
    ORG.organization: "affiliation", CKG["title"]: "title", CKG.confidence: "confidence", RDFS.comment: "note",
    DCTERMS.publisher: "outlet", DCTERMS.issued: "published", SCHEMA.url: "url",
}


@dataclass(frozen=True)
class Origin:
    """Where an IRI was written: file, line and the item as the curator calls it ("claim c1")."""

    file: str
    line: int | None
    item: str


@dataclass
class BuiltGraph:
    iri: URIRef
    graph: Graph
    origins: dict[URIRef, Origin] = field(default_factory=dict)


def new_graph() -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    return graph


def _add_optional(graph: Graph, subject: URIRef, predicate: URIRef, value) -> None:
    if value is not None:
        graph.add((subject, predicate, value if isinstance(value, (URIRef, Literal)) else Literal(value)))


def _decimal(value: float | None) -> Literal | None:
    # repr() is the shortest text that reads back as the same float: 0.9 stays 0.9, not 0.90000000000000002
    return None if value is None else Literal(Decimal(repr(value)), datatype=XSD.decimal)


def _add_curated(graph: Graph, subject: URIRef, item) -> None:
    """The fields any item may carry: confidence (from extraction drafts) and a note."""
    _add_optional(graph, subject, CKG.confidence, _decimal(item.confidence))
    _add_optional(graph, subject, RDFS.comment, item.note)


def _add_names(graph: Graph, subject: URIRef, name: str, alt_names: list[str]) -> None:
    graph.add((subject, RDFS.label, Literal(name)))
    graph.add((subject, SKOS.prefLabel, Literal(name)))
    for alt in alt_names:
        graph.add((subject, SKOS.altLabel, Literal(alt)))


def add_actor(graph: Graph, actor: ActorEntry) -> URIRef:
    subject = actor_iri(actor.id)
    graph.add((subject, RDF.type, CKG[ACTOR_CLASSES[actor.type]]))
    _add_names(graph, subject, actor.name, actor.alt_names)
    if actor.part_of:
        graph.add((subject, CKG.affiliatedWith, actor_iri(actor.part_of)))
    _add_curated(graph, subject, actor)
    return subject


def add_place(graph: Graph, place: PlaceEntry, vocab: Vocabulary) -> URIRef:
    subject = place_iri(place.id)
    graph.add((subject, RDF.type, CKG.Place))
    _add_names(graph, subject, place.name, place.alt_names)
    graph.add((subject, CKG.placeKind, vocab.iri("place-kind", place.kind)))
    if place.parent:
        graph.add((subject, CKG.locatedIn, place_iri(place.parent)))
    if place.point is not None:
        latitude, longitude = place.point
        geometry = _sub(subject, "geometry")
        graph.add((subject, GEO.hasGeometry, geometry))
        graph.add((geometry, RDF.type, GEO.Geometry))
        # WKT puts longitude first; the registry writes [latitude, longitude] like most gazetteers
        graph.add((geometry, GEO.asWKT, Literal(f"POINT({longitude!r} {latitude!r})", datatype=GEO.wktLiteral)))
        graph.add((subject, CKG.geoPrecision, vocab.iri("geo-precision", str(place.geo_precision))))
        _add_optional(graph, geometry, DCTERMS.source, place.point_source)
    _add_curated(graph, subject, place)
    return subject


def _entries_into(graph: Graph, located: Located, section, prefix: tuple, vocab: Vocabulary,
                  origins: dict[URIRef, Origin]) -> None:
    for i, actor in enumerate(section.actors):
        origins[add_actor(graph, actor)] = Origin(str(located.path), located.line(prefix + ("actors", i)),
                                                  f"actor {actor.id}")
    for i, place in enumerate(section.places):
        origins[add_place(graph, place, vocab)] = Origin(str(located.path), located.line(prefix + ("places", i)),
                                                         f"place {place.id}")


def build_registry_graph(registry: Located, vocab: Vocabulary) -> BuiltGraph:
    built = BuiltGraph(REGISTRY_GRAPH, new_graph())
    _entries_into(built.graph, registry, registry.model, (), vocab, built.origins)
    return built


# --- a source's graph -----------------------------------------------------------------------------

@dataclass
class SourceInputs:
    """Everything a source's graph is made of, checked: the annotation, its raw text and located quotes."""

    annotation: Located
    raw: str
    layout: Layout
    quotes: dict[tuple, TextQuote]  # (section, index) -> the span its evidence (or quote) stands for
    annotation_file: str  # as recorded in ckg:annotationFile (relative to the project)


class _SourceBuilder:
    def __init__(self, inputs: SourceInputs, vocab: Vocabulary):
        self.inputs = inputs
        self.vocab = vocab
        self.model: Annotation = inputs.annotation.model
        self.source_id = self.model.source.id
        self.doc = document_iri(self.source_id)
        self.built = BuiltGraph(source_graph(self.source_id), new_graph())
        self.graph = self.built.graph

    def origin(self, iri: URIRef, loc: tuple) -> None:
        located = self.inputs.annotation
        self.built.origins[iri] = Origin(str(located.path), located.line(loc), located.item_name(loc) or loc[0])

    def concept(self, scheme: str, notation: str | None) -> URIRef | None:
        return None if notation is None else self.vocab.iri(scheme, notation)

    def evidence(self, node: URIRef, loc: tuple) -> URIRef:
        """A ckg:Evidence at `node` with its quote and position selectors for the span located for `loc`."""
        quote = self.inputs.quotes[loc]
        add = self.graph.add
        quote_selector, position_selector = _sub(node, "quote"), _sub(node, "position")
        add((node, RDF.type, CKG.Evidence))
        add((node, OA.hasSource, self.doc))
        add((node, OA.hasSelector, quote_selector))
        add((node, OA.hasSelector, position_selector))
        add((quote_selector, RDF.type, OA.TextQuoteSelector))
        add((quote_selector, OA.exact, Literal(quote.exact)))
        if quote.prefix:
            add((quote_selector, OA.prefix, Literal(quote.prefix)))
        if quote.suffix:
            add((quote_selector, OA.suffix, Literal(quote.suffix)))
        add((position_selector, RDF.type, OA.TextPositionSelector))
        add((position_selector, OA.start, Literal(quote.start, datatype=XSD.nonNegativeInteger)))
        add((position_selector, OA.end, Literal(quote.end, datatype=XSD.nonNegativeInteger)))
        return node

    def item_evidence(self, item: URIRef, loc: tuple) -> None:
        self.graph.add((item, CKG.evidence, self.evidence(_sub(item, "evidence"), loc)))
        self.graph.add((item, CKG.reportedIn, self.doc))

    def time(self, subject: URIRef, span: TimeSpan | None) -> None:
        if span is None:
            return
        node = _sub(subject, "time")
        add = self.graph.add
        add((subject, SEM.hasTime, node))
        add((node, RDF.type, CKG.TimeSpan))
        if span.value is not None:
            add((node, CKG.date, Literal(span.value, datatype=span.datatype)))
        add((node, CKG.datePrecision, self.vocab.iri("date-precision", span.precision)))
        add((node, SEM.hasEarliestBeginTimeStamp, Literal(span.earliest, datatype=XSD.date)))
        add((node, SEM.hasLatestEndTimeStamp, Literal(span.latest, datatype=XSD.date)))
        _add_optional(self.graph, node, CKG.datePhrase, span.phrase)

    def resolve(self, item) -> TimeSpan | None:
        return resolve_time(item.date, item.precision, item.earliest, item.latest, item.date_phrase)

    # -- parts --

    def document(self) -> None:
        source, layout, raw = self.model.source, self.inputs.layout, self.inputs.raw
        doc, add = self.doc, self.graph.add
        add((doc, RDF.type, CKG.SourceDocument))
        add((doc, DCTERMS.publisher, actor_iri(source.outlet)))
        add((doc, DCTERMS.issued, Literal(source.published, datatype=XSD.date)))
        add((doc, CKG.fullText, Literal(raw)))
        add((doc, CKG.sha256, Literal(hashlib.sha256(raw.encode("utf-8")).hexdigest())))
        add((doc, CKG.annotationFile, Literal(self.inputs.annotation_file)))
        for predicate, span in ((DCTERMS.title, layout.title), (CKG.lede, layout.lede),
                                (CKG.imageCaption, layout.image_caption), (CKG.imageCredit, layout.image_credit),
                                (CKG.readingTime, layout.reading_time), (CKG.relatedLink, layout.related_link)):
            if span is not None:
                add((doc, predicate, Literal(span.text)))
        if source.url:
            add((doc, SCHEMA.url, Literal(source.url, datatype=XSD.anyURI)))
        add((self.built.iri, PROV.wasDerivedFrom, doc))
        self.origin(doc, ("source",))

    def mentions(self) -> None:
        for section, kind, entity_iri in (("people", "actor", actor_iri), ("groups", "actor", actor_iri),
                                          ("places", "place", place_iri)):
            for i, item in enumerate(getattr(self.model, section)):
                mention = mention_iri(self.source_id, kind, item.id)
                self.graph.add((entity_iri(item.id), CKG.mention, self.evidence(mention, (section, i))))
                _add_curated(self.graph, mention, item)
                self.origin(mention, (section, i))

    def memberships(self) -> None:
        for i, person in enumerate(self.model.people):
            if person.affiliation is None:
                continue
            membership = item_iri(self.source_id, "membership", person.id)
            member, organisation = actor_iri(person.id), actor_iri(person.affiliation)
            add = self.graph.add
            add((membership, RDF.type, CKG.Membership))
            add((membership, ORG.member, member))
            add((membership, ORG.organization, organisation))
            _add_optional(self.graph, membership, ORG.role, self.concept("org-role", person.role))
            _add_optional(self.graph, membership, CKG["title"], person.title)
            add((membership, CKG.evidence, self.evidence(_sub(membership, "evidence"), ("people", i))))
            add((member, CKG.affiliatedWith, organisation))
            self.origin(membership, ("people", i))

    def events(self) -> None:
        for i, event in enumerate(self.model.events):
            node = item_iri(self.source_id, "event", event.id)
            add = self.graph.add
            add((node, RDF.type, CKG.Event))
            add((node, SEM.eventType, self.vocab.iri("event-type", event.type)))
            add((node, RDFS.label, Literal(event.label)))
            self.time(node, self.resolve(event))
            if event.place:
                add((node, SEM.hasPlace, place_iri(event.place)))
            for role in event.actors:
                role_node = _sub(node, "role", role.role, role.actor)
                add((node, SEM.hasActor, role_node))
                add((role_node, RDF.type, CKG.Role))
                add((role_node, RDF.value, actor_iri(role.actor)))
                add((role_node, SEM.roleType, self.vocab.iri("role-type", role.role)))
            if event.part_of:
                add((node, SEM.subEventOf, item_iri(self.source_id, "event", event.part_of)))
            self.item_evidence(node, ("events", i))
            _add_curated(self.graph, node, event)
            self.origin(node, ("events", i))

    def claims(self) -> None:
        for i, claim in enumerate(self.model.claims):
            node = item_iri(self.source_id, "claim", claim.id)
            graph = self.graph
            graph.add((node, RDF.type, CKG.CasualtyClaim))
            graph.add((node, CKG.claimedBy, actor_iri(claim.claimed_by)))
            if claim.event:
                graph.add((node, CKG.about, item_iri(self.source_id, "event", claim.event)))
            low, high = count_bounds(claim.qualifier, claim.count, claim.min, claim.max)
            for predicate, number in ((CKG["count"], claim.count), (CKG.minCount, low), (CKG.maxCount, high)):
                if number is not None:
                    graph.add((node, predicate, Literal(number, datatype=XSD.integer)))
            _add_optional(graph, node, CKG.countPhrase, claim.count_phrase)
            _add_optional(graph, node, CKG.proportion, _decimal(claim.proportion))
            _add_optional(graph, node, CKG.qualifier, self.concept("count-qualifier", claim.qualifier))
            _add_optional(graph, node, CKG.victimCategory, self.concept("victim-category", claim.victims))
            _add_optional(graph, node, CKG.victimPhrase, claim.victim_phrase)
            _add_optional(graph, node, CKG.outcome, self.concept("outcome", claim.outcome))
            for blamed in claim.blames:
                graph.add((node, CKG.blames, actor_iri(blamed)))
            if claim.part_of:
                graph.add((node, CKG.subCountOf, item_iri(self.source_id, "claim", claim.part_of)))
            self.item_evidence(node, ("claims", i))
            _add_curated(graph, node, claim)
            self.origin(node, ("claims", i))

    def statements(self) -> None:
        for i, statement in enumerate(self.model.statements):
            node = item_iri(self.source_id, "statement", statement.id)
            graph = self.graph
            graph.add((node, RDF.type, CKG.Statement))
            graph.add((node, CKG.speaker, actor_iri(statement.speaker)))
            if statement.on_behalf_of:
                graph.add((node, CKG.onBehalfOf, actor_iri(statement.on_behalf_of)))
            if statement.to_outlet:
                graph.add((node, CKG.toOutlet, actor_iri(statement.to_outlet)))
            _add_optional(graph, node, CKG.audience, statement.audience)
            graph.add((node, CKG.quote, Literal(self.inputs.quotes[("statements", i)].exact)))
            graph.add((node, CKG.directQuote, Literal(statement.direct)))
            self.time(node, self.resolve(statement))
            if statement.about:
                graph.add((node, CKG.about, item_iri(self.source_id, "event", statement.about)))
            self.item_evidence(node, ("statements", i))
            _add_curated(graph, node, statement)
            self.origin(node, ("statements", i))

    def build(self) -> BuiltGraph:
        _entries_into(self.graph, self.inputs.annotation, self.model.entities, ("entities",), self.vocab,
                      self.built.origins)
        self.document()
        self.mentions()
        self.memberships()
        self.events()
        self.claims()
        self.statements()
        return self.built


def build_source_graph(inputs: SourceInputs, vocab: Vocabulary) -> BuiltGraph:
    """The named graph of one source: its document, entities, mentions, memberships, events, claims, statements."""
    return _SourceBuilder(inputs, vocab).build()


def relative_to_project(path: Path) -> str:
    """The path as ckg:annotationFile records it: relative to the project when inside it, else its name."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return resolved.name
