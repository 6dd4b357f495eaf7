"""Word lists the rules share: titles and roles of people, the head words of organisation and place names,
victim and outcome words. Words that stand for a vocabulary concept are checked against
ontology/vocabularies.ttl when the extractor starts (`check_lexicon`), so a rule can never name a concept
the ontology lacks."""
from __future__ import annotations

import re

from ingest.vocabulary import Vocabulary

# Titles written before a name ("Col. John Doe", "Spokeswoman Jane Roe").
# Legislators' titles ("MCA Hussein Abdi Kombo", "MNA Ali Wazir", "MLA Ramesh Kumar", "MP Ali Hassan"): honorifics; what
# comes before them is a constituency ("Basuba Ward MCA"), not an employer
LEGISLATORS = ("MCA", "MNA", "MPA", "MLA", "MP")
HONORIFICS = ["Maj.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Brig.", "Adm.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.",
              "Mrs", "Ms.", "Ms", "Prof.", "Sheikh", "Imam", "President", "Prime Minister", "Minister",
              "General", "Colonel", "Major", "Captain", "Judge", "Governor", "Mayor", "Senator",
              "ASP", "DSP", "CSP", "SP", "Insp.", "Sgt", "Cpl.", "Rev.", "Fr.", "Gov.", "Sen.", "Rep.", "Gen", "Col",
              "Capt", "Lt", "Superintendent", "Inspector", "Commissioner", "Brigadier",
              # ranks as armies and police forces abbreviate them ("Pvt Ibrohim Yusoh", "Sepoy Harpreet Singh")
              # Nigerian and Indian police ranks ("CP Danjuma Wase"); Burmese honorifics ("Ko Zaw Htet", "Daw Khin Myat")
              "CP", "DCP", "ACP", "AIG", "IGP", "SSP", "Ko", "Daw", "U",
              *LEGISLATORS,
              "Pvt", "Pvt.", "Pte", "Cpl", "Sepoy", "Havildar", "Naik", "Subedar", "Constable", "Sergeant", "Corporal",
              "Lieutenant", "Lance Corporal", "Lt Col", "Lt. Col.", "Lieutenant Colonel", "Lt Gen", "Lt. Gen.",
              "Maj Gen", "Maj. Gen.", "Brig Gen", "Brig. Gen.", "Colonel-Major", "Brig-Gen", "Maj-Gen", "Lt-Gen", "Lt-Col",
              "Lieutenant-Colonel", "Lieutenant-General", "Major-General", "Brigadier-General",
              "Rifleman", "Warrant Officer", "Junior Sergeant", "Senior Sergeant", "Supt", "Supt.", "Chief Supt",
              "Sub-Commissioner", "Deputy Commissioner",
              # clergy, the professions and the forms of address of South Asia ("Shri Vikas Bhardwaj")
              "Pastor", "Bishop", "Reverend", "Barrister", "Advocate", "Shri", "Sri", "Smt", "Hon.", "Honourable",
              "Malam", "Mallam", "Alhaji", "Hajiya", "Abbé", "Allama", "Maulana", "Mufti", "Comrade",
              # Bangladeshi and Philippine ranks ("Sainik Rafiqul Islam", "PBGEN Eduardo P. Cabrera"), an inspector general
              "Sainik", "Patrolman", "Patrolwoman", "PFC", "Private First Class", "PBGEN", "PCOL", "PLTCOL", "PMAJ", "PCPT",
              "PSSg", "PMSg", "PCpl", "IG"]
