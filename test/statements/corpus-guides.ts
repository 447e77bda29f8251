/**
 * Statements in the style of the worked examples in public SMART and POP/PDP guides: dated in other years, with
 * a reason clause, a tool or programme name, a number in passing. Written for this corpus, labelled as a coach
 * labels them, and measured before the reader was tuned on them.
 */
import { grade, money, pct, statement, unit, type Labelled } from './corpus-types.js';

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

export const GUIDES: readonly Labelled[] = [
    nl('Ik wil binnen een jaar mijn mbo-diploma Verzorgende halen', true, 'binary', ['completion', 'deadline'], { deadline: '2028-01-01' }),
    nl('Ik wil over zes maanden zelfstandig een afdeling kunnen leiden', true, null, ['behaviour', 'number-words', 'deadline'], { deadline: '2027-07-01' }),
    nl('Ik wil mijn presentatievaardigheden verbeteren zodat ik overtuigender overkom in het MT', false, null, ['direction', 'purpose']),
    nl('Eind 2026 heb ik de opleiding Lean Six Sigma Green Belt afgerond', true, 'binary', ['completion', 'date-digits', 'deadline'], { deadline: '2026-12-31' }),
    nl('Ik wil mijn Engels binnen 6 maanden naar niveau B2 brengen', true, 'binary', ['level', 'deadline'], { deadline: '2027-07-01' }),
    nl('Ik wil volgend jaar een cursus timemanagement volgen', true, 'binary', ['completion', 'deadline'], { deadline: '2028-12-31' }),
    nl('Ik wil in 2027 minder stress ervaren op het werk', false, null, ['comparative', 'date-digits'], { deadline: '2027-12-31' }),
    nl('Ik wil dit jaar 10% meer omzet halen dan vorig jaar', true, pct(10), ['percent', 'deadline'], { deadline: '2027-12-31' }),
    nl('Ik wil me ontwikkelen tot een goede coach voor mijn collega\'s', false, null, ['direction']),
    nl('Per 1 januari 2028 werk ik als zelfstandig projectleider', true, 'binary', ['role', 'date-digits', 'deadline'], { deadline: '2028-01-01' }),
    nlCare('Ik wil de familie van cliënten beter betrekken bij de zorg', false, null, ['comparative']),
    nlCare('Ik zorg dat binnen 48 uur na opname het zorgdossier volledig is ingevuld', true, unit(48, 'uur'), ['criterion-time']),
    nlCare('Ik wil mijn BIG-registratie in 2027 verlengen', true, 'binary', ['completion', 'date-digits'], { deadline: '2027-12-31' }),
    nlCare('Ik wil het aantal medicatiefouten op de afdeling met 25% verminderen', true, pct(25), ['percent']),
    nlCare('Ik volg dit najaar de scholing palliatieve zorg van 3 dagdelen', true, 'binary', ['completion', 'deadline', 'target-choice'], { deadline: '2027-11-30' }),
    nlEdu('Ik wil mijn lessen beter afstemmen op de verschillen tussen leerlingen', false, null, ['comparative']),
    nlEdu('Ik wil dat 80 procent van mijn leerlingen eind juni het leesniveau AVI-E5 haalt', true, pct(80), ['percent', 'name-digits', 'deadline'], { deadline: '2027-06-30' }),
    nlEdu('Ik geef in periode 3 een les over burgerschap aan alle tweede klassen', true, 'binary', ['completion', 'name-digits']),
    nlEdu('Ik word dit schooljaar mentor van een eerste klas', true, 'binary', ['role', 'deadline'], { deadline: '2027-12-31' }),
    nlEdu('Ik wil in mijn lessen vaker gebruikmaken van ICT', false, null, ['comparative']),
    nlIt('Ik wil binnen drie maanden de basis van Power BI beheersen', false, null, ['direction', 'deadline'], { deadline: '2027-04-01' }),
    nlIt('Ik haal voor 1 september 2027 het ITIL 4 Foundation-certificaat', true, 'binary', ['completion', 'name-digits', 'deadline'], { deadline: '2027-09-01' }),
    nlIt('Ik verlaag de gemiddelde oplostijd van tickets van 3 naar 2 werkdagen', true, unit(2, 'werkdagen'), ['range'], { baseline: 3 }),
    nlIt('Ik wil code reviews sneller afhandelen', false, null, ['comparative']),
    nlIt('Ik schrijf voor eind Q2 documentatie voor alle 12 API-endpoints', true, 12, ['count', 'deadline'], { deadline: '2027-06-30' }),
    nlLog('Ik wil de levertijd naar klanten verkorten tot 24 uur', true, unit(24, 'uur'), ['target-choice']),
    nlLog('Ik wil het aantal foutieve leveringen halveren', true, pct(50), ['halving']),
    nlLog('Ik wil efficiënter samenwerken met de vervoerders', false, null, ['comparative']),
    nlLog('Ik behaal in 2027 mijn rijbewijs C', true, 'binary', ['completion', 'date-digits'], { deadline: '2027-12-31' }),
    nlRetail('Ik wil dat de klanttevredenheid in onze winkel stijgt naar een 8,5', true, grade(8.5), ['grade']),
    nlRetail('Ik wil meer verkopen via de webshop', false, null, ['comparative']),
    nlRetail('Ik train voor de kerst alle 8 nieuwe kassamedewerkers', true, 8, ['count', 'deadline'], { deadline: '2027-12-24' }),
    nlRetail('Ik word in 2027 bedrijfsleider van de vestiging in Zwolle', true, 'binary', ['role', 'date-digits'], { deadline: '2027-12-31' }),
    nlGov('Ik wil beter leren schrijven voor burgers, op taalniveau B1', true, 'binary', ['level', 'direction']),
    nlGov('Ik handel voortaan 90% van de meldingen openbare ruimte binnen 5 werkdagen af', true, { v: 90, kind: 'percent', alt: [5] }, ['percent', 'criterion-time']),
    nlGov('Ik wil mijn netwerk binnen de gemeente vergroten', false, null, ['direction']),
    nlGov('Ik schrijf dit jaar twee raadsvoorstellen', true, 2, ['number-words', 'deadline'], { deadline: '2027-12-31' }),
    nlFin('Ik wil de factuurverwerking verder automatiseren', false, null, ['comparative']),
    nlFin('Ik wil de kosten van de afdeling met € 10.000 verlagen', true, money(10000), ['money']),
    nlFin('Ik rond in 2027 de opleiding Bachelor Accountancy af', true, 'binary', ['completion', 'date-digits'], { deadline: '2027-12-31' }),
    nlFin('Ik lever de maandrapportage voortaan uiterlijk op de vijfde werkdag op', true, null, ['behaviour', 'number-words']),
    nl('Ik wil elke dag 30 minuten wandelen', true, unit(30, 'minuten'), ['frequency']),
    nl('Ik wil leren nee zeggen', false, null, ['direction']),
    nl('Ik wil over twee jaar een leidinggevende functie hebben', true, 'binary', ['role', 'number-words', 'deadline'], { deadline: '2029-01-01' }),

    en('I want to obtain my nursing degree within one year', true, 'binary', ['completion', 'deadline', 'number-words'], { deadline: '2028-01-01' }),
    en('In six months I want to be able to lead a ward on my own', true, null, ['behaviour', 'number-words', 'deadline'], { deadline: '2027-07-01' }),
    en('Improve my presentation skills so that I come across as more confident in board meetings', false, null, ['direction', 'purpose']),
    en('By the end of 2026 I will have completed the Lean Six Sigma Green Belt programme', true, 'binary', ['completion', 'date-digits', 'deadline'], { deadline: '2026-12-31' }),
    en('Bring my Spanish up to level B1 within 6 months', true, 'binary', ['level', 'deadline'], { deadline: '2027-07-01' }),
    en('Take a time management course next year', true, 'binary', ['completion', 'deadline'], { deadline: '2028-12-31' }),
    en('Feel less stressed at work in 2027', false, null, ['comparative', 'date-digits'], { deadline: '2027-12-31' }),
    en('Increase customer satisfaction scores by 10% by the end of Q2', true, pct(10), ['percent', 'deadline'], { deadline: '2027-06-30' }),
    en('Develop into a good coach for my colleagues', false, null, ['direction']),
    en('From 1 January 2028 I will work as a freelance project manager', true, 'binary', ['role', 'date-digits', 'start-date'], { start: '2028-01-01' }),
    enCare('Involve families more in the care of their relatives', false, null, ['comparative']),
    enCare('Make sure every care record is complete within 48 hours of admission', true, unit(48, 'hours'), ['criterion-time']),
    enCare('Renew my NMC registration in 2027', true, 'binary', ['completion', 'date-digits'], { deadline: '2027-12-31' }),
    enCare('Reduce medication errors on the ward by 25%', true, pct(25), ['percent']),
    enCare('Attend the three-session palliative care training this autumn', true, 'binary', ['completion', 'number-words', 'deadline'], { deadline: '2027-11-30' }),
    enEdu('Tailor my lessons better to the differences between pupils', false, null, ['comparative']),
    enEdu('Make sure 80 percent of my pupils reach reading level 5 by the end of June', true, pct(80), ['percent', 'deadline'], { deadline: '2027-06-30' }),
    enEdu('Teach a citizenship lesson to all Year 8 classes in term 3', true, 'binary', ['completion', 'name-digits']),
    enEdu('Become form tutor of a Year 7 class this school year', true, 'binary', ['role', 'name-digits', 'deadline'], { deadline: '2027-12-31' }),
    enEdu('Use technology more often in my lessons', false, null, ['comparative']),
    enIt('Master the basics of Power BI within three months', false, null, ['direction', 'deadline'], { deadline: '2027-04-01' }),
    enIt('Pass the ITIL 4 Foundation exam before 1 September 2027', true, 'binary', ['completion', 'name-digits', 'deadline'], { deadline: '2027-09-01' }),
    enIt('Bring the average ticket resolution time down from 3 to 2 working days', true, unit(2, 'working days'), ['range'], { baseline: 3 }),
    enIt('Handle code reviews faster', false, null, ['comparative']),
    enIt('Document all 12 API endpoints before the end of Q2', true, 12, ['count', 'deadline'], { deadline: '2027-06-30' }),
    enLog('Shorten delivery times to customers to 24 hours', true, unit(24, 'hours'), ['target-choice']),
    enLog('Halve the number of incorrect deliveries', true, pct(50), ['halving']),
    enLog('Work more efficiently with our carriers', false, null, ['comparative']),
    enLog('Get my HGV Class 1 licence in 2027', true, 'binary', ['completion', 'name-digits', 'date-digits'], { deadline: '2027-12-31' }),
    enRetail('Raise our store\'s customer satisfaction rating to 8.5', true, grade(8.5), ['grade']),
    enRetail('Sell more through the online shop', false, null, ['comparative']),
    enRetail('Train all 8 new checkout staff before Christmas', true, 8, ['count', 'deadline'], { deadline: '2027-12-24' }),
    enRetail('Become store manager of the Leeds branch in 2027', true, 'binary', ['role', 'date-digits'], { deadline: '2027-12-31' }),
    enGov('Learn to write for residents in plain English', false, null, ['direction']),
    enGov('From now on, resolve 90% of street reports within 5 working days', true, { v: 90, kind: 'percent', alt: [5] }, ['percent', 'criterion-time']),
    enGov('Grow my network within the council', false, null, ['direction']),
    enGov('Write two council reports this year', true, 2, ['number-words', 'deadline'], { deadline: '2027-12-31' }),
    enFin('Automate invoice processing further', false, null, ['comparative']),
    enFin('Cut departmental costs by €10,000', true, money(10000), ['money']),
    enFin('Complete my Bachelor in Accountancy in 2027', true, 'binary', ['completion', 'date-digits'], { deadline: '2027-12-31' }),
    enFin('Deliver the monthly report by the fifth working day from now on', true, null, ['behaviour', 'number-words']),
    en('Walk 30 minutes every day', true, unit(30, 'minutes'), ['frequency']),
    en('Learn to say no', false, null, ['direction']),
    en('Hold a management position in two years\' time', true, 'binary', ['role', 'number-words', 'deadline'], { deadline: '2029-01-01' }),
];
