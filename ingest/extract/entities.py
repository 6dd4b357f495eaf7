"""Find the people, organisations and places an article names, link them to the registry, and keep every mention.

Rules, in order of trust: names of the registry (and the countries of the world); names in a pattern
that says what they are (a title before a person's name, "the village of X", "X province", "X, a
spokesman for Y", "told Reuters"); then capitalised names after a place preposition. Alternative names
come from "X, or Y", "X, also known as Y", "X (Y)". Later mentions (a surname, an acronym, "the
Observatory") point back to the entity found first. A body named by a lower-case head after a name ("the
Kabuhinga site committee", "the North Kivu provincial government") is a group; a group only described ("a
doctors' group", "the relief network", "an ethnic armed group") is resolved to the one the article names
(`Entities.described`).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ingest.extract import world_places
from ingest.extract.gazetteer import KnownEntity, Registry, adjective_of, countries, demonym_country, name_key
from ingest.extract.numbers import NUMBER_WORDS
from ingest.extract.lexicon import (BODY_HEADS, DESCRIPTIVE_WORDS, GENERIC_ORG_HEADS, GROUP_HEADS, HEAD_FIRST_ORG_WORDS,
                                    HONORIFICS, KIND_WORD_IN_NAME, LEGISLATORS, ORG_HEADS, PEOPLE_NOUNS, PLACE_KIND_WORDS,
                                    ROLES, STATE_FORCE_MEMBERS, TYPE_DESCRIPTIONS)
from ingest.extract.text import Article, Sentence

PERSON, GROUP, PLACE = "person", "group", "place"
WEEKDAY_MONTH = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                 "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                 "Nov", "Dec"}
# Social platforms, which the text places things "on" like a place.
PLATFORMS = {"X", "Telegram", "Facebook", "WhatsApp", "TikTok", "YouTube", "Instagram", "Twitter", "Signal"}
# Names a preposition puts where a place could be that a curator does not record as one: a continent or a region
# wider than countries ("Russia's losses in Africa", "al-Qaeda's affiliate in the Sahel"; but "the Sahel region" of
# Burkina Faso is a province), a point of the compass cut from a longer name ("from West and Central Darfur"), a
# page's section ("In Summary", "In Pictures"), a short weekday ("Published on Mon, 10/02/2020") and "in God".
NOT_PLACES = {"Africa", "Europe", "Asia", "Americas", "Latin America", "South America", "North America", "Middle East",
              "Near East", "Southeast Asia", "South Asia", "Central Asia", "East Asia", "West Africa", "East Africa",
              "North Africa", "Central Africa", "Southern Africa", "Sub-Saharan Africa", "Horn of Africa", "Sahel",
              "Maghreb", "Balkans", "Arab World", "West", "East", "North", "South", "Summary", "Pictures", "Photos",
              "Depth", "Brief", "Focus", "Numbers", "Video", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
              "Sat", "Sun", "God", "Allah",
              # feasts, which "on" puts where a place could be ("began ... on Orthodox Pentecost")
              "Pentecost", "Orthodox Pentecost", "Easter", "Orthodox Easter", "Orthodox Christmas", "Ramadan", "Eid",
              "Eid al-Fitr", "Eid al-Adha", "Ashura", "Nowruz", "Passover", "Yom Kippur", "Diwali", "Good Friday"}
# A broadcaster or a channel, which a preposition puts where a place could be ("on Radio Caraïbes", "read on Télé
# Sahel", "on Mandara FM", "Follow us on WhatsApp Channel"); "a Mogadishu radio station", "its Andalus radio station"
# is where something is said, not where it happened.
MEDIA_NAME = re.compile(r"^(?:Radio|Télé|Tele|TV)\s|\s(?:FM|TV|Radio|Channel)(?:\s+[\d.]+)?$")
MEDIA_USES = {"radio", "television", "TV"}
# Who speaks in a broadcast's transcript ("PRESENTER: Good afternoon"), not a dateline's town.
SPEAKER_LABELS = {"Presenter", "Correspondent", "Reporter", "Anchor", "Host", "Writer", "Narrator", "Interviewer",
                  "Editor", "Announcer", "Journalist", "Guest"}
# Names that a preposition puts where a place could be, but that are languages ("in Persian 0540 gmt"), faiths
# ("against Christians") or an adjective built with a hyphen ("the Moroccan-built berm", "in April-May").
LANGUAGES = {"Persian", "Portuguese", "Arabic", "French", "Spanish", "English", "Russian", "Pashto", "Dari", "Urdu",
             "Hausa", "Swahili", "Amharic", "Tigrinya", "Hebrew", "Kurdish", "Farsi", "Ukrainian", "Burmese", "Somali",
             "Creole", "Fulfulde", "Pulaar", "Dioula", "Lingala", "Kinyarwanda", "Kirundi", "Tagalog", "Cebuano",
             "Maguindanaon", "Tausug", "Bengali", "Hindi", "Tamil", "Oromo", "Kanuri", "Tamasheq", "Zarma", "Sango",
             "Wolof", "Yoruba", "Igbo", "Quechua", "Turkish", "Azerbaijani", "Armenian", "Georgian", "Chechen",
             "K'iche", "K’iche", "Balochi", "Baluchi", "Bambara", "Sorani", "Kurmanji"}
FAITHS = {"Christians", "Muslims", "Hindus", "Buddhists", "Jews", "Sikhs", "Catholics", "Protestants"}
# Capitalised words that start sentences without being names.
FUNCTION_WORDS = {
    "The", "A", "An", "On", "In", "At", "But", "And", "For", "As", "It", "Its", "Their", "His", "Her", "He",
    "She", "They", "We", "This", "That", "These", "Those", "When", "While", "After", "Before", "Since",
    "Both", "Every", "Some", "Many", "Most", "Late", "Early", "According", "Separately", "Meanwhile",
    "However", "Also", "More", "Another", "Among", "Between", "Instead", "Rebels", "Reports", "Images",
    "Social", "With", "Read", "Spokespeople", "Notes", "Residents", "Local", "If", "Only", "About",
    "Around", "Nearly", "Almost", "Over", "Up", "Two", "Three", "Four", "Five", "Six", "Seven",
    "Eight", "Nine", "Ten", "One", "Our", "Your", "My", "Mr", "Ms", "Mrs", "Dr", "Now", "Then", "There",
    "Here", "What", "Who", "Why", "How", "Where", "Which", "All", "No", "Not", "By", "From", "To", "Of",
    "Under", "Despite", "During", "Through", "Into", "Near", "Once", "Other", "Such", "So", "Yet", "Still",
    "State", "Police", "Spokesman", "Spokeswoman", "Spokesperson", "Warplanes", "Rebel", "Government",
}
# Adjectives of faith, people or region that are capitalised without being names.
ADJECTIVES = {"Christian", "Muslim", "Sunni", "Shiite", "Shia", "Alawite", "Druze", "Kurdish", "Arab", "Arabic",
              "Islamic", "Jewish", "Buddhist", "Hindu", "Coptic", "Protestant", "Evangelical", "Yazidi", "Turkmen", "Western", "Eastern", "Northern", "Southern", "European",
              "African", "Asian", "Middle", "Gulf", "Catholic", "Orthodox", "Sufi", "Salafist", "Jihadist", "Islamist"}
PARTICLES = {"al", "el", "ad", "as", "ash", "at", "ar", "az", "an", "ud", "ul", "bin", "ibn", "abu", "bint",
             "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "ould", "dos", "del", "do", "das"}
CONNECTORS = {"of", "for", "and", "on", "the"}
# Particles that are also English words ("as", "at", "an"): they join two names only when hyphenated ("as-Sadr").
_JOINING_PARTICLES = "|".join(sorted(PARTICLES - {"as", "at", "an"}))
# A capitalised word: any script's letters after a Latin capital ("Espérance", "Saké"), an apostrophe
# ("Ta'ang"), digits after letters ("M23"), and hyphens or dots between letters ("Marie-Claire", "U.N.").
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_TOKEN = rf"(?:(?:al|el|ad|as|ash|at|ar|az|an|ud|ul)-)?[{_UPPER}](?:[^\W_]|['’]|[-.](?=[^\W\d_]))*\.?"
_TOKEN_RE = re.compile(_CAP_TOKEN + r"|[a-z]+(?:-[a-z]+)*")
# A run of capitalised words, with particles ("Nour al-Din") and a number inside ("March 23 Movement").
_NAME_SPAN = re.compile(
    rf"(?<![\w'-])(?:{_CAP_TOKEN})(?:[^\S\n]+(?:\d{{1,4}}[^\S\n]+)?(?:(?:{_JOINING_PARTICLES})[^\S\n]+)*(?:{_CAP_TOKEN}))*")
# (a name never runs on past the end of a line: "Hostilities in Deir-ez-Zor Governorate" over "As of 5 September")
PLACE_PREPOSITIONS = re.compile(
    r"(?:\b(?:in|near|toward|towards|outside|around|across|into|from|inside|to the town of|"
    r"(?:east|west|north|south|southeast|southwest|northeast|northwest|outskirts|edge|centre|center|"
    r"heart|areas|parts|city|town|village|province|capital|district|neighbourhood|suburbs?|residents?|natives?|hinterlands?|"
    r"inhabitants?|villagers?) of|"
    r"central|eastern|western|northern|southern|"
    r"(?<!call\s)(?<!calls\s)(?<!called\s)on|"  # (not "called on G7 leaders")
    r"roads?\s+to|routes?\s+to|highway\s+to|spread\s+(?:in)?to|"
    r"(?:fled|crossed|moved|returned)\s+(?:in)?to|(?:moved|moving|went|headed|heading)\s+on\s+to|"
    r"(?:transferred|referred|evacuated|airlifted|flown|relocated|deployed|redeployed)\s+to|"
    r"(?:provincial|regional|state|district|county)\s+capital,?)\s+(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?)$",
    re.IGNORECASE)
# Verbs whose object is a place when it is no group's or person's name ("stormed Ungwan Gaiya", "the position at
# Toumour")
PLACE_VERBS = re.compile(r"\b(?:attacked|stormed|raided|overran|shelled|bombed|besieged|struck|hit|captured|seized|"
                         r"fled|visited|recaptured|entered|(?:position|base|post|camp|checkpoint|outpost)\s+at)\s+$")
# ", two farming villages", ", both border towns": the words after a list of names that count them as settlements
_COUNTED_SETTLEMENTS = (r",\s+(?:the\s+)?(?:two|three|four|five|six|seven|both)\s+(?:[a-z-]+\s+){0,2}?(?:villages|towns|"
                        r"communities|localities|settlements|hamlets|neighbou?rhoods|suburbs|cities)\b")
# The words of a land a town lies in ("Moura, in Djenné cercle")
_LANDS = (r"district|cercle|province|region|county|state|department|territory|governorate|prefecture|commune|"
          r"municipality|LGA|Local\s+Government\s+Area|zone|woreda|payam|sub-county|township")
# "at" before a name where something happened to people or by force ("a herdsman was shot dead at Badassa", "the bus
# came under fire at Nyongoro", "insurgents attacked troops at Sabon Gari"); elsewhere "at" is as often an
# organisation's ("a doctor at MSF")
AT_A_PLACE = re.compile(r"\b(?:killed|killing|shot|dead|died|attack(?:ed|s)?|ambush(?:ed)?|clash(?:es|ed)?|fighting|fire|"
                        r"exploded|explosion|blast|wounded|injured|troops|soldiers|raid(?:ed)?|stationed|buried|"
                        r"abducted|kidnapped|gunmen|bandits|militants|insurgents)\b[^.;:\"“”]{0,60}?\bat\s+$")
# Lower-case words between a name and a body's head ("Kabuhinga site committee"), and the head itself; not a word that
# ends a name before a headline's verb ("Glide bomb hits shopping centre in Kharkiv").
_NOT_MODIFIERS = (r"said|says|say|the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|has|have|had|was|were|is|are|"
                  r"its|their|his|her|which|who|that|this|these|also|not|would|will|could|as|while|when|where|after|"
                  r"before|since|because|if|than|hits?|kills?|killed|strikes|struck|targets|targeted|bombs|bombed|"
                  r"shells|shelled|near|inside|outside|into|over|"
                  # "Azerbaijan denied crossing into Armenia": a verb, not the kind of a crossing
                  r"denied|denies|deny|accused|accuses|claimed|claims|reported|confirmed|blamed|began|started|resumed|"
                  r"reopened|closed|halted")
_MODIFIER = rf"(?!(?:{_NOT_MODIFIERS})\b)[a-z]+"
_BODY_HEAD = rf"(?:{'|'.join(sorted(BODY_HEADS, key=len, reverse=True))})\b(?!-)"
# A group described rather than named ("a doctors' group", "the site management committee", "the
# newspaper"): an article, up to three words, and a head that names an organisation.
DESCRIPTION = re.compile(
    r"\b(?:an?|the)\s+(?:[a-z'-]+\s+){0,3}?(?:group|organi[sz]ation|network|room|committee|mission|union|council|"
    r"authorities|authority|agency|office|ministry|monitor|charity|body|team|zone|administration|government|association|"
    r"militia|faction|coalition|alliance|newspaper|daily|broadcaster|outlet|commission|general\s+staff|headquarters|"
    r"command|directorate|bureau|health\s+district|force|cent(?:re|er)|department|service|civil\s+defen[cs]e)s?\b",
    re.IGNORECASE)
TOLD = re.compile(r"\b(?:told|telling|speaking to|said to|interview with|according to)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class Entity:
    category: str  # person | group | place
    id: str
    name: str
    alt_names: list[str] = field(default_factory=list)
    known: bool = False  # from the registry
    actor_type: str | None = None  # for new actors
    place_kind: str | None = None  # for new places
    parent: str | None = None  # place id, for new places
    affiliation: str | None = None  # actor id, for people
    role: str | None = None  # org-role notation, for people
    title: str | None = None  # verbatim, for people
    title_span: tuple[int, int] | None = None  # where the title is written, for people
    part_of: str | None = None  # actor id of the organisation a new office belongs to
    evidence: tuple[int, int] | None = None  # the span the annotation cites for this entity
    mentions: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    country: str | None = None  # the country of a state force or state body
    optional: bool = False  # found only outside the body (a photo credit)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.alt_names]

    def add_name(self, name: str) -> None:
        if name and name_key(name) not in {name_key(n) for n in self.names}:
            self.alt_names.append(name)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Entity


def slug(name: str) -> str:
    """An id made of a name: ASCII letters without their accents ("Espérance" -> "esperance"), digits, hyphens."""
    text = unicodedata.normalize("NFKD", name_key(name).replace("'", ""))
    text = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode())
    return text.strip("-") or "entity"


class Entities:
    """Every entity of the article and its mentions; the registry's entries are reused by id."""

    def __init__(self, article: Article, registry: Registry):
        self.article = article
        self.registry = registry
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.by_name: dict[tuple[str, str], Entity] = {}  # (actor|place, name key) -> entity
        self.mentions: list[Mention] = []
        self.country_counts: Counter[str] = Counter()
        self.demonyms: dict[str, str] = {}  # country -> adjective as written ("Syria" -> "Syrian")
        self._publisher: Entity | None = None
        self._issuer: Entity | None = None

    # --- the table -------------------------------------------------------------------------------

    @staticmethod
    def _namespace(category: str) -> str:
        return PLACE if category == PLACE else "actor"

    def get(self, category: str, name: str) -> Entity | None:
        return self.by_name.get((self._namespace(category), name_key(name)))

    def all(self, category: str | None = None) -> list[Entity]:
        items = {id(e): e for e in self.by_key.values()}.values()
        return [e for e in items if category is None or e.category == category]

    def add(self, category: str, name: str, **attributes) -> Entity:
        """The entity so named (registry first, then this article's), created if new."""
        namespace = self._namespace(category)
        existing = self.get(category, name)
        if existing is not None:
            return existing
        known = self.known(namespace, name)
        if known is not None:
            entity = self.by_key.get((namespace, known.id))
            if entity is None:
                is_person = known.type == "person"
                entity = Entity(PERSON if is_person else (PLACE if namespace == PLACE else GROUP), known.id,
                                known.name, list(known.alt_names), known=True, confidence=0.9,
                                actor_type=None if is_person or namespace == PLACE else known.type)
                self.by_key[(namespace, known.id)] = entity
                for alt in entity.names:
                    self.by_name.setdefault((namespace, name_key(alt)), entity)
            self.by_name[(namespace, name_key(name))] = entity
            return entity
        entity_id = self._new_id(namespace, name)
        entity = Entity(category, entity_id, name, **attributes)
        self.by_key[(namespace, entity_id)] = entity
        self.by_name[(namespace, name_key(name))] = entity
        return entity

    def alias(self, entity: Entity, name: str) -> None:
        namespace = self._namespace(entity.category)
        if not name or (namespace, name_key(name)) in self.by_name and self.by_name[(namespace, name_key(name))] is not entity:
            return
        entity.add_name(name)
        self.by_name[(namespace, name_key(name))] = entity

    def rename(self, entity: Entity, name: str) -> None:
        """Give an entity a fuller name; its old name stays another of its names."""
        old = entity.name
        entity.name = name
        entity.alt_names = [old, *[n for n in entity.alt_names if name_key(n) != name_key(name)]]
        self.by_name[(self._namespace(entity.category), name_key(name))] = entity

    def _new_id(self, namespace: str, name: str) -> str:
        base = slug(name)
        taken = self.registry.ids(namespace) | {key[1] for key in self.by_key if key[0] == namespace}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def forget(self, entity: Entity) -> None:
        """An entity a later rule shows to be none ("Hezbollah", first taken for a town after "between Israel and"),
        with its mentions, if they were collected already."""
        for table in (self.by_key, self.by_name):
            for key in [key for key, value in table.items() if value is entity]:
                del table[key]
        self.mentions = [m for m in self.mentions if m.entity is not entity]
        for other in self.all():
            if other.parent == entity.id:
                other.parent = None

    def mention(self, entity: Entity, start: int, end: int) -> None:
        if (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
        if entity.evidence is None:
            entity.evidence = (start, end)

    # --- look-ups used by the other rules --------------------------------------------------------

    def in_span(self, start: int, end: int, category: str | None = None) -> list[Mention]:
        return sorted((m for m in self.mentions if start <= m.start and m.end <= end
                       and (category is None or m.entity.category == category)), key=lambda m: m.start)

    def at(self, start: int, end: int) -> Mention | None:
        """The mention covering [start, end): from the final list, or while rules still run, from the entities."""
        for m in self.mentions or [Mention(s, e, entity) for entity in self.all() for s, e in entity.mentions]:
            if m.start <= start and end <= m.end:
                return m
        return None

    def known(self, namespace: str, name: str) -> KnownEntity | None:
        """The registry's entry of that name, as it applies in an article about this one's country."""
        return self.registry.lookup(namespace, name, self.dominant_country())

    def dominant_country(self) -> str | None:
        return self.country_counts.most_common(1)[0][0] if self.country_counts else None

    def publisher(self) -> Entity | None:
        return self._publisher

    def set_publisher(self, entity: Entity) -> None:
        self._publisher = entity

    def speaker_of_the_text(self) -> Entity | None:
        """Who speaks where the text names no source: the body a press release speaks for (its letterhead) or the outlet a
        monitoring service translates, else the publisher."""
        return self._issuer or self._publisher

    def set_issuer(self, entity: Entity) -> None:
        self._issuer = entity

    def described(self, phrase: str, at: int) -> Entity | None:
        """The group a common-noun description stands for: "a doctors' group" (the Sudan Doctors' Union),
        "the relief network", "the council", "an ethnic armed group" (an armed group the text names).

        A candidate's names contain the description's head word (or the head only says "an
        organisation") and at least half of its other words, descriptive adjectives ("local", "ethnic")
        aside; "armed group", "the newspaper" and their like want a group of that type. An indefinite description introduces
        a group the text names next; a definite one points back to the one named last."""
        words = [w for w in re.findall(r"[a-z'-]+", phrase.lower()) if w not in ("the", "a", "an", "its", "their")]
        if not words:
            return None
        typed = re.search(rf"\b(?:{'|'.join(TYPE_DESCRIPTIONS)})$", " ".join(words))
        head, modifiers = words[-1], [w for w in words[:-1] if w not in DESCRIPTIVE_WORDS]
        bare = head in GENERIC_ORG_HEADS and not modifiers and not typed  # "the group": the one named last
        candidates = []
        shared: dict[int, int] = {}  # id of a candidate -> how many of the description's words its names hold
        for group in self.all(GROUP):
            if not group.mentions or group is self._publisher:
                continue
            if bare:
                if group.actor_type not in ("news-outlet", "state-media"):
                    candidates.append(group)
                continue
            if typed:
                tokens = {_stem(t) for name in group.names for t in re.findall(r"[a-z'-]+", name.lower())}
                if group.actor_type in TYPE_DESCRIPTIONS[typed.group(0)] or \
                        len(words) > len(typed.group(0).split()) and all(_stem(w) in tokens for w in words):
                    candidates.append(group)  # "the task force": Joint Task Force Marawi, whatever its type
                    shared[id(group)] = sum(_stem(w) in tokens for w in words)
                continue
            tokens = {_stem(t) for name in group.names for t in re.findall(r"[a-z'-]+", name.lower())}
            if _stem(head) not in tokens and not (head in GENERIC_ORG_HEADS and modifiers):
                continue
            if modifiers and 2 * sum(_stem(m) in tokens for m in modifiers) < len(modifiers):
                continue
            shared[id(group)] = sum(_stem(w) in tokens for w in words[:-1])
            candidates.append(group)
        if not candidates:
            return None
        if not bare and len(candidates) > 1:  # "the regional administration": of two administrations, the one whose name
            most = max(shared[id(g)] for g in candidates)  # also says "regional"; "the task force": the one named so
            candidates = [g for g in candidates if shared[id(g)] == most]
        after = [(min(s for s, _ in g.mentions if s >= at), g) for g in candidates if any(s >= at for s, _ in g.mentions)]
        before = [(max(s for s, _ in g.mentions if s < at), g) for g in candidates if any(s < at for s, _ in g.mentions)]
        indefinite = re.match(r"\s*(?:a|an)\b", phrase, re.IGNORECASE) is not None
        if bare and indefinite:
            return None
        if bare and before:  # "the group": the subject, i.e. the first group, of the last sentence naming one
            last = self.article.sentence_at(max(before, key=lambda c: c[0])[0])
            in_last = [(min(s for s, _ in g.mentions if last.start <= s < last.end), g) for g in candidates
                       if last is not None and any(last.start <= s < last.end for s, _ in g.mentions)]
            if in_last:
                return min(in_last, key=lambda c: c[0])[1]
        if indefinite and after:
            return min(after, key=lambda c: c[0])[1]
        if indefinite and not bare and head in GENERIC_ORG_HEADS:
            return None  # "according to a partner organization": one not named before, whatever "partner" matches
        if before:
            return max(before, key=lambda c: c[0])[1]
        return min(after, key=lambda c: c[0])[1] if after else None

    def add_described(self, phrase: str, start: int) -> Entity | None:
        """A group named by its description ("a medical charity said" -> "medical charity"), with its mention;
        None when the description is too bare to name one ("the group", "a local organisation")."""
        name = re.sub(r"^(?:an?|the)\s+", "", phrase.strip(), flags=re.IGNORECASE)
        end = start + len(phrase.rstrip())
        level = re.fullmatch(r"(district|provincial|province|regional|region|municipal|state|county|city|town)\s+"
                             r"(?:authorities|administration|government|council)", name, re.IGNORECASE)
        if level:  # "the district authorities": those of the district the text names last
            place = self._place_of_level(level.group(1).lower(), start)
            if place and place.lower().endswith(" " + level.group(1).lower()):  # "Benue State" + "state government"
                return self.add_source(f"{place} {name.split(None, 1)[1]}", end - len(name), end, "government")
            return self.add_source(f"{place} {name}" if place else name, end - len(name), end, "government")
        owned = re.fullmatch(r"(district|province|region|state|county|city|town)['’]s\s+((?:[a-z]+\s+){0,2}(?:authorities|"
                             r"administration|government|council|military\s+administration|police|office))", name, re.IGNORECASE)
        if owned:  # "the city's military administration": that of the city the text names last
            place = self._place_of_level(owned.group(1).lower(), start)
            if place:
                return self.add_source(f"{place} {owned.group(1).lower()} {owned.group(2)}", end - len(name), end, "government")
        if re.fullmatch(r"(?:(?:federal|central|national|military|transitional)\s+)?government", name, re.IGNORECASE):
            return self.national_government(name, end - len(name), end)
        words = name.lower().split()
        if len([w for w in words if w not in DESCRIPTIVE_WORDS]) < 2 or name.endswith("s") and not name.endswith("ss"):
            return None
        return self.add_source(name, end - len(name), end, org_type(name))

    def national_government(self, phrase: str, start: int, end: int) -> Entity | None:
        """"the government said", "according to the government": the government of the country the article
        happens in, named as news names it ("Benin's government", "Government of Benin"); None when the article
        names no country."""
        country = self.dominant_country()
        if country is None:
            return None
        adjective = self.demonyms.get(country) or adjective_of(country)
        name = f"{adjective} government" if adjective else f"Government of {country}"
        body = self.get(GROUP, name) or self.add(GROUP, name, actor_type="government", country=country, confidence=0.5)
        body.country = country
        for alias in (f"Government of {country}", f"{country}'s government", f"{country} government"):
            self.alias(body, alias)
        return self.add_source(name, start, end, "government")

    def _place_of_level(self, level: str, before: int) -> str | None:
        """The bare name of the last place before `before` of the kind a level word names ("district" ->
        "Macomia" of "Macomia district")."""
        kinds = {"district": {"district"}, "provincial": {"province", "region"}, "province": {"province", "region"},
                 "regional": {"region", "province"}, "region": {"region", "province"}, "state": {"province"},
                 "county": {"district"}, "municipal": {"city", "district"}, "city": {"city"}, "town": {"city"}}[level]
        places = [m for m in self.mentions if m.start < before and m.entity.category == PLACE
                  and m.entity.place_kind in kinds]
        if not places:
            return None
        return re.sub(r"\s+(?:district|province|region|state|county|municipality|city|town)$", "", places[-1].entity.name)

    def add_source(self, name: str, start: int, end: int, actor_type: str) -> Entity:
        """A group found only as the source of a claim ("residents said"), with its mention."""
        group = self.get(GROUP, name) or self.add(GROUP, name, actor_type=actor_type, confidence=0.3)
        self.mention(group, start, end)
        if not any(m.start < end and start < m.end for m in self.mentions):
            self.mentions = sorted([*self.mentions, Mention(start, end, group)], key=lambda m: m.start)
        return group

    def named_source(self, name: str, start: int, end: int, subject: bool = False, introduced: bool = False) -> Entity | None:
        """"according to Fogo Cruzado": a name of two words or more that the text gives as a source and introduces
        nowhere else is an organisation (people are introduced by a title), unless it is a place, a country or a
        nationality. As the subject of a reporting verb, a longer acronym is one too ("MINUSMA reported"); so is a name
        of one word after what it names (`introduced`: "the local daily Noroeste")."""
        known = self.get(GROUP, name) or self.get(PERSON, name)
        if known is not None:
            return known
        titled = _after_title(name)
        if titled:  # "According to Colonel Mbayahe": the person the text named, Colonel Placide Mbayahe Kasereka
            people = [p for p in self.all(PERSON) if all(word in p.name.split() for word in titled.split())]
            if len(people) == 1:
                self.mention(people[0], start, end)
                return people[0]
        acronym = subject and re.fullmatch(r"[A-Z]{3,8}", name) is not None
        if self.get(PLACE, name) or countries().get(name) or demonym_country(name.split()[0]) and not _is_org_like(name) or \
                len(name.split()) < 2 and not _is_org_like(name) and not acronym and not introduced or \
                name.split()[0] in FUNCTION_WORDS:
            return None
        return self.add_source(name, start, end, org_type(name))

    def state_force(self, country: str | None, kind: str = "forces") -> Entity | None:
        """The one group standing for a country's armed forces (or police) in this article."""
        country = country or self.dominant_country()
        if country is None:
            return None
        key = "police" if kind == "police" else "security forces"
        adjective = self.demonyms.get(country) or adjective_of(country) or country  # "Indian police", not "India police"
        name = f"{adjective} {key}"
        for entity in self.all(GROUP):
            if entity.country == country and entity.actor_type == "state-force" and (
                    ("police" in name_key(entity.name)) == (kind == "police")):
                return entity
        entity = self.add(GROUP, name, actor_type="state-force", country=country, confidence=0.6)
        entity.country = country
        if adjective != country:
            self.alias(entity, f"{country} {key}")  # "Uganda police", as a force's own name has it
        return entity


def _stem(word: str) -> str:
    """A word without its possessive or plural ending, to compare a description with a name."""
    word = re.sub(r"(?:'s|')$", "", word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def recognise(article: Article, registry: Registry) -> Entities:
    """All entities of the article with their mentions."""
    entities = Entities(article, registry)
    sentences = [s for s in article.sentences if s.part in ("body", "caption", "lede", "title")]
    _publisher(article, entities)
    _count_countries(article, entities, sentences)
    for sentence in sentences:
        _registry_names(article, entities, sentence)
    sentences_with_names = [s for s in sentences if s.part != "title"]
    for sentence in sentences_with_names:
        _dateline(article, entities, sentence)
        _people(article, entities, sentence, resolve_descriptions=False)
    for sentence in sentences:
        _countries(article, entities, sentence)
    for sentence in sentences_with_names:
        _numbered_units(article, entities, sentence)
        _alternative_names(article, entities, sentence)
        _named_groups(article, entities, sentence)
        _places(article, entities, sentence)
        _lowercase_groups(article, entities, sentence)
    _places_that_are_actors(article, entities)
    _world_places(article, entities, sentences_with_names)
    _home_country(article, entities, sentences_with_names)
    _roads(article, entities, sentences_with_names)
    _town_called_city(entities)
    _land_taken_for_town(article, entities)
    for sentence in sentences_with_names:
        _people(article, entities, sentence)  # again: a title may name a group found only since
    _link_acronyms(entities)
    _link_bracketed_names(entities)
    _link_short_names(entities)
    _link_full_names(entities)
    _country_owned_names(article, entities)
    _offices_over_places(entities)
    _merge_state_forces(entities)
    _owned_units(article, entities)
    _appositive_names(article, entities, sentences_with_names)
    _affiliation_from_context(article, entities)
    _collect_mentions(article, entities, sentences)
    _places_only_in_links(article, entities)
    for entity in entities.all():
        if entity.evidence is None and entity.mentions:
            entity.evidence = min(entity.mentions)
        parts = {article.sentence_at(start).part for start, _ in entity.mentions if article.sentence_at(start)}
        entity.optional = bool(parts) and parts <= {"caption"}
    return entities


# A hospital's own name ("Nasser Medical Complex", "Wolfson Medical Center", "Sinune hospital", "Trauma Centre")
HOSPITAL_NAME = re.compile(r"(?=[A-Z]).*\b(?:[Hh]ospital|Medical\s+(?:Center|Centre|Complex|City)|Clinic|(?:Trauma|Health)\s+"
                           r"Cent(?:re|er)|Institute\s+of\s+Medical\s+Sciences)")


def hospitals_as_places(entities: Entities) -> None:
    """A hospital that gives a toll is a source and also where the wounded lie: "The Nasser Medical Complex in Khan
    Younis said it had received 12 bodies" names a place as much as a source, in Khan Younis. Run once the claims
    have named their sources."""
    for group in entities.all(GROUP):
        if not group.mentions or HOSPITAL_NAME.fullmatch(group.name) is None or \
                any(entities.get(PLACE, name) for name in group.names):
            continue
        parent = None
        for name in group.alt_names:
            located = re.fullmatch(rf"{re.escape(group.name)}\s+in\s+(?P<place>.+)", name)
            if located and entities.get(PLACE, located.group("place")):
                parent = entities.get(PLACE, located.group("place"))
        place = entities.add(PLACE, group.name, place_kind="facility", parent=parent.id if parent else None,
                             confidence=0.6)
        for name in group.alt_names:
            entities.alias(place, name)
        for start, end in sorted(group.mentions):
            entities.mention(place, start, end)
        place.optional = group.optional


_LINK_LINE = re.compile(r"\s*(?:read\s+also|also\s+read|read\s+more|related(?:\s+posts)?|see\s+also|more\s+on)\s*:",
                        re.IGNORECASE)


def _places_only_in_links(article: Article, entities: Entities) -> None:
    """A place named only in a link to another story ("READ ALSO: Bui: Teacher abducted by gunmen in Kumbo released")
    is that story's, not this one's."""
    for place in entities.all(PLACE):
        if place.known or not place.mentions:
            continue
        lines = [article.text[article.text.rfind("\n", 0, start) + 1:start] for start, _ in place.mentions]
        if all(_LINK_LINE.match(line) for line in lines):
            entities.forget(place)


def _countries(article: Article, entities: Entities, sentence: Sentence) -> None:
    """Country names as places ("Syria"), and the country an adjective of a capital implies
    ("the Libyan capital, Tripoli")."""
    text = article.text
    for start, end in _name_spans(article, sentence, entities):
        name = text[start:end]
        if text[end:end + 1] == "$":
            continue  # a currency ("US$2.6 billion")
        if countries().get(name) and not _overlaps(entities, start, end) and not _is_actor_use(text, start, end):
            country = entities.add(PLACE, _the_congo(article, countries()[name]), place_kind="country")
            if name != country.name and not re.fullmatch(r"[A-Z.]{2,5}", name):
                entities.alias(country, name)  # "Democratic Republic of Congo", as the text writes it
            _record(entities, country, start, end)
    for match in re.finditer(rf"\bthe\s+(?P<adj>[A-Z][a-z]+)\s+capital,\s+(?P<name>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)",
                             text[sentence.start:sentence.end]):
        country = demonym_country(match.group("adj"))
        if country:
            parent = entities.add(PLACE, country, place_kind="country", confidence=0.6)
            _add_place(entities, match.group("name"), "city", sentence.start + match.start("name"), parent)


# The Republic of the Congo, named so that a reader tells it from its neighbour
_REPUBLIC_OF_CONGO = re.compile(r"Brazzaville|(?<!Democratic )Republic\s+of\s+(?:the\s+)?Congo\b")


def _the_congo(article: Article, country: str | None) -> str | None:
    """"Congo" and "Congolese" are the Democratic Republic's, as the news mostly writes them ("eastern Congo", "the
    Congolese army"), unless the text names the Republic of the Congo or Brazzaville."""
    if country == "Congo" and not _REPUBLIC_OF_CONGO.search(article.text):
        return "Democratic Republic of the Congo"
    return country


def _appositive_names(article: Article, entities: Entities, sentences: list[Sentence]) -> None:
    """"the peacekeeping mission, Unamid, said": a single unknown name set off by commas after a group
    is its other name."""
    text = article.text
    for sentence in sentences:
        for mention in [m for m in _current_mentions(entities) if sentence.start <= m[0] < sentence.end]:
            start, end, entity = mention
            if entity.category != GROUP:
                continue
            match = re.match(rf",\s+(?P<name>{_CAP_TOKEN}),", text[end:sentence.end])
            if not match:
                continue
            name = match.group("name").rstrip(".")
            if (name in FUNCTION_WORDS or entities.get(PLACE, name) or entities.get(PERSON, name)
                    or entities.get(GROUP, name) or countries().get(name)
                    or world_places.lookup(name, set(entities.country_counts))):  # "Expreso website, Guayaquil,"
                continue
            entities.alias(entity, name)
            _record(entities, entity, end + match.start("name"), end + match.start("name") + len(name))


def _affiliation_from_context(article: Article, entities: Entities) -> None:
    """"In Geneva, the agency said ... Spokeswoman Jane Roe told reporters":
    a spokesperson named without an organisation speaks for the one the sentence before names first."""
    for person in entities.all(PERSON):
        if person.affiliation or not person.mentions:
            continue
        start, end = min(person.mentions)
        sentence = article.sentence_at(start)
        if sentence is None:
            continue
        force = re.search(r"\b(army|military|police)\s+(spokes(?:man|woman|person))\s+(?:[A-Z][A-Za-z]*\.?\s+)?$",
                          article.text[sentence.start:start])
        if force:  # "army spokesman Captain Emmanuel Ndingwan said": the country's force speaks through him
            org = entities.state_force(None, "police" if force.group(1) == "police" else "forces")
            if org is not None:
                person.affiliation, person.role = org.id, ROLES.get(force.group(2).lower())
                person.title = f"{force.group(1)} {force.group(2)}"
                person.title_span = (sentence.start + force.start(), sentence.start + force.end(2))
                continue
        title = re.search(r"(?i:spokes(?:man|woman|person))\s+$", article.text[sentence.start:start])
        if not title:
            continue
        earlier = [s for s in article.sentences if s.paragraph == sentence.paragraph and s.index == sentence.index - 1]
        groups = [m for m in _current_mentions(entities) if earlier and earlier[0].start <= m[0] < earlier[0].end
                  and m[2].category == GROUP]
        if groups:
            person.affiliation = groups[0][2].id
            person.role = ROLES.get(title.group(0).strip().lower())
            person.title = title.group(0).strip()
            person.title_span = (sentence.start + title.start(), sentence.start + title.end() - 1)


def _current_mentions(entities: Entities) -> list[tuple[int, int, Entity]]:
    return sorted(((s, e, entity) for entity in entities.all() for s, e in entity.mentions), key=lambda m: m[:2])


def _owned_units(article: Article, entities: Entities) -> None:
    """"the ELN's Eastern War Front", "the Army's 18th Brigade": a unit is also named with its owner."""
    for start, end, entity in _current_mentions(entities):
        if entity.category != GROUP:
            continue
        owner = re.search(r"(?<![\w-])((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)'s\s+$", article.text[max(0, start - 60):start])
        if owner and (entities.get(GROUP, owner.group(1)) or owner.group(1).lower() in ("army", "police")):
            for name in (f"{owner.group(1)} {entity.name}", f"{owner.group(1)}'s {entity.name}"):
                other = entities.get(GROUP, name)
                if other is not None and other is not entity:
                    _merge(entities, entity, other)  # "ELN Eastern War Front" in a list of sources
                entities.alias(entity, name)


def _numbered_units(article: Article, entities: Entities, sentence: Sentence) -> None:
    """"the 18th Brigade", "the 10th Front", "the 3rd Infantry Division", "the 5th Joint Military Region": units named by
    their number."""
    unit = r"Brigade|Division|Battalion|Regiment|Corps|Squadron|Front|Company|Army|Group|Command|Military\s+Region"
    for match in re.finditer(rf"(?<![\w-])(?P<name>\d{{1,3}}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{unit}))\b",
                             article.text[sentence.start:sentence.end]):
        name = match.group("name")
        start = sentence.start + match.start("name")
        if _overlaps(entities, start, start + len(name)):
            continue
        actor_type = "armed-group" if name.endswith("Front") else "state-force"
        _record(entities, entities.add(GROUP, name, actor_type=actor_type, confidence=0.6), start, start + len(name))


def _link_short_names(entities: Entities) -> None:
    """"Forces Vives" is "the Forces Vives de Guinee" named short: a group whose name of two words or more begins
    exactly one other group's longer name is that group."""
    groups = [g for g in entities.all(GROUP) if not g.known]
    for short in groups:
        if len(short.name.split()) < 2 or short.country or not short.name[:1].isupper():
            continue  # not "Kenyan security forces", a country's generic force
        longer = [g for g in groups if g is not short and g.name.startswith(short.name + " ") and not g.country]
        if len(longer) == 1 and entities.get(GROUP, short.name) is short:
            _merge(entities, longer[0], short)


def _link_full_names(entities: Entities) -> None:
    """"Córdoba Rentería" is "Yeison Córdoba Rentería" named without his first name: a person whose name of two words or
    more ends exactly one other person's longer name is that person."""
    people = [p for p in entities.all(PERSON) if not p.known]
    for short in people:
        if len(short.name.split()) < 2 or entities.get(PERSON, short.name) is not short:
            continue
        longer = [p for p in people if p is not short and p.name.endswith(" " + short.name)]
        if len(longer) == 1:
            longer[0].title = longer[0].title or short.title
            longer[0].affiliation = longer[0].affiliation or short.affiliation
            _merge(entities, longer[0], short)


def _link_acronyms(entities: Entities) -> None:
    """An acronym made of a group's initials is that group ("IS" = Islamic State), and so is one the article
    puts in brackets after the group's name ("the Armed Conflict Location & Event Data Project (ACLED)"):
    merge the two."""
    groups = entities.all(GROUP)
    text = entities.article.text
    for short in groups:
        if not re.fullmatch(r"[A-Z]{2,6}", short.name) or short.known:
            continue
        for full in groups:
            if full is not short and len(full.name.split()) > 1 and (
                    _initials(full.name).upper() == short.name or f"{full.name} ({short.name})" in text):
                _merge(entities, full, short)
                break


def _link_bracketed_names(entities: Entities) -> None:
    """"The Titan Joint Task Force [Fuerza de Tarea Conjunta Titán]", "the Ministerio del Interior [Interior Ministry]":
    a name a translator puts in square brackets after a group's name is the same group's other name; merge the two, or
    name the group so (the name the text gives first leads)."""
    text = entities.article.text
    for group in entities.all(GROUP):
        if entities.get(GROUP, group.name) is not group:
            continue  # merged into another already
        for _, end in sorted(group.mentions):
            bracket = re.match(r"\s*\[([A-Z][^\[\]]{2,80})\]", text[end:end + 90])
            other = entities.get(GROUP, bracket.group(1)) if bracket else None
            if other is not None and other is not group and not other.known:
                _merge(entities, group, other)
            elif bracket and other is None:
                entities.alias(group, bracket.group(1))
        for start, end in sorted(group.mentions):  # "the Ombudsman's Office [Defensoría del Pueblo]", the first name
            window = max(0, start - 90)
            before = re.search(r"(?:^|(?<=\s))(?:[Tt]he\s+)?"
                               r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’-]*){0,6})\s*\[$",
                               text[window:start])  # not yet found as a group
            if before is None or text[end:end + 1] != "]" or entities.get(GROUP, before.group("name")) is not None or \
                    group.known or not _is_org_like(before.group("name")):
                continue
            entities.rename(group, before.group("name"))
            entities.mention(group, window + before.start("name"), window + before.end("name"))
            break


