/**
 * The grammar words the statement reader looks for, Dutch and English side by side: small closed classes (prepositions,
 * pronouns, auxiliaries) and the verbs and nouns whose meaning a rule turns on. The per-language lexicons
 * (lexicon-nl.ts, lexicon-en.ts) hold the open classes: units, periods, verbs of finishing and of direction.
 */
import type { PeriodUnit } from './lexicon.js';

/** A language level of the Common European Framework: "B2", "C1". */
export const CEFR = /^[ABC][12]$/;

/**
 * Purpose markers that name what the goal is for with a noun ("met het oog op het C1-examen", "with a view to a
 * team lead role"): an occasion or an aim, never the goal's own result.
 */
export const NAMED_PURPOSE_MARKERS = new Set([
    'met het oog op', 'met oog op', 'in aanloop naar', 'in de aanloop naar', 'ter voorbereiding op', 'als voorbereiding op',
    'ten behoeve van', 'with an eye to', 'with an eye on', 'with a view to', 'in the run-up to', 'in the lead-up to', 'ahead of',
    'in preparation for', 'to prepare for',
]);

/**
 * Words after which "om ... te" says what the goal is, not what it is for: "mijn doel is om ... te halen", "ik streef
 * ernaar om ...", "ik ben van plan om ...", and the hedges "ik ga proberen om ...", "ik hoop om ...".
 */
export const GOAL_BEFORE_OM = new Set([
    'is', 'zijn', 'was', 'ernaar', 'erop', 'bedoeling', 'doel', 'voornemen', 'plan', 'besloten', 'ambitie', 'wens',
    'proberen', 'probeer', 'probeert', 'trachten', 'tracht', 'hoop', 'hoopt', 'hopen',
]);

/** Of those, the ones that name an event still to come, whose date the goal is held to: "ahead of the board meeting on 12 March". */
export const RUN_UP_MARKERS = new Set([
    'in aanloop naar', 'in de aanloop naar', 'ter voorbereiding op', 'als voorbereiding op', 'in the run-up to', 'in the lead-up to',
    'ahead of', 'in preparation for', 'to prepare for',
]);

/** Nouns that name a measure, whose number after "van" or "of" is what is reached: "een gemiddelde van 12", "the norm of 15". */
export const MEASURE_NOUNS = new Set([
    'norm', 'standard', 'target', 'doel', 'streefwaarde', 'gemiddelde', 'average', 'totaal', 'total', 'maximum', 'minimum', 'niveau',
    'level', 'score', 'rate', 'percentage', 'aantal', 'number', 'omzet', 'jaaromzet', 'turnover', 'revenue', 'bedrag', 'amount',
    'reach', 'bereik', 'doorlooptijd', 'waarde', 'value',
]);

/** Verbs and prepositions that reach a count named after them: "haal weer de 40 calls per dag", "hit the 40 calls a day". */
export const REACHING_WORDS = new Set([
    'haal', 'haalt', 'halen', 'bereik', 'bereikt', 'bereiken', 'hit', 'hits', 'reach', 'reaches', 'achieve', 'achieves', 'meet', 'meets',
    'naar', 'to', 'tot',
]);

/** Participles of finishing that forms write as a status: "ITIL 4 Foundation - passed", "licence renewed". */
export const STATUS_PARTICIPLES = new Set([
    'renewed', 'passed', 'completed', 'obtained', 'achieved', 'finalised', 'finalized', 'afgerond', 'behaald', 'verlengd', 'gehaald',
]);

/** Verbs that hold a measure at a level: "Keep data breaches at zero", "Houd het verzuim op 4%". */
export const KEEPING_VERBS = new Set([
    'keep', 'keeps', 'hold', 'holds', 'maintain', 'maintains', 'stay', 'stays', 'remain', 'remains',
    'houd', 'houdt', 'houden', 'blijft', 'blijven', 'handhaaft', 'handhaven',
]);

/** Talks given once to an audience, whose size is no measure of them: "een presentatie aan alle 40 medewerkers". */
export const PRESENTATIONS = new Set([
    'presentatie', 'lezing', 'toespraak', 'voordracht', 'inleiding', 'pitch', 'talk', 'presentation', 'lecture', 'speech', 'keynote',
]);