# Role nouns of people, lower case; two-word roles first so they win. Each maps to an org-role
# notation or None (kept only as the verbatim title).
ROLES = {
    "deputy commander": "deputy-commander", "special envoy": "envoy", "country director": "official",
    "health worker": "staff", "aid worker": "staff", "press secretary": "spokesperson",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "commander": "commander", "chairperson": "chairperson", "chairman": "chairperson",
    "chairwoman": "chairperson", "president": "chairperson", "envoy": "envoy", "expert": "expert",
    "analyst": "expert", "official": "official", "officer": "official", "director": "official",
    "head": "official", "chief": "official", "leader": "official", "minister": "official",
    "secretary": "official", "governor": "official", "mayor": "official", "representative": "official",
    "coordinator": "official", "member": "member", "correspondent": "staff", "reporter": "staff",
    "photographer": "staff", "worker": "staff", "doctor": "staff", "nurse": "staff", "medic": "staff",
    "researcher": "expert", "adviser": "official", "advisor": "official", "aide": "official",
    "volunteer": "member", "activist": None, "resident": None,
    "ombudsman": "official", "public defender": "official", "defender": "official", "prosecutor": "official",
    "judge": "official", "administrator": "official",
    "commissioner": "official", "councillor": "official", "councilor": "official", "lawmaker": "official",
    "legislator": "official", "manager": "official", "deputy": "official", "inspector": "official",
    "prefect": "official", "sub-prefect": "official", "chief executive": "official",
    "priest": None, "pastor": None, "bishop": None, "elder": None, "lawyer": None, "teacher": None,
    "farmer": None, "trader": None, "witness": None, "survivor": None, "chieftain": None,
    "dictator": None, "strongman": None, "warlord": None, "ruler": None, "cleric": None,
    "mother": None, "father": None, "son": None, "daughter": None, "brother": None, "sister": None, "wife": None,
    "husband": None, "widow": None, "uncle": None, "cousin": None, "relative": None, "neighbour": None,
    "neighbor": None, "shopkeeper": None, "fisherman": None, "driver": None, "student": None,
    # ranks and trades written in lower case before a name ("CoBRA constable Pintu Saha", "sociologist Carmen Paredes")
    "head constable": None, "constable": None, "patrolman": None, "policeman": None, "policewoman": None,
    "soldier": None, "sociologist": None, "journalist": None, "professor": None, "engineer": None, "paramedic": None,
    "villager": None, "herder": None, "vendor": None, "businessman": None, "businesswoman": None,
}
# Final words that make a capitalised name an organisation ("Counter-Terrorism Service").
ORG_HEADS = {
    "Service", "Services", "Forces", "Force", "State", "Nations", "Organization", "Organisation",
    "Organizations", "Organisations", "Observatory", "Council", "Committee", "Committees", "Commission",
    "Defence", "Defense", "Team", "International", "Agency", "Office", "Ministry", "Movement", "Coalition",
    "Group", "Army", "Front", "Brigade", "Brigades", "Battalion", "Media", "Online", "Wire", "Press",
    "Ledger", "Times", "News", "Post", "Dispatch", "Herald", "Tribune", "Journal", "Gazette", "Guardian",
    "Network", "Union", "Party", "Crescent", "Cross", "Mission", "Fund", "Programme", "Program", "Watch",
    "Corps", "Guard", "Guards", "Police", "Authority", "Institute", "Centre", "Center", "Association",
    "Federation", "League", "Alliance", "Directorate", "Command", "Ambulance", "Parliament", "Assembly",
    "Court", "Government", "Administration", "Bureau", "Department", "Foundation", "Trust", "Initiative", "Society",
    "Delegation", "Headquarters", "Secretariat", "Opposition",
    "Unit", "Units", "Kremlin", "Pentagon", "Reuters", "AFP", "Room", "Rooms",
}
# First words that make a capitalised name an organisation in languages that put the head first ("Ministerio del
# Interior", "Fiscalía General del Estado", "Policía Nacional", "Collectif contre l'impunité").
HEAD_FIRST_ORG_WORDS = {
    "Ministerio", "Ministério", "Ministère", "Secretaría", "Secretaria", "Fiscalía", "Defensoría", "Personería",
    "Procuraduría", "Contraloría", "Policía", "Polícia", "Instituto", "Comisión", "Comissão", "Consejo", "Conselho",
    "Dirección", "Direção", "Direction", "Gobierno", "Governo", "Gouvernement", "Ejército", "Exército", "Armée",
    "Fuerza", "Fuerzas", "Forças", "Servicio", "Serviço", "Comité", "Coordinadora", "Coordination", "Collectif",
    "Observatorio", "Observatoire", "Asociación", "Associação", "Oficina", "Alcaldía", "Prefeitura", "Gobernación",
    "Agence", "Agencia", "Cruz", "Croix", "Tribunal", "Juzgado", "Procuradoria", "Defensoria", "Ouvidoria",
}
# Lower-case words after a name that make it an organisation ("Nour al-Din al-Zinki rebel group"): the
# phrase -> actor type. The name keeps the head for a national adjective ("Iraqi security forces").
GROUP_HEADS = {
    "rebel group": "armed-group", "militant group": "armed-group", "armed group": "armed-group",
    "jihadist group": "armed-group", "extremist group": "armed-group", "group": "armed-group",
    "movement": "armed-group", "militia": "armed-group", "militias": "armed-group", "rebels": "armed-group",
    "fighters": "armed-group", "insurgents": "armed-group", "paramilitaries": "armed-group", "militants": "armed-group",
    "gunmen": "armed-group", "jihadists": "armed-group",
    "news agency": "news-outlet", "news site": "news-outlet", "newspaper": "news-outlet", "website": "news-outlet",
    "daily": "news-outlet", "broadcaster": "news-outlet", "television": "news-outlet",
    "state media": "state-media", "state news agency": "state-media", "state television": "state-media",
    "local council": "government", "council": "government", "authorities": "government",
    "government": "government", "ministry": "government", "defence ministry": "government",
    "defense ministry": "government", "foreign ministry": "government", "interior ministry": "government",
    "human rights office": "igo", "refugee agency": "igo", "children's agency": "igo", "mission": "igo",
    "agency": "aid",
    "security forces": "state-force", "special forces": "state-force", "forces": "state-force",
    "army": "state-force", "military": "state-force", "troops": "state-force", "soldiers": "state-force", "officers": "state-force",
    "military source": "state-force", "police": "state-force", "peshmerga": "state-force",
    "air force": "state-force", "navy": "state-force", "coalition": "coalition", "service": "aid",
    "jets": "state-force", "warplanes": "state-force", "aircraft": "state-force",
}
# Heads of a body's name that may come a few lower-case words after a name and stay in the name ("Kabuhinga
# site committee", "North Kivu provincial government", "al-Thawra emergency response room", "UN peacekeeping
# mission") -> actor type.
BODY_HEADS = {
    "committee": "informal", "council": "government", "government": "government", "authorities": "government",
    "administration": "government", "mission": "igo", "room": "aid", "zone": "government", "network": "aid",
    "office": "government", "ministry": "government", "commission": "government", "directorate": "government",
    "department": "government", "team": "aid", "association": "informal", "union": "informal",
}
GROUP_HEADS.update({head: actor_type for head, actor_type in BODY_HEADS.items() if head not in GROUP_HEADS})
# Descriptions of a group that name no organisation of their own ("a doctors' group", "the relief
# network", "an ethnic armed group"): heads that only say "an organisation", the phrases that say "an armed
# group", and adjectives that describe without naming.
GENERIC_ORG_HEADS = {"group", "organisation", "organization", "body", "charity", "outfit", "faction", "ngo"}
# Descriptions that say what kind of group is meant -> the actor types that fit.
TYPE_DESCRIPTIONS = {
    "armed group": {"armed-group"}, "rebel group": {"armed-group"}, "militant group": {"armed-group"},
    "insurgent group": {"armed-group"}, "armed faction": {"armed-group"}, "rebel faction": {"armed-group"},
    "militia": {"armed-group"}, "newspaper": {"news-outlet", "state-media"}, "daily": {"news-outlet", "state-media"},
    "broadcaster": {"news-outlet", "state-media"}, "news agency": {"news-outlet", "state-media"},
    "outlet": {"news-outlet", "state-media"}, "paper": {"news-outlet", "state-media"},
    "monitor": {"monitor"}, "war monitor": {"monitor"}, "monitoring group": {"monitor"},
    "rights group": {"monitor"}, "watchdog": {"monitor"}, "force": {"state-force"},
}
DESCRIPTIVE_WORDS = {"local", "ethnic", "main", "rival", "small", "smaller", "large", "larger", "largest", "major",
                     "regional", "independent", "new", "prominent", "leading", "volunteer", "non-governmental",
                     "non-profit", "private", "grassroots", "community", "other", "same", "powerful"}