def _country_owned_names(article: Article, entities: Entities) -> None:
    """"Azerbaijan's State Border Service": a body the text names with its country's possessive is also
    "State Border Service of Azerbaijan", as registers write it."""
    for group in entities.all(GROUP):
        if group.known or len(group.name.split()) < 2:
            continue
        for start, _ in group.mentions:
            owner = re.search(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)'s\s+$", article.text[max(0, start - 40):start])
            country = countries().get(owner.group(1)) if owner else None
            if country:
                entities.alias(group, f"{group.name} of {country}")
                entities.alias(group, f"{country}'s {group.name}")
                break


def _offices_over_places(entities: Entities) -> None:
    """"The Prefect of Kaya department, NAME,": read before the places were known, the title made "Kaya
    department" an organisation; it is the place the prefect governs. The person speaks for no organisation
    then (a claim is theirs), and the name's mentions are the place's."""
    for group in entities.all(GROUP):
        place = entities.get(PLACE, group.name)
        if group.known or place is None or place is group or not re.search(
                r"\s(?:department|district|county|province|region|prefecture|division)$", group.name):
            continue
        for entity in entities.all():
            if entity.affiliation == group.id:
                entity.affiliation = None
        place.mentions.extend(m for m in group.mentions if m not in place.mentions)
        entities.mentions = [Mention(m.start, m.end, place) if m.entity is group else m for m in entities.mentions]
        for key, value in list(entities.by_key.items()):
            if value is group:
                del entities.by_key[key]
        for key, value in list(entities.by_name.items()):
            if value is group:
                del entities.by_name[key]


def _merge_state_forces(entities: Entities) -> None:
    """"the army" stands for the country's armed forces the article names ("Sudanese Armed Forces",
    "Syrian Arab Army"): the generic state force made for "the army" joins that named one; so does "police"
    the one police force the article names ("Manipur Police")."""
    for generic in [g for g in entities.all(GROUP) if g.actor_type == "state-force" and not g.known
                    and re.search(r"\s(?:police)$", g.name)]:
        named = [g for g in entities.all(GROUP) if g is not generic and re.search(r"\sPolice$", g.name)]
        if len(named) == 1:
            _merge(entities, named[0], generic)
    for generic in [g for g in entities.all(GROUP) if g.actor_type == "state-force" and g.country and not g.known
                    and re.search(r"\bsecurity forces$", g.name)]:
        adjectives = {generic.country, entities.demonyms.get(generic.country, generic.country)}
        for named in entities.all(GROUP):
            words = named.name.replace("'s", "").split()
            if named is not generic and 2 <= len(words) <= 4 and words[0] in adjectives and named.actor_type == "state-force" \
                    and re.search(
                    r"\b(?:Armed Forces|Army|Defen[cs]e Forces|Military)$", named.name):
                named.actor_type, named.country = "state-force", generic.country
                _merge(entities, named, generic)
                break
        else:  # "the armed forces said": the one command of the armed forces the article names ("the Joint
            # Command of the Armed Forces"), if it names no other country's
            said = {re.sub(r"^the\s+", "", entities.article.text[start:end].lower()) for start, end in generic.mentions}
            commands = [g for g in entities.all(GROUP) if "armed forces" in said and g is not generic and not g.known
                        and g.actor_type != "armed-group" and re.search(r"\bArmed Forces\b", g.name) and all(
                (countries().get(w) or demonym_country(w) or generic.country) == generic.country
                for w in re.findall(r"[A-Z][a-z]+", g.name))]
            if len(commands) == 1:
                commands[0].actor_type, commands[0].country = "state-force", generic.country
                _merge(entities, commands[0], generic)


def _merge(entities: Entities, keep: Entity, drop: Entity) -> None:
    for name in drop.names:
        entities.by_name[(entities._namespace(keep.category), name_key(name))] = keep
        keep.add_name(name)
    keep.mentions.extend(m for m in drop.mentions if m not in keep.mentions)
    for key, value in list(entities.by_key.items()):
        if value is drop:
            del entities.by_key[key]
    for entity in entities.all():
        if entity.affiliation == drop.id:
            entity.affiliation = keep.id


# --- sentence-level rules ----------------------------------------------------------------------------

