"""Word lists and regexes of the English attribution extractor, compiled once.

The reporting cues live in ``resources/en_reporting_verbs.txt`` (one form a line), so a
reviewer can add "quipped" without reading code. Everything else the rules consult is here.
"""

from __future__ import annotations

import re
from importlib import resources

# --- reporting cues -----------------------------------------------------------------


def _load_cues() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    text = resources.files("tracker.extract").joinpath("resources/en_reporting_verbs.txt").read_text("utf-8")
    single: set[str] = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        words = tuple(line.split())
        if len(words) == 1:
            single.add(words[0])
        else:
            multi.setdefault(words[0], []).append(words)
    # Longest phrase first, so "went on to say" wins over a shorter reading.
    return frozenset(single), {k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()}


CUE_WORDS, CUE_PHRASES = _load_cues()
#: First words of every cue: a sentence sharing none of them is never tokenised.
CUE_FIRST_WORDS = frozenset(CUE_WORDS | set(CUE_PHRASES))
LOWER_WORD_RE = re.compile(r"[a-z]+")

#: Cue forms that are just as often nouns or adjectives; they need a subject right before them.
NOUNLIKE_CUES = frozenset(
    """claims claim reports notes note warns warning warnings charges estimates promise promises pledge pledges
    vow vows answer comments report tweet tweets posts statements added noted announced stated claimed reported alleged confirmed
    suggested estimated predicted promised quoted posted concerns indicated said told
    """.split()
)
#: Verbs of saying whose object is the hearer: "told Reuters", "informed reporters".
HEARER_VERBS = frozenset("tell tells told telling inform informs informed informing assure assures assured "
                         "assuring remind reminds reminded reminding ask asks asked asking".split())
#: Cues that on their own are weak evidence of speech (need a that-clause or a quote).
WEAK_CUES = frozenset(
    """demand demands demanded demanding urge urges urged urging propose proposes proposed proposing recommend
    recommends recommended recommending worry worries worried worrying wonder wonders wondered wondering laughed
    sighed cried groaned fretted marveled signaled indicated indicates indicate highlighted highlights
    underlined underscored continued continue continues continuing""".split()
)

# --- the words around a cue ---------------------------------------------------------

AUXILIARIES = frozenset(
    """has have had also would will did does do often later then previously repeatedly once not never
    further just recently again publicly privately reportedly could may might should can even still already
    frequently initially first earlier subsequently separately flatly simply bluntly angrily quickly quietly
    immediately told has've 've 'd had've""".split()
) - {"told"}
PASSIVE_AUX = frozenset("was were been being is are be am".split())
DETERMINERS = frozenset(
    """a an the another one some two three four several many other his her their its this that these those
    both most any each our my your all few""".split()
)
#: Words that end a subject noun phrase when walking left from a cue.
NP_STOP = frozenset(
    """that and but or which because when while as after before if although though since where so than
    whether unless until what how why who whom whose is was are were be been has have had will would could
    can may might should not said says say told also then there here it's""".split()
)
PRONOUNS_PERSON = frozenset("he she i".split())
PRONOUNS_PLURAL = frozenset("they we".split())
PRONOUNS_THING = frozenset("it".split())
ALL_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_THING | frozenset("you someone somebody".split())
PRONOUN_GENDER = {"he": "m", "she": "f"}

TITLES = frozenset(
    """mr mrs ms miss dr sen rep gov gen lt col capt sgt adm prof rev sir dame lord lady president senator
    governor secretary minister premier chancellor mayor judge justice professor chairman chairwoman chair
    director ambassador attorney spokesman spokeswoman spokesperson adviser advisor aide leader chief commissioner
    candidate nominee speaker representative congressman congresswoman councilman councilwoman sheriff officer
    detective prosecutor lawyer economist analyst ceo founder executive treasurer king queen prince princess pope
    general colonel commander deputy vice prime foreign former acting interim state u.s""".split()
)
MALE_TITLES = frozenset("mr sir lord king prince congressman councilman chairman spokesman".split())
FEMALE_TITLES = frozenset("mrs ms miss dame lady queen princess congresswoman councilwoman chairwoman spokeswoman".split())
#: Role nouns that a definite description ("the minister") can use for a named person.
ROLE_NOUNS = TITLES - frozenset("mr mrs ms miss dr sir dame lord lady former acting interim state u.s vice prime "
                                "foreign deputy rev".split())

ORG_WORDS = frozenset(
    """ministry department agency university inc corp corporation company association council court commission
    service police bureau foundation institute center centre office administration congress senate parliament
    committee party campaign government army military navy coalition union network organization organisation
    group team board bank fund federation league club school hospital authority authorities embassy kremlin
    pentagon house cabinet regime fbi cia nasa nato un gop dnc rnc who unicef unesco ltd llc firm spokesperson
    poll survey study report statement""".split()
)
MEDIA_WORDS = frozenset(
    """post times news journal cnn msnbc fox reuters afp ap tribune herald magazine abc nbc cbs bbc politico
    breitbart gazette guardian telegraph independent economist bloomberg axios newspaper outlet channel tv
    television radio daily weekly press wire agency's""".split()
)
#: Plural or vague heads that make a source a group or an unnamed one.
UNNAMED_HEADS = frozenset(
    """source sources official officials person people someone aide aides insider insiders diplomat diplomats
    analyst analysts expert experts observer observers witness witnesses resident residents critic critics
    supporter supporters voter voters lawmaker lawmakers investigator investigators authorities activist
    activists member members spokesman spokeswoman spokesperson representative representatives
    economist economists researcher researchers scientist scientists doctor doctors""".split()
)

NAME_CONNECTORS = frozenset("de del della da di van von der al bin ibn bint la le du st. st o' mc".split())
#: Capitalised words that start sentences or headlines but never names.
NOT_NAMES = frozenset(
    """the a an but and or in on at of for to by with from as it he she they we i this that these those there
    when while if after before although though since because yet so then however meanwhile still also
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    his her their its our my your what why how who where which mr mrs ms dr according""".split()
)

ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov gen lt col capt sgt adm prof rev st jr sr jan feb mar apr jun jul aug sep sept
    oct nov dec no vs inc corp co ltd u.s u.k u.n d.c p.m a.m mt ft est approx dept univ""".split()
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# --- regexes ------------------------------------------------------------------------

TOKEN_RE = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")
PARAGRAPH_RE = re.compile(r"[^\n]+")
SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[A-Z0-9])")
COMPLEMENTISER_RE = re.compile(r"^(?:that|whether|if)\b\s*", re.I)
CONTENT_TRIM = " \t\n,;:—–-"
#: Runs of capitalised words, glued by "of"/"on"/"for"/"the": where names can be.
CAP_CHUNK_RE = re.compile(r"[A-Z][\w'’\-]*\.?(?:[ \t]+(?:(?:of|on|for|the|de|van|von|al|bin)[ \t]+)?[A-Z][\w'’\-]*\.?)*")
QUOTE_CHAR_RE = re.compile("[“”\"]")
OPEN_QUOTES = "“\""
CLOSE_QUOTES = "”\""