# Heads that name the members of a state's forces; all of them fold into one group per country.
STATE_FORCE_MEMBERS = {"security forces", "special forces", "forces", "army", "troops", "soldiers", "officers",
                       "military", "military source", "air force"}
# Place-kind words written after a name ("Nineveh province", "Bajil district", "Taiz city") or before it
# ("the village of Miznaz"), each -> the place-kind notation.
# Divisions by other local names, which stay in the name: Ukraine's hromadas, Russia's okrugs, Sudan's localities, the
# DR Congo's groupements and chiefdoms, Pakistan's tehsils, Bangladesh's unions, Mozambique's administrative posts,
# Ecuador's cantons, Colombia's subregions, Syria's sub-districts (and, below, Nigeria's local government areas, whose
# words a name keeps only when capitalised: "Augie Local Government Area")
LOCAL_DIVISIONS = ("hromada", "okrug", "urban okrug", "locality", "groupement", "chiefdom", "tehsil", "union",
                   "administrative post", "canton", "subregion", "sub-district")
# Health facilities and markets by their usual names, which stay in the name ("Nyabiondo health centre", "Mir Ali bazaar")
NAMED_FACILITIES = ("health centre", "health center", "health post", "medical centre", "medical center", "bazaar", "bazar",
                    "penitentiary")
