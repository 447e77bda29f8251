/**
 * The verdict on a statement, once every phrase is read (read-statement.ts): whether it is a wish, what in a wish only
 * places it, which numbers are the goal's own, which dates it is held to, and how specific it is. docs/judging-goals.md
 * states each rule as a coach would.
 */
import type { ReadDate } from './dates.js';
import {
    APPROXIMATELY, CHANGE_VERBS, DURING, ENSURING, MEASURE_NOUNS, POSSESSIVES, PRESENTATIONS, PRESENTING_VERBS, REACHING_WORDS,
    ROLE_HOLDING_VERBS, SUBJECT_PRONOUNS,
} from './grammar-words.js';
import type { MutableQuantity, ReadingSoFar } from './reading-so-far.js';
import type { ReadResult, StatementReading, Verdict } from './reading.js';
import { isClauseEnd, isComma } from './tokens.js';

/** A talk given once: its thing is a presentation ("een lezing") or its verb presents ("presents the annual plan"). */
function isPresentation(reader: ReadingSoFar, result: ReadResult): boolean {
    const verb = reader.tokens[reader.tokenAt.get(result.from) ?? -1]?.lower ?? '';
    return PRESENTATIONS.has(result.object?.toLowerCase() ?? '') || PRESENTING_VERBS.has(verb);
}