/** Verbs that present a thing to an audience: "presents the annual plan to all 150 staff". */
export const PRESENTING_VERBS = new Set(['presenteert', 'presenteer', 'presenteren', 'presents', 'present', 'presenting']);

/** After "per", how or when, not a thing counted per: "binnen 2 dagen per e-mail", "per direct", "per omgaande". */
export const PER_MEANS = new Set(['e-mail', 'email', 'mail', 'post', 'telefoon', 'phone', 'direct', 'omgaande', 'se']);

/** The forms of "stemmen" whose particle "in met" may follow a date: "stemt voor 1 april in met het rooster". */
export const CONSENT_VERB_FORMS = new Set(['stem', 'stemt', 'stemmen', 'stemde', 'stemden']);

/** Signed, approved, finished, as adjectives: "heeft een ondertekende overeenkomst" holds a thing done. */
export const SIGNED_FORMS = new Set(['ondertekende', 'getekende', 'goedgekeurde', 'vastgestelde', 'afgeronde', 'gecertificeerde']);

/** A perfect tense, or a Dutch passive ("wordt door mij afgerond"), reports a thing done with its participle. */
export const PERFECT_AUXILIARIES = new Set(['heb', 'hebt', 'heeft', 'hebben', 'have', 'has', 'wordt', 'worden', 'werd', 'werden']);

/** English irregular participles, beside the regular ones in -ed: "has given 3 workshops". */
export const EN_PARTICIPLES = new Set(['done', 'written', 'given', 'held', 'taken', 'made', 'won', 'got', 'gotten', 'built', 'sent', 'led', 'begun', 'set', 'run', 'passed', 'had']);

/** Words that say how a thing is done, a criterion of its own: "zelfstandig", "independently", "foutloos". */
export const HOW_WORDS = new Set(['zelfstandig', 'independently', 'unassisted', 'alone', 'unaided', 'single-handedly', 'foutloos', 'foutloze', 'volledig', 'fully', 'stipt']);

/** A share of a whole, whose figure is a percentage even without a % sign: "the share of rejected invoices under 2.5". */
export const SHARE_NOUNS = new Set(['percentage', 'percentages', 'share', 'proportion', 'aandeel']);

/** Scores and rates known by their abbreviation, which a goal may name before whose they are: "NPS klantenservice". */
export const MEASURE_ABBREVIATIONS = new Set(['nps', 'enps', 'csat', 'ces', 'oee', 'mttr', 'mtbf', 'fcr', 'aht', 'otif', 'roi', 'dso']);

/** A word in capitals: a name or an abbreviation ("ITIL", "NPS"), often the thing a result is. */
export const ACRONYM = /^[A-Z]{2,6}$/;

/** Conjunctions that open a clause of time, whose verb is no result of the goal: "before the project starts". */
export const TIME_CONJUNCTIONS = new Set(['voordat', 'nadat', 'zodra', 'totdat', 'wanneer', 'until', 'whenever']);

/** Subject pronouns: no object ("In Q3 lever ik ... op"), and after "before", "after", "when" a clause ("after we launch"). */
export const SUBJECT_PRONOUNS = new Set(['ik', 'jij', 'je', 'hij', 'zij', 'ze', 'we', 'wij', 'u', 'i', 'you', 'he', 'she', 'they']);

/** English words in -ly that are no adverb of manner: a noun, or a rhythm read on its own. */
export const NOT_ADVERBS_IN_LY = new Set(['family', 'supply', 'assembly', 'anomaly', 'monopoly', 'butterfly', 'weekly', 'monthly', 'yearly', 'quarterly', 'fortnightly', 'biweekly', 'bimonthly']);

/** Prepositions whose noun says what a thing is for, to or with: going back from a verb, the thing itself comes before. */
export const OBJECT_PREPOSITIONS = new Set(['naar', 'voor', 'aan', 'bij', 'met', 'to', 'for', 'at', 'with']);

/** Words that may follow a share reached and end its phrase: a date or a time ("naar tweederde in Q4", "by June"). */
export const SHARE_FOLLOWERS = new Set(['in', 'by', 'voor', 'uiterlijk', 'binnen', 'within', 'before', 'eind', 'end', 'tegen', 'this', 'dit']);

