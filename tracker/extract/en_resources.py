"""Word lists and regexes of the English attribution extractor, compiled once.

The reporting cues live in ``resources/en_reporting_verbs.txt`` (one form a line), so a
reviewer can add "quipped" without reading code. Everything else the rules consult is here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

from tracker.dates.resources import EN_TRIGGERS


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


def _trie(items: Iterable[str], adverbs: bool = False) -> str:
    """An alternation of ``items`` nested by shared prefixes: the engine reads each character
    once instead of trying hundreds of words at every position. With ``adverbs``, an "-ly"
    word may come between a phrase's words ("spoke emotionally of")."""
    space = r"\s+(?:[a-z]+ly\s+)?" if adverbs else r"\s+"
    tree: dict = {}
    for item in items:
        node = tree
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [
            (space if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch
        ]
        body = "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node and body else body

    return build(tree)


#: A cue word or a whole cue phrase (its words apart by spaces, as tokens are) in a lowercased
#: sentence: a sentence without one (nor a colon, nor a signed quotation) has no cue, so it is
#: never tokenised.
CUE_GATE_RE = re.compile(
    r"(?<![a-z])(?:"
    + _trie(CUE_WORDS | {" ".join(p) for ps in CUE_PHRASES.values() for p in ps}, adverbs=True)
    # "spoke during his speech of", "speaks more often in public about": a few words between
    # (:func:`~tracker.extract.en_phrases.speech_gap` decides whether they are adverbials).
    + r"|(?:speaks?|spoken?|spoke)(?:\s+[a-z]+){1,5}?\s+(?:of|about)"
    + r")(?![a-z])"
)
#: The same with the character before the cue consumed instead of looked behind at, so the
#: engine skips ahead to each non-letter: searched from one character before the span.
CUE_GATE_AFTER_RE = re.compile("[^a-z]" + CUE_GATE_RE.pattern[len("(?<![a-z])") :])

#: Phrases that name a source before or after its words: "according to X", "as stated in X's
#: column", "as reported by X".
SOURCE_PHRASES = frozenset(
    [("according", "to")]
    + [("as", verb, prep) for verb in ("stated", "reported", "noted") for prep in ("in", "by")]
)
#: Cues a title-case headline may capitalise: "Obama Says ...", "..., Doctor Warns.",
#: "Lee Vows To Cut Taxes", "Lee Calls Reyes 'A Fraud'".
HEADLINE_CUES = words(
    """
    says said tells warns claims insists admits argues vows pledges promises urges calls accuses
    slams blasts denies predicts suggests demands asks criticizes confirms announces defends
    """
)
#: Nouns of saying whose that-clause is what their owner said ("his claim that C", "a Gazette
#: report that C"): read by :mod:`.en_nouns`.
REPORT_NOUNS = words(
    """
    report reports claim claims assertion assertions declaration allegation allegations
    contention insistence suggestion warning argument promise pledge admission announcement
    accusation accusations statement prediction complaint
    """
)
#: One of them before "that" in a lowercased sentence: without one the report-noun rule has
#: nothing to read.
REPORT_NOUN_RE = re.compile("(?<![a-z])(?:" + _trie(REPORT_NOUNS) + ") that(?![a-z])")
#: The same with the character before the noun consumed, as ``CUE_GATE_AFTER_RE``.
REPORT_NOUN_AFTER_RE = re.compile("[^a-z]" + REPORT_NOUN_RE.pattern[len("(?<![a-z])") :])
#: Cue forms that are just as often nouns or adjectives; they need a subject right before them.
NOUNLIKE_CUES = words(
    """
    claims claim charges charge question attack praise reports notes note warns warning warnings charges estimates promise promises pledge
    pledges vow vows answer comments report tweet tweets posts statements added noted announced
    stated claimed reported alleged confirmed suggested estimated predicted promised quoted posted
    concerns indicated said told demands calls replies forecasts
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
#: Words that cannot open the object of a cue ending in a preposition ("point to", "spoke
#: of"): after one the preposition is stranded, its object moved into a relative clause
#: ("the examples that critics point to as proof").
STRANDING_NEXT = words(
    """
    as in at by for from with when because and but or than
    """
)
#: Cues whose object comes before their "that" ("warned reporters that ..."): for these the
#: look-ahead for "that" may cross a noun phrase.
OBJECT_THAT_VERBS = words(
    """
    warn warns warned warning remind reminds reminded reminding assure assures assured assuring
    caution cautions cautioned cautioning advise advises advised advising notify notifies notified
    convince convinces convinced persuade persuades persuaded promise promises promised promising
    show shows showed shown showing
    """
)
#: ... unless it only rounds a number: "said about 20 people applied", "said over $5 million".
APPROXIMATORS = words("about around over")
#: Words that open a quantity after an approximator: "about a dozen", "about half", "over 200".
QUANTITY_WORDS = words(
    """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
    billions dozen dozens half third quarter $ £ €
    """
)
#: Cues whose "with" introduces what was said: "responded with attacks on the board".
RESPONSE_VERBS = words("respond responds responded responding reply replies replied replying")
#: Cues whose "against"/"about" introduces what was said: "warned against hackers".
WARNING_VERBS = words("warn warns warned warning cautioned cautions")
#: Verbs that carry a cue's infinitive for its subject: "continues to insist", "went on to say".
CATENATIVE_VERBS = words("continue continues continued continuing")
GO_ON_VERBS = words("go goes went going gone")
#: Verbs of taking a platform, whose purpose infinitive is the report: "took to Twitter to
#: accuse ...", "held a news conference to announce ...", "used the speech to warn ...".
PLATFORM_VERBS = words(
    "take takes took taking use uses used using hold holds held holding went go goes appeared appears"
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
#: Words that make a short content a clause ("she has pneumonia", "changes are needed"),
#: not a bare object ("cited the figure"): finite auxiliaries and common short verbs.
CLAUSE_MARKERS = FINITE_AUX | words(
    """
    am be will would can could should must may might do did need needs want wants 's ’s
    """
)
#: Lowercase words inside a subject noun phrase: "Officials at the State Department".
NOUN_PHRASE_GLUE = words("at of for the in on from with and a an")
#: First words of a noun phrase: "the same thing", "his tax returns", "for help", "to a vote".
NOUN_PHRASE_LEADS = words(
    """
    a an the this that these those his her their its our my your some any each every no
    for to of about on with against
    """
)
#: Verbs of saying clear enough to stand after "and" with the sentence's subject
#: ("X praised the workers and said ..."); "and disclosed the papers" is not a report.
COORDINATED_CUES = words(
    """
    said says say told tells added adds noted notes argued argues insisted insists claimed claims
    warned warns vowed vows pledged pledges promised promises stressed stresses explained explains
    declared declares acknowledged acknowledges predicted predicts suggested suggests asked asks
    denied denies urged urges called calls accused accuses asserted asserts stated states wrote
    writes contended contends maintained maintains charged charges complained complains conceded
    concedes admitted admits recalled recalls replied replies responded responds announced
    announces reported reports revealed reveals confirmed confirms testified testifies
    """
)
#: Cues that report a verdict only when they name their object something: "called Oz a quack".
NAMING_CUES = words("call calls called calling dubbed labeled labelled branded")
#: Verdicts on a person or a policy ("blasted the plan", "questioned the count"): borderline
#: speech, like naming.
VERDICT_CUES = words(
    """
    attack attacked attacking blast blasted blasting blasts defend defended defending defends
    denounce denounced denounces denouncing endorse endorsed endorses endorsing praise praised
    praising question questioned questioning slam slammed slamming slams condemn condemns condemned
    condemning criticize criticizes criticized criticizing criticise criticises criticised
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
#: Modals of speculation: "the figures may highlight ...", "leaders could call on ..." report nothing.
SPECULATIVE_MODALS = words("may might could")
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
    that and but or which because when while whereas as after before if although though since where so than
    whether unless until what how why who whom whose is was are were be been has have had will would
    could can may might should not said says say told also then there here it's must shall believes
    believe thinks think knows know wants want hopes hope feels feel let's let having
    """
)
#: A dateline opening a paragraph: "OTTAWA —", "WASHINGTON (Reuters) -".
DATELINE_RE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+")
#: A transcript speaker label opening a paragraph: "PENCE:", "MR. TRUMP:".
TRANSCRIPT_LABEL_RE = re.compile(r"\s*[A-Z][A-Z.'’ -]{1,30}:")
#: A clause that hands the sentence back to the writer: ", although he again refused ...".
#: It opens on its comma (a literal the engine scans for); a closing mark may follow the comma
#: ('jobs,” but he ...'), the group it is in.
NARRATION_TAIL_RE = re.compile(
    r",([\"”’'])?\s+(?:although|though|even as|even though|while|but|as|before|after)\s+(?:he|she|they)\s"
)
#: What any English date holds: a digit or a trigger word of the date grammar (as a prefix,
#: so "weeks" and "Tuesdays" pass) that no letter comes right before; a frame without one
#: skips the grammar. The words as a trie: one pass over each word start instead of 42
#: alternatives. A trigger word opening the frame is matched there (``DATE_WORD_RE``); any
#: other is found with the character before it, which opens the pattern with a plain class
#: the engine skips ahead to (a digit is such a character, and is a hint by itself).
DATE_WORD_RE = re.compile("(?:" + _trie(EN_TRIGGERS) + ")")
DATE_HINT_AFTER_RE = re.compile(
    r"[^a-z](?:(?<=[0-9\u0660-\u0669\u06f0-\u06f9])|" + DATE_WORD_RE.pattern + ")"
)
#: A date right after the cue, before the content: "said (on) Tuesday", "said last week", "said yesterday".
LEADING_DATE_RE = re.compile(
    r"(?:on\s+)?(?:(?:last|this)\s+(?:week|month|year)|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?,?\s+",
    re.IGNORECASE,
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
#: (Possessive repeats: a token never gives characters back, so the engine keeps no
#: backtracking state; the tokens are the same.)
SPACED_TOKEN_RE = re.compile(r"(\s*+)(\w++(?:['’.\-]\w++)*+|\S)")
PARAGRAPH_RE = re.compile(r"[^\n]+")
# "[.!?][.!?]*", not "[.!?]+": a pattern opening on a plain character class lets the engine
# skip ahead to the next candidate.
SENTENCE_END_RE = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+['\"“‘(\[A-Z0-9])")
CONTENT_TRIM = " \t\n,;:—–-'"
#: Runs of capitalised words, glued by "of"/"on"/"for"/"the": where names can be.
#: (Possessive repeats: giving back a letter or a space never lets the run go on, so the
#: engine keeps no backtracking state; the chunks are the same.)
CAP_CHUNK_RE = re.compile(
    r"[A-Z][\w'’\-]*+\.?(?:[ \t]++(?:(?:of|on|for|the|de|van|von|al|bin)[ \t]++)?[A-Z][\w'’\-]*+\.?)*+"
)
#: A colon after at most seven words opening a sentence (a quotation mark may come first):
#: where the colon rule looks for "Smith: ...", "PENCE: ..." (the words in group 1).
COLON_LABEL_RE = re.compile(r"[\"“]?\s*((?:[^\s:]+\s+){0,6}[^\s:]*):")
#: A dash right after a quotation's closing mark: '"We will win." — Jane Doe'.
SIGNED_QUOTE_RE = re.compile(r"[\s.,]*[―—–-]")
#: Dashes that sign a quotation with its author: '"We will win." — Jane Doe'.
DASH_CHARS = frozenset("―—–-")
#: Quotation marks with the ''...'' some archives use (read only in a paragraph that has
#: one; other paragraphs' marks are found with ``str.find``).
QUOTE_CHAR_RE = re.compile("[“”\"]|''")

#: Where a transitive infinitive stops when its object is the noun before its clause ("the
#: target it pledged to reach in Paris", "the goals they promised to meet."): a preposition,
#: a time word, a conjunction or punctuation, never an object of its own.
GAP_FOLLOWERS = words(
    """
    , . ; : — – in at on by for with from last this next and but or before after during since
    when while under until within earlier later
    """
)
#: Nouns of time that a fronted adverbial ends on ("This week they pledged to act"): no
#: relative clause.
TIME_NOUNS = words("week weeks month months year years day days morning afternoon evening night time")