PLACE_KIND_WORDS = {
    "province": "province", "governorate": "province", "state": "province", "region": "region",
    "district": "district", "city": "city", "town": "city", "capital": "city", "village": "village",
    "hamlet": "village", "settlement": "village", "island": "region", "suburb": "suburb",
    # Colombia's and Mexico's rural hamlets ("the vereda of Caño Indio", "the tenencia of Acahuato")
    "vereda": "village", "tenencia": "village", "ranchería": "village",
    "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
    "quarter": "neighbourhood", "area": "district", "areas": "district", "countryside": "region",
    "territory": "district", "township": "district", "hub": "city", "monastery": "facility", "temple": "facility",
    "site": "facility",
    "camp": "facility", "market": "facility", "hospital": "facility", "hotel": "facility",
    "school": "facility", "airport": "facility", "base": "facility", "airbase": "facility",
    "mosque": "facility", "church": "facility", "cathedral": "facility", "station": "facility", "hall": "facility",
    "clinic": "facility", "bakery": "facility", "prison": "facility", "port": "facility",
    "department": "province", "municipality": "district", "prefecture": "province", "oblast": "province",
    "county": "district", "commune": "district",
    # divisions by their local names (Ethiopia's zones and woredas, South Sudan's payams, Mali's circles,
    # Bangladesh's upazilas, Indonesia's regencies, Cameroon's divisions, Uganda's sub-counties)
    "zone": "district", "woreda": "district", "payam": "district", "circle": "district", "cercle": "district",
    "upazila": "district", "regency": "district", "division": "district", "sub-county": "district",
    "subdistrict": "district",
    "forest": "region", "dam": "facility", "bridge": "facility", "junction": "facility",
    # wards, sectors and subdivisions of local government; crossings and checkpoints ("Saghev ward", "the Farsia sector",
    # "Kolofata subdivision", "the Bambeto roundabout", "the Chapri checkpost")
    "ward": "district", "sector": "district", "subdivision": "district", "sub-prefecture": "district",
    "roundabout": "facility", "checkpost": "facility", "checkpoint": "facility",
    # Ethiopia's kebeles (wards of a woreda), and mountain ranges ("Alaltu kebele", "the Qandil mountains")
    "kebele": "village", "mountains": "region",
    # rivers, named with the word ("the Lugenda river"); the vocabulary's nearest kind is a region
    "river": "region",
    # hills, valleys, plains and canyons, crossings, terminals, complexes and palaces, named with the word as curators
    # write them ("the Kwaki hills", "the Dhurdur valley", "the Bab al-Hawa crossing", "the Ras Isa fuel terminal",
    # "the Victory Base complex", "the Maashiq presidential palace", "the Dzherelo shopping centre"); Colombia's
    # indigenous reserves ("the San Francisco resguardo") and Myanmar's village tracts
    "hills": "region", "valley": "region", "plain": "region", "canyon": "region", "crossing": "facility",
    "terminal": "facility", "complex": "facility", "palace": "facility", "shopping centre": "facility",
    "shopping center": "facility", "resguardo": "district", "village tract": "village",
    **{word: "district" for word in LOCAL_DIVISIONS}, "local government area": "district",
    **{word: "facility" for word in NAMED_FACILITIES},
}
# Place kinds whose word stays in the name ("Nineveh province"); for the others the bare name is used.
KIND_WORD_IN_NAME = {"province", "governorate", "district", "region", "department", "municipality", "prefecture",
                     "oblast", "county", "commune", "territory", "township", "market", "hospital", "hotel", "camp",
                     "airport", "school", "mosque", "station", "base", "airbase", "prison", "port", "zone", "woreda",
                     "payam", "circle", "cercle", "upazila", "regency", "division", "sub-county", "subdistrict", "forest",
                     "dam", "bridge", "junction", "ward", "sector", "subdivision", "sub-prefecture", "roundabout",
                     "checkpost", "checkpoint", "kebele", "mountains", "river", "hills", "valley", "plain", "canyon",
                     "crossing", "terminal", "complex", "palace", "shopping centre", "shopping center", "resguardo",
                     "village tract", *LOCAL_DIVISIONS,
                     *NAMED_FACILITIES}
