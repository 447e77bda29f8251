/**
 * The statement reader runs on every keystroke inside the validator: whatever a goal's sentence holds, reading it,
 * listing its targets and resolving its dates must answer, never throw. The sentences are built from the words the
 * reader's rules turn on, numbers of every shape (years, round bases, ratios, signs) and punctuation, in any order,
 * so that a rule looking one token before or after a number meets the start and the end of the sentence too.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../../packages/language/src/model/values.js';
import { readStatement, statementDeadlines, statementStarts, targetCandidates } from '../../packages/language/src/statement/index.js';
import { fuzzParameters, timeLimit } from './fuzz-settings.js';

const WORDS = [
    'het', 'aantal', 'de', 'van', 'naar', 'tot', 'boven', 'onder', 'lager', 'hoger', 'dan', 'per', 'maand', 'week', 'jaar', 'elke',
    'stijgt', 'daalt', 'blijft', 'komt', 'snel', 'over', 'uit', 'na', 'dat', 'die', 'meer', 'minder', 'zorgen', 'ouder', 'dagen',
    'klachten', 'leden', 'beste', 'waardevolle', 'prioriteit', 'magazijn', 'binnen', 'voor', 'uiterlijk', 'gemiddelde', 'om', 'te',
    'the', 'number', 'of', 'to', 'from', 'above', 'below', 'lower', 'higher', 'than', 'a', 'every', 'rises', 'falls', 'drop', 'stays',
    'slowly', 'about', 'by', 'on', 'among', 'that', 'more', 'fewer', 'ensure', 'older', 'days', 'complaints', 'best', 'most', 'average',
    'severity', 'station', 'within', 'before', 'in', 'June', 'juni', 'Q3', 'NPS', 'hours', 'uur', 'minutes', 'procent', 'euro', 'times',
    'geen', 'stress', 'no', 'fear', 'anymore', 'niet', 'nooit', 'stops', 'working', 'feels', 'voelen', 'chairs', 'committee', 'zit',
    'werkgroep', 'voorzitten', 'certificaat', 'BHV-diploma', 'teamleider', 'als', 'mijn', 'werk', 'my', 'work', 'as', 'zijn', 'elk',
    'teamoverleg', 'each', 'meeting', 'met', 'maart', 'tweede', 'dinsdag', 'Friday', 'op', 'komende', 'maanden', 'spring', 'slides',
    'audits', 'voert', 'een', 'goedkeuren', 'approves', 'mid-year', 'Q1-Q2', 'medewerker', 'tweedaagse', 'gouden', 'completed',
    'weken', 'weeks', 'piekweken', 'periode', 't/m', 'through', 'half', 'an', 'lege', 'late', 'onvoorbereide', 'enkele', 'stemt',
    'agrees', 'share', 'percentage', 'klas', '3B', 'gegund', 'eerste', 'laatste', 'werkdag', 'klantenservice', 'visits', 'door',
    'nil', 'none', 'keep', 'houd', 'á', 'EUR', 'USD', 'af', 'ronden', 'inleveren', 'nieuwe', 'new', 'Year', 'alle', 'all', 'presentatie',
    'talk', 'gesprek', 'beleidsmedewerker', 'senior', 'Level', 'niveau', 'diploma', 'qualification', 'stop', 'e-mail', 'oud', 'overdue',
    'kwartier', 'kwartiertje', 'quarter', 'quarters', 'hour', 'quarter-hour', 'max.', 'min.', 'ca.', 'okt.', 'Sept.', 'mln.', 'proberen', 'plan', 'bi-weekly',
    'semi-annual', 'quarterly', 'review', 'security', 'billable', 'a.s.', 'andere',
];
const NUMBERS = [
    '0', '1', '2', '3', '10', '100', '1000', '1.000', '1,000', '2000', '2026', '2027', '1999', '7,5', '4.5', '1:6', '-12', '+5', '24/7', '1-7-2027',
    '20+', '03/15/2027', '3/31', '1-hour', '2028-2030', '30/06',
];
const PUNCTUATION = [',', '.', ':', '(', ')', '-', '%', '€', '/', ';', '→', '->', '>'];

const token = fc.oneof(
    { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
    { arbitrary: fc.constantFrom(...NUMBERS), weight: 3 },
    { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 1 },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 14 }).map(tokens => tokens.join(' '));

const CONTEXT = { periodStart: parseDate('2027-01-01')!, periodEnd: parseDate('2027-12-31')!, today: parseDate('2026-12-01')!, goalStart: parseDate('2027-01-01')! };
const SPAN = { start: CONTEXT.periodStart, end: CONTEXT.periodEnd };

describe('the statement reader on any sentence', () => {
    test('reads it, lists its targets and resolves its dates without throwing', () => {
        fc.assert(fc.property(sentence, text => {
            const reading = readStatement(text);
            expect(['specific', 'vague', 'comparative', 'no-quantity']).toContain(reading.verdict);
            targetCandidates(reading, SPAN);
            statementDeadlines(reading, CONTEXT);
            statementStarts(reading, CONTEXT);
        }), fuzzParameters(3000));
    }, timeLimit(3000, 2));
});