def _count_countries(article: Article, entities: Entities, sentences: list[Sentence]) -> None:
    """How often each country is named, implied by an adjective ("Syrian") or by a registry place inside it
    (Aleppo is in Syria); the most named one is the country "government forces" and "the army" belong to."""
    registry = entities.registry
    for sentence in sentences:
        chunk = article.text[sentence.start:sentence.end]
        for match in re.finditer(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b", chunk):
            word = match.group(0)
            for candidate in dict.fromkeys((word, word.split()[0], word.split()[-1])):  # "Two Peruvian soldiers"
                country = _the_congo(article, demonym_country(candidate))
                if country:
                    entities.country_counts[country] += 1
                    if candidate not in countries() and candidate != country:
                        entities.demonyms.setdefault(country, candidate)
                    break
                known = registry.lookup("place", candidate)
                ancestor = _registry_country(registry, known) if known else None
                if ancestor:
                    entities.country_counts[ancestor] += 2
                    break
    # a country named once ("Benin") with five of its towns named is where the article happens, not a neighbour
    # named as often ("close to the border with Niger")
    names = {m.group(0) for s in sentences for m in _WORLD_NAME.finditer(article.text, s.start, s.end)
             if m.group(0) not in WEEKDAY_MONTH}  # "August" is a month before it is a town in Kentucky
    # "the Upper East Region" is the region Upper East; the "Bawku-Bolgatanga highway" names two towns
    names |= {_KIND_WORD_AT_END.sub("", n) for n in names} | {part for n in names if "-" in n for part in n.split("-")
                                                             if part[:1].isupper()}
    for country in list(entities.country_counts):
        entities.country_counts[country] += sum(1 for name in names if name not in countries()
                                                and world_places.lookup(name, {country}))
    # a country the text never names but whose provinces and towns it names, three or more ("Narathiwat", "Yala",
    # "Pattani": Thailand), counts too, as its places do
    for country, found in world_places.countries_of(names - set(countries())).items():
        if country not in entities.country_counts and found >= 3:
            entities.country_counts[country] = found
    # between two countries named as often, the one the outlet is named after ("Uganda Daily Sentinel" on a raid
    # from DR Congo into Uganda)
    publisher = entities.publisher()
    for word in re.findall(r"[A-Z][a-z]+", publisher.name if publisher else ""):
        country = _the_congo(article, demonym_country(word))
        if country in entities.country_counts:
            entities.country_counts[country] += 0.5
            break


_KIND_WORD_AT_END = re.compile(r"\s+(?:province|region|state|department|district|county|governorate|prefecture|"
                               r"regency|division|city|town|village)$", re.IGNORECASE)
_WORLD_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\b")


def _registry_country(registry: Registry, place) -> str | None:
    seen = set()
    while place is not None and place.id not in seen:
        seen.add(place.id)
        if place.kind == "country":
            return countries().get(place.name, place.name)
        place = registry.places.get(place.parent) if place.parent else None
    return None


def _dateline(article: Article, entities: Entities, sentence: Sentence) -> None:
    """"KHARTOUM, Sudan (AP) -" / "TRIPOLI (XYZ) -" / "KYIV, Oct 17 (Reuters) -" / "QUETTA:" / "ULANG - ": a place
    opening a paragraph of prose, maybe its country, and the agency. "From Justina Adongo, Bawku": a byline, the
    reporter and the town she files from."""
    text = article.text
    if _byline(entities, sentence, text):
        return
    match = re.match(r"([A-Z][A-Z'’ -]{2,}[A-Z])(?:,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
                     r"(?P<date>,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s+\(([A-Za-z]+)\))?(?P<mark>\s*[-–—]|:)"
                     r"(?:\s|(?<=[-–—])(?=[A-Z][a-z]))",  # "MARAWI CITY—Government troops": a dash with no space after
                     text[sentence.start:sentence.end]) or \
        re.match(r"([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})(?:,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
                 r"(?P<date>,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+\(([A-Z]{2,8})\)(?P<mark>\s*[-–—]|)\s",
                 text[sentence.start:sentence.end])  # "Tehran (AFP) -", "Jammu, Oct 11 (INW) Three": in title case
    if not match or sentence.part != "body" or len(text[sentence.start + match.end():sentence.end].split()) < 6:
        return
    body = article.body_sentences()
    if body and sentence.paragraph > body[0].paragraph + 2:
        return  # a dateline opens the story; "WASH: UNICEF is trucking water" further down is a sector's heading
    if match.group(2) and match.group(2) in WEEKDAY_MONTH:
        return  # "KYIV, Oct 17": caught as the date, not as a country
    if match.group(1).title() in SPEAKER_LABELS:
        return  # "PRESENTER: We begin in ...": who speaks, not where
    base = sentence.start
    country = countries().get(match.group(2) or "")
    parent = None
    if country:
        parent_entity = entities.add(PLACE, country, place_kind="country")
        entities.mention(parent_entity, base + match.start(2), base + match.end(2))
        parent = parent_entity.id
    city = entities.add(PLACE, match.group(1).title(), place_kind="city", parent=parent, confidence=0.8)
    entities.mention(city, base + match.start(1), base + match.end(1))
    publisher = entities.publisher()
    if publisher is not None and match.group(4) and _initials(publisher.name).upper() == match.group(4).upper():
        entities.alias(publisher, match.group(4))
        _record(entities, publisher, base + match.start(4), base + match.end(4))


def _byline(entities: Entities, sentence: Sentence, text: str) -> bool:
    """The reporters a byline credits, and the town the first files from; whether the line is a byline. A line of
    prose ("By mid-morning the ministry announced ...") is none, nor an outlet's or a desk's credit ("By Myanmar Pulse",
    "By Salween Post Reporter")."""
    found = False
    line = text[sentence.start:sentence.end]
    offset = sentence.start
    for segment in re.finditer(r"[^|]+", line):
        credit = _BYLINE.fullmatch(segment.group(0))
        if credit is None:
            if found or sentence.part == "body":
                break
            continue  # "Published: Tuesday, March 11, 2025 | Author: Emmanuel Deng Mabior": a credit further on
        name = credit.group("name")
        if name.isupper():
            name = " ".join(word.capitalize() for word in name.split())  # "JOHN PAKE"
        town = credit.group("town") or credit.group("in_town")
        publisher = entities.publisher()
        if not _is_person_like(name) or entities.get(GROUP, name) is not None or \
                (publisher is not None and name_key(name) in {name_key(n) for n in publisher.names}):
            break
        if credit.group("town") and sentence.part == "body" and not found:
            break  # "From Kabul, the ministry said": prose
        if town is not None and (town.split()[-1].lower() in ROLES or not _is_place_like(town)):
            town = None  # "By Norman T. Abdulla, Correspondent"
        start = offset + segment.start() + credit.start("name")
        person = entities.add(PERSON, name, confidence=0.6)
        _record(entities, person, start, start + len(credit.group("name")))
        if town is not None and not found:
            group = "town" if credit.group("town") else "in_town"
            at = offset + segment.start() + credit.start(group)
            _add_place(entities, town, "city", at, None, confidence=0.5)
        found = True
    return found


def _people(article: Article, entities: Entities, sentence: Sentence, resolve_descriptions: bool = True) -> None:
    """People named with a title; an organisation their title only describes ("a spokesman for the group")
    is looked up once the article's groups are known (resolve_descriptions)."""
    for pattern in PERSON_PATTERNS:
        for match in pattern.finditer(article.text, sentence.start, sentence.end):
            _add_person(article, entities, match, resolve_descriptions)
    _identified_people(article, entities, sentence)


# "The dead were identified as patrolman Jhon Freddy Ocoró, 24, and subintendente Luis Alberto Caicedo, 31", "who gave
# his name only as Abdulai", "who gave his first name as Abdelsalam": the people a text names as the dead, or by the
# name they gave, or whom "the military identified as Nasser Abdurahim"
_IDENTIFIED_AS = re.compile(r"\b(?:(?:were|was|been|being)\s+identified|(?:gave|giving|give)\s+(?:only\s+)?(?:his|her|their)\s+"
                            r"(?:first\s+|full\s+|last\s+)?names?|asked\s+to\s+be\s+identified|"
                            r"identified\s+(?:only|himself|herself)|"
                            r"(?:police|military|army|authorities|officials)\s+identified)\s+(?:only\s+)?as\s+")


def _identified_people(article: Article, entities: Entities, sentence: Sentence) -> None:
    """The people after "identified as" (a list of "[unit] [rank] Name[, age]", up to what is no such item), or the one
    name someone gave."""
    text = article.text
    for lead in _IDENTIFIED_AS.finditer(text, sentence.start, sentence.end):
        single = not lead.group(0).startswith(("were", "was", "been", "being"))
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", text[lead.end():sentence.end])
        offset = lead.end()
        for item in items:
            start = text.index(item, offset) if item else offset
            offset = start + len(item)
            if re.fullmatch(r"\s*\d{1,3}\s*", item):
                continue  # an age after the name
            name = re.match(rf"\s*(?P<name>{_NAME}|{_CAP_TOKEN})", item) if single else \
                re.search(rf"(?P<name>{_NAME})\s*(?:\(\d{{1,3}}\))?[.\"”]?\s*$", item)  # "Lalmuansang Guite (32)"
            if name is None or not re.fullmatch(r"(?:[A-Za-z]{2,8}\s+)?(?:[a-z-]+\s+){0,3}", item[:name.start()]):
                break  # the list is over: something else than "[unit] [rank] Name"
            person_name = _clean_person_name(name.group("name"))
            at = start + name.start("name")
            if not person_name or not _is_person_like(person_name) or entities.known("place", person_name) or \
                    _overlaps(entities, at, at + len(person_name), (GROUP, PLACE)):
                break
            person = entities.add(PERSON, person_name, confidence=0.6)
            if person.category == PERSON:
                _record(entities, person, at, at + len(person_name))
            if single:
                break


def _registry_names(article: Article, entities: Entities, sentence: Sentence) -> None:
    """Registry names as written. A name inside a longer capitalised name does not count ("Syria" in "Syria
    Civil Defence"); a lower-case name ("rebels", "state media") counts only for an entry the article is
    about: one it also names with a capital, or whose name carries the adjective of the article's country."""
    text = article.text
    for name, known in entities.registry.surface_forms(entities.dominant_country()):
        lowercase = not any(c.isupper() for c in name)
        if lowercase and not _anchored(article, entities, known):
            continue
        head = re.sub(r"^[Tt]he\s+", "", name)
        if name != known.name and re.fullmatch(r"[A-Z]{2,5}", name) and re.search(rf"\(\s*{name}\s*\)", article.text) \
                and not any(n != name and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", article.text) for n in known.names):
            continue  # "the Arakan Army (AA)": the article's own "AA", not the registry's Anadolu Agency
        if name != known.name and head in ORG_HEADS and any(
                g.name.split()[-1] == head and g.name != head and not g.known for g in entities.all(GROUP)):
            continue  # "the Observatory" of an article by the Horn of Africa Conflict Observatory is that one
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        for match in re.finditer(pattern, text[sentence.start:sentence.end], re.IGNORECASE if lowercase else 0):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(entities, start, end) or (known.type != "person" and _inside_longer_name(
                    entities, text, start, end, sentence)):
                continue
            category = PLACE if known.category == PLACE else (PERSON if known.type == "person" else GROUP)
            if category == PLACE and _is_actor_use(text, start, end):
                if entities.known("actor", name) is None:
                    continue
                category = GROUP
            entity = entities.add(category, name)
            _record(entities, entity, start, end)


def _anchored(article: Article, entities: Entities, known) -> bool:
    if len(known.name.split()) >= 2 and re.search(rf"(?<![\w-]){re.escape(known.name)}(?![\w-])", article.text, re.IGNORECASE):
        return True  # its own name, specific enough even in lower case ("pro-government forces")
    capitalised = [n for n in known.names if any(c.isupper() for c in n)]
    if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", article.text) for n in capitalised):
        return True
    first = known.name.split()[0]
    return demonym_country(first) is not None and demonym_country(first) == entities.dominant_country()


_ADJECTIVE_SUFFIXES = ("-based", "-led", "-run", "-backed", "-held", "-controlled", "-linked", "-affiliated",
                       "-supported", "-funded")


def _inside_longer_name(entities: Entities, text: str, start: int, end: int, sentence: Sentence) -> bool:
    after = re.match(r"\s+([A-Z][\w'-]*)", text[end:sentence.end])
    if after and after.group(1) not in FUNCTION_WORDS and after.group(1) not in WEEKDAY_MONTH:
        following = text[end + after.start(1):sentence.end]
        return not any(following.startswith(name) for name, known in entities.registry.surface_forms(entities.dominant_country())
                       if known.type == "person")
    before = re.search(r"([A-Z][\w'-]*)\s+$", text[sentence.start:start])
    return bool(before and before.group(1) not in FUNCTION_WORDS and not before.group(1).endswith(_ADJECTIVE_SUFFIXES)
                and not before.group(1).endswith("'s") and before.group(1) not in WEEKDAY_MONTH)


def _is_actor_use(text: str, start: int, end: int, town: bool = False) -> bool:
    """A country name used as a party ("Russia has demanded", "accused the Russians") or as an adjective ("the U.S.-led
    coalition", "U.S. air strikes") rather than a place; a capital so used (`town`: "Damascus blamed") only with a verb
    of speech or dispute, for a town "is" or "has" a place's ("Bandarban is a hill district"). "Damascus blamed", "Kyiv
    disputed that claim", "a ceasefire brokered by Russia" (or "by Saudi Arabia and the United States"), "called on the
    United States", "ended military cooperation with the United States", "listed as a terrorist organization by Türkiye,
    the United States and the European Union": the government, as a party."""
    after = text[end:end + 30]
    verbs = (r"said|says|demanded|accused|accuses|denied|announced|insisted|insists|claimed|blamed|blames|cites|seeks|"
             r"disputed|disputes|considers|rarely|rejected|warned")
    if not town:
        verbs += r"|has|have|wants|will|would|is|was|does|did"
    return bool(re.match(rf"(?:'s\s+(?:claims|comments|leader|president|plans|carrot|demand|campaign)|\s+(?:{verbs})\b|-[a-z])",
                         after)) or \
        bool(re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", text[start:end]) and re.match(r"\s+[a-z]", after)) or \
        bool(re.search(r"\b(?:brokered|facilitated|mediated|backed|sponsored)\s+by\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*\s+and\s+(?:the\s+)?)?$|"
                       r"\b(?:called\s+on|accusing)\s+(?:the\s+)?$|"
                       r"\b(?:cooperation|relations|ties|talks|agreements?|deals?|partnership)\s+with\s+(?:the\s+)?$",
                       text[max(0, start - 60):start])) or \
        bool(re.match(r"(?:,\s+(?:the\s+)?[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*)*,?\s+and\s+the\s+(?:European|African)\s+Union\b",
                      text[end:end + 80]))


def _alternative_names(article: Article, entities: Entities, sentence: Sentence) -> None:
    """"Halab al-Jadida, or New Aleppo", "X, also known as Y", "X (Y)", "X province, also spelled Y",
    "also known by their Arabic name, Y"."""
    text = article.text
    name = _CAP_TOKEN + rf"(?:\s+(?:(?:{_JOINING_PARTICLES})\s+)*{_CAP_TOKEN})*"
    patterns = [
        rf"(?P<a>{name})(?:\s+(?P<kind>province|governorate|district|region))?,\s+or\s+(?P<b>{name})",
        rf"(?P<a>{name})(?:\s+(?P<kind>province|governorate|district|region))?,\s+(?:[^,.;\"]{{0,60}}?\s)?also\s+"
        rf"(?:known|spelled|spelt|called|written)\s+(?:as\s+|by\s+[\w ]+?,\s+)?(?P<b>{name})",
        rf"(?P<a>{name})(?:\s+(?P<kind>province|governorate|district|region))?\s+\((?P<b>{name})\)",
        rf"(?P<a>{name})\s+\([^()]*?also\s+(?:known|spelled|spelt|called|written)\s+(?:as\s+|by\s+[\w ]+?,?\s+)?(?P<b>{name})\)",
        rf"(?P<a>{name})\s+(?:is|was)\s+also\s+(?:known|spelled|spelt|called|written)\s+(?:as\s+|by\s+[\w ]+?,\s+)?(?P<b>{name})",
    ]
    _unit_of_organisation(article, entities, sentence, name)
    spans = _name_spans(article, sentence, entities)
    for pattern in patterns:
        for match in re.finditer(pattern, text[sentence.start:sentence.end]):
            a_start, a_end = sentence.start + match.start("a"), sentence.start + match.end("a")
            a_start = min([s for s, e in spans if s <= a_start and e == a_end] or [a_start])
            a_start += 4 if text.startswith("The ", a_start) and a_start < sentence.start + match.start("a") else 0
            b_start, b_end = sentence.start + match.start("b"), sentence.start + match.end("b")
            a_name, b_name = _strip_possessive(text[a_start:a_end]), match.group("b")
            kind_word = match.groupdict().get("kind")
            if re.search(r"[a-z]{2}\.$", b_name):  # the full stop ending the sentence ("..., Theinni.")
                b_name, b_end = b_name[:-1], b_end - 1
            if a_name.split()[0] in FUNCTION_WORDS:
                continue
            existing = entities.get(GROUP, a_name) or entities.get(PLACE, a_name) or entities.get(PERSON, a_name)
            short = entities.get(GROUP, b_name) if re.fullmatch(r"[A-Z]{2,8}", b_name) else None
            if existing is None and short is not None and any(word in ORG_HEADS for word in a_name.split()):
                # "The United Nations Multidimensional ... Mission in the Central African Republic (MINUSCA)": the MINUSCA
                # the text knows already
                entities.alias(short, a_name)
                _record(entities, short, a_start, a_end)
                continue
            if existing is None and kind_word:
                existing = entities.get(PLACE, f"{a_name} {kind_word}")
            if existing is None and POLICE_RANK.fullmatch(a_name):
                continue  # "Senior Superintendent of Police (SSP)": a rank and its abbreviation, not a body
            if existing is None:
                category = _guess_category(a_name, text, a_start)
                if category == PLACE and re.fullmatch(r"[A-Z]{2,6}", b_name) and not countries().get(a_name) and \
                        not kind_word and not world_places.lookup(a_name, set(entities.country_counts)) and \
                        not any(word.lower() in PLACE_KIND_WORDS for word in a_name.split()):
                    category = GROUP  # "on the Jalisco New Generation Cartel (CJNG)": a name with initials names a body
                if category is None and re.fullmatch(r"[A-Z]{3,8}", b_name) and a_name.split()[-1].lower() not in \
                        PLACE_KIND_WORDS and a_name.split()[-1].lower() not in ("area", "officer") and \
                        "".join(w[0] for w in re.split(r"[\s-]+", a_name) if w[:1].isupper()) == b_name:
                    category = GROUP  # "the Inter-Services Public Relations (ISPR)": a name its initials stand for
                if category is None:
                    continue
                kind = PLACE_KIND_WORDS.get(kind_word or "", None)
                full = f"{a_name} {kind_word}" if kind_word else a_name
                existing = entities.add(category, full, place_kind=kind or ("city" if category == PLACE else None),
                                        actor_type=org_type(a_name) if category == GROUP else None)
                _record(entities, existing, a_start, a_end)
            if existing.category == PERSON or len(b_name) < 2 or not _may_be_other_name(existing, b_name):
                continue
            if existing.category == PLACE and entities.get(GROUP, b_name) is not None:
                continue  # "Sudan (Reuters)": the agency of a dateline, not another name of the place
            entities.alias(existing, b_name)
            if kind_word and name_key(a_name) != name_key(existing.name):
                entities.alias(existing, a_name)
            _record(entities, existing, b_start, b_end)


def _unit_of_organisation(article: Article, entities: Entities, sentence: Sentence, name: str) -> None:
    """"the Displacement Tracking Matrix (DTM) of the International Organization for Migration (IOM)": a unit named with
    its initials, then the organisation it belongs to, which speaks through it."""
    text = article.text
    pattern = rf"(?P<unit>{name})\s+\((?P<initials>[A-Z]{{2,6}})\)\s+of\s+the\s+(?P<org>{name})"
    for match in re.finditer(pattern, text[sentence.start:sentence.end]):
        unit, org = match.group("unit"), match.group("org")
        if _initials(unit).upper() != match.group("initials") or not _is_org_like(org) or entities.get(PLACE, org):
            continue
        body = entities.get(GROUP, org) or entities.add(GROUP, org, actor_type=org_type(org), confidence=0.6)
        for part in ("unit", "initials"):
            entities.alias(body, match.group(part))
            _record(entities, body, sentence.start + match.start(part), sentence.start + match.end(part))


def _may_be_other_name(entity: Entity, other: str) -> bool:
    """Whether `other` can be another name of the entity: an acronym names an organisation (whose own
    language may give other initials, "UOSSM"), never a place unless it is the place's initials; an agency
    of a dateline ("Sudan (AP)") is neither."""
    if re.fullmatch(r"[A-Z]{2,6}", other):
        return entity.category == GROUP or _initials(entity.name).upper() == other
    return True


def _named_groups(article: Article, entities: Entities, sentence: Sentence) -> None:
    """Capitalised names that are organisations: by their last word, the lower-case head after them, or
    because someone "told" them (an outlet)."""
    text = article.text
    _state_outlets(article, entities, sentence)
    for start, end in _name_spans(article, sentence, entities):
        if _overlaps(entities, start, end) and _country_led_name(entities, text[start:end], start, end):
            continue  # "the Uganda Red Cross Society": an organisation, not the country
        if _overlaps(entities, start, end):
            if not (countries().get(text[start:end]) and _country_body(entities, countries()[text[start:end]], start, end,
                                                                       sentence)):
                _sub_organisation(entities, text, start, end, sentence)
            continue
        name = text[start:end]
        before = text[max(sentence.start, start - 40):start]
        after = text[end:min(sentence.end, end + 40)]
        head = _lower_head(after)
        country = countries().get(name)
        facility = re.search(r"\s(Hotel|Hospital|Market|Mosque|School|Airport|Camp|Stadium|Hall|Station|Prison|Bakery)$|"
                             r"^(?:St\.?|Saint)\s.*\s(Church|Cathedral)$", name)  # (not "the Catholic Church", a body)
        if facility and not _overlaps(entities, start, end):
            number = re.search(r"(?:\b(?:to|at|in|from|the)|['’]s)\s+(?P<n>\d{1,3}\s+)$", text[sentence.start:start])
            if number:  # "evacuated to 92 Base Hospital", "the Army's 92 Base Hospital": the number is the name's
                start, name = sentence.start + number.start("n"), number.group("n") + name
            town = re.match(rf"\s+in\s+({_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)|,\s+({_CAP_TOKEN})(?=\s*[,.;]|\s+and\b)",
                            text[end:sentence.end])
            parent = bare = None
            if town and all(word in GENERIC_FACILITY_WORDS for word in name.split()[:-1]):
                # "the District Headquarters Hospital in Kalat", "the General Hospital, Bokkos": a name many towns share,
                # told apart by the town it is in, as written
                written = re.sub(r"(?<=[a-z]{2})\.$", "", town.group(1) or town.group(2))  # ("in Lima." ending a sentence)
                if town.group(1):
                    parent = _add_place(entities, written, "city", end + town.start(1), None)
                    name = f"{name} in {written}" if parent is not None else name
                else:  # (after a comma, a town only if the text names it elsewhere)
                    parent, bare = entities.get(PLACE, written), name
                    name = f"{name}, {written}"
            elif town and town.group(2) and _is_place_like(town.group(2)) and not _is_org_like(town.group(2)) and \
                    town.group(2) not in HONORIFICS and town.group(2) + "." not in HONORIFICS and \
                    entities.known("actor", town.group(2)) is None and not entities.get(GROUP, town.group(2)):
                # "stormed St. Michael's Catholic Church, Ikende, during the morning Mass": a named building, then the
                # town it stands in, as Nigerian and Ghanaian papers write an address
                parent = _add_place(entities, town.group(2), "city", end + town.start(2), None)
                if parent is not None:
                    bare, name = name, f"{name}, {town.group(2)}"
            facility = entities.get(PLACE, name) or entities.add(PLACE, name, place_kind="facility", confidence=0.6,
                                                                 parent=parent.id if parent else None)
            if bare:
                entities.alias(facility, bare)  # ("the General Hospital" too, as the text may call it again)
            _record(entities, facility, start, end)
            continue
        if country and not head:
            continue
        heads_of = [g for g in entities.all(GROUP) if name in ORG_HEADS and g.name != name and g.name.split()[-1] == name]
        if len(heads_of) == 1 and not heads_of[0].known:
            _record(entities, heads_of[0], start, end)  # "told the Observatory": the one observatory the article names
            continue
        if _state_of_country(entities, name, before):
            _add_place(entities, name[:-len(" State")], "province", start, None, kind_word="State")
            continue
        if re.match(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:project|organi[sz]ation|monitor|monitoring\s+group|network|"
                    r"initiative|charity|ngo|watchdog|think\s+tank|outlet|newspaper|website|news\s+site|coalition|"
                    r"alliance|militia|movement|party|armed\s+group|rebel\s+group)\b(?!\s+(?:said|says|reported|told)\b)",
                    text[end:sentence.end]) \
                and not country and not entities.get(PLACE, name):  # "Cabo Ligado, a conflict monitoring project,"
            # (not "the countryside of Homs, a war monitor said": the monitor is the subject of its own verb)
            _record(entities, entities.add(GROUP, name, actor_type=org_type(name + " " + after), confidence=0.6), start, end)
            continue
        facility_kind = re.match(rf"\s+({'|'.join(w for w, k in PLACE_KIND_WORDS.items() if k == 'facility')})\b", after)
        if facility_kind and _is_org_like(name) and entities.known("actor", name) is None and \
                not _a_force_post(text, sentence.start, start, end, facility_kind.group(1)):
            _add_facility(entities, name, facility_kind.group(1), start, None)  # "the Engineers Corps base"
            continue
        if re.search(r"\b(?:linked|affiliated|allied|loyal|tied)\s+(?:to|with)\s+$|\bbacked\s+by\s+$|"
                     r"\b(?:groups?|militias?|fighters|factions?|movement)\s+(?:(?:known|referred\s+to)\s+as|called)\s+$|"
                     r"\b(?:[\w-]+-(?:linked|affiliated|backed|allied|aligned)|jihadist|militant|armed|rebel|insurgent|"
                     r"extremist|islamist|separatist)\s+(?:group|militia|movement|faction|organi[sz]ation)\s+$",
                     before) \
                and not country and not entities.get(PLACE, name):
            _record(entities, entities.add(GROUP, name, actor_type="armed-group", confidence=0.5), start, end)
        elif TOLD.search(before) and (not _is_person_like(name) or org_type(name) == "news-outlet") and not country \
                and not demonym_country(name) and _after_title(name) is None:
            # (not "according to Israeli media": a nationality; not "According to Colonel Mbayahe": a person, by his title)
            outlet = entities.add(GROUP, name, actor_type="news-outlet", confidence=0.7)
            _record(entities, outlet, start, end)
        elif head and head in ("department", "zone") and not _is_org_like(name):
            continue  # "Arauca department", "in the Metekel zone": a land of the country, not a government department
            # (a body says what it does: "the Khyber Pakhtunkhwa health department", "the Kirotshe health zone")
        elif head and _head_type(head) == "news-outlet" and world_places.lookup(name, set(entities.country_counts)):
            _add_place(entities, name, "city", start, None, confidence=0.5)  # "Guayaquil daily Expreso": its city
        elif head and _head_allowed(name, head) and not _capitalised_only_to_begin(article, entities, name, start):
            _group_with_head(entities, name, head, start, end + len(after) - len(after.lstrip()) + len(head))
        elif name.isupper() and world_places.lookup(name.title(), set(entities.country_counts)):
            _add_place(entities, name.title(), "city", start, None, confidence=0.5)  # "By Hawre Sindi | DUHOK"
        elif _is_org_like(name) and not _term_acronym(text, name) and not re.match(r":", text[end:end + 1]) and \
                not POLICE_RANK.fullmatch(name):  # "Senior Superintendent of Police (SSP) Kupwara": a rank
            at_place = re.match(r"(?P<place>.+?)\s+for\s+(?:the\s+)?(?=[A-Z])", name)
            place = at_place.group("place") if at_place else ""
            if at_place and not any(t in ORG_HEADS for t in place.split()) and (
                    entities.get(PLACE, place) or world_places.lookup(place, set(entities.country_counts))):
                start, name = start + at_place.end(), name[at_place.end():]  # "a coordinator in Kaya for the NRC"
            group = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type=org_type(name), confidence=0.6)
            _record(entities, group, start, end)  # ("WRITER:" is a label)