# Victim words -> victim-category notation.
VICTIMS = {
    "people": "people", "persons": "people", "person": "people", "others": "people", "residents": "civilians",
    "martyrs": "people",  # "led to 11 martyrs": the dead, whoever they were
    "civilians": "civilians", "civilian": "civilians", "non-combatants": "civilians", "villagers": "civilians",
    "children": "children", "child": "children", "kids": "children", "boys": "children", "girls": "children",
    "babies": "children", "minors": "children", "students": "children", "girl": "children", "boy": "children",
    "baby": "children", "infant": "children", "infants": "children", "toddler": "children", "teenager": "children",
    "teenagers": "children", "pupils": "children", "schoolchildren": "children", "men": "people", "man": "people",
    "women": "women", "woman": "women", "mothers": "women",
    "fighters": "fighters", "rebels": "fighters", "militants": "fighters", "jihadists": "fighters",
    "insurgents": "fighters", "attackers": "fighters", "gunmen": "fighters", "militiamen": "fighters",
    "combatants": "fighters", "members": "people", "member": "people", "apostates": "people", "bodies": "people",
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "officers": "soldiers", "policemen": "soldiers", "police officers": "soldiers", "security forces": "soldiers",
    "guards": "soldiers", "conscripts": "soldiers",
    "workers": "workers", "worker": "workers", "engineer": "workers", "engineers": "workers",
    "nurses": "workers", "nurse": "workers", "doctors": "workers", "doctor": "workers", "medics": "workers",
    "paramedics": "workers", "journalists": "workers", "journalist": "workers", "staff": "workers",
    "staff member": "workers", "staff members": "workers",
    "volunteers": "workers", "rescuers": "workers", "teachers": "workers", "employees": "workers",
    "drivers": "workers", "driver": "workers", "labourers": "workers", "laborers": "workers",
    "families": "families", "households": "families",
    "peacekeepers": "soldiers", "peacekeeper": "soldiers", "recruits": "soldiers",
    "monks": "civilians", "monk": "civilians", "nuns": "civilians", "priests": "civilians", "priest": "civilians",
    "imams": "civilians", "imam": "civilians", "worshippers": "civilians", "pilgrims": "civilians",
    "shoppers": "civilians", "passengers": "civilians", "pedestrians": "civilians", "farmers": "civilians",
    "fishermen": "civilians", "herders": "civilians", "traders": "civilians", "vendors": "civilians",
    "refugees": "civilians", "migrants": "civilians",
    "worshipers": "civilians", "mourners": "civilians", "guests": "civilians", "commuters": "civilians",
    "bystanders": "civilians", "motorists": "civilians", "miners": "civilians", "protesters": "civilians",
    "demonstrators": "civilians", "loggers": "civilians", "woodcutters": "civilians", "herdsmen": "civilians",
    "hunters": "civilians", "fishers": "civilians", "christians": "civilians",
    "auxiliaries": "soldiers", "vdp": "soldiers", "vigilantes": "fighters", "police": "soldiers",
    "serviceman": "soldiers", "border guards": "soldiers",
    "border guard": "soldiers", "student": "children", "inmate": "people", "prisoner": "people",
    "dissidents": "fighters", "assailants": "fighters", "terrorists": "fighters", "extremists": "fighters",
    "bandits": "fighters", "raiders": "fighters", "guerrillas": "fighters", "separatists": "fighters",
    "jihadis": "fighters", "criminals": "fighters", "hitmen": "fighters", "gang members": "fighters",
    "gangsters": "fighters", "cartel members": "fighters", "mercenaries": "fighters", "gendarmes": "soldiers", "personnel": "soldiers", "marines": "soldiers",
    "patients": "people", "detainees": "people", "prisoners": "people", "inmates": "people",
    "rangers": "soldiers", "ranger": "soldiers", "paramilitaries": "soldiers", "settlers": "civilians",
    "settler": "civilians", "passer-by": "civilians", "passers-by": "civilians",
    # the singular, for "one assailant was killed", "a gunman was shot dead"
    "assailant": "fighters", "attacker": "fighters", "gunman": "fighters", "militant": "fighters",
    "fighter": "fighters", "insurgent": "fighters", "bandit": "fighters", "terrorist": "fighters",
    "policeman": "soldiers", "officer": "soldiers",
    # South Asian and other English for soldiers and police ("Three jawans were killed", "two CoBRA commandos")
    "jawans": "soldiers", "jawan": "soldiers", "commandos": "soldiers", "commando": "soldiers", "troopers": "soldiers",
    "trooper": "soldiers", "constables": "soldiers", "corpses": "people",
    "maoists": "fighters", "naxals": "fighters", "naxalites": "fighters", "cadres": "fighters",
    # those a security force says it fought ("Eight \"suspects\" were killed after opening fire on officers")
    "suspects": "fighters", "suspect": "fighters",
    "conscript": "soldiers", "shepherd": "civilians", "shepherds": "civilians", "porters": "civilians", "porter": "civilians",
    "kolbars": "civilians", "kolbar": "civilians",  # Kurdish cross-border porters
}
# Peoples counted by nationality or community ("577 Palestinians killed", "14 Israelis"): people, whoever they
# are. Plural nouns only: a form that is also the adjective ("Sudanese", "Afghan") would take "two Sudanese
# soldiers" for people rather than soldiers.
DEMONYMS = (
    "Afghans Algerians Americans Amharas Armenians Azerbaijanis Azeris Bangladeshis Burundians Cameroonians Chadians "
    "Colombians Ecuadorians Egyptians Eritreans Ethiopians Filipinos Georgians Ghanaians Haitians Hazaras Indians "
    "Indonesians Iranians Iraqis Israelis Ivorians Jordanians Kashmiris Kenyans Kurds Libyans Malians Mexicans "
    "Mozambicans Nepalis Nigerians Nigeriens Pakistanis Palestinians Papuans Pashtuns Russians Rwandans Saudis "
    "Somalis Syrians Tajiks Thais Tigrayans Turks Ugandans Ukrainians Uyghurs Uzbeks Venezuelans Yazidis Yemenis"
).split()
VICTIMS.update({demonym.lower(): "people" for demonym in DEMONYMS})
_DEMONYM_PLURALS = {demonym.lower() for demonym in DEMONYMS}  # their singular is the adjective ("Afghan")
# The singular of each plural above that lacks it, for one victim ("a teacher", "a 54-year-old farmer"); not of
# words whose singular says something else ("a minor injury", "one troop", "another family of five") or is as often an
# adjective ("members of the extremist group", "the paramilitary's fighters", "a refugee camp").
_NO_SINGULAR = {"others", "people", "persons", "minors", "families", "households", "troops", "security forces", "bodies",
                "corpses", "kids", "christians", "staff members", "extremists", "paramilitaries", "separatists", "jihadists",
                "jihadis", "rebels", "criminals", "dissidents", "guerrillas", "auxiliaries", "refugees", "migrants",
                "maoists", "naxals", "naxalites", "cadres", "mercenaries", "apostates", "insurgents", "militants"}


