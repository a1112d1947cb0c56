"""Closed word lists the linker matches on lower-cased word forms.

Word forms rather than lemmas: the pipeline runs without its lemmatizer (see
:mod:`service.events.model`), and inflecting a few hundred base forms once at
import is cheaper than lemmatizing every parsed token.
"""

from __future__ import annotations

from collections.abc import Iterable

_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "hold": ("held",),
    "set": ("set",),
    "foresee": ("foresaw", "foreseen"),
    "forecast": ("forecast",),
    "mean": ("meant",),
    "break": ("broke", "broken"),
    "begin": ("began", "begun"),
    "understand": ("understood",),
    "cancel": ("cancelled", "cancelling"),
    "make": ("made",),
    "pay": ("paid",),
    "give": ("gave", "given"),
}


def forms(bases: Iterable[str]) -> frozenset[str]:
    """Every regular inflection of each verb in ``bases`` (plus known irregulars)."""
    out: set[str] = set()
    for base in bases:
        out.add(base)
        out.update(_IRREGULAR.get(base, ()))
        if base.endswith("e"):
            stem = base[:-1]
            out.update({base + "s", base + "d", stem + "ing"})
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            out.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
        else:
            plural = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
            out.update({plural, base + "ed", base + "ing"})
            if len(base) > 2 and base[-1] in "tpgdnm" and base[-2] in "aeiou" and (
                base[-3] not in "aeiou"
            ):
                out.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    return frozenset(out)


REPORTING_VERBS = forms(
    """say tell report add announce state claim note explain confirm deny warn argue insist
    acknowledge admit allege assert indicate disclose reveal write quote testify suggest
    declare mention comment emphasize stress remark reply respond inform complain maintain
    contend concede cite predict estimate caution observe recall recount describe
    acknowledge""".split()
)
# Verbs whose complement is the event they begin, go on with or end ("began taking in women").
ASPECTUAL_VERBS = forms("begin start continue resume finish stop cease keep quit complete".split())
# Beliefs attribute what follows to whoever holds them, as reports do ("officials believe
# the fire started on Tuesday"); kept apart from REPORTING_VERBS, which the ranker reads.
BELIEF_VERBS = forms("believe think suspect fear understand".split())
# What a court or an inquiry "heard" is evidence put to it, told as a report ("the court heard
# that the defendant had sent the messages in May"); also kept from the ranker.
HEARING_VERBS = frozenset({"hear", "hears", "heard"})
# Participles that introduce a time as a preposition would ("starting Thursday",
# "effective Jan. 1"): never the event the time dates.
TIME_PARTICIPLES = frozenset({"starting", "beginning", "effective", "commencing"})
# Events people schedule: "the summit will take place in May" is a plan, not a forecast.
SCHEDULED_EVENT_NOUNS = frozenset("""
election elections vote votes referendum summit meeting meetings talks conference trial
hearing hearings festival ceremony match game games race concert parade session visit tour
launch auction rally march strike inauguration funeral memorial debate negotiations
runoff final sentencing
""".split())
# Verbs whose infinitive did not happen: "refused to comment", "failed to rule".
NEGATIVE_IMPLICATIVES = forms("refuse fail decline neglect".split()) | {"unable"}
# Verbs whose gerund is an option on the table: "is considering raising taxes in the autumn".
CONSIDERING_VERBS = forms("consider weigh mull contemplate explore".split())
# Verbs that put an event at a time: "called a strike for Friday", "postponed the vote
# until next week", "moved the match to Sunday".
RESCHEDULING_VERBS = forms(
    "schedule reschedule set call postpone delay move push put bring adjourn defer extend".split()
)
RESCHEDULING_PREPOSITIONS = frozenset({"for", "to", "until", "till"})
# Subjects that say nobody did it: "no one was injured", "nothing was found".
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})
# A report that says the event did not happen: "the ministry denied that troops entered".
DENIAL_VERBS = forms("deny refute".split())
# Nouns whose "that"-clause is a report: "amid reports that the president had fled".
REPORT_NOUNS = frozenset("""report reports claim claims allegation allegations accusation
accusations rumour rumours rumor rumors suggestion suggestions speculation assertion
assertions""".split())
# Verbs that reject a report noun: "the ministry dismissed claims that troops crossed".
DISMISSAL_VERBS = DENIAL_VERBS | forms("reject dismiss".split())
# Prepositions whose object is what a report is about ("testified about a meeting that ..."),
# unlike those of its setting ("testified before a panel that ...").
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "over", "regarding", "concerning"})
# Verbs whose object or passive subject did not take place: "cancelled Sunday's marathon",
# and "called off" (see CANCELLING_WITH_PARTICLE).
CANCELLING_VERBS = forms("cancel scrap scrub axe abandon".split())
CANCELLING_WITH_PARTICLE = {form: "off" for form in forms(["call"])}
# "ruled out a rate cut": the object will not happen; "did not rule out" it: it may.
EXCLUDING_WITH_PARTICLE = {form: "out" for form in forms(["rule"])}
# Verbs whose "of"/"with" gerund is an allegation: "accused the mayor of taking bribes".
ACCUSATION_VERBS = forms("accuse charge".split())
# Verbs that report only with a particle: "pointed out".
REPORTING_WITH_PARTICLE = {"point": "out", "pointed": "out", "points": "out", "pointing": "out"}
REPORTING_ADVERBS = frozenset(
    "reportedly allegedly purportedly supposedly reputedly ostensibly".split()
)