export function verdict(reader: ReadingSoFar): StatementReading {
    // A comparative, a direction ("verbeteren"), a focus ("werken aan") or a feeling outside a purpose clause: the
    // verb is a wish. Its group ("de 4 planners") is scope; a feeling's every number is ("with groups of over 20").
    const feeling = reader.vague.some(v => v.kind === 'feeling' && !v.inPurpose);
    const wish = feeling || reader.comparatives.some(c => !c.inPurpose) || reader.vague.some(v => v.kind === 'focus' && !v.inPurpose)
        || reader.vague.some(v => v.kind === 'quality' && !v.inPurpose && qualityOfBeing(reader, reader.tokenAt.get(v.from) ?? -1));
    // "meer cliënten met een zorgplan dan de 78% bij de laatste audit": what a comparative is measured against.
    for (const q of reader.quantities) {
        const at = reader.tokenAt.get(q.from) ?? -1;
        // ("niet meer dan de 36 uur uit mijn contract", "no more than the 40 hours" is a bound.)
        // ("hoger dan een 8", "higher than a 7" bound a grade; "hoger dan de 7,2 van vorig jaar" compares with one.)
        const bound = ['meer', 'more', 'minder', 'less', 'fewer'].includes(reader.tokens[at - 3]?.lower ?? '')
            || (q.bound !== undefined && ['een', 'a', 'an'].includes(reader.tokens[at - 1]?.lower ?? ''));
        if (q.role === 'target' && ['dan', 'than'].includes(reader.tokens[at - 2]?.lower ?? '') && reader.isArticle(reader.tokens[at - 1]) && !bound) q.role = 'baseline';
    }
    setAsideTheSubjectsNumbers(reader);
    if (wish) setAsideTheWishSituation(reader);
    else setAsideThePurposeCounts(reader);
    // "lanceert de klantenportal voor de drie grootste opdrachtgevers": whom a result is for, named after it, is its
    // scope. Named before it, the result is made for each ("schrijft voor de 3 afdelingen een plan"); whom it is
    // rolled out to ("to all 600 employees") counts how far it reached; "schrijft zich in voor 3 cursussen" counts.
    for (const q of reader.quantities) {
        const at = reader.tokenAt.get(q.from) ?? -1;
        const forGroup = ['voor', 'for'].includes(reader.wordBeforePhrase(at) ?? '') && reader.isArticle(reader.tokens[at - 1]);
        const resultBefore = reader.results.some(r => {
            const objectAt = r.object === undefined ? -1 : reader.text.indexOf(r.object, r.from);
            return r.kind === 'state' || (objectAt >= 0 && objectAt < q.from);
        });
        if (q.role === 'target' && q.scopeIfWish && forGroup && resultBefore) q.role = 'scope';
        // "geeft een presentatie aan alle 40 medewerkers", "presents the plan to all 150 staff": whom one talk is given to
        // is its audience, which says nothing of whether it was given.
        const toGroup = ['aan', 'to'].includes(reader.wordBeforePhrase(at) ?? '') && reader.isArticle(reader.tokens[at - 1]);
        if (q.role === 'target' && q.scopeIfWish && toGroup && reader.results.some(r => r.from < q.from && isPresentation(reader, r))) q.role = 'scope';
    }
    if (wish && reader.results.length === 0) {
        for (const q of reader.quantities) {
            const group = q.scopeIfWish && !q.reached;
            if ((q.role === 'target' && !q.frequency && (feeling || group)) || (q.role === 'frequency' && group)) q.role = 'scope';
        }
    }
    const counted = reader.quantities.some(q => q.role === 'target' || q.role === 'frequency' || (q.role === 'duration' && (q.criterion || q.activitySpan)));
    const precise = reader.criteria.some(c => c.kind === 'zero' || c.kind === 'halving' || c.kind === 'doubling' || c.kind === 'fraction');
    const behaviour = !wish && reader.criteria.some(c => c.kind === 'without' || c.kind === 'always' || c.kind === 'each' || c.kind === 'frequency' || c.kind === 'time');
    const concrete = counted || precise || reader.results.length > 0 || behaviour;
    const hedges = reader.vague.filter(v => v.kind === 'commitment' && !v.inPurpose);
    let verdict: Verdict;
    if (hedges.length > 0) verdict = 'vague';
    else if (concrete) verdict = 'specific';
    else if (reader.comparatives.some(c => !c.inPurpose)) verdict = 'comparative';
    else if (reader.vague.some(v => !v.inPurpose)) verdict = 'vague';
    else verdict = 'no-quantity';
    const vagueThatCounts = concrete ? hedges : reader.vague.filter(v => !v.inPurpose);
    const capability = reader.tokens.some((t, k) => ['kunnen', 'kan', 'kun', 'can', 'able'].includes(t.lower) && !reader.purpose[k]);
    reader.quantities.sort((a, b) => a.from - b.from);
    return {
        text: reader.text,
        language: reader.language,
        quantities: reader.quantities.map(({ scopeIfWish: _scope, ...q }) => q),
        dates: datesOfTheGoal(reader, wish, concrete),
        results: reader.results,
        criteria: reader.criteria,
        vague: reader.vague,
        comparatives: reader.comparatives,
        vagueThatCounts,
        concrete,
        capability,
        verdict,
    };
}

/** "be a good mentor", "een goede collega zijn": a quality to have, which is a wish like a comparative. */
function qualityOfBeing(reader: ReadingSoFar, at: number): boolean {
    const tokens = reader.tokens;
    if (!['a', 'an', 'een'].includes(tokens[at - 1]?.lower ?? '')) return false;
    const being = ['be', 'become', 'being', 'am', 'is', 'are', 'zijn', 'worden', 'ben', 'word', 'wordt', 'blijven', 'blijf', 'blijft'];
    return being.includes(tokens[at - 2]?.lower ?? '') || being.includes(tokens[at + 2]?.lower ?? '');
}

/**
 * "Errors across 4 sites drop to 10 a month", "Calls answered within 30 seconds rise to 85%", "The budget for 2027 grows
 * to 40000": a number in the subject of a verb of change says which ones, and what the verb reaches is the target.
 * "Our churn of 6% drops to 3%", "The team of 8 nurses grows to 10": the measure's size now is where it starts.
 */
