"""Word lists and regexes of the English attribution extractor, compiled once.

The reporting cues live in ``resources/en_reporting_verbs.txt`` (one form a line), so a
reviewer can add "quipped" without reading code. Everything else the rules consult is here.
"""

from __future__ import annotations

import re
from importlib import resources

from tracker.extract.en_given_names import AMBIGUOUS_GIVEN, FEMALE_GIVEN, MALE_GIVEN


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (easier to read and to extend)."""
    return frozenset(text.split())


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
#: First words of every cue: where a cue may start.
CUE_FIRST_WORDS = frozenset(CUE_WORDS | set(CUE_PHRASES))
#: One word of every cue (the longest of a phrase, so "was quoted as saying" is keyed by
#: "quoted", not "was"): a sentence sharing none of them is never tokenised.
CUE_KEY_WORDS = frozenset(CUE_WORDS | {max(p, key=len) for ps in CUE_PHRASES.values() for p in ps})
LOWER_WORD_RE = re.compile(r"[a-z]+")


def _trie(items: frozenset[str]) -> str:
    """An alternation of ``items`` nested by shared prefixes: the engine reads each character
    once instead of trying hundreds of words at every position."""
    tree: dict = {}
    for item in items:
        node = tree
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch
        ]
        body = "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node and body else body

    return build(tree)


#: A cue word or a whole cue phrase (its words apart by spaces, as tokens are) in a lowercased
#: sentence: a sentence without one (nor a colon, nor a signed quotation) has no cue, so it is
#: never tokenised.
CUE_GATE_RE = re.compile(
    r"(?<![a-z])(?:"
    + _trie(CUE_WORDS | {" ".join(p) for ps in CUE_PHRASES.values() for p in ps})
    + r")(?![a-z])"
)

#: Cue forms that are just as often nouns or adjectives; they need a subject right before them.
NOUNLIKE_CUES = words(
    """
    claims claim reports notes note warns warning warnings charges estimates promise promises pledge
    pledges vow vows answer comments report tweet tweets posts statements added noted announced
    stated claimed reported alleged confirmed suggested estimated predicted promised quoted posted
    concerns indicated said told
    """
)
#: Capitalised adjectives that make a following "claims"/"reports" a noun ("Democratic claims").
CAPITAL_ADJECTIVES = words(
    """
    democratic republican american russian chinese british european federal national international
    congressional presidential french german israeli iranian mexican canadian conservative liberal
    progressive muslim christian jewish black white latino hispanic asian african
    """
)
#: A preposition right after a cue means an idiom, not reported content ("asked for", "respond to").
CUE_BLOCKING_NEXT = words(
    """
    for about to with against over up off by of into
    """
)
#: Base-form cues need a plural or first/second-person subject ("officials say", "we argue").
PLURAL_PRONOUNS = words(
    """
    i we they you
    """
)
#: Verbs of saying whose object is the hearer: "told Reuters", "informed reporters".
HEARER_VERBS = words(
    """
    tell tells told telling inform informs informed informing assure assures assured assuring remind
    reminds reminded reminding ask asks asked asking
    """
)
#: Cues that take an object and an infinitive: "warned North Korea to refrain from actions that ...".
DIRECTIVE_VERBS = HEARER_VERBS | words(
    """
    warn warns warned warning urge urges urged urging advise advises advised advising encourage
    encourages encouraged encouraging implore implores implored imploring
    """
)
#: Cues that on their own are weak evidence of speech (need a that-clause or a quote).
WEAK_CUES = words(
    """
    worry worries worried worrying wonder wonders wondered wondering laughed sighed cried groaned fretted
    marveled signaled indicated indicates indicate highlighted highlights underlined underscored continued
    condemn condemns condemned condemning criticize criticizes criticized criticizing criticise
    criticises criticised
    """
)

# --- the words around a cue ---------------------------------------------------------

AUXILIARIES = words(
    """
    has have had also would will did does do often later then previously repeatedly once not never
    further just recently again publicly privately reportedly could may might should can even still
    already frequently initially first earlier subsequently separately flatly simply bluntly angrily
    quickly quietly immediately told has've 've 'd had've
    """
) - {"told"}
#: "is saying", "were also warning": the auxiliaries of a progressive cue, and what may stand between.
PROGRESSIVE_AUX = words(
    """
    is are was were am been be
    """
)
PROGRESSIVE_ADVERBS = words(
    """
    also now still again even further repeatedly publicly privately already increasingly once more
    """
)
#: Finite verbs that cannot open reported content: "what X says is ..." is not a report.
FINITE_AUX = words(
    """
    is are was were has have had does
    """
)
#: Verbs of saying clear enough to stand after "and" with the sentence's subject
#: ("X praised the workers and said ..."); "and disclosed the papers" is not a report.
COORDINATED_CUES = words(
    """
    said says say told tells added adds noted notes argued argues insisted insists claimed claims
    warned warns vowed vows pledged pledges promised promises stressed stresses explained explains
    declared declares acknowledged acknowledges predicted predicts suggested suggests asked asks
    denied denies urged urges called calls accused accuses
    """
)
#: Verbs whose content may be an infinitive: "vowed to form a task force".
PROMISE_VERBS = words(
    """
    vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising
    threaten threatens threatened threatening
    """
)
#: Participles that open a sentence with a clause of their own: "Asked about X, she said ...".
PARTICIPLE_OPENERS = words(
    """
    asked pressed questioned speaking responding referring writing reacting commenting addressing
    """
)
#: Conjunctions opening a clause before the main one: "When pressed, she replied, ...".
SUBORDINATORS = words(
    """
    when while if as after before although though because since once unless whenever
    """
)
#: Participles that can open a sentence and report for its subject: "Citing X, she ...".
OPENING_PARTICIPLES = words(
    """
    citing saying arguing noting warning insisting claiming stressing promising vowing
    """
)
#: Where a statement is made: "at a news conference announcing that ...".
MEDIUM_NOUNS = words(
    """
    conference briefing statement interview speech letter post tweet release remarks address
    appearance rally hearing memo video message
    """
)
MODALS = words(
    """
    will would can could may might should must
    """
)
#: Words that may open a sentence before its subject ("But she ...", "Later, the senator ...").
SENTENCE_OPENERS = words(
    """
    but and so yet still then now later meanwhile however also , “ " instead
    """
)
SUBJECT_PRONOUNS = words(
    """
    he she they we i it
    """
)
PASSIVE_AUX = words(
    """
    was were been being is are be am
    """
)
DETERMINERS = words(
    """
    a an the another one some two three four several many other his her their its this that these
    those both most any each our my your all few
    """
)
#: What may follow "said" without being content: "said on Tuesday", "said later", "said as he left".
ADVERBIAL_OPENERS = words(
    """
    on in at during after before last this earlier late early yesterday today monday tuesday wednesday
    thursday friday saturday sunday to via then again later too also afterward afterwards recently once
    while when as
    """
)
#: A subject never opens with one of these ("In a Facebook message posted Friday, ...").
SUBJECT_PREPOSITIONS = words("in on at during after before with for from by of to into under over")
#: Words opening a new clause after "X said,": the statement does not continue there.
CLAUSE_OPENERS = words("but and so as while who which because when although though")
#: Words that end a subject noun phrase when walking left from a cue.
NP_STOP = words(
    """
    that and but or which because when while as after before if although though since where so than
    whether unless until what how why who whom whose is was are were be been has have had will would
    could can may might should not said says say told also then there here it's must shall believes
    believe thinks think knows know wants want hopes hope feels feel let's let having
    """
)
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
#: A dateline opening a paragraph: "OTTAWA —", "WASHINGTON (Reuters) -".
DATELINE_RE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+")
#: A clause that hands the sentence back to the writer: ", although he again refused ...".
NARRATION_TAIL_RE = re.compile(
    r",\s+(?:although|though|even as|even though|while|but|as|before|after)\s+(?:he|she|they)\s"
)
#: A date right after the cue, before the content: "said (on) Tuesday", "said last week", "said yesterday".
LEADING_DATE_RE = re.compile(
    r"(?:on\s+)?(?:(?:last|this)\s+(?:week|month|year)|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?,?\s+",
    re.IGNORECASE,
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
    every each all many most some several
    """
)