PLANNING_VERBS = forms(
    """plan intend schedule aim prepare decide agree promise vow pledge set arrange propose
    seek hope want mean""".split()
)
EXPECTATION_WORDS = forms("expect anticipate forecast project predict foresee".split()) | {
    "likely",
    "poised",
    "bound",
    "unlikely",
}
# Decisions whose infinitive is to come when dated later: "voted to close the plant in 2026".
# Kept apart from PLANNING_VERBS, which the ranker reads.
DECISION_VERBS = forms("vote resolve opt".split())
# Nouns whose "to"-infinitive is planned: "announced plans to open a hub next year".
PLANNING_NOUNS = frozenset("""plan plans intention intentions proposal proposals pledge
pledges promise promises bid bids decision agreement deal offer commitment scheme""".split())
PLANNING_ADJECTIVES = frozenset({"due", "set", "scheduled", "slated", "planned", "supposed"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "’ll"})
POSSIBILITY_AUXILIARIES = frozenset({"may", "might", "could", "can", "ca"})
POSSIBILITY_ADVERBS = frozenset({"possibly", "perhaps", "maybe"})
# "is likely to cut rates in June": a judgement of odds, possible like "may"; kept apart from
# EXPECTATION_WORDS (which hold them too), which the ranker reads.
LIKELIHOOD_ADJECTIVES = frozenset({"likely", "unlikely"})
# The kind of weather system a name belongs to: "Storm Kathleen", "Hurricane Milton" act on no
# one's plan, whatever the entity recognizer makes of the name.
WEATHER_SYSTEMS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})
# Modals of what ought to happen, read as possible ("the results should be known by Friday");
# kept apart from POSSIBILITY_AUXILIARIES, which the ranker reads.
WEAK_MODALS = frozenset({"should"})
# Auxiliaries that open an if-clause without "if": "Had the plane taken off on Monday".
INVERTING_AUXILIARIES = frozenset({"had", "should", "were"})
CONDITIONAL_AUXILIARIES = frozenset({"would", "'d", "’d"})
CONDITIONAL_MARKERS = frozenset({"if", "unless"})
# Open questions: "unclear whether the ferry will sail on Sunday".
QUESTION_MARKERS = frozenset({"whether"})
# Determiners of a subject that say nobody did it: "no one", "neither candidate".
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
NEGATIONS = frozenset({"not", "n't", "never", "n’t", "no"})
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "’s"})
PRESENT_BE_FORMS = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})