function setAsideTheSubjectsNumbers(reader: ReadingSoFar): void {
    const tokens = reader.tokens;
    const at = (q: MutableQuantity) => reader.tokenAt.get(q.from) ?? -1;
    const counts = (q: MutableQuantity) => q.role === 'target' || q.role === 'frequency' || q.role === 'duration';
    for (let verb = 1; verb < tokens.length; verb++) {
        if (!CHANGE_VERBS.has(tokens[verb].lower)) continue;
        const reached = reader.quantities.find(q => (q.role === 'target' || q.role === 'frequency') && at(q) > verb
            && !tokens.slice(verb, at(q)).some(isClauseEnd));
        if (!reached) continue;
        for (const q of reader.quantities) {
            const k = at(q);
            if (!counts(q) || k < verb - 8 || k >= verb) continue;
            // "Rondt 3 cursussen af en de NPS stijgt naar 45": another clause, with a count of its own.
            const subject = !tokens.slice(k, verb).some(t => isClauseEnd(t) || isComma(t) || ['en', 'and', 'or'].includes(t.lower));
            if (!subject) continue;
            const of = ['of', 'van'].includes(tokens[k - 1]?.lower ?? '');
            if (of && q.kind === reached.kind && !reached.baseline) {
                q.role = 'baseline';
                reached.baseline = q;
                reached.unit ??= q.unit;
            } else {
                q.role = 'scope';
            }
        }
    }
}

/**
 * In a wish, what only places it: what it is for ("met het oog op het C1-examen", "so I can sit the DELE B2 exam"),
 * when it holds, the size of what it concerns, and the role it is in ("Grow in my role as shift lead"). A purpose
 * that is dated or measured ("om per 1 september teamleider te worden", "om zo 95 % van mijn deadlines te halen")
 * is the goal's end state and keeps counting.
 */
function setAsideTheWishSituation(reader: ReadingSoFar): void {
    const tokenOf = (from: number) => reader.tokenAt.get(from) ?? -1;
    const setAside = (k: number) => {
        const clause = reader.purposeClauses.find(c => c.first <= k && k < c.end);
        return !!clause && (clause.named || !measuresItsPurpose(reader, clause));
    };
    for (let k = reader.results.length - 1; k >= 0; k--) {
        const at = tokenOf(reader.results[k].from);
        const result = reader.results[k];
        if (setAside(at) || (result.kind === 'role' && roleTheWishIsIn(reader, at)) || heldByMoreOfThem(reader, result)) reader.results.splice(k, 1);
    }
    for (const q of reader.quantities) {
        if ((q.role === 'target' || q.role === 'frequency') && (setAside(tokenOf(q.from)) || describesSituation(reader, q))) q.role = 'scope';
    }
}

/**
 * "Zorgen dat meer cliënten een actueel zorgplan hebben", "Ensure more staff hold a first-aid certificate": what more
 * people will have, or will do in a clause the writer makes happen ("Zorgen dat meer medewerkers de training volgen"),
 * is how far the wish reaches, not a result of the goal's own ("Meer tijd vrijmaken en de cursus afronden" keeps its
 * course).
 */
function heldByMoreOfThem(reader: ReadingSoFar, result: ReadResult): boolean {
    const tokens = reader.tokens;
    const words = result.text.toLowerCase().split(/\s+/);
    const held = ROLE_HOLDING_VERBS.has(words[0]) || ROLE_HOLDING_VERBS.has(words[words.length - 1]);
    const resultAt = reader.tokenAt.get(result.from) ?? -1;
    return reader.comparatives.some(c => {
        const at = reader.tokenAt.get(c.from) ?? 0;
        if (c.form !== 'phrase' || c.from >= result.from || !/^(meer|more|fewer|minder|less)\s/i.test(c.text)) return false;
        if (tokens.slice(at, resultAt).some(isClauseEnd)) return false;
        // "Ensure that more staff complete the training": whatever the verb. ("Zorg dat meer collega's het systeem
        // gebruiken en rond de cursus af": after "en", a result of the writer's own.)
        const before = tokens[at - 1]?.lower ?? '';
        const sameVerb = !tokens.slice(at, resultAt).some(t => ['en', 'and'].includes(t.lower));
        const ensured = ((['dat', 'that'].includes(before) && ENSURING.has(tokens[at - 2]?.lower ?? '')) || ENSURING.has(before)) && sameVerb;
        return held || ensured;
    });
}