def _term_acronym(text: str, name: str) -> bool:
    """An acronym the article spells out in lower case: a thing, not an organisation ("an improvised explosive
    device (IED)", "non-food items (NFIs)")."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    for match in re.finditer(rf"((?:[a-z][\w-]*\s+){{1,8}})\({name}s?\)", text):
        words = [w for w in re.split(r"[\s-]+", match.group(1)) if w and w not in ("of", "and", "the", "for")]
        if "".join(w[0] for w in words[-len(name):]).upper() == name:
            return True
    return _title_acronym(text, name)


def _title_acronym(text: str, name: str) -> bool:
    """An acronym of a person's title: "Deputy Superintendent of Police (DSP)", "the Municipal Chief Executive
    (MCE)". Its words spell it, and the last of them before any "of" is a role or a rank."""
    for match in re.finditer(rf"((?:[A-Z][\w-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){{1,6}})\({name}\)", text):
        words = re.findall(r"[A-Z][\w-]*", match.group(1))[-len(name):]
        if "".join(w[0] for w in words) != name:
            continue
        title = re.split(r"\s+(?:of|for)\s+", match.group(1).strip())[0].split()
        if " ".join(title[-2:]).lower() in ROLES or title[-1].lower() in ROLES or title[-1] in HONORIFICS:
            return True
    return False


_OUTLET_CUE = re.compile(
    rf"\b(?:(?P<state>state|government)(?:-run|-owned|-controlled)?|(?:privately|independently)[\s-]owned|independent)\s+"
    rf"(?:(?:daily|newspaper|paper|broadcaster|television|radio|news\s+agency|news\s+site|channel|outlet|media)\s+)?"
    rf"(?P<name>{_CAP_TOKEN}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_CAP_TOKEN})*)")


def _state_outlets(article: Article, entities: Entities, sentence: Sentence) -> None:
    """"the state-run Global New Light of Myanmar", "state broadcaster MRTV": a news outlet, named in full
    even when its name holds a country."""
    text = article.text
    for match in _OUTLET_CUE.finditer(text, sentence.start, sentence.end):
        cue = text[match.start():match.start("name")]
        if not re.search(r"-|\s(?:daily|newspaper|paper|broadcaster|television|radio|news|channel|outlet|media)\s", cue):
            continue  # "state" alone before a name is no cue ("the State Administration Council")
        name = match.group("name")
        if entities.get(PERSON, name) or (entities.get(GROUP, name) is None and countries().get(name)):
            continue
        actor_type = "state-media" if match.group("state") else "news-outlet"
        outlet = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type=actor_type, confidence=0.7)
        end = match.end("name")
        head = re.match(r"\s+(?:news\s+agency|television|TV|radio)\b", text[end:sentence.end])
        if head:  # "the government-run Saba news agency": the outlet also by its full name
            end += head.end()
            entities.alias(outlet, " ".join(text[match.start("name"):end].split()))
        _record(entities, outlet, match.start("name"), end)


def _capitalised_only_to_begin(article: Article, entities: Entities, word: str, at: int) -> bool:
    """A single word capitalised only because it begins the sentence ("Resistance fighters and ..."), which
    the article never writes with a capital inside a sentence: no name."""
    if " " in word or demonym_country(word) or entities.known("actor", word) or _begins_no_sentence(article, at):
        return False
    return not any(_begins_no_sentence(article, m.start())
                   for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", article.text))


def _begins_no_sentence(article: Article, at: int) -> bool:
    sentence = article.sentence_at(at)
    return sentence is not None and article.text[sentence.start:at].strip(" \"'(\u2022*-") != ""


def _country_led_name(entities: Entities, name: str, start: int, end: int) -> bool:
    """"the Uganda Red Cross Society", "the Kenya Red Cross Society": an organisation's name that begins with a country,
    whose first word the country rule took for the place. The organisation is named in full; the country is not
    mentioned there."""
    words = name.split()
    if len(words) < 3 or not countries().get(words[0]) or not _is_org_like(name):
        return False
    inside = [m for m in entities.mentions if start <= m.start and m.end <= end]
    if any(m.entity.category != PLACE or (m.start, m.end) != (start, start + len(words[0])) for m in inside) or \
            any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in entities.mentions):
        return False
    for mention in inside:
        _forget_mention(entities, mention, (mention.start, mention.end))
    _record(entities, entities.get(GROUP, name) or entities.add(GROUP, name, actor_type=org_type(name), confidence=0.6),
            start, end)
    return True


def _country_body(entities: Entities, country: str, start: int, end: int, sentence: Sentence) -> bool:
    """"Turkey's defence ministry", "Sudan's army": a country's own body, named with the country's adjective
    when the language gives one ("Turkish defence ministry")."""
    text = entities.article.text
    match = re.match(rf"'s\s+((?:{_MODIFIER}\s+|(?:Defen[cs]e|Foreign|Interior|Health|Home)\s+)?(?i:ministry|government|"
                     rf"army|military|police|forces|air\s+force))\b", text[end:sentence.end])
    if not match:
        return False
    head = match.group(1)
    span_end = end + match.end()
    if re.search(r"\b(?:army|military|forces|air\s+force|police)$", head):
        force = entities.state_force(country, "police" if head.endswith("police") else "forces")
        if force is not None:
            _record(entities, force, start, span_end)
        return force is not None
    adjective = entities.demonyms.get(country) or adjective_of(country)
    name = f"{adjective} {head}" if adjective else f"{country}'s {head}"
    body = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type="government", country=country, confidence=0.6)
    entities.alias(body, f"{country}'s {head}")
    _record(entities, body, start, span_end)
    return True


def _state_of_country(entities: Entities, name: str, before: str) -> bool:
    """"in northern Shan State", "of Zamfara State": a federal state or province named "X State" where a place is
    expected, or where X is a state or province of some country."""
    return (name.endswith(" State") and len(name.split()) <= 3 and entities.known("actor", name) is None
            and (PLACE_PREPOSITIONS.search(before) is not None or world_places.is_division(name[:-len(" State")])))


def _sub_organisation(entities: Entities, text: str, start: int, end: int, sentence: Sentence) -> None:
    """A known organisation's office named by a lower-case head ("the U.N. human rights office"), or a
    place's governing body ("the North Kivu provincial government")."""
    mention = entities.at(start, end)
    head = _lower_head(text[end:sentence.end])
    if mention is None or head is None:
        return
    actor_type = _head_type(head)
    if mention.entity.category == GROUP:
        if actor_type not in ("igo", "government", "aid") or head in ("government", "authorities"):
            return
    elif not (mention.entity.category == PLACE and actor_type == "government"):
        return
    name = f"{text[start:end]} {head}"
    office = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type=actor_type, confidence=0.6)
    if mention.entity.category == GROUP:
        office.part_of = mention.entity.id
    head_end = end + text[end:].index(head) + len(head)
    acronym = re.match(r"\s+([A-Z]{2,8})\b", text[head_end:sentence.end])
    if acronym and not entities.get(GROUP, acronym.group(1)):
        entities.alias(office, acronym.group(1))  # "the UN refugee agency UNHCR"
    _forget_mention(entities, mention, (start, end))
    _record(entities, office, start, head_end)


def _forget_mention(entities: Entities, mention: Mention, span: tuple[int, int]) -> None:
    """A mention a longer name turned out to contain ("Uganda" in "the Uganda Red Cross Society") is no mention."""
    entities.mentions = [m for m in entities.mentions if m is not mention]
    mention.entity.mentions = [m for m in mention.entity.mentions if m != span]


def _head_allowed(name: str, head: str) -> bool:
    return name not in FUNCTION_WORDS and not (name in ADJECTIVES and head in {"group", "movement"})


def _group_with_head(entities: Entities, name: str, head: str, start: int, end: int) -> None:
    country = demonym_country(name) if len(name.split()) == 1 else None
    actor_type = _head_type(head)
    adjective_only = country is not None or name.split()[-1] in ADJECTIVES or (  # "Suspected Islamist militants"
        len(name.split()) == 1 and (name.endswith(_ADJECTIVE_SUFFIXES) or name.endswith("i") or name.endswith("ish")))
    if country and actor_type == "state-force" and head in STATE_FORCE_MEMBERS:
        entity = entities.state_force(country)
        entities.alias(entity, f"{name} {head}")
    elif country and head == "police":
        entity = entities.state_force(country, "police")
    else:
        full = f"{name} {head}"
        entity = entities.get(GROUP, full) or (entities.get(GROUP, name) if not entities.get(PLACE, name) else None)
        if entity is None:
            keep_head = adjective_only or actor_type in {"government", "igo", "state-media"} or head not in GROUP_HEADS \
                or head in BODY_HEADS or entities.get(PLACE, name) is not None  # "Plateau State police"
            entity = entities.add(GROUP, full if keep_head else name, actor_type=actor_type, country=country,
                                  confidence=0.6)
            entities.alias(entity, full)
    _record(entities, entity, start, end)


# Kind words whose plural ends in "-ies" ("Uror and Nyirol counties", "the Tsafe and Maru municipalities")
_IES_PLURALS = {word[:-1] + "ies": word for word in PLACE_KIND_WORDS if re.search(r"[^aeiou]y$", word) and " " not in word}


def _named_before_of(entities: Entities, text: str, sentence: Sentence, start: int, end: int) -> bool:
    """"houses in Dhangri village of Jammu and Kashmir's Rajouri district", "in Tavdem village of Roshtqala district":
    with no article before it, the name before the kind word is the village's, unless it names a land or a country
    ("in Darfur town of Zalingei")."""
    name = text[start:end]
    known = entities.get(PLACE, name)
    return not re.search(r"\b(?:[Tt]he|an?|[A-Z][\w-]+['’]s)\s+$", text[sentence.start:start]) and \
        not countries().get(name) and not demonym_country(name) and \
        not (known is not None and known.place_kind in ("region", "province", "country"))


def _unclaimed_name(entities: Entities, name: str, start: int, end: int) -> bool:
    """A name that can be a place and that nothing has taken yet: no organisation's, no group's, no known actor's, and
    not inside a name already found (what the rules that read a place from the words beside it ask first)."""
    return _is_place_like(name) and not _is_org_like(name) and not _overlaps(entities, start, end) and \
        not entities.get(GROUP, name) and entities.known("actor", name) is None


def _places(article: Article, entities: Entities, sentence: Sentence) -> None:
    text = article.text
    kinds = "|".join(sorted(PLACE_KIND_WORDS, key=len, reverse=True))
    ies_plurals = "|".join(sorted(_IES_PLURALS, key=len, reverse=True))
    facilities = "|".join(sorted((w for w, k in PLACE_KIND_WORDS.items() if k == "facility"), key=len, reverse=True))
    # a village named after the local word for it, which is no part of the name: "Barangay Kitango", "Barangays Kabbon
    # Takas and Latih", "Sitio Malingao" (the Philippines), "colonia Sinai" (Central America)
    for match in re.finditer(rf"\b(?P<unit>Barangays?|Sitio|Purok|[Cc]olonia|[Vv]ereda|[Cc]orregimiento|tambon|village)\s+(?P<name>{_CAP_TOKEN}(?:[^\S\n]+{_CAP_TOKEN})*)"
                             rf"(?:\s+and\s+(?P<other>{_CAP_TOKEN}(?:[^\S\n]+{_CAP_TOKEN})*))?", text[sentence.start:sentence.end]):
        for group in ("name", "other"):
            if match.group(group) and not (group == "other" and match.group("unit") != "Barangays"):
                place = _add_place(entities, match.group(group), "village", sentence.start + match.start(group), None)
                if place is not None and group == "name":
                    entities.alias(place, f"{match.group('unit')} {match.group(group)}")
                    entities.mention(place, sentence.start + match.start(), sentence.start + match.end(group))
    # "the (rebel-held) town of X", "the village of Miznaz", "Russia's mostly Muslim region of Dagestan"
    for match in re.finditer(rf"\b(?:the|a|[A-Z][\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?P<kind>{kinds})\s+of\s+(?P<name>{_CAP_TOKEN}"
                             rf"(?:\s+(?:(?:{_JOINING_PARTICLES})\s+)*{_CAP_TOKEN})*)", text[sentence.start:sentence.end]):
        # ("the hamlet of San Miguel del Ene": a name goes on over its particles)
        kind_word = match.group("kind")
        if PLACE_KIND_WORDS[kind_word] == "facility":
            continue
        _add_place(entities, match.group("name"), PLACE_KIND_WORDS[kind_word], sentence.start + match.start("name"), None)
    # "Aleppo province", "X district", "the X area", "X city", "the X neighbourhood of Y"
    for start, end in _name_spans(article, sentence, entities):
        after = text[end:sentence.end]
        kind_match = re.match(rf"\s+(?:and\s+(?P<other>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)\s+)?"
                              rf"(?:(?P<use>{_MODIFIER}(?:\s+{_MODIFIER})?)\s+(?=(?:{facilities})\b))?"
                              rf"(?:(?P<ies>{ies_plurals})|(?P<kind>{kinds})(?P<plural>(?<=[^s])s)?)\b"
                              rf"(?:\s+(?:of|in)\s+(?:central\s+)?(?P<parent>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*))?", after)
        if kind_match and (kind_match.group("plural") or kind_match.group("ies")) and not kind_match.group("other"):
            kind_match = None  # "the Souq al-Jumaa and Ain Zara districts" only: a plural kind word wants two names
        if kind_match and re.search(r"['’]s\b", kind_match.group("other") or ""):
            kind_match = None  # "Jammu and Kashmir's Rajouri district": the district is Rajouri's, named on its own
        if kind_match and not _overlaps(entities, start, end, (GROUP, PERSON)) and _is_place_like(text[start:end]) \
                and not (kind_match.group("parent") and (kind_match.group("kind") or kind_match.group("ies")) in (
                    "city", "cities", "town", "village", "capital", "hamlet", "quarter", "neighbourhood", "settlement",
                    "suburb") and not (re.match(r"\s+\S+\s+of\s", after) and
                                       _named_before_of(entities, text, sentence, start, end))):
            # (not "the Fulani hamlet of Tongolo", "the Peuhl quarter of Mboki": a people's, named after "of")
            kind_word = kind_match.group("kind") or _IES_PLURALS[kind_match.group("ies")]
            if _a_force_post(text, sentence.start, start, end, kind_word):
                continue
            parent = None
            p_end = end + kind_match.end("parent") if kind_match.group("parent") else end
            if kind_match.group("parent") and re.match(rf"\s+(?:{_LANDS})\b", text[p_end:]):
                pass  # "in Tavdem village of Roshtqala district": the district is named by its own kind word, further on
            elif kind_match.group("parent"):
                p_start = end + kind_match.start("parent")
                # "the Dzherelo shopping centre in Kharkiv’s Saltivskyi district": in Kharkiv, a place the text named
                # or the gazetteer knows (the district after the possessive is named by its own kind word, further
                # on); "in Cox’s Bazar" is one name
                owned = re.match(r"(.+?)['’]s\s", kind_match.group("parent"))
                owned = owned if owned and (entities.get(PLACE, owned.group(1)) or world_places.lookup(
                    owned.group(1), set(entities.country_counts))) else None
                parent = _add_place(entities, owned.group(1) if owned else kind_match.group("parent"), "city", p_start,
                                    None)
            if parent is None:
                owner = re.search(rf"({_CAP_TOKEN})'s\s+$", text[sentence.start:start])
                if owner and entities.get(PLACE, owner.group(1)):
                    parent = entities.get(PLACE, owner.group(1))
            names = [(text[start:end], start)]
            if kind_match.group("other"):
                names.append((kind_match.group("other"), end + kind_match.start("other")))
            for name, n_start in names:
                if kind_match.group("use") in MEDIA_USES or MEDIA_NAME.search(f"{name} "):
                    continue
                if PLACE_KIND_WORDS[kind_word] == "facility":  # "Al Nao hospital", "Kabuhinga displacement site"
                    _add_facility(entities, name, " ".join(filter(None, (kind_match.group("use"), kind_word))),
                                  n_start, parent)
                else:
                    _add_place(entities, name, PLACE_KIND_WORDS[kind_word], n_start, parent,
                               kind_word=kind_word if kind_word in KIND_WORD_IN_NAME else None,
                               explicit=kind_match.group("other") is None)
            continue
        name = text[start:end]
        before = text[sentence.start:start]
        # "X, a village 5 kilometers from ...", "X, the largest town in Y"
        apposition = re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<kind>{kinds})\b(?!\s+(?:{kinds})\b|'s|\s+[A-Z])"
                              # ("Reacting, the state Commissioner for ...": a kind word before a title is no place's)
                              rf"(?:\s+of|[^,.]*?\bin)?"
                              rf"(?:\s+(?P<parent>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*))?", after)
        if apposition and PLACE_KIND_WORDS[apposition.group("kind")] == "facility" and _is_place_like(name) \
                and not _overlaps(entities, start, end, (GROUP, PERSON)) \
                and re.match(r"\s+(?:in|of|on|near|outside|run|that|which|where)\b|\s*[,.;]", after[apposition.end("kind"):]):
            _add_facility(entities, name, apposition.group("kind"), start, None)  # "Souq al-Jumaa, a market in Y"
            continue
        if apposition and PLACE_KIND_WORDS[apposition.group("kind")] != "facility" and not _overlaps(entities, start, end, (GROUP, PERSON)) \
                and _is_place_like(name):
            parent = None
            if apposition.group("parent"):
                parent = _add_place(entities, apposition.group("parent"), "region", end + apposition.start("parent"), None)
            _add_place(entities, name, PLACE_KIND_WORDS[apposition.group("kind")], start, parent)
            continue
        # "a lockdown of the Northwest Region": a name whose last word is the capitalised kind of a land is that land,
        # whatever word comes before it
        land = re.search(r"\s(Region|Province|District|County|Governorate|Department|Prefecture|Territory|Township|"
                         r"Local Government Area|Payam|Regency|Oblast)$", name)
        if land and _is_place_like(name[:land.start()]) and not _overlaps(entities, start, end) and \
                not entities.get(GROUP, name) and not (re.match(r"\s+(?:in|of)\s+[A-Z]", after) and not (
                    re.match(r"\s+of\s+[A-Z]", after) and land.group(1) in ("Local Government Area", "County", "Township",
                                                                              "Payam", "Regency"))) and not re.match(
                    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b", name):
            # (not "the Bangsamoro Autonomous Region in Muslim Mindanao", a longer name; not "the Fifth Region", a number)
            kind = PLACE_KIND_WORDS[land.group(1).lower()]
            if re.search(r"\b(?:Military|Joint|Army|Police|Security)\b", name) or re.match(r"\s*\d", after) or \
                    re.search(r"(?:\d(?:st|nd|rd|th)|Islamic\s+State(?:['’]s)?|\bIS|[A-Z][\w-]*\s+and)\s+$", before) or \
                    countries().get(name[:land.start()]) or re.match(r"(?:West|East|Central|North|South)\s+Africa\b", name):
                continue  # an army's region ("the 33rd Military Region", "Isoc Region 4"), the Islamic State's "Central
                # Africa Province", a name begun before "and" ("Sistan and Baluchestan Province")
            if re.search(r"\b(?:[Tt]he|[Oo]f)\s+$", before):
                _add_place(entities, name[:land.start()], kind, start, None, kind_word=land.group(1).lower())
            else:  # "Kachin State's Bhamo District", "Mir Ali, North Waziristan District": the land as named, which
                _add_place(entities, name, kind, start, None)  # may share its name with its main town
            continue
        # "Memories of Moura, in Djenné cercle,", "attack Naunde, in Macomia district": a name that a land says it lies in
        if re.match(rf",\s+in\s+(?:the\s+)?{_CAP_TOKEN}(?:\s+{_CAP_TOKEN}){{0,2}}\s+(?i:{_LANDS})\b", after) and \
                _unclaimed_name(entities, name, start, end) and not (len(name.split()) > 1 and _is_person_like(name)) \
                and not re.search(r",\s*$", text[sentence.start:start]):
            # (not "the African Union mission, Amisom, in the Lower Shabelle region": another name of the mission)
            _add_place(entities, name, "city", start, None, confidence=0.5)
            continue
        # "moving on to Gboloko and Ozugbe, two farming communities": each name of a list that the words after it count as
        # settlements
        if re.match(rf"(?:,\s+{_CAP_TOKEN}(?:\s+{_CAP_TOKEN}){{0,2}})*,?\s+(?:and|or)\s+"
                    rf"{_CAP_TOKEN}(?:\s+{_CAP_TOKEN}){{0,2}}{_COUNTED_SETTLEMENTS}|{_COUNTED_SETTLEMENTS}", after) and \
                re.match(r"(?:,|\s+(?:and|or))\s", after) and _unclaimed_name(entities, name, start, end):
            _add_place(entities, name, "village", start, None, confidence=0.5)
            continue
        # "whose fighters hold Tal Rifaat, about 15 kilometres to the southeast": a name the text measures a distance
        # from or to
        if re.match(r",\s+(?:about|some|roughly|around|nearly|almost|just|only|barely)?\s*(?:\d+(?:[.,]\d+)?|"
                    r"a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
                    r"forty|fifty|a\s+hundred)[\s-]+(?:km|kilomet(?:re|er)s?|miles?)\b", after) and \
                _unclaimed_name(entities, name, start, end):
            _add_place(entities, name, "city", start, None, confidence=0.5)  # (a person has no distance)
            continue
        # "in X", and "... of Darfur and to Kordofan": a name coordinated with a place named before it
        coordinated = re.search(r"\band\s+(?:(?:to|in|into|from|near)\s+(?:the\s+)?|neighbouring\s+|neighboring\s+|"
                                r"nearby\s+)$", before) and any(
            sentence.start <= m[0] < start and m[2].category == PLACE for m in _current_mentions(entities))
        struck = (PLACE_VERBS.search(before) or AT_A_PLACE.search(before)) and not _is_org_like(name) and \
            not re.match(rf"\s+(?:{_BODY_HEAD}|[A-Z])|['’]s\b", after)
        # "in Russia's Dagestan", "in Sudan's Darfur": a place inside the country (or place) that owns it
        owner = re.search(rf"(?P<owner>{_CAP_TOKEN})['’]s\s+$", before)
        owned = owner is not None and PLACE_PREPOSITIONS.search(before[:owner.start()]) is not None and \
            (countries().get(owner.group("owner")) or entities.get(PLACE, owner.group("owner"))) is not None and \
            not (len(name.split()) > 1 and _is_person_like(name)) and not re.match(r"\s+[A-Z]|['’]s\b", after)
        # "issued in Mizo and English": a language beside another
        language = re.match(r"\s+(?:and|or)\s+([A-Z][\w'’]+)\b", after) or \
            re.search(r"\b([A-Z][\w'’]+)\s+(?:and|or)\s+$", before)
        if language and language.group(1) in LANGUAGES and " " not in name:
            continue
        if (PLACE_PREPOSITIONS.search(before) or coordinated or struck or owned) and _is_place_like(name) and \
                not _overlaps(entities, start, end) and not MEDIA_NAME.search(name) and \
                not (countries().get(name) and _is_actor_use(text, start, end)):
            longer = re.match(rf"\s+of\s+(?:the\s+)?{_CAP_TOKEN}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP_TOKEN})*", after)
            if longer and " " not in name and PLACE_KIND_WORDS.get(name.lower()) == "facility":
                # "near the Cathedral of Our Lady of Mount Carmel": the building's whole name
                full = name + re.sub(r"\s+", " ", longer.group(0))
                facility = entities.get(PLACE, full) or entities.add(PLACE, full, place_kind="facility", confidence=0.5)
                _record(entities, facility, start, end + longer.end())
                continue
            if re.search(r"\b(?:according\s+to\s+(?:the\s+)?|with\s+(?:a\s+)?reports?\s+from\s+)$", before, re.IGNORECASE) or \
                    re.match(r"\.?\s*\d", after) or \
                    " " not in name and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", after) or \
                    " " not in name and re.match(r"\s+(?:communit(?:y|ies)|tribes?|clans?|families|groups|militias?|"
                                                 r"activists)\b", after):
                continue  # ("With reports from Abdulbasit Kamid": a reporter; "covered in Issue No. 82": a numbered
                # document, not a town; "in the House of Representatives", "inside the Protection of Civilians site": a
                # word of a longer name; "the attacks on the Masalit community", "flare between local factions and
                # Bedouin tribes": a people, not a place; but "in the Vila do João community", a neighbourhood)
            _add_place(entities, name, "city", start, None, confidence=0.5)
    _place_lists(article, entities, sentence)
    # a facility struck: "a school in X", "a power station in Y district"
    for match in re.finditer(rf"\b(?:a|an|the)\s+(?P<what>(?:(?!(?:the|a|an|at|in|of|on)\b)[a-z-]+\s+){{0,3}}?"
                             rf"(?P<kind>{kinds}))\s+(?:in|of)\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
                             rf"(?:central\s+)?(?P<name>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)", text[sentence.start:sentence.end]):
        kind_word = match.group("kind")
        if PLACE_KIND_WORDS[kind_word] != "facility":
            continue
        before = text[sentence.start:sentence.start + match.start()]
        cue = re.search(r"\b(?:hit|struck|strike on|attack on|attacked|targeted|shelled|bombed|raids on|stormed|"
                        r"air strike on|airstrike on|(?:dead|killed|wounded|injured|died)\s+(?:at|in)|"
                        r"(?P<care>(?:taken|evacuated|transferred|shifted|rushed|admitted|brought|airlifted|referred)"
                        r"(?:\s+[^\s.;]+){0,6}?\s+to|"  # "evacuated nine of the injured from Ngouboua to"
                        r"(?:treated|treatment|nurse|doctor|source|official|worker|staff)\s+at|sheltering\s+in))\s*$", before)
        if cue is None or cue.group("care") and not match.group(0).startswith("the"):
            continue  # ("taken to a hospital in Kajuru": some hospital, not one a curator can name)
        parent = _add_place(entities, match.group("name"), "city", sentence.start + match.start("name"), None)
        what = re.sub(r"^(?:busy|crowded|main|local|small|large|weekly|open-air)\s+", "", match.group("what"))
        town = re.sub(r"(?<=[a-z]{3})\.$", "", _strip_kind(match.group("name")))  # "in Yerevan." ending a sentence
        short = f"{town} {kind_word}"  # "the weekly market in Hamusit", which a curator calls "Hamusit market"
        facility = entities.get(PLACE, f"{what} in {town}") or (entities.get(PLACE, short) if what == kind_word else None) \
            or entities.add(PLACE, f"{what} in {town}", place_kind="facility", parent=parent.id if parent else None,
                            confidence=0.5)
        if what == kind_word or len(what.split()) == 2:
            entities.alias(facility, f"{town} {what}")  # "the police station in the town of Jaleq", "Jaleq police station"
        _record(entities, facility, sentence.start + match.start("what"), sentence.start + match.end("name"))


# A one-word name before one of these is a people, not a place ("Dogon hunters", "the Fulani herders", "the Peul
# hamlet of Ogossagou", "a Fulani hamlet", "the Kakai village of Topzawa", "the Yambakin and Tepaini tribes", "the
# Hazara minority"), and so is one after "ethnic".
_PEOPLE_CUE = re.compile(rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})(?:\s+and\s+{_CAP_TOKEN})?\s+(?:people|tribes?|clans?|herders|"
                         rf"herdsmen|hunters|minority|ethnic\s+group|hamlets?)\b|"
                         rf"\bethnic\s+(?P<other>{_CAP_TOKEN})|"
                         # "the Kakai village of Topzawa" (not "in Dhangri village of Rajouri district", the village)
                         rf"\b[Tt]he\s+(?P<village_of>{_CAP_TOKEN})\s+(?:village|quarter)\s+of\b")