/** A word abbreviated letter by letter with points: "o.b.v.", "t.b.v.", "i.s.m.", "e.g.". */
export const DOTTED_ABBREVIATION = /^(?:[A-Za-z]\.){2,}$/;

/** People a thing is done for or with, beside the roles and companions: the same person each time, not a count. */
export const PERSON_NOUNS = new Set(['colleague', 'collega', 'stagiair', 'intern', 'trainee', 'student', 'medewerker', 'employee', 'mentee', 'starter', 'klant', 'customer', 'client']);

/** Words that say when a wish holds: "tijdens de 2 avondopenstellingen per week", "during the monthly close". */
export const DURING = new Set(['tijdens', 'gedurende', 'during', 'throughout']);

/** Prepositions that say whose or where a measure is: "de klanttevredenheid over mijn afdeling". */
export const OWNER_PREPOSITIONS = new Set(['over', 'van', 'bij', 'in', 'op', 'binnen', 'of', 'at', 'within', 'across']);

/** Prepositions that say what a measure is about: "complaints about late delivery", "herstelwerk aan kozijnen". */
export const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning', 'for', 'voor', 'omtrent', 'rond', 'around', 'among', 'on', 'aan']);

/**
 * Prepositions that say where a thing counted comes from, goes to or who handles it: "orders from Amazon", "visits to
 * our webshop", "tickets handled by Emily".
 */
export const SOURCE_PREPOSITIONS = new Set(['from', 'to', 'uit', 'naar', 'vanuit', 'by', 'door']);

/**
 * Verbs that join a measure to its value or bound: "het aantal open incidenten is lager dan 50", "het aantal leden komt
 * boven de 300", "the number of open defects is below 15".
 */
export const SUBJECT_VERBS = new Set([
    'is', 'zijn', 'blijft', 'ligt', 'liggen', 'komt', 'komen', 'uitkomt', 'uitkomen', 'uitstijgt', 'uitstijgen', 'gaat', 'gaan', 'wordt',
    'worden', 'stays', 'remains', 'gets', 'comes', 'goes', 'becomes',
]);

/** Verbs of staying, whose bound is kept: "Complaints stay below 5 a month", "blijft onder de 4 %". */
export const STAYING_VERBS = new Set(['blijft', 'blijven', 'stays', 'stay', 'remains', 'remain']);

/**
 * Verbs of change, or of staying, that may stand between a measure and its range or bound: "De NPS stijgt van 32 naar
 * 45", "Complaints stay below 5 a month".
 */
export const CHANGE_VERBS = new Set([
    'stijgt', 'stijgen', 'daalt', 'dalen', 'groeit', 'groeien', 'zakt', 'zakken', 'rises', 'rise', 'falls', 'fall', 'grows', 'grow',
    'drops', 'drop', 'decreases', 'decrease', 'increases', 'increase', 'declines', 'decline', 'climbs', 'climb', 'klimt',
    'shrinks', 'shrink', 'krimpt', ...STAYING_VERBS,
]);

/** Adverbs of how fast or how far a measure changes, beside the English ones in -ly: "daalt snel naar 2". */
export const ADVERBS_OF_CHANGE = new Set([
    'snel', 'flink', 'fors', 'sterk', 'verder', 'geleidelijk', 'gestaag', 'langzaam', 'aanzienlijk', 'structureel', 'licht', 'iets',
    'stapsgewijs', 'further', 'fast',
]);

/** The particle of a verb of change: "brengt het aantal terug", "brings tickets down". */
export const CHANGE_PARTICLES = new Set(['terug', 'omlaag', 'omhoog', 'af', 'down', 'back', 'up']);

/** Possessives, which make a noun phrase definite as an article does: "mijn propedeuse", "my report". */
export const POSSESSIVES = new Set(['mijn', 'zijn', 'haar', 'ons', 'onze', 'my', 'his', 'her', 'our', 'their']);

/** Words that make a number approximate: "circa 300", "about 300". */
export const APPROXIMATELY = new Set(['circa', 'ca', 'ongeveer', "zo'n", 'about', 'approximately', 'around', 'roughly']);

