"""Word lists about sources for the English extractor, compiled once: pronouns, titles,
given-name genders, places, organisations, media, groups, unnamed heads, the capitalised
words that are never names, and the heads a later "they" or "it" takes up. Cue words and the regexes are in :mod:`.en_resources`.
"""

from __future__ import annotations

import re

from tracker.extract.en_given_names import AMBIGUOUS_GIVEN, FEMALE_GIVEN, MALE_GIVEN


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (easier to read and to extend)."""
    return frozenset(text.split())


PRONOUNS_PERSON = words(
    """
    he she i
    """
)
PRONOUNS_PLURAL = words(
    """
    they we
    """
)
PRONOUNS_THING = words(
    """
    it
    """
)
ALL_PRONOUNS = (
    PRONOUNS_PERSON
    | PRONOUNS_PLURAL
    | PRONOUNS_THING
    | words(
        """
    you someone somebody
    """
    )
)
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: What a verb contracted onto a pronoun subject leaves on its end: "he's said", "they've argued".
_CONTRACTIONS = tuple(a + b for a in "'’" for b in ("s", "d", "ve", "ll", "re", "m"))


def contracted_pronoun(low: str) -> str | None:
    """The pronoun a contracted subject opens with ("she’d" -> "she", "i've" -> "i"), else None."""
    if low.endswith(_CONTRACTIONS):
        head = low[: max(low.rfind("'"), low.rfind("’"))]
        if head in ALL_PRONOUNS:
            return head
    return None


TITLES = words(
    """
    mr mrs ms miss dr sen rep gov gen lt col capt sgt adm prof rev sir dame lord lady president
    senator governor secretary minister premier chancellor mayor judge justice professor chairman
    chairwoman chair director ambassador attorney spokesman spokeswoman spokesperson adviser advisor
    aide leader chief commissioner candidate nominee speaker representative congressman
    congresswoman councilman councilwoman sheriff officer detective prosecutor lawyer economist
    analyst ceo founder executive treasurer king queen prince princess pope general colonel
    commander deputy vice prime foreign former acting interim state u.s
    """
)
MALE_TITLES = words(
    """
    mr sir lord king prince congressman councilman chairman spokesman
    """
)
FEMALE_TITLES = words(
    """
    mrs ms miss dame lady queen princess congresswoman councilwoman chairwoman spokeswoman
    """
)
#: Places that read like two-word person names ("North Korea", "Los Angeles"): never a "he".
PLACE_WORDS = words(
    """
    america american united states kingdom korea china russia iran iraq syria israel mexico canada
    japan india pakistan afghanistan germany france britain england europe european ukraine turkey
    egypt africa african asia brazil cuba venezuela york jersey angeles francisco diego washington
    chicago boston houston dallas texas florida ohio california virginia carolina dakota hampshire
    mexico michigan pennsylvania wisconsin iowa nevada arizona colorado georgia alabama tennessee
    kentucky missouri louisiana oklahoma oregon kansas nebraska utah idaho montana wyoming maine
    vermont maryland delaware connecticut massachusetts minnesota indiana illinois arkansas
    mississippi hawaii alaska city county street avenue island islands ocean sea river valley beach
    park square bay gulf atlantic pacific middle east west north south central hall capitol white
    house pentagon kremlin wall
    """
)
#: The postal abbreviations of US states as news writes them after a town ("of Springfield,
#: Va.,"), without their final period, as the tokeniser splits it off.
STATE_ABBREVIATIONS = words(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo
    """
)
#: Common first names, to tell "he" from "she" when no title says it.
# Given names by usual gender live in :mod:`.en_given_names`; a name on both sides, or
# used for both sexes, counts as neither.
MALE_NAMES = MALE_GIVEN - FEMALE_GIVEN - AMBIGUOUS_GIVEN
FEMALE_NAMES = FEMALE_GIVEN - MALE_GIVEN - AMBIGUOUS_GIVEN
#: The first gendered pronoun after a name, within its sentence: how the article itself
#: tells "he" from "she" for a name missing from the given-name lists.
GENDER_PRONOUN_RE = re.compile(r"[^.!?\n“”\"]{0,140}?\b([Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")
#: Role nouns that a definite description ("the minister") can use for a named person.
#: The abbreviated title a role noun is written as before a name: "the governor" is "Gov. X".
ROLE_ABBREVIATIONS = {
    "governor": "gov",
    "senator": "sen",
    "representative": "rep",
    "general": "gen",
    "colonel": "col",
    "captain": "capt",
    "sergeant": "sgt",
    "admiral": "adm",
    "professor": "prof",
    "doctor": "dr",
}
ROLE_NOUNS = TITLES - words(
    """
    mr mrs ms miss dr sir dame lord lady former acting interim state u.s vice prime foreign deputy
    rev
    """
)