# A people's or a party's name, however it is written beside: "a Bambara village", "Rohingya refugees", "the
# Houthi-held hills", "the Houthis" (not "communities", which a place has too: "Guma and Logo communities"); the second
# side of a war ("the war between Israel and Hezbollah", "the Israel-Hezbollah war")
_ACTOR_CUE = re.compile(rf"\ban?\s+(?P<name>{_CAP_TOKEN})\s+(?:village|hamlet|settlement)\b|"
                        rf"(?<![\w'’-])(?P<name2>{_CAP_TOKEN})\s+refugees\b|"
                        rf"(?<![\w'’-])(?P<name3>{_CAP_TOKEN})-(?:held|controlled|led|backed|linked|aligned|allied|affiliated)\b|"
                        rf"\bthe\s+(?P<name4>{_CAP_TOKEN})s\b|"
                        rf"\b(?:war|ceasefire|truce|conflict|hostilities|fighting)\s+between\s+(?:the\s+)?{_CAP_TOKEN}\s+and\s+"
                        rf"(?:the\s+)?(?P<name5>{_CAP_TOKEN})|"
                        rf"{_CAP_TOKEN}[-–](?P<name6>{_CAP_TOKEN})\s+(?:war|ceasefire|truce|conflict)\b")
# Words after a name that make it an armed group's ("Renamo gunmen", "Hezbollah fighters")
_FIGHTERS = ("fighters", "gunmen", "militants", "rebels", "insurgents", "jihadists", "terrorists", "militiamen",
             "militia", "guerrillas")


def _places_that_are_actors(article: Article, entities: Entities) -> None:
    """A name a preposition made a town ("between Israel and Hezbollah", "from Boko Haram", "near the Kakai village
    of Topzawa") that the text elsewhere shows to be a group's ("Hezbollah fighters", a group so named) or a
    people's ("the Dogon people", "Fulani herders") is no place, unless a gazetteer knows a town or province of that
    name in a country the article names ("Tigray fighters" leave Tigray a region)."""
    peoples = {m.group("name") or m.group("other") or m.group("village_of") for m in _PEOPLE_CUE.finditer(article.text)}
    peoples |= {m.group(0).split()[-1] for m in re.finditer(rf"\b{_CAP_TOKEN}\s+and\s+{_CAP_TOKEN}(?=\s+tribes\b)",
                                                            article.text)}
    peoples |= {next(filter(None, m.group("name", "name2", "name3", "name4", "name5", "name6")))
                for m in _ACTOR_CUE.finditer(article.text)}
    group_names = {name_key(n) for g in entities.all(GROUP) for n in g.names}
    named_countries = set(entities.country_counts)
    for place in entities.all(PLACE):
        if place.known or place.place_kind == "country" or len(place.names) > 1 or len(place.name.split()) > 2 or \
                place.name.split()[-1].lower() in PLACE_KIND_WORDS or \
                world_places.lookup(place.name, named_countries) or world_places.is_division(place.name):
            continue
        key = name_key(place.name)
        if place.name in peoples or key in group_names or key in GROUP_HEADS or \
                re.fullmatch(r"[A-Z][a-z]+ists|[A-Z]{2,}s", place.name) \
                or any(f"{key} {word}" in group_names for word in _FIGHTERS):
            # ("Peshmerga", a force; "Maoists", "Islamists": followers; "IEDs": a plural of letters)
            entities.forget(place)


def _world_places(article: Article, entities: Entities, sentences: list[Sentence]) -> None:
    """A name no cue marked that is a town or a province of a country the article names ("flown to Mogadishu",
    "Beledweyne's main market"), unless it belongs to a person's name or sits inside a longer name."""
    text = article.text
    named_countries = set(entities.country_counts)
    if not named_countries:
        return
    person_words = {w for e in entities.all(PERSON) for w in e.name.split()}
    for sentence in sentences:
        for start, end in _name_spans(article, sentence, entities):
            name = _strip_possessive(text[start:end])
            if name in person_words or _overlaps(entities, start, end) or countries().get(name) or \
                    _is_actor_use(text, start, end, town=True) or \
                    re.match(rf"\s+(?:{_BODY_HEAD})", text[end:end + 40]) or \
                    re.match(r"\s+[A-Z]", text[end:end + 2]):
                continue
            if _not_where(text, start, end) or name in world_places.capitals() and _capital_as_party(text, start, end):
                continue
            place = world_places.lookup(name, named_countries)
            if place is not None:
                _add_place(entities, name, place.kind, start, None, confidence=0.5)


def _not_where(text: str, start: int, end: int) -> bool:
    """A town's name that names a clock or a treaty, not a place: "(Damascus time)", "the 2015 Algiers peace agreement",
    "the Arusha peace accords"."""
    return bool(re.match(r"\s+(?:time\b|(?:peace\s+)?(?:accords?|agreements?|process|talks)\b)", text[end:end + 30],
                         re.IGNORECASE))


def _capital_as_party(text: str, start: int, end: int) -> bool:
    """A capital that stands for its government: "Damascus seeks to end", "Kyiv does not usually comment", "Ankara has
    said", "Yerevan and Baku trade blame", "Washington's campaign", "pressed Damascus", "accused Kigali of", "between
    Baghdad and Erbil" (but "Kyiv has been hit" is the city; "the highway between Damascus and Homs" is read as a road
    before this)."""
    after, before = text[end:end + 40], text[max(0, start - 30):start]
    return bool(re.match(r"(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:(?:has|have|had)\b(?!\s+been)|does|did|will|would|seeks?|"
                         r"sought|says|said|wants|accuse[sd]?|blamed?|denie[sd]|insists|trade[sd]?)\b|"
                         r"['’]s\s+(?:campaign|government|policy|decision|position|allies|ally|support|backing|war)\b",
                         after)) or \
        bool(re.search(r"\b(?:pressed|pressing|accused|accusing|urged|urging|encourages|encouraged|between)\s+$", before))


def _town_called_city(entities: Entities) -> None:
    """"a mosque in Tulkarm city" when the text also names the town Tulkarm: one town, not two. (A province and the
    town named after it stay two: only a place of the town's kind takes "X city" or "X town" as another name.)"""
    for place in entities.all(PLACE):
        bare = re.fullmatch(r"(?P<name>.+)\s+(?:city|town)", place.name)
        if place.known or bare is None:
            continue
        town = _settlement_named(entities, bare.group("name"), besides=place)
        if town is not None:
            _merge_place(entities, town, place)


def _land_taken_for_town(article: Article, entities: Entities) -> None:
    """"in El Gezira", then "the capital of El Gezira state": the bare name, first read as a town, was the state's.
    A name the gazetteer knows as a town, or the text calls one, stays a town beside its province ("Kalat", "Kalat
    district"; "in Hodeidah city", "Hodeidah province")."""
    for land in entities.all(PLACE):
        bare = re.fullmatch(r"(?P<name>.+)\s+(?:province|governorate|state|department|prefecture|region)", land.name)
        if land.known or bare is None or _KIND_FAMILY.get(land.place_kind) != "land" or \
                _a_known_town(entities, bare.group("name")):
            continue
        town = _settlement_named(entities, bare.group("name"), besides=land)
        said_town = rf"\b(?:town|city|village)\s+of\s+{re.escape(bare.group('name'))}\b|" \
                    rf"\b{re.escape(bare.group('name'))}\s+(?:town|city)\b"
        if town is not None and not town.known and not re.search(said_town, article.text):
            _merge_place(entities, land, town)


def _settlement_named(entities: Entities, name: str, besides: Entity) -> Entity | None:
    """A town, village or neighbourhood of exactly that name, other than `besides`."""
    return next((other for other in entities.all(PLACE) if other is not besides and name_key(other.name) == name_key(name)
                 and _KIND_FAMILY.get(other.place_kind) == "settlement"), None)


def _merge_place(entities: Entities, keep: Entity, drop: Entity) -> None:
    """One place of two: `drop`'s names, mentions and the places inside it go to `keep`."""
    _merge(entities, keep, drop)
    if keep.parent is None and drop.parent != keep.id:
        keep.parent = drop.parent
    for other in entities.all():
        if other.parent == drop.id:
            other.parent = keep.id if other is not keep else None


def _roads(article: Article, entities: Entities, sentences: list[Sentence]) -> None:
    """"the Gondar–Metema road", "the Quetta-Karachi highway": two towns joined by a dash name a road, not a
    town; the place is the road."""
    for place in entities.all(PLACE):
        if place.known or not re.search(r"\w[-–]\s?[A-Z]", place.name):
            continue
        head = next((m.group(1) for start, end in place.mentions
                     for m in [re.match(r"\s+(road|highway|route|axis|corridor)\b", article.text[end:end + 12])] if m), None)
        if head is None:
            continue
        old = place.name
        place.name, place.place_kind = f"{old} {head}", "facility"
        entities.by_name[(PLACE, name_key(place.name))] = place
    # the rest, wherever they are written ("a gun duel along the Yankara-Sheme road"): no cue is needed, the dash and
    # the head say what it is
    end_name = rf"{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})?"
    for sentence in sentences:
        chunk = article.text[sentence.start:sentence.end]
        for match in re.finditer(rf"(?<![\w'’-])(?:The\s+)?(?P<name>{end_name}[-–]\s?{end_name}|(?=[^\s]*-){_CAP_TOKEN})"
                                 rf"\s+(?P<head>road|highway|route|axis|corridor)\b", chunk):
            name = match.group("name")
            start, end = sentence.start + match.start("name"), sentence.start + match.end("head")
            if not re.search(r"\w[-–]\s?[A-Z]", name) or entities.at(start, end) or \
                    any(w in WEEKDAY_MONTH for w in re.split(r"[-–\s]+", name)):
                continue
            full = f"{name} {match.group('head')}"
            road = entities.get(PLACE, full) or entities.add(PLACE, full, place_kind="facility", confidence=0.5)
            _record(entities, road, start, end)
    for road in entities.all(PLACE):
        _towns_an_axis_joins(article, entities, road)


_AXIS_NAME = re.compile(r"(?P<one>[^-–]+?)\s?[-–]\s?(?P<two>[^-–]+?)\s+axis")


def _towns_an_axis_joins(article: Article, entities: Entities, road: Entity) -> None:
    """"the Zemio–Mboki axis", "the Kurebe-Kushaka axis": the towns an axis is named by are places too, as a curator
    lists them (the word of French-speaking Africa for a road between two towns that armed groups hold up; the towns
    at the ends of a "road" or a "highway", "the Lamu-Garsen road", are most often far from what happened, and left
    out). Only a name of two towns with one dash between them: which dash of "Kaga-Bandoro–Mbrès" joins the towns, the
    text (its dashes made one) no longer tells."""
    names = _AXIS_NAME.fullmatch(road.name)
    if road.known or road.place_kind != "facility" or names is None:
        return
    for group in ("one", "two"):
        town = names.group(group)
        if len(town) < 3 or not _is_place_like(town) or town in WEEKDAY_MONTH or countries().get(town) or \
                entities.get(GROUP, town) or entities.get(PERSON, town):
            continue
        place = entities.get(PLACE, town) or entities.add(PLACE, town, place_kind="city", confidence=0.5)
        for start, end in road.mentions:
            at = article.text.find(town, start, end)
            if at >= 0:
                entities.mention(place, at, at + len(town))


def _home_country(article: Article, entities: Entities, sentences: list[Sentence]) -> None:
    """The country most of the article happens in is a place even when the text names it only in an adjective
    or a name ("Kenyan police", "the Kenya Defence Forces"): the country is the top of its places' containment,
    as an event record's country is (ACLED, UCDP). It becomes the parent of the towns and provinces found in it
    that have none. Its evidence is its first mention, whatever the form, or where the first of its places is named
    when the text never names it (a Nigerian daily on "Katsina State")."""
    country = entities.dominant_country()
    places = [p for p in entities.all(PLACE) if p.place_kind != "country"]
    if country is None or not places:
        return
    inside = [p for p in places if p.parent is None and not p.known and (
        world_places.lookup(p.name, {country}) or world_places.lookup(_KIND_WORD_AT_END.sub("", p.name), {country}))]
    home = entities.get(PLACE, country)
    if home is None:
        if not inside:
            return  # nothing drafted is known to lie in it
        forms = {country, entities.demonyms.get(country, country)}
        pattern = re.compile(rf"\b(?:{'|'.join(re.escape(f) for f in sorted(forms, key=len, reverse=True))})\b")
        first = next((m.span() for s in sentences for m in pattern.finditer(article.text, s.start, s.end)), None)
        if first is None:  # never named ("in Katsina State"): the country its places lie in, cited where the first is
            first = min((m for p in inside for m in p.mentions), default=None)
        if first is None:
            return
        home = entities.add(PLACE, country, place_kind="country", confidence=0.4)
        _record(entities, home, *first)
    for place in inside:
        place.parent = home.id


_PLURAL_KINDS = {"governorates": "province", "provinces": "province", "districts": "district", "towns": "city",
                 "cities": "city", "villages": "village", "neighbourhoods": "neighbourhood", "areas": "district",
                 "localities": "village", "communities": "village", "settlements": "village", "hamlets": "village",
                 "veredas": "village", "municipalities": "city", "parishes": "district", "counties": "district"}


# A line that credits reporters ("(Reporting by A in Tripoli and B in Benghazi; ...)", "By A and B"), not "By Monday"
_CREDIT_LINE = re.compile(r"[\s(\[]*(?:(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by|By(?!\s+(?:"
                          + "|".join(sorted(WEEKDAY_MONTH)) + r")\b))\s+[A-Z]")


def _place_lists(article: Article, entities: Entities, sentence: Sentence) -> None:
    """"the provinces of A, B (B2) and C", "in Geneva, Amman and London", "between Aleppo and X", "fled to A, B
    and C": every name of a list whose first member is a place is a place; so is every name of "the road between
    A and B" or "the track linking A to B", whatever A is."""
    text = article.text
    item = rf"{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*(?:\s+\([^()]+\))?"
    member = rf"(?:the\s+)?{item}(?:\s+(?:area|region|district|neighbourhood|village|town)\b)?"  # "and the X area"
    listing = rf"(?P<list>{item}(?:,\s+{member})*,?\s+and\s+{member})"
    plural = "|".join(_PLURAL_KINDS)
    chunk = text[sentence.start:sentence.end]
    if _CREDIT_LINE.match(chunk):
        return  # "(Reporting by Salem Zaidi in Tripoli and Hani Mansour in Benghazi; ...)": reporters, not a list
    road = rf"(?P<road>(?:road|highway|track|route|axis)\s+(?:between|linking|from))\s+(?P<a>{item})\s+(?:and|to|with)\s+(?P<b>{item})"
    for match in re.finditer(road, chunk):
        for key in ("a", "b"):
            name = match.group(key)
            if not (entities.get(GROUP, name) or entities.get(PERSON, name)) and _is_place_like(name):
                _add_place(entities, name, "city", sentence.start + match.start(key), None, confidence=0.5)
    for match in re.finditer(rf"\b(?:the\s+(?:[a-z-]+\s+)?(?P<kind>{plural})\s+of|in|between|from|near|to|around|towards?|"
                             rf"including|at|into|across|outside|reached|left|(?:residents|natives|inhabitants|villagers|"
                             rf"parts|areas|outskirts|(?<!the\s)(?:municipalities|communes|parishes))\s+of)\s+{listing}", chunk):
        members = [(m.group(1), sentence.start + match.start("list") + m.start(), m.group(2))
                   for m in re.finditer(rf"({_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)(?:\s+\(([^()]+)\))?", match.group("list"))]
        kind = _PLURAL_KINDS.get(match.group("kind") or "")
        first = entities.get(PLACE, members[0][0])
        if kind is None and first is None:
            continue
        for name, start, bracketed in members:
            if entities.get(GROUP, name) or entities.get(PERSON, name) or not _is_place_like(name):
                continue
            place = _add_place(entities, name, kind or "city", start, None, confidence=0.5)
            if place is not None and bracketed and _may_be_other_name(place, bracketed):
                entities.alias(place, bracketed)


POLICE_RANK = re.compile(r"(?:(?:Senior|Deputy|Assistant|Additional|Divisional|Sub-Divisional)\s+)*"
                         r"(?:Superintendent|Inspector(?:[\s-]+General)?|Director[\s-]+General|Commissioner)\s+of\s+Police")