# Nouns that name events ("the invasion", "talks").  Deverbal suffixes catch most
# of the rest (see :func:`is_event_noun`).
EVENT_NOUNS = frozenset(
    """war invasion attack attacks strike strikes visit visits talks talk meeting meetings summit
    election elections vote votes referendum crash collapse deal deals agreement accord
    ceasefire truce battle fighting offensive raid raids bombing bombings shooting explosion
    blast fire earthquake quake flood storm hurricane disaster accident crisis scandal trial
    hearing hearings inquiry probe investigation arrest arrests sanction sanctions protest
    protests riot riots rally demonstration coup revolution uprising conflict clash clashes
    killing killings murder death deaths birth funeral wedding ceremony launch release visit
    trip tour speech address interview conference briefing session debate negotiation
    negotiations merger acquisition takeover bid offer sale sales purchase buyout bankruptcy
    layoffs layoff shutdown closure opening closing crash recession boom rise fall drop decline
    gain gains loss losses increase decrease surge plunge slump rebound recovery growth
    change changes move shift withdrawal return arrival departure escape release meeting
    dispute fight race campaign game match tournament festival concert show exhibition
    ruling verdict decision sentence appeal lawsuit suit charge charges indictment conviction
    plea settlement payment loan default auction split spinoff restructuring reform
    breakthrough discovery outbreak epidemic pandemic war massacre genocide occupation
    siege blockade embargo assassination execution kidnapping hijacking crash fire strike
    end beginning start outset onset resumption completion conclusion closure departure
    failure seizure disclosure delivery recovery discovery surgery robbery""".split()
)
ASPECTUAL_NOUNS = frozenset(
    "end beginning start outset onset resumption completion conclusion outbreak close".split()
)
_EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "al", "sis")
_NOT_EVENTS = frozenset(
    """nation nations population region government department ministry parliament
    company companies station building thing things evening morning morning spring
    ring king meeting official officials individual capital material materials hospital
    period percent total potential general signal terminal animal journal editorial
    territory battery gallery century treasury nature future culture structure literature
    figure figures measure agency audience experience evidence science conference
    intelligence independence defence defense ambulance ammunition information
    administration organization organisation institution position foundation
    legislation equipment document documents regulation regulations""".split()
) - {"meeting", "conference"}


def is_event_noun(word: str) -> bool:
    """Whether a (lower-cased) common noun plausibly names an event."""
    if word in EVENT_NOUNS:
        return True
    if word in _NOT_EVENTS or len(word) < 6:
        return False
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return singular not in _NOT_EVENTS and singular.endswith(_EVENT_SUFFIXES)

# Verbs that only carry the event their object names: "held talks", "staged a march",
# "carried out a review", "made landfall" (with their particle where they need one); also
# "ruled out a rate cut in June", whose time is the cut's.
LIGHT_VERBS = forms("hold stage conduct make pay give carry rule".split())
LIGHT_VERBS_WITH_PARTICLE = {form: "out" for form in forms("carry rule".split())}
# Objects of a light verb that name an event although is_event_noun (read by the ranker)
# does not know them; after "make", only these: TimeBank/AQUAINT date "made" in "made a
# decision Wednesday", "made an offer" (tbaq anchoring 79.26 -> 79.15 with any event noun).
LIGHT_VERB_OBJECTS = frozenset("""review reviews landfall march marches vigil walkout search
searches test tests check checks raid tour debut visit visits trip trips cut cuts hike hikes
appearance appearances airstrike airstrikes drill drills exercise exercises
landing landings approach flyby flybys""".split())
MAKE_FORMS = forms(["make"])


# Verbs the parser takes for nouns after "is due to" ("due to land" read as "because of
# land"): a bare one there is the scheduled verb ("due to fog" is a cause).
VERBS_TAKEN_FOR_NOUNS = frozenset("""land dock sail launch vote play race return report face
meet fly visit start finish open close appear testify arrive leave""".split())


# Nouns a time expression modifies without naming an event: "Friday night",
# "its Friday issue", "a Jan. 14 return date".
TIME_NOUNS = frozenset(
    """night nights morning mornings evening evenings afternoon afternoons day days week weeks
    month months year years date dates time times basis period periods issue edition
    session quarter half season""".split()
)

# Subjects that act on purpose, beyond the -er/-or/-ist/-ian/-ent nouns.
AGENT_NOUNS = frozenset(
    """minister ministers government governments official officials army armies company
    companies police committee council parliament congress senate court board team party
    administration ministry agency firm bank group troops forces force union delegation
    authorities envoy envoys chief chiefs staff navy military regime family justice justices
    judge judges jury diplomat diplomats people citizens delegates members allies rebels
    militants soldiers pilots nurses fans parents crew coalition cabinet ceo ceos president
    presidents chairman chairwoman chair pope king queen prince princess premier mayor
    governor senator chancellor secretary spokesman spokeswoman coach club clubs teams firms
    banks agencies councils committees hospital hospitals university universities college
    colleges museum museums airline airlines league federation association charity charities
    orchestra band bands""".split()
)
