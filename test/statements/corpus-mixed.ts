/**
 * A mixed batch: short activity statements with no end state (which a reader must not call specific), results named
 * with everyday verbs, and targets hidden in longer sentences. Written for this corpus, labelled as a coach labels
 * them, and measured before the reader was tuned on them.
 */
import { grade, money, pct, per, statement, unit, type Labelled } from './corpus-types.js';

const nl = statement('nl', 'general');
const nlCare = statement('nl', 'care');
const nlEdu = statement('nl', 'education');
const nlIt = statement('nl', 'it');
const nlLog = statement('nl', 'logistics');
const nlRetail = statement('nl', 'retail');
const nlGov = statement('nl', 'government');
const nlFin = statement('nl', 'finance');
const en = statement('en', 'general');
const enCare = statement('en', 'care');
const enEdu = statement('en', 'education');
const enIt = statement('en', 'it');
const enLog = statement('en', 'logistics');
const enRetail = statement('en', 'retail');
const enGov = statement('en', 'government');
const enFin = statement('en', 'finance');

export const MIXED: readonly Labelled[] = [
    nl('Werkt samen met collega\'s van andere teams', false, null, ['behaviour']),
    nl('Neemt initiatief in het teamoverleg', false, null, ['behaviour']),
    nl('Ik werk mijn cv bij voor 1 april', true, 'binary', ['completion', 'deadline'], { deadline: '2027-04-01' }),
    nl('Ik vraag in het voorjaar subsidie aan voor de opleiding', true, 'binary', ['completion', 'deadline'], { deadline: '2027-05-31' }),
    nl('Ik meld me voor 15 januari aan voor de deeltijdopleiding HRM', true, 'binary', ['completion', 'deadline'], { deadline: '2027-01-15' }),
    nl('Ik wil een goede balans tussen werk en privé', false, null, ['vague-context']),
    nl('Ik sluit het jaar af met een positief resultaat van minimaal € 50.000', true, money(50000), ['money']),
    nl('Ik neem dit jaar maximaal 5 dagen verlof in de drukke maanden', true, unit(5, 'dagen'), ['count']),
    nlCare('Ik verzorg de overdracht bij elke dienstwissel schriftelijk', true, null, ['behaviour']),
    nlCare('Ik wil meer tijd hebben voor de bewoners', false, null, ['comparative']),
    nlCare('Ik bespreek elke cliënt eens per kwartaal in het MDO', true, per(4, 1), ['frequency', 'behaviour']),
    nlCare('Ik ben bekwaam in het geven van injecties en teken daarvoor voor 1 maart af bij de praktijkopleider', true, 'binary', ['completion', 'deadline'], { deadline: '2027-03-01' }),
    nlCare('Het aantal decubitusgevallen blijft onder de 2 per jaar', true, 2, ['count', 'frequency']),
    nlEdu('Ik houd mijn vakkennis bij', false, null, ['direction']),
    nlEdu('Ik geef dit schooljaar drie open lessen voor collega\'s', true, 3, ['number-words']),
    nlEdu('Ik kijk elke week de toetsen binnen 5 werkdagen na', true, unit(5, 'werkdagen'), ['criterion-time', 'frequency']),
    nlEdu('Alle leerlingen van mijn mentorklas hebben voor de kerst een portfolio-gesprek gehad', true, null, ['behaviour', 'deadline'], { deadline: '2027-12-24' }),
    nlIt('Ik help collega\'s met vragen over Office 365', false, null, ['name-digits']),
    nlIt('Ik migreer in het derde kwartaal de mailserver naar de cloud', true, 'binary', ['completion', 'deadline'], { deadline: '2027-09-30' }),
    nlIt('Ik verhoog de beschikbaarheid van het netwerk naar 99,9 procent', true, pct(99.9), ['percent']),
    nlIt('Ik installeer voor eind februari de nieuwe firewall', true, 'binary', ['completion', 'deadline'], { deadline: '2027-02-28' }),
    nlIt('Ik ben bereikbaar voor de servicedesk', false, null, ['behaviour']),
    nlLog('Ik controleer dagelijks de temperatuur van de koelcellen', true, null, ['behaviour', 'frequency']),
    nlLog('Ik breng de voorraad van de top 50 artikelen in kaart', true, 'binary', ['completion', 'name-digits']),
    nlLog('Ik zorg voor een veilige werkplek', false, null, ['vague-context']),
    nlLog('Ik laad gemiddeld 12 vrachtwagens per dienst', true, per(12), ['frequency']),
    nlRetail('Ik spreek elke klant binnen een minuut aan', true, unit(1, 'minuut'), ['criterion-time', 'number-words']),
    nlRetail('Ik vul de schappen aan', false, null, ['behaviour']),
    nlRetail('Ik behaal in het vierde kwartaal een omzet van € 250.000', true, money(250000), ['money', 'deadline'], { deadline: '2027-12-31' }),
    nlRetail('Ik wil dat klanten vaker terugkomen', false, null, ['comparative']),
    nlGov('Ik denk mee over het nieuwe beleid', false, null, ['focus']),
    nlGov('Ik lever voor 1 mei het advies over de herinrichting van het centrum op', true, 'binary', ['completion', 'deadline'], { deadline: '2027-05-01' }),
    nlGov('Ik beantwoord 95 procent van de e-mails van burgers binnen twee werkdagen', true, { v: 95, kind: 'percent', alt: [2] }, ['percent', 'criterion-time']),
    nlGov('Ik ben het aanspreekpunt voor vragen over de Omgevingswet', false, null, ['role']),
    nlFin('Ik stel elk kwartaal een prognose op voor de afdelingshoofden', true, per(4, 1), ['frequency', 'completion']),
    nlFin('Ik houd de administratie bij', false, null, ['behaviour']),
    nlFin('Ik verlaag het aantal creditnota\'s met een derde', true, null, ['number-words']),
    nlFin('Ik rond voor 1 juni de migratie naar Exact Online af', true, 'binary', ['completion', 'deadline'], { deadline: '2027-06-01' }),
    nl('Ik volg een cursus', true, 'binary', ['completion']),
    nl('Ik leer Spaans', false, null, ['direction']),

    en('Work together with colleagues from other teams', false, null, ['behaviour']),
    en('Take initiative in team meetings', false, null, ['behaviour']),
    en('Update my CV before 1 April', true, 'binary', ['completion', 'deadline'], { deadline: '2027-04-01' }),
    en('Apply for funding for the course in the spring', true, 'binary', ['completion', 'deadline'], { deadline: '2027-05-31' }),
    en('Sign up for the part-time HR degree before 15 January', true, 'binary', ['completion', 'deadline'], { deadline: '2027-01-15' }),
    en('Have a good work-life balance', false, null, ['vague-context']),
    en('End the year with a surplus of at least €50,000', true, money(50000), ['money']),
    en('Take no more than 5 days of leave in the busy months this year', true, unit(5, 'days'), ['count']),
    enCare('Do a written handover at every shift change', true, null, ['behaviour']),
    enCare('Have more time for residents', false, null, ['comparative']),
    enCare('Review every client once a quarter in the MDT meeting', true, per(4, 1), ['frequency', 'behaviour']),
    enCare('Get signed off as competent in giving injections by my practice educator before 1 March', true, 'binary', ['completion', 'deadline'], { deadline: '2027-03-01' }),
    enCare('Keep pressure ulcers below 2 per year', true, 2, ['count', 'frequency']),
    enEdu('Keep my subject knowledge up to date', false, null, ['direction']),
    enEdu('Teach three open lessons for colleagues this school year', true, 3, ['number-words']),
    enEdu('Mark tests within 5 working days every week', true, unit(5, 'working days'), ['criterion-time', 'frequency']),
    enEdu('Before Christmas every pupil in my tutor group will have had a portfolio conversation', true, null, ['behaviour', 'deadline'], { deadline: '2027-12-24' }),
    enIt('Help colleagues with questions about Office 365', false, null, ['name-digits']),
    enIt('Migrate the mail server to the cloud in the third quarter', true, 'binary', ['completion', 'deadline'], { deadline: '2027-09-30' }),
    enIt('Raise network availability to 99.9 percent', true, pct(99.9), ['percent']),
    enIt('Install the new firewall before the end of February', true, 'binary', ['completion', 'deadline'], { deadline: '2027-02-28' }),
    enIt('Be available for the service desk', false, null, ['behaviour']),
    enLog('Check the cold store temperatures daily', true, null, ['behaviour', 'frequency']),
    enLog('Map the stock levels of the top 50 items', true, 'binary', ['completion', 'name-digits']),
    enLog('Ensure a safe workplace', false, null, ['vague-context']),
    enLog('Load an average of 12 trucks per shift', true, per(12), ['frequency']),
    enRetail('Approach every customer within one minute', true, unit(1, 'minute'), ['criterion-time', 'number-words']),
    enRetail('Restock the shelves', false, null, ['behaviour']),
    enRetail('Reach a turnover of €250,000 in the fourth quarter', true, money(250000), ['money', 'deadline'], { deadline: '2027-12-31' }),
    enRetail('Have customers come back more often', false, null, ['comparative']),
    enGov('Think along about the new policy', false, null, ['focus']),
    enGov('Deliver the advice on the redevelopment of the town centre before 1 May', true, 'binary', ['completion', 'deadline'], { deadline: '2027-05-01' }),
    enGov('Answer 95 percent of emails from residents within two working days', true, { v: 95, kind: 'percent', alt: [2] }, ['percent', 'criterion-time']),
    enGov('Be the point of contact for questions on the planning act', false, null, ['role']),
    enFin('Draw up a forecast for the heads of department every quarter', true, per(4, 1), ['frequency', 'completion']),
    enFin('Keep the books up to date', false, null, ['behaviour']),
    enFin('Reduce the number of credit notes by a third', true, null, ['number-words']),
    enFin('Complete the migration to Exact Online before 1 June', true, 'binary', ['completion', 'deadline'], { deadline: '2027-06-01' }),
    en('Take a course', true, 'binary', ['completion']),
    en('Learn Spanish', false, null, ['direction']),
    en('Keep my average rating at 4.5 stars or higher', true, grade(4.5), ['grade']),
];