def _singular(plural: str) -> str | None:
    if plural in _NO_SINGULAR or not plural.endswith(("s", "men")) or plural.endswith("ss"):
        return None
    if plural.endswith("men"):
        return plural[:-3] + "man"  # "fishermen", "herdsmen"
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]  # "mercenaries", "teachers"


# The victim words: VICTIMS and those singulars. The extractor reads a text's victims with them, and the scorer a gold's
# free text (until 2026-11-27 the scorer read VICTIMS alone, and a gold's "farmer" was no civilian).
VICTIM_WORDS = {**{_singular(p): c for p, c in VICTIMS.items() if _singular(p) and p not in _DEMONYM_PLURALS}, **VICTIMS}
# "members of the security forces", "One member of the Indonesian Military (TNI)": state forces, whatever
# "members" says alone (the extractor reads a claim's victims so, and the scorer a gold's)
MEMBERS_OF_FORCE = re.compile(r"\s+of\s+(?:the\s+)?[\w\s]*?(?:forces|army|police|troops|military)\b(?:\s+\([A-Z]{2,6}\))?",
                              re.IGNORECASE)
# Plural nouns for people, which name an organisation's members inside its name ("Sudan Doctors' Union").
PEOPLE_NOUNS = {"people", "peoples", "women", "men", "children", "mothers", "doctors", "nurses", "workers", "teachers",
                "students", "journalists", "lawyers", "farmers", "veterans", "martyrs", "patriots", "youth", "refugees",
                "families", "engineers", "physicians", "volunteers", "citizens", "villagers", "residents", "victims"}