/**
 * In a wish, a number that only describes the situation the wish is in: when it holds ("tijdens de 2
 * huiskamergesprekken per maand"), the size of something named ("mijn team van 9", "our budget of €2 million",
 * "(8 fte)"), a load already known ("de ruim 300 meldingen per maand"), or a number in a clause about how things
 * are ("waar nu 150 mails per dag binnenkomen", "nu ik sinds januari 32 uur werk").
 */
function describesSituation(reader: ReadingSoFar, q: MutableQuantity): boolean {
    const tokens = reader.tokens;
    const at = reader.tokenAt.get(q.from) ?? -1;
    if (at < 0) return false;
    const wordBefore = tokens[at - 1]?.lower ?? '';
    const approximate = APPROXIMATELY.has(wordBefore) || ['ruim', 'bijna', 'over', 'nearly', 'almost'].includes(wordBefore);
    const article = approximate ? at - 2 : at - 1;
    // "het afhandelen van de ruim 300 meldingen per maand", "in de 16 uur per week die ik ... sta": a rhythm made
    // definite after a preposition is one that already runs. As the object ("keep up the 3 runs a week", "haal weer
    // de 40 calls per dag") it is what the wish keeps or reaches.
    const afterPreposition = ['van', 'in', 'op', 'bij', 'of', 'on', 'at', 'with', 'met', 'tijdens', 'during', 'na', 'after', 'voor',
        'before', 'for', 'rond', 'around'].includes(tokens[article - 1]?.lower ?? '');
    if (q.role === 'frequency' && reader.isArticle(tokens[article]) && afterPreposition) return true;
    if (q.baseline || q.bound || q.reached || q.change || q.kind === 'percent' || q.kind === 'grade') return false;
    const opener = reader.wordBeforePhrase(at);
    if (REACHING_WORDS.has(opener ?? '')) return false;
    // "tijdens de 2 avondopenstellingen per week": when the wish holds. "Vaker presenteren tijdens 6 teamoverleggen"
    // counts the meetings.
    if (DURING.has(opener ?? '') && reader.isArticle(tokens[article])) return true;
    // "Samenwerking met Inkoop (8 fte)": the size of a team named before, in brackets. "Meer klantbezoeken (8 per
    // maand)" and "Improve conversion in Sales (50 deals)" count.
    const people = /^(fte|medewerkers|mensen|collega's|leden|people|staff|members|employees)$/i.test(q.unit ?? '');
    if (tokens[at - 1]?.text === '(' && at > 1 && tokens[at - 2].capital && people) return true;
    // "mijn team van 9", "the tender worth €500k": a size or an amount that says which thing is meant.
    const preposition = at - 1 - (q.kind === 'money' && tokens[at - 1]?.kind === 'symbol' ? 1 : 0);
    if (['van', 'of', 'worth'].includes(tokens[preposition]?.lower ?? '') && definiteThing(reader, preposition - 1)) return true;
    for (let k = at - 1; k >= 0 && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
        const word = tokens[k].lower;
        // "waar nu 150 mails per dag binnenkomen", "waarvan ik er naar verwachting 5 zal hebben": how things are or are
        // expected to be. "waarbij ik elke week 3 taken overdraag" names what will be done.
        const where = ['waar', 'waarvan', 'waarin', 'waarbij', 'where', 'whose'].includes(word)
            && tokens.slice(k + 1, at).some(w => ['nu', 'momenteel', 'currently', 'now', 'verwachting', 'expected'].includes(w.lower));
        if (where || (['nu', 'now', 'since', 'sinds'].includes(word) && SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? ''))) return true;
    }
    return false;
}