def _lowercase_groups(article: Article, entities: Entities, sentence: Sentence) -> None:
    """Sources named by a common noun: "officers said", "police said", "Government forces", "the army",
    "a monitoring group said" (the article's monitor), "according to a doctor at a hospital in X"."""
    text = article.text
    chunk = text[sentence.start:sentence.end]
    for match in re.finditer(r"\b(?:(?P<gov>[Gg]overnment|[Rr]egime|[Pp]ro-government)\s+(?P<h1>forces|troops|soldiers)|"
                             r"(?:the|[Tt]he)\s+(?P<h2>army|military|air force|armed forces)(?=\s+(?:said|says|had|has|have|was|is|"
                             r"denied|claimed|struck|launched|targeted|carried|announced)\b|[,.])|(?P<h3>[Oo]fficers|[Pp]olice|[Ss]oldiers)\s+said|"
                             r"[Aa]\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?military\s+source)", chunk):
        if entities.at(sentence.start + match.start(), sentence.start + match.end()):
            continue
        country = demonym_country(match.group("dem")) if match.group("dem") else None
        if entities.known("actor", match.group(0)):
            continue
        kind = "police" if (match.group("h3") or "").lower() == "police" else "forces"
        force = entities.state_force(country, kind)
        if force is None:
            continue
        end = sentence.start + match.end() - (len(" said") if match.group("h3") else 0)
        _record(entities, force, sentence.start + match.start(), end)
        if match.group("gov") or match.group("h2"):
            entities.alias(force, re.sub(r"^[Tt]he\s+", "", match.group(0)))
        elif kind == "police":
            entities.alias(force, "the police")  # "police said": the force as the text names it ("the" keeps it from
            # matching the "Police" of a title, "Inspector General of Police")

    # "the U.S.-led coalition": a coalition named by its leader written with full stops, which the capitalised runs of
    # names cut at the stop ("Saudi-led coalition", "US-led coalition" are found there)
    for match in re.finditer(r"\b(?:[A-Z]\.){2,}-led\s+(?:military\s+)?coalition\b", chunk):
        if not entities.at(sentence.start + match.start(), sentence.start + match.end()):
            group = entities.get(GROUP, match.group(0)) or entities.add(GROUP, match.group(0), actor_type="coalition",
                                                                        confidence=0.6)
            _record(entities, group, sentence.start + match.start(), sentence.start + match.end())
    # "according to a doctor at a hospital in X": the place the unnamed source speaks from
    for match in re.finditer(r"according\s+to\s+(?:a|an)\s+(?:[a-z]+\s+){1,2}?(?:at|from|with)\s+(?:a|an|the)\s+"
                             r"(?P<org>(?:[a-z-]+\s+){0,2}(?:clinic|hospital|council|office|agency|group|organisation|"
                             r"organization)(?:\s+in\s+" + _CAP_TOKEN + r")?)", chunk):
        group = entities.add(GROUP, match.group("org"), actor_type="informal", confidence=0.4)
        _record(entities, group, sentence.start + match.start("org"), sentence.start + match.end("org"))
    # "the army general staff said", "According to the regional operational headquarters": a body named by its
    # kind, which a later "the general staff said" or "the headquarters said" points back to
    for match in re.finditer(r"(?:\b[Tt]he|\baccording\s+to\s+the)\s+(?P<org>(?:[A-Z][\w-]+\s+)?(?:[a-z-]+(?:'s)?\s+){0,3}?"
                             r"(?:general\s+staff|headquarters|commission|command|directorate|health\s+district))(?=(?:\s+\([^()]*\))?(?:\s+(?:said|says|reported|announced|put|"
                             r"confirmed|stated)\b|,))", chunk):
        if len(match.group("org").split()) >= 2 and not entities.at(sentence.start + match.start("org"),
                                                                    sentence.start + match.end("org")):
            group = entities.add(GROUP, match.group("org"), actor_type=org_type(match.group("org")), confidence=0.4)
            _record(entities, group, sentence.start + match.start("org"), sentence.start + match.end("org"))
    # "local authorities in X", "A local official in Sidakan told"
    for match in re.finditer(r"\b(?P<name>(?:[Ll]ocal\s+)?(?:authorities|council|officials)|[Ll]ocal\s+official)\s+in\s+"
                             rf"(?P<place>{_CAP_TOKEN}(?:\s+(?!(?:{'|'.join(WEEKDAY_MONTH)})\b){_CAP_TOKEN}){{0,2}})", chunk):
        # ("Local authorities in Al Zahir put the death toll at nine")
        group = entities.add(GROUP, f"{match.group('name')} in {match.group('place')}", actor_type="government", confidence=0.4)
        _record(entities, group, sentence.start + match.start(), sentence.start + match.end())
    # "provincial officials said", "according to the provincial governor's office", "a local health official
    # said", "Hospital officials in nearby X said", "security sources told"
    sources = rf"(?:(?i:(?!(?:{_NOT_MODIFIERS})\b))[A-Za-z]+\s+)?(?:{_MODIFIER}\s+)?(?:officials?|sources|leaders|elders)"
    for match in re.finditer(rf"(?:\baccording\s+to\s+(?:the\s+|an?\s+)?(?P<a>{_LOWER_ORG}|{sources})\b|"
                             rf"(?<![\w'-])(?P<b>{sources}|{_LOWER_ORG})(?:\s+in\s+(?:nearby\s+)?(?P<where>{_CAP_TOKEN}))?"
                             rf"(?:\s+who\s+(?:spoke|talked|were\s+contacted)\s+to\s+[^,.;]{{1,60}}?)?"  # "Community leaders who
                             rf"\s+(?:said|say|says|told|reported|put)\b)", chunk):  # spoke to humanitarian partners put"
        name = match.group("a") or match.group("b")
        start = sentence.start + (match.start("a") if match.group("a") else match.start("b"))
        if name[0].isupper() and not demonym_country(name.split()[0]):  # "Ukrainian officials" keeps its capital
            if _begins_no_sentence(article, start):
                continue
            name = name[0].lower() + name[1:]  # "Hospital officials said" opens the sentence
        if entities.at(start, start + len(name)) or re.search(rf"\b(?:{_NOT_MODIFIERS})\s", name) \
                or name in ("local officials", "local sources") or len(name.split()) < 2:
            continue
        owner = re.search(rf"(?P<owner>{_CAP_TOKEN})['’]s\s+$", text[sentence.start:start])
        if owner and entities.get(GROUP, owner.group("owner")) and re.fullmatch(
                r"(?:media|press|information|public\s+relations)\s+(?:office|department|directorate)", name):
            # "The LNA's media office said": the LNA speaking through its press office
            body = entities.get(GROUP, owner.group("owner"))
            entities.alias(body, text[sentence.start + owner.start():start + len(name)])
            _record(entities, body, sentence.start + owner.start(), start + len(name))
            continue
        end = start + len(name)
        if match.group("where") and entities.get(PLACE, match.group("where")):
            # "local elders in Bulo-Jameeco told": the elders of that place, as a curator names them
            name, end = f"{name} in {match.group('where')}", sentence.start + match.end("where")
        group = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type="government", confidence=0.4)
        _record(entities, group, start, end)
    for match in re.finditer(r"\b[Ll]ocal\s+authorities\s+said\b", chunk):
        if entities.at(sentence.start + match.start(), sentence.start + match.end() - 5):
            continue
        group = entities.add(GROUP, "local authorities", actor_type="government", confidence=0.3)
        _record(entities, group, sentence.start + match.start(), sentence.start + match.end() - 5)


def _publisher(article: Article, entities: Entities) -> None:
    """The outlet that published the article, from the header ("Outlet: ..."), as a group."""
    outlet = article.layout.outlet
    if outlet is None:
        return
    # "UN Office for the ... (OCHA), occupied Palestinian territory": the name, its bracket, then the office; "Diario del
    # Sur (Pasto, Colombia) – unofficial English translation": the name, its bracket, then a note after a dash; a bracket
    # the name goes on after is part of it ("1st Infantry (Tabak) Division, Philippine Army (press release)")
    header = re.fullmatch(r"\s*(?P<name>(?:(?!\s[–—-]\s)(?:[^(,]|\([^)]*\)(?=\s+\w)))+?)\s*(?:\((?P<bracket>[^)]*)\))?\s*(?:(?:,|\s[–—-]\s).*)?",
                          outlet.text, re.DOTALL)
    bracketed = header if header and header.group("bracket") is not None else None
    name = header.group("name") if header else outlet.text.strip()
    dashed = re.match(r"\s*(?P<name>[^(),]+?\s[–—-]\s[^(),]+?)\s*(?:\(|,|$)", outlet.text)
    if dashed and normalise_name(dashed.group("name")).casefold() in article.text[outlet.end:].casefold():
        # "Police Regional Office – Bangsamoro Autonomous Region (press release)" over a letterhead that repeats it: the
        # dash is part of the name, not a note after it
        name = dashed.group("name")
    entity = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type=org_type(name) if
                                                       org_type(name) != "informal" else "news-outlet", confidence=0.9)
    entities.set_publisher(entity)
    if bracketed and re.fullmatch(r"[A-Z]{2,6}", bracketed.group("bracket")):
        entities.alias(entity, bracketed.group("bracket"))  # "UN Office for the ... (OCHA)"
    if "(" in name:  # "1st Infantry (Tabak) Division" is the "1st Infantry Division" of its text
        entities.alias(entity, re.sub(r"\s*\([^)]*\)", "", name))
    # "Outlet: Press Information Bureau, Government of India (Ministry of Defence)" over a release whose letterhead line
    # is "Ministry of Defence": the bureau publishes what the ministry says
    issuer = re.search(r"\((?P<issuer>(?:Ministry|Department|Directorate|Office)\s+of\s+[^()]+)\)", outlet.text)
    if issuer and re.search(rf"^[ \t]*{re.escape(issuer.group('issuer'))}[ \t]*$", article.text, re.MULTILINE):
        name = issuer.group("issuer")
        entities.set_issuer(entities.get(GROUP, name) or entities.add(GROUP, name, actor_type="government", confidence=0.8))
    # A monitoring service's translation ("Text of report by ... El Heraldo website on 9 September" ... "Source: El Heraldo
    # website, Tegucigalpa, in Spanish 1405 gmt 9 Sep 24") says what the outlet it translates reported
    translated = re.search(r"^Source:[ \t]+(?P<outlet>[^,\n]+?)(?:[ \t]+(?:website|web\s+site|radio|TV|television))?,",
                           article.text, re.MULTILINE)
    if translated and re.search(r"^Text of report\b", article.text, re.MULTILINE) and \
            translated.group("outlet") in article.text[:translated.start()]:
        name = translated.group("outlet").strip()
        entities.set_issuer(entities.get(GROUP, name) or entities.add(GROUP, name, actor_type="news-outlet", confidence=0.8))
    for alt in list(entity.names):
        if alt.startswith("The "):
            entities.alias(entity, alt[4:])
        else:
            entities.alias(entity, "The " + alt)


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word[0].isupper())  # "Agence France-Presse"


# --- mentions ------------------------------------------------------------------------------------------

def _collect_mentions(article: Article, entities: Entities, sentences: list[Sentence]) -> None:
    """Every occurrence of every name (and a person's surname) in the article, longest first."""
    text = article.text
    forms: list[tuple[str, Entity]] = []
    for entity in entities.all():
        for name in entity.names:
            forms.append((name, entity))
            if name.startswith("The "):
                forms.append((name[4:], entity))
        if entity.category == PERSON:
            for surname in _surnames(entity.name):
                forms.append((surname, entity))
    forms.sort(key=lambda f: -len(f[0]))
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for sentence in sentences:
        for name, entity in forms:
            flags = 0 if any(c.isupper() for c in name) else re.IGNORECASE
            pattern = rf"(?<![\w-]){re.escape(normalise_name(name))}(?:'s)?(?![\w-])"
            for match in re.finditer(pattern, text[sentence.start:sentence.end], flags):
                start = sentence.start + match.start()
                end = sentence.start + match.end() - (2 if match.group(0).endswith("'s") else 0)
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                found.append(Mention(start, end, entity))
                entities.mention(entity, start, end)
    for entity in entities.all():  # spans recorded by the rules but not re-found by name (a dateline in capitals)
        for start, end in entity.mentions:
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                found.append(Mention(start, end, entity))
    entities.mentions = sorted(found, key=lambda m: m.start)


def normalise_name(name: str) -> str:
    from ingest.extract.text import normalise

    return normalise(name)


def _surnames(name: str) -> list[str]:
    """"Ahmad al-Abda" -> ["al-Abda", "Abda"]; "Ammar Saqar" -> ["Saqar"]."""
    tokens = name.split()
    if len(tokens) < 2:
        return []
    last = tokens[-1]
    result = [last]
    if "-" in last and last.split("-")[0].lower() in PARTICLES:
        result.append(last.split("-", 1)[1])
    if len(tokens) >= 3 and tokens[-2].lower() in PARTICLES:
        result.insert(0, " ".join(tokens[-2:]))
    return result


# --- people -------------------------------------------------------------------------------------------

# a person's name never runs over a line break ("...al-Shabaab.\n\nDr Hodan Warsame")
_NAME = rf"(?:{_CAP_TOKEN})(?:[^\S\n]+(?:(?:{_JOINING_PARTICLES})[^\S\n]+)*(?:{_CAP_TOKEN})){{1,4}}"
# Who wrote the story, on a line of its own: "By Lina Sabbagh", "From Justina Adongo, Bawku", "By Blaise Tanjong in
# Bamenda", "By JOHN PAKE in Wabag", "WRITER: Nurhayati Samae", "By Fatuma Athman | Wednesday, October 9, 2024",
# "Reporter: Yulianus Wenda | Editor: Timo Marten"
_CREDIT = r"(?:From|By|BY|(?:WRITER|Writer|REPORTER|Reporter|AUTHOR|Author|EDITOR|Editor|Written\s+by|Words\s+by)\s*:?)"
_CAPS_NAME = r"[A-Z][A-Z'’-]+(?:[^\S\n]+[A-Z][A-Z'’.-]*){1,3}"
_BYLINE = re.compile(rf"\s*{_CREDIT}\s+(?P<name>{_NAME}|{_CAPS_NAME})"
                     rf"(?:,?\s+in\s+(?P<in_town>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})?)|,\s+(?P<town>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})?))?\s*")
_ROLE = "|".join(sorted(ROLES, key=len, reverse=True))
_HONORIFICS_LONGEST_FIRST = sorted(HONORIFICS, key=len, reverse=True)
_HONORIFIC = "|".join(re.escape(h) for h in _HONORIFICS_LONGEST_FIRST)
_LOWER_ORG = r"(?:[a-z]+(?:'s)?\s+){1,3}(?:command|office|ministry|council|authorities|agency|directorate|department|police|army)"
# "president of the civil society of Bwito chiefdom": the civil society of a place, as a Congolese text speaks of it
_CIVIL_SOCIETY = r"civil\s+society"
# "the Malian armed forces", "the Somali army": a country's forces by its adjective
_NATIONAL_FORCE = r"[A-Z][a-z]+\s+(?:armed\s+forces|security\s+forces|forces|army|military|police)\b(?!\s+[a-z])"
_ORG = (rf"(?:the\s+)?(?:{_NATIONAL_FORCE}|{_CAP_TOKEN}(?:'s)?(?:\s+(?:of|for|and|{_JOINING_PARTICLES})?\s*{_CAP_TOKEN})*"
        rf"(?:\s+(?:rebel|militant|armed)\s+group|\s+(?:{_MODIFIER}\s+){{0,2}}{_BODY_HEAD})?"
        rf"|(?:{_MODIFIER}\s+){{0,2}}{_BODY_HEAD}"
        rf"|{_LOWER_ORG}|{_CIVIL_SOCIETY})")
# "the group", "the rebel group", "the ministry": an organisation the text named before, as a title says it
_DESCRIBED_ORG = r"(?:[a-z]+\s+)?(?:group|organi[sz]ation|movement|alliance|coalition|militia|ministry|agency|network|mission)"
PERSON_PATTERNS = [
    # "Yasser al-Youssef, a spokesman for the Nour al-Din al-Zinki rebel group"; "X, the chief medical officer
    # of the Y health zone"; "X, an adviser to Y commander Z"
    re.compile(rf"(?P<name>{_NAME}|{_CAP_TOKEN}),\s+(?:a|an|the)\s+(?P<title>(?:(?P<org1>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)\s+)?"
               rf"(?:(?:[a-z0-9-]+(?:'s)?|[A-Z][a-z]+)\s+){{0,3}}?(?P<role>{_ROLE})\s+(?:for|of|at|with|in|to)\s+(?:the\s+|a\s+)?(?P<org2>{_ORG}))"),
    # "Ali, a health worker", "X, a deputy information chief", "Musa Hadjirul, a local MILF commander"
    re.compile(rf"(?P<name>{_NAME}|{_CAP_TOKEN}),\s+(?:a|an|the)\s+(?P<title>(?:(?:local|senior|former|top)\s+)?"
               rf"(?:(?P<org1>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)\s+)?"
               rf"(?:[a-z0-9-]+(?:'s)?\s+){{0,3}}?(?P<role>{_ROLE}))\b"),
    # "Ahmad al-Abda, chairperson of the Syrian National Coalition"; "Jane Roe, Some Agency's Country Director in X"
    re.compile(rf"(?P<name>{_NAME}),\s+(?P<title>(?:(?P<org1>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)'s\s+(?:[a-z-]+\s+){{0,2}}?)?"
               rf"(?:(?:deputy|acting|senior|assistant|chief)\s+(?=(?i:{_ROLE})))?"  # "X, deputy spokesman for the ministry"
               rf"(?P<role>(?i:{_ROLE}))(?:\s+(?:for|of|at)\s+(?P<org2>{_ORG}))?)"),
    # "John Doe, who heads the rescue team in X", "Dr. Faadumo Ali Hirsi, who works at Garbahaarey Regional Hospital,"
    re.compile(rf"(?P<name>{_NAME}),\s+(?P<title>who\s+(?:heads|leads|runs|chairs|directs|works\s+(?:at|for|with))\s+"
               rf"(?:the\s+)?"
               rf"(?P<org2>(?:[\w'-]+|(?:[A-Z]\.){{2,}})(?:\s+(?:[\w'-]+|(?:[A-Z]\.){{2,}}))*?))(?=,|\.?\s*$|\.\s)"),
    # "Zakaria Malahifji of the Tajamu Fastaqem Kama Umert rebel group"; "Col. John Doe of Syria's X Service"
    re.compile(rf"(?:(?P<honorific>{_HONORIFIC})\s+)?(?P<name>{_NAME})\s+(?P<title>of\s+(?P<org2>{_ORG}))"
               rf"(?=\s+(?:told|said|says|called|added|insisted|warned|accused)|,)"),
    # "Col. John Doe", "Spokeswoman Jane Roe", "UN envoy Staffan de Mistura",
    # "Spokesman for the Kremlin Dmitry Peskov", "Syrian expert on Russian affairs Mahmoud al-Hamza", "Police spokesman Mohamed Hussein"
    re.compile(rf"(?P<title>(?:(?P<org1>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN}){{0,2}}(?:(?:\s+(?:provincial|regional|district|state|county|"
               rf"municipal|national|city))?\s+(?:police|army|military|ministry|council))?)\s+)?"
               rf"(?:{_HONORIFIC}|(?:(?<=[A-Z]\s)(?:deputy|acting|chief|senior|assistant)\s+)?(?i:{_ROLE}))"
               rf"(?:\s+(?:for|on|of)\s+(?:the\s+)?(?P<org2>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*?))?)"
               # "Deputy Superintendent of Police (DSP) John Doe", "SSPDF deputy spokesperson Brigadier General X"
               rf"(?:\s+\([A-Z]{{2,6}}\))?\s+(?:(?<=[a-z]\s)(?:{_HONORIFIC})\s+)?(?P<name>{_NAME})(?![\w'’-])"
               r"(?!\s+(?:camp|village|town|school|hospital|market|township|site|road|street|bridge)\b)"),  # not "the Daw
    # Noe Ku camp", named after someone
    # "the UN Special Envoy for X, John Doe,", "the acting Humanitarian Coordinator for X, Jane Roe,",
    # "the head of the X Ambulance service, John Doe,"
    re.compile(rf"(?:\b(?i:the|an?|its|his|her|their)|(?P<possessor>{_CAP_TOKEN})'s(?=\s+(?:[a-z]|(?:[A-Z][a-z-]+\s+){{0,2}}"
               rf"(?i:{_ROLE})\b)))\s+(?P<title>(?:(?:acting|interim|deputy|former|senior|outgoing)\s+)?"
               rf"(?:(?P<org1>{_CAP_TOKEN}(?:\s+(?!Special\b){_CAP_TOKEN}){{0,2}})\s+)?(?:(?P<owner>[a-z]+)'s\s+)?(?:[a-z-]+\s+){{0,2}}?"
               rf"(?i:(?:{_ROLE}|Special Envoy))(?:\s+\([A-Z]{{2,6}}\))?(?:\s+a\.i\.)?(?:\s+(?:for|of)\s+(?:the\s+)?"
               rf"(?P<org2>{_CAP_TOKEN}(?:\s+(?:(?:{_JOINING_PARTICLES})\s+)?{_CAP_TOKEN})*(?:\s+[a-z]+){{0,2}}|{_DESCRIBED_ORG}))?"
               rf"(?:\s+of\s+(?:the\s+(?:village|town|camp|community|family|site|district)|government|security|health|"
               rf"defen[cs]e|interior|justice|information|education))?)"
               rf"(?:\s+\([A-Z]{{2,8}}\))?"  # "the Coordinator of the National X Organisation (NADMO), Mr John Doe,"
               rf"(?:\s+in\s+(?:the\s+)?{_CAP_TOKEN}(?:\s+{_CAP_TOKEN}){{0,3}}(?:\s+(?:sector|district|region|province|state|"
               rf"territory|area))?)?,\s+"  # "The spokesman for the Congolese army (FARDC) in the Masisi sector, Captain X,"
               rf"(?:(?:{_HONORIFIC})(?:\s+\([A-Z][A-Za-z]{{1,5}}\))?\s+)?(?P<name>{_NAME}),"),  # "Lieutenant Colonel (Inf) X"
    # "The personero of Tibú, Ferney Contreras Ascanio, said", "the Interim Executive Agent of Saint-Marc, Marie-Claude
    # Étienne, told": an office of a place the lexicon does not know, held by the person named between commas who speaks
    re.compile(rf"\b[Tt]he\s+(?P<title>(?:[A-Za-z-]+\s+){{1,3}}of\s+{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*),\s+(?P<name>{_NAME}),\s+"
               rf"(?=(?:said|says|told|added|reported|confirmed)\b)"),
    # "The TPNPB, through its spokesman Yosua Magai, claimed": the group speaks through its spokesperson
    re.compile(rf"(?P<org2>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*),\s+through\s+its\s+(?P<title>(?P<role>{_ROLE}))\s+"
               rf"(?P<name>{_NAME})"),
    # ""... all," said Gladys Quinonez, whose son": the speaker named after a quotation
    re.compile(rf"[\"”],?\s+said\s+(?P<name>{_NAME})(?=,|\.|\s+(?:who|whose|of|from)\b)"),
    # ""... what I could carry," said Hawa, 32, a mother of five": one name and an age after the speech
    re.compile(rf"[\"”],?\s+said\s+(?P<name>{_CAP_TOKEN}),\s+(?P<title>\d{{1,3}}),"),
    # "said the Humanitarian Coordinator a.i. for Myanmar, Liesl Andersson.": the speaker named after the verb and title;
    # "according to the district commissioner of Bulo Burde (also spelled Buuloburde), Abdiwali Osman Guure."
    re.compile(rf"\b(?:said|says|added|warned|according\s+to)\s+the\s+(?P<title>[^,;:\"“”]*?\b(?i:{_ROLE})\b[^,;:\"“”]{{0,80}}?),\s+"
               rf"(?:(?:{_HONORIFIC})\s+)?(?P<name>{_NAME})(?=[,.]|\s*$)"),
    # "whom it named as Ali Hassan Jaber", "naming one of them as Dilovan Shingali"; "Lieutenant Colonel (Inf) Agus
    # Setiawan": a rank with its corps
    re.compile(rf"\bnam(?:ed|ing)\s+(?:him\s+|her\s+|one\s+of\s+them\s+)?as\s+(?P<name>{_NAME})"),
    re.compile(rf"(?P<title>{_HONORIFIC})\s+\([A-Z][A-Za-z]{{1,5}}\)\s+(?P<name>{_NAME})"),
    # "Habiba Aden Mursal, one of the camp leaders, told SSO"
    re.compile(rf"(?P<name>{_NAME}),\s+(?P<title>one\s+of\s+the\s+(?:[a-z-]+\s+){{0,3}}?[a-z]+s),\s+"
               rf"(?=(?:said|says|told|added|reported)\b)"),
    # "The contractor, Malik Tanveer, who was in Turbat at the time of the attack, said"
    re.compile(rf"\b[Tt]he\s+(?P<title>[a-z-]+(?:\s+[a-z-]+)?),\s+(?P<name>{_NAME}),\s+(?=(?:who|said|says|told|added)\b)"),
    # "Salahuddin Mantawil, alias Commander Bagwis": a person by the alias after the name
    re.compile(rf"(?<![\w'-])(?P<name>{_NAME}),?\s+(?:alias|a\.k\.a\.?|aka)\s+[\"“]?[A-Z]"),
    # "The lawan [traditional chief] of Sagme, Boukar Ali, said": a name set off by commas after any title with a role
    # word, then the speech; the pattern below takes the long lower-case titles with any verb in -ed
    re.compile(rf"(?:^|[.;:]\s+|\b[Tt]he\s+|\b[Ii]ts\s+|\b[Aa]n?\s+)(?P<title>[^,;:\"“”]*?\b(?i:{_ROLE})\b[^,;:\"“”]{{0,120}}?),\s+"
               rf"(?:(?:{_HONORIFIC})\s+)?(?P<name>{_NAME}),\s+(?:said|says|told|added|confirmed|reported|stated|explained|"
               rf"noted|warned|announced|insisted|denied|claimed)\b"),
    # "The plenipotentiary representative of the president in Batken Region, Abdykadyr Mamatov, told 24.kg": a long
    # title in lower case, then the name, then the speech
    re.compile(rf"\b[Tt]he\s+(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{_ROLE})(?:-[a-z]+)?\s+(?:of|for|in)\s+[^,;\"]{{3,100}}?),\s+"
               rf"(?P<name>{_NAME}),\s+(?:said|says|told|added|reported|confirmed|announced|stated|[a-z]{{3,}}ed)\b"),
    # "The MPCP, led by Víctor Quispe Palomino, known as": a group's leader; "a 52-year-old street vendor, Sandra
    # Regina dos Santos, was hit": a person by the age and trade before the name
    re.compile(rf"(?:,\s+|\b)(?:led|headed|commanded)\s+by\s+(?P<name>{_NAME})(?=,|\.|\s+\(|\s+(?:since|until|who|and)\b)"),
    re.compile(rf"\b(?:[Aa]n?)\s+(?P<title>\d{{1,3}}-year-old\s+[a-z]+(?:\s+[a-z]+){{0,2}}),\s+(?P<name>{_NAME}),"),
    # "Abdala Saide, 43, who said he lost his brother": a person by the age after the name
    re.compile(rf"(?P<name>{_NAME}),\s+(?P<title>\d{{1,3}})(?:,(?!\d)|\s+and\b)"),
    # "[John Doe/Anadolu]" (a photo credit)
    re.compile(rf"\[(?P<name>{_NAME})/(?P<org2>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*)\]"),
]