/** Verbs whose "met" gives an amount of change: "uitbreiden met 10 contacten", "vermindert met 3 meldingen". */
export const GROWTH_VERBS = new Set([
    'uitbreiden', 'breid', 'breidt', 'vergroot', 'vergroten', 'verhoog', 'verhoogt', 'verhogen', 'verlaag', 'verlaagt', 'verlagen',
    'verminder', 'vermindert', 'verminderen', 'verklein', 'verkleint', 'verkleinen', 'groeit', 'groeien',
]);

/** Comparatives that give a thing's age or length before "dan"/"than" and a time: "ouder dan 60 dagen". */
export const AGE_COMPARATIVES = new Set(['ouder', 'older', 'langer', 'longer']);

/**
 * English nouns that head a compound written apart in a Dutch sentence, whatever the count before it: "1 code review",
 * "een team meeting", "een health check". (After a count of more than one any plural does: "10 security audits".)
 */
export const BORROWED_COMPOUND_HEADS = new Set([
    'review', 'reviews', 'meeting', 'meetings', 'call', 'calls', 'check', 'checks', 'update', 'updates', 'session', 'sessions',
    'demo', 'demos', 'retro', 'retros', 'dive', 'dives', 'meetup', 'meetups', 'pitch', 'pitches', 'sprint',
]);

/** After an age, what it is the age of: "90 dagen oud", "60 days old", "60 days overdue". */
export const AGE_WORDS_AFTER = new Set(['oud', 'old', 'overdue', 'achterstallig', 'open']);

/** Verbs whose object, when it is a role, is a role held ("hold a team leader position"), not a person ("shadow the director"). */
export const ROLE_HOLDING_VERBS = new Set([
    'hold', 'holds', 'held', 'has', 'have', 'had', 'heeft', 'heb', 'hebben', 'bekleedt', 'bekleden', 'vervult', 'vervullen', 'vervul',
]);

/** Dutch adjectives of what a thing is made of, which end like a plural: "10 gouden regels", "2 houten prototypes". */
export const MATERIAL_ADJECTIVES = new Set([
    'gouden', 'zilveren', 'bronzen', 'houten', 'stenen', 'ijzeren', 'koperen', 'glazen', 'stalen', 'papieren', 'wollen',
    'katoenen', 'leren', 'lederen', 'zijden', 'aarden', 'tinnen', 'rubberen', 'plastieken',
]);

/**
 * The ends of Dutch strong participles used as adjectives: "geschreven", "gesloten", "ingeschreven", "beschreven".
 * A list, as a pattern for ge-...-en also takes plurals such as "gesprekken" and "gebouwen".
 */
export const STRONG_PARTICIPLE = /(ge|be|ver|ont)(schreven|sloten|geven|lezen|broken|vonden|kozen|wonnen|bonden|nomen|sproken|dragen|boden|zonden|trokken|vangen|heven|wezen)$/;

/**
 * Feelings, whose absence no one can check: "geen stress meer", "no fear of public speaking" are wishes, not zeros to
 * reach (unlike "geen klachten meer").
 */
export const FEELING_NOUNS = new Set([
    'stress', 'angst', 'faalangst', 'spanning', 'zenuwen', 'onzekerheid', 'twijfel', 'twijfels', 'frustratie', 'frustraties',
    'irritatie', 'irritaties', 'paniek', 'schaamte', 'zorgen', 'onrust', 'fear', 'fears', 'anxiety', 'nerves', 'nervousness',
    'insecurity', 'doubt', 'doubts', 'self-doubt', 'frustration', 'irritation', 'worry', 'worries', 'panic', 'shame',
]);

/**
 * Verbs and adjectives of feeling: "no longer feels insecure", "niet meer bang zijn", "No longer worried about
 * presenting" give up a feeling, which is a wish.
 */
export const FEELING_WORDS = new Set([
    'feel', 'feels', 'feeling', 'worry', 'worries', 'worrying', 'voel', 'voelt', 'voelen', 'pieker', 'piekert', 'piekeren',
    'bang', 'onzeker', 'zenuwachtig', 'gestrest', 'gespannen', 'afraid', 'scared', 'worried', 'nervous', 'anxious', 'stressed',
    'insecure',
]);