/** "mijn team", "het AI-project", "our 2027 budget": a thing made definite, not a measure ("de norm", "a total"). */
function definiteThing(reader: ReadingSoFar, noun: number): boolean {
    const tokens = reader.tokens;
    if (!reader.isContentWord(tokens[noun]) || MEASURE_NOUNS.has(tokens[noun].lower)) return false;
    for (let k = noun - 1; k >= Math.max(0, noun - 4); k--) {
        const t = tokens[k];
        if (reader.isArticle(t) || POSSESSIVES.has(t.lower)) return !['een', 'a', 'an'].includes(t.lower);
        if (reader.lex.functionWords.has(t.lower) || (t.kind !== 'word' && t.kind !== 'alnum' && t.kind !== 'number' && t.text !== '-')) return false;
    }
    return false;
}

/** Whether a verbal purpose names a date or a number to reach: "om per 1 september teamleider te worden", "om 95 % te halen". */
function measuresItsPurpose(reader: ReadingSoFar, clause: { first: number; end: number }): boolean {
    const inside = (k: number) => clause.first <= k && k < clause.end;
    // "om 5 nieuwe opdrachten binnen te halen" counts; "the monthly report of 20 pages", "the 3 quarterly reports" only
    // say which, and what the wish makes possible ("so I can present to the board twice a year") is no count reached.
    const capability = reader.tokens.slice(clause.first, clause.end).some(t => ['can', 'could', 'able', 'kan', 'kunnen', 'kun'].includes(t.lower));
    const counted = (q: MutableQuantity) => !capability && (q.role === 'target' || q.role === 'frequency') && !q.scopeIfWish
        && !describesSituation(reader, q);
    // ("zodat ik volgend jaar teamleider kan worden": a date for what the wish makes possible is no deadline reached either.)
    return (!capability && reader.dates.some(d => d.role === 'deadline' && inside(d.first)))
        || reader.quantities.some(q => inside(reader.tokenAt.get(q.from) ?? -1)
            && (q.kind === 'percent' || !!q.bound || !!q.reached || !!q.change || !!q.baseline || counted(q)));
}

/** "Mij ontwikkelen als coach", "Grow in my role as shift lead": a role after "als" or "as" that the wish grows in. */
function roleTheWishIsIn(reader: ReadingSoFar, at: number): boolean {
    const as = [at, at - 1, at - 2].find(b => ['als', 'as'].includes(reader.tokens[b]?.lower ?? ''));
    if (as === undefined) return false;
    const before = reader.tokens[as - 1];
    if (!before) return false;
    return ['rol', 'role', 'functie', 'position', 'mij', 'me', 'mezelf', 'myself', 'zelf'].includes(before.lower)
        || reader.lex.directionVerbs.matchAt(reader.tokens, as - 1) === 1 || reader.hedged.has(as - 1);
}

/**
 * "Haalt het BHV-diploma, met het oog op de 2 ontruimingsoefeningen", "Completes the Green Belt in order to run 2
 * improvement projects": beside a result of its own, the goal's purpose counts nothing for it.
 */
function setAsideThePurposeCounts(reader: ReadingSoFar): void {
    const inPurpose = (from: number) => reader.purpose[reader.tokenAt.get(from) ?? -1] ?? false;
    const ownResult = reader.results.some(r => !inPurpose(r.from));
    if (!ownResult) return;
    for (const q of reader.quantities) if ((q.role === 'target' || q.role === 'frequency') && inPurpose(q.from)) q.role = 'scope';
}

/**
 * The dates the goal itself is held to. A date in a purpose clause is when the purpose is reached: not the goal's
 * deadline when the goal has a date of its own, nor when a wish that names nothing to reach names its aim ("with an
 * eye to a team lead role in 2028"); an event the goal prepares for ("ahead of the board meeting on 12 March") and
 * a purpose it works towards ("om in juni de klantdag te presenteren") keep theirs. In such a wish, nor is when it
 * holds ("tijdens de jaarafsluiting in januari") or when a group it concerns starts ("the 3 interns joining in
 * February"). In any goal, a baseline's time ("than the 10 we had in 2026") is no deadline, and the moment a time
 * per case counts from ("binnen 10 werkdagen na jaareinde") no start.
 */