# Outcome words -> outcome notation (the vocabulary's labels are added by `outcome_words`).
OUTCOMES = {
    "killed": "killed", "killing": "killed", "kills": "killed", "dead": "killed", "died": "killed",
    "deaths": "killed", "death": "killed", "lost their lives": "killed", "shot dead": "killed",
    "massacred": "killed", "executed": "killed", "bodies": "killed", "corpses": "killed", "toll": "killed", "death toll": "killed",
    "neutralized": "killed", "neutralised": "killed", "put out of combat": "killed", "lost": "killed",
    # communiqués in the present tense ("our forces neutralise seven (07) terrorists")
    "neutralise": "killed", "neutralises": "killed", "neutralize": "killed", "neutralizes": "killed",
    "neutralising": "killed", "neutralizing": "killed",
    "murdered": "killed", "slain": "killed", "found dead": "killed", "gunned down": "killed", "beheaded": "killed", "succumbed": "killed",
    "perished": "killed", "fallen on the field of honour": "killed", "fell on the field of honour": "killed",
    "fallen on the field of honor": "killed", "fallen with honour": "killed", "fallen in action": "killed",
    "fell in action": "killed", "fallen with arms in hand": "killed", "fell with arms in hand": "killed",
    "homicides": "killed", "martyred": "killed", "burnt to death": "killed", "eliminated": "killed",
    "paid the supreme price": "killed", "paid the ultimate price": "killed", "lost his life": "killed",
    "lost her life": "killed",
    "burned to death": "killed", "hacked to death": "killed", "stabbed to death": "killed", "beaten to death": "killed",
    "wounded": "injured", "wounding": "injured", "injured": "injured", "injuring": "injured",
    "injuries": "injured", "hurt": "injured", "treated": "injured", "hospitalised": "injured",
    "hospitalized": "injured", "admitted": "injured", "gunshot wounds": "injured", "receiving treatment": "injured",
    "being treated": "injured", "shot in the leg": "injured", "shot in the legs": "injured", "shot in the arm": "injured",
    "shot in the hand": "injured", "shot in the foot": "injured", "shot in the shoulder": "injured",
    "shot in the thigh": "injured",
    "displaced": "displaced", "fled": "displaced", "forced from their homes": "displaced",
    "crossed into": "displaced", "arrived": "displaced", "sought refuge": "displaced", "sought shelter": "displaced",
    "taken refuge": "displaced", "took refuge": "displaced",
    "forced to flee": "displaced", "uprooted": "displaced", "rounded up": "displaced", "to leave their homes": "displaced",
    "made homeless": "displaced", "forced them": "displaced", "gathered": "displaced", "internally displaced": "displaced",
    "left their homes": "displaced", "fled their homes": "displaced", "from their homes": "displaced", "to flee": "displaced",
    "evacuated": "displaced", "abandoned their homes": "displaced", "abandoned their farms": "displaced",
    "abandoned their villages": "displaced", "abandoned their land": "displaced", "abandoned their lands": "displaced",
    "trapped": "trapped", "besieged": "trapped", "under siege": "trapped", "confined": "trapped",
    "missing": "missing", "disappeared": "missing", "unaccounted for": "missing",
    "abducted": "abducted", "kidnapped": "abducted", "taken hostage": "abducted", "abducting": "abducted",
    "taken away": "abducted", "taken captive": "abducted", "taken by the attackers": "abducted",
    "taken by the gunmen": "abducted", "taken by gunmen": "abducted", "taken by the assailants": "abducted",
    "kidnapping": "abducted", "fatalities": "killed",
}
KILLED_OR_INJURED = ("killed or injured", "killed or wounded", "dead or injured", "dead or wounded",
                     "casualties")