def _add_person(article: Article, entities: Entities, match: re.Match, resolve_descriptions: bool = True) -> None:
    name = _clean_person_name(match.group("name"))
    if not name or not _is_person_like(name) or entities.known("place", name):
        return
    if re.match(r"(?:In|At|From|Near|Outside|Inside)\s", match.group("name")):
        return  # "In Belgrade, President Aleksandar Vucic said": a place, then the speaker's title
    name_start = match.start("name") + match.group("name").find(name)
    if _overlaps(entities, name_start, name_start + len(name), (GROUP, PLACE)):
        return
    if re.search(r"\b[Tt]he\s+$", article.text[max(0, name_start - 4):name_start]):
        return  # "known as the Food Basket of the Nation,": a person's name follows no article
    if _surname_of_a_person(entities, name):
        return  # "Chief Supt Kupul said": Samson Kupul again, by his surname
    known = _person_by_first_name(entities, name) if re.search(rf"\b(?:{_HONORIFIC})\s+$",
                                                               article.text[max(0, name_start - 40):name_start]) else None
    if known is not None:
        entities.alias(known, name)  # "Brig. Gen. Chol told Sobat Radio": Chol Makuei Deng again
        return
    titled = match.groupdict().get("title") and match.end("title") <= match.start("name")  # "Pastor X of the Y"
    if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", article.text[match.end("name"):match.end("name") + 30]) and \
            not (match.groupdict().get("title") or "").startswith("of") and not titled:
        return  # "the Global New Light of Myanmar": a name that goes on with "of" is an organisation's
    if re.match(r",\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:told|said|says|added|reported)\b|"
                r",\s+(?:a|an|the)\s+[^,.;:\"]{3,80}?\s+(?:told|said|says|added|reported)\b", article.text[match.end("name"):]) \
            and PLACE_PREPOSITIONS.search(article.text[max(0, name_start - 30):name_start]):
        return  # "their home in Ain Zara, a relative told AFP", "In Abuja, a senior officer at the Force Headquarters
        # told": a place, then the speaker of a new clause
    role = match.groupdict().get("role")
    if role and re.match(rf"\s+(?:{'|'.join(sorted(PLACE_KIND_WORDS, key=len, reverse=True))})\b",
                         article.text[match.end("role"):]):
        return  # "north of Oicha, the chief town of Beni territory": a town, not a chief
    if match.start("name") == match.start() and re.search(r"\b(?i:in|at|near|on)\s+$", article.text[max(0, name_start - 5):name_start]) \
            and re.match(r",\s+(?:a|an|the)\s+[^,]{3,120},\s+[A-Z]|,\s+the\s+same\s", article.text[match.end("name"):]):
        return  # "held in Santander de Quilichao, the departmental secretary, Andrés Muñoz,": a place, then a title;
        # "speaking to the community radio in Macomia, the same administrator had spoken": a place, then the subject
    known_actor = entities.known("actor", name)
    if known_actor is not None and known_actor.type != "person":
        return
    groups = match.groupdict()
    start = match.start("name") + match.group("name").find(name)
    person = entities.add(PERSON, name, confidence=0.7)
    if person.category != PERSON:
        return
    _record(entities, person, start, start + len(name))
    if person.affiliation is not None:
        return
    org = _owner(entities, groups, match.start())
    owner = groups.get("org1") or groups.get("possessor")
    ministry = re.fullmatch(rf"(?:{re.escape(owner)}\s+)?(?i:minister)\s+(?:of|for)\s+(?:the\s+)?"
                            r"(?P<field>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)" if owner else
                            r"(?i:minister)\s+(?:of|for)\s+(?:the\s+)?(?P<field>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)",
                            (groups.get("title") or "").strip())
    if ministry and org is None:  # "Puntland's Minister of Security, X,", "Jonglei State Minister of Information X": a
        name = f"Ministry of {ministry.group('field')}"  # ministry of its owner, not a group named "Information"
        org = _organisation(entities, f"{owner} {name}" if owner else name, match.start("title"),
                            resolve_descriptions=resolve_descriptions)
    for group_name in ("org2", "org1"):
        if group_name == "org1" and re.search(rf"\b(?:{'|'.join(LEGISLATORS)})$", (groups.get("title") or "").strip()):
            continue  # "Basuba Ward MCA Hussein Abdi Kombo": a legislator's constituency, not whom he works for
        if groups.get(group_name) and org is None:
            org_name = _clean_org_name(groups[group_name])
            before_org = article.text[max(0, match.start(group_name) - 30):match.start(group_name)]
            if (re.search(r"\b(?i:sub-prefect|prefect|governor|mayor|administrator|commissioner|councill?or)\s+of\s+"
                          r"(?:the\s+)?$|"
                          r"\b(?i:resident|native|farmer|trader|shopkeeper|villager|(?:parish\s+)?priest|imam|pastor|"
                          r"(?:district|village|ward|community)\s+head)\s+(?:of|in|from|at)\s+(?:the\s+)?$", before_org)
                    or re.search(r"\sin\s+$", before_org) and org_name[:1].isupper()) \
                    and not _is_org_like(org_name) and not re.search(r"\b(?i:police|army|military|forces?)\b", org_name):
                continue  # "The sub-prefect of Kolofata, X,": the place he governs, not whom he works for; "A
                # resident of Sabiid, X,", "The district head of Kufana, X,", "X, a Civil Defence volunteer in Ariha,":
                # the place he lives or works in
            if group_name == "org1":  # "Kalat Deputy Commissioner X": "Deputy" is part of the title
                org_name = re.sub(r"(?:\s+(?:Deputy|Assistant|Acting|Senior|Chief|Vice|Associate|Interim))+$", "", org_name)
                # "MDSPPO Provincial Director PCOL Harold B. Ramos": the role in capitals before a rank is no part of the
                # organisation
                org_name = re.sub(rf"^(\S.*?)(?:\s+(?:Regional|Provincial|District|Deputy|Acting|Assistant))?\s+(?i:{_ROLE})$", r"\1",
                                  org_name)
            located = re.match(rf"\s+(?P<preposition>(?:in|of)(?:\s+the)?)\s+(?P<place>{_CAP_TOKEN}(?:\s+{_CAP_TOKEN}){{0,3}})",
                               article.text[match.end(group_name):])
            located = located if located and re.fullmatch(rf"{_LOWER_ORG}|{_CIVIL_SOCIETY}", org_name) else None
            if located and not resolve_descriptions:
                continue  # the first pass, before places are known: the second decides
            place = located.group("place").rstrip(".") if located else None  # "... of Bahema Nord." ends a sentence
            if place and entities.get(PLACE, place):
                # "director of the health office in al-Tuhayta", "president of the civil society of Bwito chiefdom": the
                # body of that place, as a curator names it
                name_of_body = f"{org_name} {located.group('preposition')} {place}"
                org = entities.get(GROUP, name_of_body) or entities.add(GROUP, name_of_body, actor_type=org_type(org_name),
                                                                        confidence=0.6)
                _record(entities, org, match.start(group_name), match.end(group_name) + located.start("place") + len(place))
                break
            hospital = re.match(r"\s+(?:(?:rural|district|general|regional|referral|teaching|main|military)\s+)?(?:hospital|clinic)\b",
                                article.text[match.end(group_name):])
            if hospital and not _is_org_like(org_name) and not re.search(r"-(?:supported|run|backed|funded|managed)$", org_name):
                # "a nurse at the Mukayras hospital": the hospital, not a group "Mukayras"
                name_of_body = org_name + hospital.group(0)
                org = entities.get(GROUP, name_of_body) or entities.add(GROUP, name_of_body, actor_type="aid", confidence=0.6)
                _record(entities, org, match.start(group_name), match.end(group_name) + hospital.end())
                break
            org = _organisation(entities, org_name, match.start(group_name),
                                before_role=group_name == "org1", resolve_descriptions=resolve_descriptions)
    own_force = re.search(r"\b(army|military|police)(?:'s\b|\s+(?:chief|commander|spokes\w+)\b)", groups.get("title") or "")
    if org is None and own_force:  # "X, the army's commander in Hiiraan", "The provincial police chief, X,"
        org = entities.state_force(None, "police" if own_force.group(1) == "police" else "forces")
    if org is None and resolve_descriptions and groups.get("title") and SPOKESPERSON.search(groups["title"]):
        org = _body_spoken_for(article, entities, match)
    if org is None:
        return
    person.affiliation = org.id
    role_word = (groups.get("role") or _role_in(groups.get("title") or "") or "").lower()
    person.role = ROLES.get(role_word) if role_word else None
    person.title = (groups.get("title") or "").strip() or None
    if groups.get("honorific") and person.title:
        person.title = groups["honorific"]
    person.title_span = (match.start("title"), match.end("title")) if groups.get("title") else None
    # "spokesman for the U.S.": the title runs to the end of the organisation it names ("... for the U.S.-led coalition")
    cut = [end for start, end in org.mentions
           if person.title_span and person.title_span[0] < start < person.title_span[1] < end]
    if cut:
        person.title_span = (person.title_span[0], cut[0])
        person.title = article.text[person.title_span[0]:cut[0]]


_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|(?:public\s+relations|press|information)\s+officer)"
SPOKESPERSON = re.compile(rf"\b{_SPOKESPERSON}\b", re.IGNORECASE)
_FOR_THE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")


def _body_spoken_for(article: Article, entities: Entities, match: re.Match) -> Entity | None:
    """The organisation a spokesperson speaks for when the title names none: "ministry spokesman X", "the command's
    Public Relations Officer, DSP X" (the ministry, the command the text named last); "Its spokesman, X, told Reuters"
    (the organisation named last before), "In a statement signed by its spokesman, X, the union said" (the one the
    sentence names next)."""
    text = article.text
    title_start, title_end = match.span("title")
    role = SPOKESPERSON.search(text, title_start, title_end)
    of = _FOR_THE.match(text, role.end()) if role else None
    named = _group_named_at(entities, of.end()) if of else None
    if named is not None:  # "a spokesman for the U.S.-led coalition": a group the text named
        return named
    word = re.search(rf"\b([a-z]+)(?:['’]s)?\s+(?:(?:deputy|chief|senior|acting)\s+)?(?i:{_SPOKESPERSON})\b",
                     text[max(0, title_start - 20):title_end])
    if word and word.group(1).lower() not in ("a", "an", "the", "its", "their", "his", "her", "deputy", "chief",
                                              "senior", "acting", "government", "police", "army", "military"):
        return entities.described(f"the {word.group(1).lower()}", title_start)
    if not re.search(r"\b[Ii]ts\s+$", text[max(0, title_start - 5):title_start]) and \
            not re.match(r"[Ii]ts\s", match.group("title")):
        return None
    after = match.end("name")
    named_next = re.match(r"(?:\s*\([^()]*\))?,\s+(?P<org>[Tt]he\s+[^,.;:]{2,60}?)\s+(?:said|says|added|reported|"
                          r"announced|stated|confirmed)\b", text[after:after + 90])
    if named_next:
        start = after + named_next.start("org")
        return _group_named_at(entities, start) or _group_named_at(entities, start + 4) or \
            entities.described(named_next.group("org"), start)
    return _last_group_before(entities, title_start, lambda g: g is not entities.publisher() and
                              g.actor_type not in ("news-outlet", "state-media"))


def _group_named_at(entities: Entities, at: int) -> Entity | None:
    """The group whose mention begins at `at`, while the rules still run."""
    return next((g for g in entities.all(GROUP) for start, _ in g.mentions if start == at), None)


def _last_group_before(entities: Entities, at: int, accept) -> Entity | None:
    """Of the groups `accept` takes, the one the text named last before `at`, while the rules still run."""
    named = [(max(s for s, _ in g.mentions if s < at), g) for g in entities.all(GROUP)
             if accept(g) and any(s < at for s, _ in g.mentions)]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _owner(entities: Entities, groups: dict, at: int) -> Entity | None:
    """The organisation a possessive before a title names: "SEMA's Executive Secretary, Dr X," (a group the text
    names), "The command's spokesperson, DSP X," (the last group named with that word before)."""
    possessor, owner = groups.get("possessor"), groups.get("owner")
    if possessor:
        return entities.get(GROUP, possessor)
    if owner and owner in _OWNER_WORDS:
        return _last_group_before(entities, at, lambda g: re.search(rf"\b{owner}\b", g.name, re.IGNORECASE) is not None)
    return None


# Words by which a text points back at an organisation it named ("the command's spokesperson")
_OWNER_WORDS = {"command", "ministry", "agency", "commission", "council", "department", "directorate", "office",
                "organisation", "organization", "network", "committee", "group", "movement", "service", "authority"}


def _surname_of_a_person(entities: Entities, name: str) -> bool:
    """"According to Gladkov", "Chief Supt Kupul said": one word that is the last name of a person the text named."""
    return " " not in name and any(len(p.name.split()) > 1 and p.name.split()[-1] == name for p in entities.all(PERSON))


def _person_by_first_name(entities: Entities, name: str) -> Entity | None:
    """"Brigadier General Chol Makuei Deng said ... Brig. Gen. Chol told": one word after a rank that is the first name
    of exactly one person the text named, as South Sudanese usage has it."""
    if " " in name:
        return None
    found = [p for p in entities.all(PERSON) if len(p.name.split()) > 1 and p.name.split()[0] == name]
    return found[0] if len(found) == 1 else None


def _role_in(title: str) -> str | None:
    found = re.search(rf"\b({_ROLE})\b", title, re.IGNORECASE)
    return found.group(1) if found else None


def _organisation(entities: Entities, name: str, start: int, before_role: bool = False,
                  resolve_descriptions: bool = True) -> Entity | None:
    """The group a person's title names ("Nour al-Din al-Zinki", "Syria's X Service", "the Kremlin"), or the
    one a description in it stands for ("a coordinator with the relief network"). A single unknown word
    before the role ("the acting Humanitarian Coordinator") is part of the title, not an organisation."""
    connective = re.match(r"(?:But|And|Yet|So|However|Meanwhile|Still|Then|Also)\s+(?=[A-Z])", name)
    if connective:  # "But Lamu Governor Mohamed Athman Shee ...": the word opening the sentence is no part of the name
        name, start = name[connective.end():], start + connective.end()
    name = re.sub(r"-(?:supported|based|led|run|backed|funded)\b.*$", "", name)
    name = re.sub(r"['’]s$", "", name)  # "a member of the Polisario's armed wing": the Polisario
    if name.lower() in ("police", "army", "military"):
        return entities.state_force(None, "police" if name.lower() == "police" else "forces")
    if re.fullmatch(r"(?:[Tt]he\s+)?Police\s+Public\s+Relations", name):
        # "The Police Public Relations Officer, DSP X" (a Nigerian state command's PPRO): the police command the text
        # names, else the country's police
        if not resolve_descriptions:
            return None  # the first pass, before the groups are known: the second decides
        commands = [g for g in entities.all(GROUP) if re.search(r"\bPolice\s+Command\b|\bState\s+Command\b", g.name)]
        return commands[0] if len(commands) == 1 else entities.state_force(None, "police")
    if name.lower() == "government":  # "Government spokesman X": the government of the country the article is about
        return entities.national_government(name, start, start + len(name))
    national = re.fullmatch(r"(?:the\s+)?(\S+)\s+(?:armed\s+forces|security\s+forces|forces|army|military|(police))", name)
    if national and (countries().get(national.group(1)) or demonym_country(national.group(1))):
        country = countries().get(national.group(1)) or demonym_country(national.group(1))
        return entities.state_force(country, "police" if national.group(2) else "forces")
    prefix_of = [g for g in entities.all(GROUP) if (len(name.split()) >= 2 or len(name) >= 5 and name[:1].isupper())
                 and g.name.startswith(name + " ")]
    if len(prefix_of) == 1:
        return prefix_of[0]
    owned_body = re.fullmatch(rf"({_CAP_TOKEN})'s\s+((?:[a-z-]+\s+){{0,2}}{_BODY_HEAD})", name)
    if owned_body:  # "Kostiantynivka's military administration": the town's own body, named after it
        name = f"{owned_body.group(1)} {owned_body.group(2)}"
        group = entities.get(GROUP, name) or entities.add(GROUP, name, actor_type=org_type(name), confidence=0.6)
        entities.alias(group, f"{owned_body.group(1)}'s {owned_body.group(2)}")
        return group
    name = re.sub(r"^[A-Z][a-z]+'s\s+", "", name) if re.match(r"^[A-Z][a-z]+'s\s+", name) else name
    head = re.search(r"\s+(rebel group|militant group|armed group)$", name)
    core = name[:head.start()] if head else name
    existing = entities.get(GROUP, core) or entities.get(GROUP, name)
    if existing is not None:
        return existing
    if entities.get(PLACE, core) is not None or (
            not _is_org_like(core) and world_places.lookup(core, set(entities.country_counts))) or \
            not _is_org_like(core) and not any(t in ORG_HEADS for t in core.split()) and re.fullmatch(
                rf"{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})*\s+(?i:commune|district|province|county|region|municipality|"
                         r"village|town|city|prefecture|territory|governorate|woreda|zone|sub-county|upazila|department)", core):
        return None  # "commander in Hiiraan", "the administrator of Rugombo commune": a place, not whom the person works for
    last_name = re.search(r"\s(?:[a-z-]+\s+)+((?:[A-Z][\w'-]*|(?:[A-Z]\.){2,})(?:\s+(?:[A-Z][\w'-]*|(?:[A-Z]\.){2,}))*)$", core)
    if last_name and re.search(r"\b(?:of|for)\b", core[:last_name.start(1)]) and _is_org_like(last_name.group(1)):
        # "the Mopti sub-office of the U.N. humanitarian agency OCHA": the organisation is the name at the end
        return _organisation(entities, last_name.group(1), start + last_name.start(1), before_role, resolve_descriptions)
    if entities.known("actor", core):
        return entities.add(GROUP, core)
    if core[:1].islower() and not re.fullmatch(_LOWER_ORG, core):
        return entities.described(f"the {core}", start) if resolve_descriptions else None
    if before_role and len(core.split()) == 1 and not _is_org_like(core):
        return None
    if countries().get(core):
        return None
    if demonym_country(core):
        return None
    if not _is_org_like(core) and not head:
        words = core.split()
        if len(words) > 6 or not (words[0][0].isupper() or re.fullmatch(_LOWER_ORG, core)):
            return None
    group = entities.add(GROUP, core, actor_type="armed-group" if head else org_type(core), confidence=0.6)
    if head:
        entities.alias(group, name)
    return group


def _clean_person_name(name: str) -> str:
    name = re.sub(r"(?<=[a-zß-ÿ]{2})\.$", "", name)  # the full stop ending the sentence ("... strongman Khalifa Haftar.")
    tokens = name.split()
    while tokens:
        if " ".join(tokens[:2]) in HONORIFICS and len(tokens) > 2:
            tokens = tokens[2:]  # "Junior Sergeant Nurbek Toktosunov"
        elif tokens[0] in FUNCTION_WORDS or tokens[0].rstrip(".") + "." in HONORIFICS or tokens[0] in HONORIFICS \
                or tokens[0].lower() in ROLES or re.sub(r"^(?:Sub|Vice|Deputy|Assistant)-", "", tokens[0]) in HONORIFICS:
            # "Sub-Inspector Edwin Castellanos": a rank with a prefix is a rank too
            tokens = tokens[1:]
        else:
            break
    if len(tokens) >= 2 and re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+", tokens[0]) and \
            all(re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}", t) for t in tokens[1:]):
        # "Brigadier General Séraphin KPADONOU": a surname in capitals, as French documents write it, is "Kpadonou"
        tokens = [tokens[0], *(t.capitalize() for t in tokens[1:])]
    return " ".join(tokens)


def _clean_org_name(name: str) -> str:
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    name = re.sub(r"(?<=[a-zß-ÿ]{2})\.$", "", name)  # the full stop ending the sentence
    return re.sub(r"\s+(?:in|on|at)$", "", name)


# --- shared helpers --------------------------------------------------------------------------------------

def _name_spans(article: Article, sentence: Sentence, entities: Entities | None = None) -> list[tuple[int, int]]:
    """Capitalised name spans of a sentence, minus sentence-initial function words, weekdays and months,
    a trailing possessive and adjectives like "Some Agency-supported"; "of", "for" and "and" join two
    names when the result is an organisation ("International Organization for Migration")."""
    text = article.text
    chunk = text[sentence.start:sentence.end]
    if not re.search(r"[a-z]", chunk):
        return []  # a line in capitals is furniture ("PRESS RELEASE", "ENDS")
    spans: list[tuple[int, int]] = []
    for match in _NAME_SPAN.finditer(chunk):
        for start, end in _split_tokens(text, sentence.start + match.start(), match.group(0)):
            tokens = text[start:end].split()
            if entities is not None and (entities.get(GROUP, text[start:end]) or entities.get(PLACE, text[start:end])):
                spans.append((start + 4 if text.startswith("The ", start) else start, _before_full_stop(text, start, end)))
                continue  # ("also in Warrap State.": the place, not a name ending in a full stop)
            keep_first = _organisation_name(tokens) and text[sentence.start:start].strip(" \"'(")
            org_before = re.search(r"\b([A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?$", text[sentence.start:start])
            keep_first = keep_first or bool(org_before and org_before.group(1) in ORG_HEADS)  # "Delegation for Social Action"
            keep_first = keep_first or (tokens[0] == "Government" and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:]))
            while tokens and not keep_first and (tokens[0] in FUNCTION_WORDS or tokens[0] in WEEKDAY_MONTH
                                                 or tokens[0].isdigit() or _number_word(tokens[0])
                                                 or _common_word(article, tokens[0], start)):
                article_word = tokens[0] in ("The", "A", "An")
                start = text.index(tokens[0], start) + len(tokens[0])
                start += len(text[start:]) - len(text[start:].lstrip())
                tokens = tokens[1:]
                keep_first = article_word and _organisation_name(tokens)  # "The State Health Department reported"
            while tokens and tokens[-1] in WEEKDAY_MONTH:
                tokens = tokens[:-1]
            if not tokens:
                continue
            end = start + len(" ".join(tokens)) if text[start:end].count(" ") == len(tokens) - 1 else end
            end = _name_end(text, start, tokens)
            end = _before_full_stop(text, start, end)
            if text[start:end] and text[start:end] not in WEEKDAY_MONTH:
                spans.append((start, end))
    return _join_connected(text, spans, sentence)


def _after_title(name: str) -> str | None:
    """The name after the title it begins with ("Colonel Mbayahe" -> "Mbayahe"), None if it begins with none."""
    return next((name[len(t) + 1:] for t in _HONORIFICS_LONGEST_FIRST if name.startswith(t + " ")), None)


def _number_word(token: str) -> bool:
    """Whether a capitalised word is a number opening a sentence ("Fourteen soldiers and three VDP fell")."""
    return re.fullmatch(NUMBER_WORDS, token, re.IGNORECASE) is not None


def _before_full_stop(text: str, start: int, end: int) -> int:
    """The end of a name without the full stop of its sentence ("Warrap State."), not an abbreviation's ("Lt. Col.")."""
    word = text[start:end]
    return end - 1 if word.endswith(".") and "." not in word[:-1].replace(" ", "")[-3:] else end


def _organisation_name(tokens: list[str]) -> bool:
    """A capitalised run ending in an organisation's head word: inside a sentence its first word belongs
    to the name even when it is a number or a month ("the Three Brotherhood Alliance", "the March 23
    Movement", "the State Administration Council")."""
    return len(tokens) > 1 and tokens[-1].rstrip(".") in ORG_HEADS


def _name_end(text: str, start: int, tokens: list[str]) -> int:
    position = start
    for token in tokens:
        position = text.index(token, position) + len(token)
    return position