function datesOfTheGoal(reader: ReadingSoFar, wish: boolean, concrete: boolean): ReadDate[] {
    const ownDate = reader.dates.some(d => d.role === 'deadline' && !reader.purpose[d.first]);
    const emptyWish = wish && !concrete;
    return reader.dates.filter(d => {
        // "binnen 10 werkdagen na jaareinde": the moment a time per case counts from, no start of the goal.
        const afterPeriod = ['na', 'after'].includes(reader.tokens[d.first].lower) && reader.lex.periods.has(reader.tokens[d.first - 1]?.lower ?? '');
        if (d.role === 'start' && afterPeriod) return false;
        // "from the 45 days we averaged in 2026 to 30 days", "5 more clients than in 2026": the time of the baseline.
        if (withinFromTo(reader, d.first) || ['than', 'dan'].includes(reader.tokens[d.first - 1]?.lower ?? '')) return false;
        // "fewer complaints than the 10 we had in 2026": right after its baseline, before any target.
        const at = (q: MutableQuantity) => reader.tokenAt.get(q.from) ?? Infinity;
        const baselineBefore = reader.quantities.find(q => q.role === 'baseline' && at(q) < d.first
            && !reader.tokens.slice(at(q), d.first).some(isClauseEnd));
        const targetBetween = (b: MutableQuantity) => reader.quantities.some(q => (q.role === 'target' || q.role === 'frequency')
            && at(b) < at(q) && at(q) < d.first);
        if (baselineBefore && !targetBetween(baselineBefore)) return false;
        const clause = reader.purposeClauses.find(c => c.first <= d.first && d.first < c.end);
        if (clause && (ownDate || (emptyWish && clause.named && !clause.runUp))) return false;
        if (!emptyWish) return true;
        // "tijdens de jaarafsluiting in januari": the date may name the moment's noun.
        const during = DURING.has(reader.tokens[d.first].lower) || [d.first, d.first - 1].some(k => DURING.has(reader.wordBeforePhrase(k) ?? ''));
        const deadlineMarker = ['voor', 'vóór', 'uiterlijk', 'by', 'before', 'tegen'].includes(reader.tokens[d.first].lower);
        return !during && !(inRelativeClause(reader, d.first) && !deadlineMarker);
    });
}

/** Whether tokens[at] stands between "from" or "van" and the target it rises or falls to, in one clause. */
function withinFromTo(reader: ReadingSoFar, at: number): boolean {
    const tokens = reader.tokens;
    let from = at - 1;
    while (from >= 0 && !isClauseEnd(tokens[from]) && !['from', 'van'].includes(tokens[from].lower)) from--;
    if (from < 0 || isClauseEnd(tokens[from])) return false;
    return reader.quantities.some(q => (q.role === 'target' || q.role === 'frequency') && q.reached && (reader.tokenAt.get(q.from) ?? -1) > at
        && !tokens.slice(at, reader.tokenAt.get(q.from)).some(isClauseEnd));
}

/**
 * "de 4 trainees die in september starten", "the 3 interns joining in February": a clause that says which ones.
 * Not one about the writer's own doing: "de investeerders die ik op 12 maart spreek".
 */
function inRelativeClause(reader: ReadingSoFar, at: number): boolean {
    const tokens = reader.tokens;
    // "interns joining in February"; "the board meeting on 12 March" is an event, not a group.
    if (/^[a-z]{3,}ing$/.test(tokens[at - 1]?.lower ?? '') && reader.isContentWord(tokens[at - 2]) && /[^s]s$/.test(tokens[at - 2].lower)) return true;
    for (let k = at - 1; k > 0 && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
        if (['die', 'who', 'which'].includes(tokens[k].lower) && reader.isContentWord(tokens[k - 1])) {
            return !['ik', 'i', 'we', 'wij'].includes(tokens[k + 1]?.lower ?? '');
        }
    }
    return false;
}