# Event-type trigger words and phrases (lower case) -> event-type notation; the vocabulary's own labels
# are added by `event_triggers`.
EVENT_TRIGGERS = {
    "air strike": "airstrike", "air strikes": "airstrike", "airstrikes": "airstrike", "air raids": "airstrike",
    "drone strike": "airstrike", "drone strikes": "airstrike", "missile strike": "airstrike", "strike": "airstrike",
    "air raid": "airstrike", "warplanes struck": "airstrike", "warplanes hit": "airstrike",
    "aircraft had struck": "airstrike", "bombed": "airstrike", "raids": "airstrike",
    "shelling": "shelling", "shelled": "shelling", "shells struck": "shelling", "shell struck": "shelling",
    "mortar rounds": "shelling", "mortar": "shelling", "rockets": "shelling", "rocket fire": "shelling",
    "artillery": "shelling", "shells": "shelling",
    "clashes": "armed-clash", "fighting": "armed-clash", "hostilities": "armed-clash", "repelled": "armed-clash", "battle": "armed-clash",
    "firefight": "armed-clash", "clashed": "armed-clash",
    "offensive": "offensive", "push": "offensive", "pushed": "offensive", "advance": "offensive",
    "advancing": "offensive", "operation": "offensive", "assault": "offensive", "launched": "offensive",
    "retook": "territory-change", "recaptured": "territory-change", "captured": "territory-change",
    "seized": "territory-change", "took control": "territory-change", "driven out": "territory-change",
    "fell to": "territory-change", "retake": "offensive",
    "suicide car bombs": "suicide-bombing", "suicide car bomb": "suicide-bombing", "car bomb": "suicide-bombing",
    "suicide bomber": "suicide-bombing", "explosives-laden vehicles": "suicide-bombing",
    "roadside bomb": "suicide-bombing", "bombings": "suicide-bombing", "bombing": "suicide-bombing",
    "siege": "siege", "besieged": "siege", "blockade": "siege",
    "ceasefire": "truce", "cease-fire": "truce", "truce": "truce", "humanitarian pause": "truce",
    "meeting": "meeting", "talks": "meeting", "met": "meeting",
    "denied": "denial", "dismissed the claim": "denial", "rejected the claim": "denial",
    "announced": "statement", "claimed": "statement", "in a statement": "statement",
    "shot dead": "mass-killing", "massacre": "mass-killing", "executed": "mass-killing",
    "forced them": "forced-displacement", "rounded up": "forced-displacement", "fled": "forced-displacement",
    "displaced": "forced-displacement", "have arrived": "forced-displacement",
    "human shields": "forced-displacement",
    "stormed": "attack", "attack": "attack", "attacks": "attack", "attacked": "attack", "struck": "attack",
    "hit": "attack", "gunmen": "attack",
    "war began": "war", "conflict escalated": "war", "war": "war",
    "deployment": "deployment",
}


def check_lexicon(vocab: Vocabulary) -> None:
    """Fail loudly if a rule names a concept the vocabularies do not have."""
    for scheme, table in (("org-role", ROLES), ("victim-category", VICTIMS), ("outcome", OUTCOMES),
                          ("event-type", EVENT_TRIGGERS)):
        for notation in set(table.values()) - {None}:
            vocab.require(scheme, notation)
    for notation in set(PLACE_KIND_WORDS.values()):
        vocab.require("place-kind", notation)


def with_vocabulary_labels(table: dict[str, str], vocab: Vocabulary, scheme: str) -> dict[str, str]:
    """The table plus every label of the scheme's concepts (lower case) -> its notation."""
    merged = dict(vocab.label_index(scheme))
    merged.update(table)
    return merged