def _split_tokens(text: str, offset: int, span_text: str) -> list[tuple[int, int]]:
    """Cut a capitalised run after a possessive ("Aleppo's | al-X") and drop adjectives made with a
    hyphen ("Some Agency-supported" -> "Some Agency"). The possessive of a plural noun for people stays
    inside the name it begins ("Sudan Doctors' Union", "Women's Relief Network")."""
    pieces, current = [], []
    tokens = list(re.finditer(r"\S+", span_text))
    for position, token in enumerate(tokens):
        word = token.group(0)
        start, end = offset + token.start(), offset + token.end()
        if word.endswith(_ADJECTIVE_SUFFIXES) and (not word.endswith(("-led", "-backed")) or position + 1 < len(tokens)):
            if current:
                pieces.append((current[0][0], current[-1][1]))
            current = []
            continue
        following = tokens[position + 1].group(0) if position + 1 < len(tokens) else None
        if following is not None and (_group_possessive(word) or _office_holder(word, following)):
            current.append((start, end))
            continue
        if word.endswith("'s") or word.endswith("'"):
            current.append((start, end - (2 if word.endswith("'s") else 1)))
            pieces.append((current[0][0], current[-1][1]))
            current = []
            continue
        if word.endswith(".") and position + 1 < len(tokens) and re.fullmatch(r"[^\W\d_]{4,}\.|[^\W\d_]+\.", word) and (
                len(word) > 4 or tokens[position + 1].group(0) in _SENTENCE_OPENERS or
                _number_word(tokens[position + 1].group(0))):  # ("in Yei. Three passengers are not yet found")
            # "cleared only on Monday. We have no doubt", "in La Mar. The": a sentence ends inside the run
            current.append((start, end - 1))
            pieces.append((current[0][0], current[-1][1]))
            current = []
            continue
        current.append((start, end))
    if current:
        pieces.append((current[0][0], current[-1][1]))
    return [(a, b) for a, b in pieces if b > a]


# Words that open a sentence, which a name never runs on into ("on Monday. We have ...")
_SENTENCE_OPENERS = {"The", "We", "He", "She", "It", "They", "This", "That", "These", "Those", "There", "A", "An", "In",
                     "On", "At", "But", "And", "Our", "Their", "His", "Her", "I", "As", "After", "When", "If"}


_OFFICE_HOLDERS = {"Mayor", "Governor", "Ombudsman", "Prosecutor", "General", "Minister", "President", "Defender",
                   "Spokesperson", "Commissioner", "Administrator", "Secretary", "Prefect", "Attorney"}


def _office_holder(word: str, following: str) -> bool:
    """"Mayor's" before "Office": the office an office-holder runs is one name ("the Mayor's Office of Port-au-Prince",
    "the Governor's Office of Norte de Santander"), not an owner and what it owns."""
    return re.sub(r"['’]s$", "", word) in _OFFICE_HOLDERS and following in ("Office", "Cabinet", "Secretariat")


def _group_possessive(word: str) -> bool:
    """"Doctors'", "Women's": a plural noun for people in the possessive, which names the members of an
    organisation rather than its owner."""
    base = re.sub(r"(?:'s|')$", "", word)
    return base != word and base.lower() in PEOPLE_NOUNS


def _join_connected(text: str, spans: list[tuple[int, int]], sentence: Sentence) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            p_start, p_end = joined[-1]
            between = text[p_end:start]
            first, merged = text[p_start:p_end], text[p_start:end]
            in_country = re.fullmatch(r"\s+in\s+(?:the\s+)?", between) and (countries().get(text[start:end]) is not None
                                                                 or text[start:end] == "Opposition")  # "SPLA in Opposition"
            connected = re.fullmatch(r"\s+(?:of|for|on|and(?!\s+the\b))\s+(?:the\s+)?", between)
            two_bodies = "and" in between and re.fullmatch(r"[A-Z]{2,6}", text[start:end])  # "J&K Police and CRPF"
            second = text[start:end]
            if second.endswith(" State") and world_places.is_division(second[:-len(" State")]):
                two_bodies = True  # "Maru Local Government Area of Zamfara State": a place in a state
            if (connected or in_country) and not two_bodies and (
                    first.split()[-1] in ORG_HEADS or merged.split()[-1] in ORG_HEADS):
                joined[-1] = (p_start, end)
                continue
            # "St. Michael's Catholic Church", "Saint Mary's Hospital": a saint's building is one name
            if re.fullmatch(r"['’]s\s+", between) and re.match(r"(?:St\.?|Saint|Sts\.?)\s", first) and re.search(
                    r"\s?(?:Church|Cathedral|Chapel|Parish|Basilica|School|College|Hospital|Mission|Monastery)$", second):
                joined[-1] = (p_start, end)
                continue
            # an ampersand only ever joins names ("J&K Police", "Armed Conflict Location & Event Data Project");
            # "and" continues an organisation named with "for"/"of" ("Centre for Human Rights and Accountability",
            # "Institute for Conflict and Security Studies")
            if re.fullmatch(r"\s*&\s*", between) or (
                    re.fullmatch(r"\s+and\s+", between) and re.search(r"\s(?:for|of)\s", first) and _is_org_like(first)
                    and not countries().get(text[start:end]) and len(text[start:end].split()) <= 3):
                joined[-1] = (p_start, end)
                continue
            # a second "of" continues an organisation's or a country's name: "Office for the Coordination
            # of Humanitarian Affairs", "Armed Forces of the Democratic Republic of the Congo"
            if re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?", between) and (
                    _is_org_like(first) and len(first.split()) > 2 or countries().get(merged)):
                joined[-1] = (p_start, end)
                continue
        joined.append((start, end))
    return joined


def _common_word(article: Article, word: str, at: int) -> bool:
    """A capitalised word at the start of a sentence that the article also writes in lower case."""
    sentence = article.sentence_at(at)
    if sentence is None or article.text[sentence.start:at].strip(" \"'(") != "" or word.isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", article.text) is not None


def _lower_head(after: str) -> str | None:
    """The lower-case head right after a name that makes it an organisation ("rebel group"), or a body's
    head after up to two lower-case words ("site committee", "emergency response room")."""
    heads = sorted(GROUP_HEADS, key=len, reverse=True)
    match = re.match(rf"\s+({'|'.join(re.escape(h) for h in heads)})\b", after)
    if match and not (match.group(1) == "military" and re.match(
            r"\s+(?!(?:said|says|say|has|had|have|is|was|were|are|and|announced|claimed|denied|added|stated|reported|"
            r"confirmed|struck|launched|carried|told|spokes\w+)\b)[a-z]", after[match.end():])):
        return match.group(1)  # ("a Russian military operation", "the Barkaram military base": an adjective)
    match = re.match(rf"\s+((?:{_MODIFIER}(?:'s)?\s+){{1,3}}{_BODY_HEAD})", after)  # "regional prosecutor's office"
    return match.group(1) if match else None


def _head_type(head: str) -> str:
    """The actor type a lower-case head phrase implies ("site committee" -> that of "committee")."""
    return GROUP_HEADS.get(head) or GROUP_HEADS[head.split()[-1]]


def _overlaps(entities: Entities, start: int, end: int, categories: tuple[str, ...] | None = None) -> bool:
    for entity in entities.all():
        if categories and entity.category not in categories:
            continue
        for s, e in entity.mentions:
            if s < end and start < e:
                return True
    return False


def _record(entities: Entities, entity: Entity, start: int, end: int) -> None:
    entities.mention(entity, start, end)


def _strip_possessive(name: str) -> str:
    return re.sub(r"'s$", "", name)


def _strip_kind(name: str) -> str:
    return re.sub(r"\s+(?:province|governorate|district|region|city)$", "", name)


def _is_person_like(name: str) -> bool:
    tokens = name.split()
    if not tokens or len(tokens) > 6:
        return False
    if any(t.rstrip(".") in ORG_HEADS or t in WEEKDAY_MONTH or t.rstrip(".").lower() in PLACE_KIND_WORDS
           or t.rstrip(".").lower() in ROLES or t in _TITLE_WORDS or t.lower() in STATE_FORCE_MEMBERS for t in tokens):
        return False  # "General Hospital", "Tuesday", "Market Street", "Public Relations Officer"
    if any(t in ("Commanding", "Acting", "Outgoing", "Incoming", "Retired") for t in tokens):
        return False  # "General Officer Commanding": a title's participle, no name
    if any(re.fullmatch(r"[A-Z]{2,}", t) or t.endswith("'s") for t in tokens):
        return False  # "IOM's DTM": an acronym or a possessive is no part of a person's name
    if any(t in ("Republic", "Democratic", "Kingdom", "Federation", "Emirates") for t in tokens):
        return False  # "the Democratic Republic of Congo"
    if countries().get(name) or any(countries().get(t) for t in tokens) or demonym_country(tokens[0]) and len(tokens) == 1:
        return False
    return all(t[0].isupper() or t.lower() in PARTICLES or "-" in t for t in tokens) and not re.fullmatch(r"[A-Z.]+", name)


# Titles that are no part of a name ("Sukma Superintendent of Police X"), save a name's own first word ("Major")
_TITLE_WORDS = {h for h in HONORIFICS if " " not in h and not h.endswith(".") and h[1:].islower() and len(h) > 4} - {
    "Major", "General", "Judge", "Sheikh", "Imam"}


def _is_place_like(name: str) -> bool:
    tokens = name.split()
    if countries().get(name) is not None:
        return True
    return (0 < len(tokens) <= 4 and not any(t in ORG_HEADS for t in tokens) and not re.fullmatch(r"[A-Z]{2,}", name)
            and not (len(tokens) == 1 and (demonym_country(name) or name in ADJECTIVES)))


# Capitalised abbreviations that name no organisation (time zones, times of day, units), and the labels of a page's
# newer lines ("UPDATE 15:40 EAT: A nurse at ... says").
NOT_ORGANISATIONS = {"GMT", "UTC", "IST", "EST", "EDT", "CET", "EAT", "WAT", "CAT", "PST", "AM", "PM", "KM", "TV", "ID",
                     "OK", "AK", "IDP", "IDPs", "PKT", "ICT", "MMT", "UPDATE", "LIVE"}


def _is_org_like(name: str) -> bool:
    """An organisation's name: it ends in a head word ("... Service"), has one before "of"/"for"
    ("International Organization for Migration"), opens with one in a language that puts it first ("Ministerio del
    Interior"), or is an acronym."""
    tokens = name.split()
    if tokens[-1].rstrip(".") in ORG_HEADS and (len(tokens) > 1 or tokens[-1] in {"Kremlin", "Pentagon", "Reuters", "AFP"}):
        return True
    if any(t in ORG_HEADS and k + 1 < len(tokens) and tokens[k + 1] in ("of", "for", "and", "on", "in")
           for k, t in enumerate(tokens)):
        return True
    if tokens[0] in HEAD_FIRST_ORG_WORDS and len(tokens) > 1:  # "Ministerio del Interior", "Policía Nacional"
        return True
    for k in (1, 2):  # "Amnesty International Nigeria": an organisation's branch in a country
        if len(tokens) - k >= 2 and countries().get(" ".join(tokens[-k:])) and _is_org_like(" ".join(tokens[:-k])):
            return True
    return bool(re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,}", name)) and name not in NOT_ORGANISATIONS


def _guess_category(name: str, text: str, start: int) -> str | None:
    if _is_org_like(name):
        return GROUP
    before = text[max(0, start - 30):start]
    if PLACE_PREPOSITIONS.search(before) or countries().get(name):
        return PLACE
    return PLACE if _is_place_like(name) and re.search(r"\b(?:in|of|near)\s+(?:the\s+)?$", before) else None


_KIND_FAMILY = {"country": "land", "province": "land", "region": "land", "district": "land",
                "city": "settlement", "village": "settlement", "suburb": "settlement", "neighbourhood": "settlement",
                "facility": "facility"}


def _add_place(entities: Entities, name: str, kind: str, start: int, parent: Entity | None, kind_word: str | None = None,
               confidence: float = 0.7, explicit: bool = False) -> Entity | None:
    name = _strip_possessive(name.strip())
    name = re.sub(rf"\.\s+(?:{'|'.join(_SENTENCE_OPENERS)})\b.*", "", name, flags=re.DOTALL)  # "the province of La Mar. The"
    name = re.sub(r"(?:(?<=[a-zà-ÿ]{3})|(?<=[a-zà-ÿ]-[a-zà-ÿ])|(?<=[A-Z]{3}))\.\s+[A-Z].*", "", name,
                  flags=re.DOTALL)  # "of Kaya. Eighteen", "the towns of Saguiaran and Balo-i. About 21,000"
    spelt = re.fullmatch(r"(?P<name>[^()]+?)\s+\((?P<other>[A-Z][^()]{1,40})\)", name)
    if spelt:  # "Bardhere (Baardheere)": the place, and its other spelling
        place = _add_place(entities, spelt.group("name"), kind, start, parent, kind_word, confidence, explicit)
        if place is not None:
            entities.alias(place, spelt.group("other"))
        return place
    if name in WEEKDAY_MONTH or re.match(r"(?:President|Governor|Minister|Senator|Mr|Mrs|Ms|Dr|Alhaji|Pastor|Bishop|Colonel|"
                                         r"Captain|Lieutenant)\.?\s+[A-Z]", name):
        return None  # "in Hodeidah governorate in February", "the home state of President Muhammadu Buhari"
    owner = re.fullmatch(r"(?P<owner>[^']+?)['’]s\s+(?P<rest>[A-Z].*)", name)
    if owner and (countries().get(owner.group("owner")) or entities.get(PLACE, owner.group("owner"))):
        # "Sudan's North Darfur", "Jonglei State's Bor South County": the place, inside the one that owns it
        outer = entities.get(PLACE, owner.group("owner")) or entities.add(
            PLACE, countries()[owner.group("owner")], place_kind="country")
        entities.mention(outer, start, start + len(owner.group("owner")))
        return _add_place(entities, owner.group("rest"), kind, start + owner.start("rest"), parent or outer, kind_word,
                          confidence, explicit)
    if name in PLATFORMS or kind_word is None and name in NOT_PLACES:
        return None  # "posted on X", "on Telegram": where people post, not where anything happened
    land = re.search(r"\s(Region|Province|District|County|Governorate|Department|Prefecture|Territory|Township|Municipality|"
                     r"Oblast)$", name)
    if land and kind == "city" and not explicit and len(name.split()) > 1:
        kind = PLACE_KIND_WORDS[land.group(1).lower()]  # "in Magway Region", "in neighbouring Myaing Township"
    if name.split()[0] in LANGUAGES and (len(name.split()) == 1 or name.split()[1][:1].isdigit()) or name in FAITHS or \
            len(name.split()) == 2 and name.split()[1] in LANGUAGES and demonym_country(name.split()[0]) or \
            re.fullmatch(r"[A-Z][a-z]+-(?:[a-z]+|[A-Z][a-z]+)", name) and (name.split("-")[1][:1].islower() or any(
                part in WEEKDAY_MONTH or demonym_country(part) for part in name.split("-"))):
        return None  # "in Persian 11 Nov 25", "in Haitian Creole", "against Christians", "Moroccan-built", "April-May"
    if _surname_of_a_person(entities, name):
        return None  # "According to Gladkov": the surname of Vyacheslav Gladkov
    lga = re.fullmatch(r"(?P<base>[A-Z][^,;]*?)\s+(?:LGA|Local\s+Government\s+Area)", name)
    if lga:  # "Kajuru LGA", "Guma Local Government Area of Benue State", "in Guma": one land however it is written
        base = lga.group("base")
        place = entities.get(PLACE, f"{base} Local Government Area") or entities.get(PLACE, f"{base} LGA")
        bare = entities.get(PLACE, base)
        if place is None and bare is not None and not bare.known and bare.confidence <= 0.5 and \
                _KIND_FAMILY.get(bare.place_kind) != "facility":
            place, place.place_kind = bare, "district"  # "in Guma", then "in Guma LGA": the town was the land
            entities.rename(place, name)
        if place is None:
            place = entities.add(PLACE, name, place_kind="district", parent=parent.id if parent else None,
                                 confidence=confidence)
        for alias in (f"{base} LGA", f"{base} Local Government Area", base):
            entities.alias(place, alias)
        if parent is not None and place.parent is None and parent is not place:
            place.parent = parent.id
        _record(entities, place, start, start + len(name))
        return place
    existing = entities.get(PLACE, name)
    if explicit and existing is not None and not existing.known and existing.place_kind and \
            _KIND_FAMILY.get(existing.place_kind) != _KIND_FAMILY.get(kind) and kind in ("city", "province"):
        # "X city" after "the provinces of X": the city and the province are two places
        other = f"{name} {'city' if kind == 'city' else 'province'}"
        place = entities.get(PLACE, other) or entities.add(PLACE, other, place_kind=kind, confidence=confidence)
        if existing.place_kind == "province" and kind == "city":
            place.parent = place.parent or existing.id
            existing.name, existing.alt_names = f"{name} province", [n for n in existing.alt_names] + [name]
            entities.by_name[(PLACE, name_key(existing.name))] = existing
        entities.by_name[(PLACE, name_key(name))] = existing if kind == "city" else place
        _record(entities, place, start, start + len(name))
        return place
    if name.endswith(".") and not re.search(r"\.[A-Za-z]\.$", name):
        name = name[:-1]
    if not name or (entities.get(GROUP, name) and not entities.get(PLACE, name)) or entities.get(PERSON, name):
        return entities.get(PLACE, name)
    country = countries().get(name)
    full = f"{name} {kind_word}" if kind_word else name
    place = entities.get(PLACE, full) or entities.get(PLACE, name)
    if place is None:
        place = entities.add(PLACE, full, place_kind="country" if country else kind,
                             parent=parent.id if parent else None, confidence=confidence)
        if kind_word:
            entities.alias(place, name)
    elif kind_word and name_key(place.name) == name_key(name) and not place.known and \
            _KIND_FAMILY.get(place.place_kind) == "settlement" and _KIND_FAMILY.get(kind) == "land" and \
            kind_word.lower() not in ("commune", "municipality", "township", "ward", "sector") and (
                place.confidence > 0.5 or _a_known_town(entities, name)):
        # "the town of Bilopillia", then "Bilopillia hromada"; Kharkiv, then "Kharkiv Oblast": the town, and the
        # land named after it (a commune or a ward named after its town is, to a curator, mostly the town)
        place = entities.add(PLACE, full, place_kind=kind, parent=parent.id if parent else None, confidence=confidence)
        entities.alias(place, full)
    elif not kind_word and not place.known and (confidence > 0.5 or _town_of_a_region(entities, place, name, start)) \
            and _KIND_FAMILY.get(kind) == "settlement" and _KIND_FAMILY.get(place.place_kind) == "land" and \
            name_key(place.name).startswith(name_key(name) + " ") and place.name.split()[-1].lower() in KIND_WORD_IN_NAME:
        # "Bilopillia hromada", then "the town of Bilopillia": the land's short name now names the town
        land = place
        land.alt_names = [n for n in land.alt_names if name_key(n) != name_key(name)]
        del entities.by_name[(PLACE, name_key(name))]
        place = entities.add(PLACE, name, place_kind=kind, parent=parent.id if parent else land.id, confidence=confidence)
    elif kind_word and name_key(place.name) == name_key(name) and not place.known:
        place.name, place.place_kind = full, kind
        entities.alias(place, full)
        entities.alias(place, name)
    if parent is not None and place.parent is None and not place.known and parent is not place:
        place.parent = parent.id
    _record(entities, place, start, start + len(name))
    return place


def _town_of_a_region(entities: Entities, land: Entity, name: str, start: int) -> bool:
    """"in the Belgorod region", then "in Belgorod": a region or an oblast takes its name from its main town, and
    the bare name where something happens is that town (a known one), not the region again."""
    return land.name.split()[-1].lower() in ("region", "oblast") and _a_known_town(entities, name) and \
        _WHERE_BEFORE.search(entities.article.text, max(0, start - 40), start) is not None


_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|over|to|from|into|outside|around|centre\s+of|center\s+of)\s+$")


def _a_known_town(entities: Entities, name: str) -> bool:
    town = world_places.lookup(name, set(entities.country_counts))
    return town is not None and town.kind == "city"


def _a_force_post(text: str, sentence_start: int, start: int, end: int, kind_word: str) -> bool:
    """"a Levies checkpost", "an SDF checkpoint": a post of the force named, not a place named so."""
    return kind_word in ("checkpost", "checkpoint") and (
        re.search(r"\b[Aa]n?\s+$", text[sentence_start:start]) is not None or text[start:end].isupper())


# The words of a facility's name that many towns' facilities share ("District Headquarters Hospital", "Civil Hospital")
GENERIC_FACILITY_WORDS = {"District", "Headquarters", "Civil", "Military", "General", "Teaching", "Combined", "Tehsil",
                          "Regional", "Provincial", "Referral", "Central", "State", "Government", "Main", "Police",
                          "Public", "Reference", "Specialist", "Municipal", "Army", "Base"}
# Facilities a curator names with their kind word ("Batken regional hospital", "Sadda police station", and any with a
# word of use, "Babessi main market"); a camp, a site or a market is often named by its own name alone ("Abu Shouk",
# "Souq al-Jumaa")
BUILDING_KINDS = {"hospital", "clinic", "station", "centre", "center", "school", "mosque", "church"}


def _add_facility(entities: Entities, name: str, kind_word: str, start: int, parent: Entity | None) -> None:
    full = f"{name} {kind_word}"
    same = [f for f in entities.all(PLACE) if f.place_kind == "facility" and f.name.split()[-1] == kind_word.split()[-1]
            and name_key(f.name).startswith(name_key(name) + " ")]
    if entities.get(PLACE, full) is None and len(same) == 1 and kind_word.split()[-1] in BUILDING_KINDS:
        entities.alias(same[0], full)  # "the Mukayras hospital", which the text also calls "Mukayras rural hospital"
        _record(entities, same[0], start, start + len(full))
        return
    facility = entities.get(PLACE, full) or entities.get(PLACE, name)
    if (facility is None or facility.place_kind not in (None, "facility") and name_key(facility.name) == name_key(name)) \
            and _is_place_like(name) and not _is_org_like(name) and (kind_word.split()[-1] in BUILDING_KINDS or " " in kind_word):
        # "Batken regional hospital": a place of its own, named with its kind, in the town it is named after when the text
        # names that town
        town = facility
        facility = entities.get(PLACE, full) or entities.add(PLACE, full, place_kind="facility",
                                                             parent=(town or parent).id if (town or parent) else None,
                                                             confidence=0.6)
        _record(entities, facility, start, start + len(full))
        return
    if facility is None:
        facility = entities.add(PLACE, name, place_kind="facility", parent=parent.id if parent else None, confidence=0.6)
        entities.alias(facility, full)
    if parent is not None and facility.parent is None and not facility.known:
        facility.parent = parent.id
    _record(entities, facility, start, start + len(name))


def org_type(name: str) -> str:
    """The actor type a new organisation's name suggests."""
    lowered = name.lower()
    rules = [
        (r"news|press|times|post|wire|ledger|dispatch|herald|tribune|journal|gazette|guardian|online|reuters|afp|\bap\b|"
         r"associated press|television|tv\b|radio", "news-outlet"),
        (r"observatory|monitor|human rights|watch|amnesty|committees", "monitor"),
        (r"united nations|\bun\b|u\.n\.|organization for|organisation for|world health|unhcr|unicef|iom|\bwho\b|"
         r"african union|european union|nato|\bmission\b", "igo"),
        (r"relief|aid\b|medical|doctors|ambulance|civil defen[cs]e|crescent|red cross|children|save the|oxfam|msf|"
         r"international$", "aid"),
        (r"ministry|council|government|authorit|office|team|parliament|kremlin|directorate|administration", "government"),
        (r"liberation|revolutionary|resistance|insurgent|mujahideen|rebel|democratic alliance", "armed-group"),
        (r"forces|force\b|army|police|service|corps|guard|command|peshmerga|unit", "state-force"),
        (r"coalition|alliance|union|party|front\b", "coalition"),
        (r"state\b|group|movement|brigade|battalion|militia|jaysh|jabhat|harakat|liwa|al-|rebels|fighters", "armed-group"),
        (r"agency|sana\b", "news-outlet"),
    ]
    for pattern, actor_type in rules:
        if re.search(pattern, lowered):
            return actor_type
    return "informal"