ABBREVIATIONS = words(
    """
    mr mrs ms dr sen rep gov gen lt col capt sgt adm prof rev st jr sr jan feb mar apr jun jul aug
    sep sept oct nov dec no vs inc corp co ltd u.s u.k u.n d.c p.m a.m mt ft est approx dept univ
    """
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Words after "called on" that make it a date ("called on Tuesday"), not an appeal.
TIME_WORDS = frozenset(WEEKDAYS) | words(
    """
    january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec
    """
)

#: Adverbials a subject walk may take in after a name ("Clinton now", "Sanders on Tuesday").
TIME_TAIL = words(
    """
    now today tonight yesterday again also too week month year morning afternoon evening night
    earlier later weekend
    """
)
TIME_TAIL_OPENERS = words(
    """
    on this last next in over
    """
)
TIME_UNITS = words(
    """
    week weeks month months year years day days hours minutes decades
    """
)

# --- regexes ------------------------------------------------------------------------

TOKEN_RE = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")
#: The same tokens, each with the spaces before it: ``tokenize`` sums lengths for offsets.
SPACED_TOKEN_RE = re.compile(r"(\s*)(\w+(?:['’.\-]\w+)*|[^\w\s])")
PARAGRAPH_RE = re.compile(r"[^\n]+")
SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+['\"“‘(\[A-Z0-9])")
COMPLEMENTISER_RE = re.compile(r"^(?:that|whether|if)\b\s*", re.IGNORECASE)
CONTENT_TRIM = " \t\n,;:—–-'"
#: Runs of capitalised words, glued by "of"/"on"/"for"/"the": where names can be.
CAP_CHUNK_RE = re.compile(
    r"[A-Z][\w'’\-]*\.?(?:[ \t]+(?:(?:of|on|for|the|de|van|von|al|bin)[ \t]+)?[A-Z][\w'’\-]*\.?)*"
)
#: Dashes that sign a quotation with its author: '"We will win." — Jane Doe'.
DASH_CHARS = frozenset("―—–-")
QUOTE_CHAR_RE = re.compile("[“”\"]|''")
OPEN_QUOTES = '“"'
CLOSE_QUOTES = '”"'