/** Units of a document's size: "een businesscase van maximaal 10 pagina's", "a deck of 12 slides" is one document. */
export const SIZE_UNITS = new Set([
    'pagina', "pagina's", 'paginas', 'pages', 'page', 'slides', 'slide', "dia's", 'dias', 'woorden', 'words', 'a4', "a4'tjes", 'kantjes',
]);

/** What a credential is called, alone or at the end of a compound ("BHV-diploma", "VCA-certificaat"). */
export const CREDENTIAL_NOUNS = [
    'diploma', 'certificaat', 'certificering', 'certificatie', 'getuigschrift', 'rijbewijs', 'registratie', 'brevet',
    'certificate', 'certification', 'licence', 'license', 'registration',
] as const;

/** A statement that denies: a rhythm in it is when something is not done ("Werkt niet op woensdag", "doesn't"). */
export const DENIAL = /\b(niet|nooit|not|never)\b|n't\b|\b(dont|doesnt)\b/i;

/** English verbs of chairing: "chairs the safety committee" holds a role (Dutch: "zit ... voor", "voorzitten"). */
export const CHAIRING_VERBS = new Set(['chair', 'chairs', 'chairing', 'chaired']);

/**
 * Bodies one chairs as a role held, unlike a meeting one chairs: the last word of an English phrase ("the works
 * council"), the end of a Dutch compound ("de werkgroep", "de adviesraad").
 */
export const CHAIRED_BODIES = {
    en: new Set(['committee', 'council', 'board', 'group', 'panel', 'network', 'forum', 'commission', 'taskforce', 'association', 'guild']),
    nl: ['commissie', 'raad', 'groep', 'panel', 'netwerk', 'platform', 'vereniging', 'bestuur', 'sectie', 'gilde'],
} as const;

/** English verbs that give a habit up before its "-ing": "stops working overtime", "quit smoking" (Dutch: "stopt met"). */
export const GIVING_UP = new Set(['stop', 'stops', 'quit', 'quits']);

/** A criterion that gives a habit up, so its rhythm is when it no longer happens: "niet meer op zaterdag", "no longer". */
export const GIVEN_UP = /^(nooit|niet (meer|langer)|stop(t|pen)? met|never|no longer|anymore|stops?|quits?)\b/i;

/** Words before a clause that says what the writer makes happen: "zorgen dat", "ervoor dat", "ensure (that)", "make sure". */
export const ENSURING = new Set(['zorg', 'zorgt', 'zorgen', 'ervoor', 'ensure', 'ensures', 'sure']);

/** Words that open a relative clause after a noun: "a dashboard that refreshes daily", "een dashboard dat". */
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'die', 'dat', 'welke', 'waarin', 'waarmee']);

/** Words after "ten" in Dutch fixed phrases, where "ten" is no number: "ten opzichte van", "ten minste". */
export const DUTCH_TEN_PHRASES = new Set([
    'opzichte', 'minste', 'laatste', 'slotte', 'behoeve', 'gevolge', 'aanzien', 'einde', 'tijde', 'dele', 'hoogste', 'eerste', 'koste',
]);

/** Prepositions that make a noun of finishing a moment, not the goal: "na het behalen van de opleiding". */
export const NOMINAL_MOMENT_PREPOSITIONS = new Set(['na', 'voor', 'tijdens', 'bij', 'sinds', 'after', 'before', 'during', 'upon', 'on', 'since']);

/** Periods abbreviated after "p/": "3 p/w", "2 p/mnd". */
export const PER_ABBREVIATIONS: Readonly<Record<string, PeriodUnit>> = {
    d: 'day', w: 'week', wk: 'week', m: 'month', mnd: 'month', mo: 'month', q: 'quarter', kw: 'quarter', j: 'year', jr: 'year', y: 'year', yr: 'year',
};

/** Abbreviations written with points that introduce what follows: "onder andere", "for example", "that is". */
export const POINTING_ABBREVIATIONS = new Set(['o.a.', 'b.v.', 'e.g.', 'i.e.']);

/** Prepositions of a place, which may stand between a verb and its object: "geeft op de teamdag een workshop". */
export const PLACE_PREPOSITIONS = new Set(['op', 'bij', 'via', 'on', 'at', 'in']);