ORG_WORDS = words(
    """
    ministry department agency university inc corp corporation company association council court
    commission service police bureau foundation institute center centre office administration
    congress senate parliament committee party campaign government army military navy coalition
    union network organization organisation group team board bank fund federation league club school
    hospital authority authorities embassy kremlin pentagon house cabinet regime fbi cia nasa nato
    un gop dnc rnc who unicef unesco ltd llc firm spokesperson poll survey study report statement
    """
)
MEDIA_WORDS = words(
    """
    post times news journal cnn msnbc fox reuters afp ap tribune herald magazine abc nbc cbs bbc
    politico breitbart gazette guardian telegraph independent economist bloomberg axios newspaper
    outlet channel tv television radio daily weekly press wire agency's
    """
)
#: Capitalised plurals that name a group, not a person ("the Conservatives said").
GROUP_NAMES = words(
    """
    democrats republicans conservatives liberals progressives socialists greens independents
    libertarians tories laborites europeans americans palestinians israelis ukrainians russians
    """
)
#: Plural or vague heads that make a source a group or an unnamed one.
UNNAMED_HEADS = words(
    """
    source sources official officials person people someone aide aides insider insiders diplomat
    diplomats analyst analysts expert experts observer observers witness witnesses resident
    residents critic critics supporter supporters voter voters lawmaker lawmakers investigator
    investigators authorities activist activists member members spokesman spokeswoman spokesperson
    representative representatives economist economists researcher researchers scientist scientists
    doctor doctors
    """
)

NAME_CONNECTORS = words(
    """
    de del della da di van von der al bin ibn bint la le du st. st o' mc
    """
)
#: Capitalised words that start sentences or headlines but never names.
NOT_NAMES = words(
    """
    everything nothing something everyone everybody nobody someone somebody anyone
    the a an but and or in on at of for to by with from as it he she they we i this that these those
    there when while if after before although though since because yet so then however meanwhile
    still also monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec his her their its our my your what why how who where which mr mrs ms dr according
    unlike like even only just now today yesterday here still yet instead indeed perhaps maybe
    initially finally later earlier thus separately asked speaking asked both either neither not no
    every each all many most some several said says added adds
    """
)
#: Every given name, whatever its usual gender: "Hillary Clinton" in a headline is a name.
GIVEN_NAMES = MALE_GIVEN | FEMALE_GIVEN | AMBIGUOUS_GIVEN
#: Heads of a sentence's subject that a following "they" may take up: "Voting rights
#: advocates ... They cite ...", and plural nouns of agents by their ending ("critics",
#: "environmentalists", "lawmakers", "opponents").
THEY_HEADS = words(
    """
    states countries nations groups companies authorities police officials aides critics experts
    analysts democrats republicans people members leaders families parents residents voters
    lawmakers senators proponents opponents officers investigators prosecutors scientists
    researchers economists activists protesters demonstrators workers unions agencies firms
    """
)
THEY_ENDINGS = ("ists", "ers", "ors", "ants", "ents", "ians", "cans", "ates")
#: Heads of a subject a following "it" may take up: "The ad ... It also mentions".
IT_HEADS = words(
    """
    ad city state country letter plan proposal bill article piece column book memo website site
    video ruling complaint lawsuit filing report statement study poll survey campaign company
    committee government court agency ministry department council commission administration
    network newspaper paper magazine station channel board fund bank organization group union
    """
)
#: Heads of a written source that speaks ("..., the report says."): a later "it" means it,
#: a "they" never does.
DOCUMENT_HEADS = words(
    """
    letter article piece column book memo ruling complaint lawsuit filing report statement
    study poll survey analysis audit review
    """
)
#: Words with the endings of an occupation ("engineer", "activist") that name no person: an
#: appositive "the other candidate" is a role, "a number of" is not.
NOT_AGENTS = words(
    """
    other number matter order letter paper water power border center corner major minor floor door
    error factor sector color honor favor meter quarter chapter former latter daughter mother father
    sister brother
    """
)
#: Last words of places whose first word is a given name ("Charlotte County", "Jackson Heights").
PLACE_ENDS = words(
    """
    county city beach island islands heights springs falls harbor valley bay river lake hills
    village township parish street avenue road square boulevard
    """
)
