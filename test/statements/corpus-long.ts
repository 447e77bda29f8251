/**
 * Longer, first-person statements as people write them in a POP or PDP ("Ik wil ...", "My goal is ..."), in both
 * languages, labelled as a coach labels them. Written after the reader was built and measured before it was tuned,
 * so they also show how well the reader's patterns carry over to phrasing it was not written against.
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

export const LONG: readonly Labelled[] = [
    nl('Ik wil aan het eind van dit jaar mijn propedeuse HBO-ICT hebben behaald', true, 'binary', ['completion', 'deadline'], { deadline: '2027-12-31' }),
    nl('Mijn doel is om beter te worden in het geven van feedback', false, null, ['comparative']),
    nl('Ik wil binnen een half jaar zelfstandig de weekplanning kunnen maken', true, null, ['behaviour', 'deadline', 'number-words'], { deadline: '2027-07-01' }),
    nl('Ik ga voor de zomervakantie drie gesprekken voeren met collega\'s van andere afdelingen', true, 3, ['number-words', 'deadline'], { deadline: '2027-06-30' }),
    nl('Ik wil mijn kennis van Excel vergroten', false, null, ['direction']),
    nl('Ik volg in het voorjaar de cursus Omgaan met agressie en rond die af met een certificaat', true, 'binary', ['completion', 'deadline'], { deadline: '2027-05-31' }),
    nlCare('Ik wil dat mijn cliënten zich meer gehoord voelen', false, null, ['comparative']),
    nlCare('Elke dienst neem ik bij minimaal twee cliënten een pijnscore af', true, 2, ['frequency', 'number-words']),
    nlCare('Ik doe mee aan de pilot met beeldzorg en evalueer die na drie maanden met het team', true, 'binary', ['completion', 'number-words']),
    nlCare('Ik ben over een jaar gediplomeerd verzorgende IG', true, 'binary', ['completion', 'deadline'], { deadline: '2028-01-01' }),
    nlCare('Ik wil het aantal valincidenten op mijn afdeling terugbrengen van 14 naar hooguit 7 per kwartaal', true, per(7, 28), ['range', 'frequency'], { baseline: 14 }),
    nlEdu('Ik wil dat mijn leerlingen meer plezier in lezen krijgen', false, null, ['comparative']),
    nlEdu('In het schooljaar 2027-2028 geef ik elke week een les in de buitenlucht', true, per(1, 52), ['frequency', 'date-digits']),
    nlEdu('Voor de herfstvakantie heb ik met alle ouders van mijn klas een startgesprek gevoerd', true, null, ['behaviour', 'deadline'], { deadline: '2027-09-30' }),
    nlEdu('Ik wil de gemiddelde score op de eindtoets verhogen met 5 punten', true, unit(5, 'punten'), ['count']),
    nlEdu('Ik ben in januari 2028 geslaagd voor de pabo', true, 'binary', ['completion', 'date-digits', 'deadline'], { deadline: '2028-01-31' }),
    nlIt('Ik wil me verder specialiseren in cloud security', false, null, ['direction']),
    nlIt('Ik behaal dit jaar het Azure Fundamentals-examen (AZ-900)', true, 'binary', ['completion', 'name-digits', 'deadline'], { deadline: '2027-12-31' }),
    nlIt('Ik zorg dat 100% van de laptops voor 1 juni versleuteld is', true, pct(100), ['percent', 'deadline'], { deadline: '2027-06-01' }),
    nlIt('Ik los wekelijks minstens 40 tickets op', true, per(40, 2080), ['frequency']),
    nlIt('Ik wil sneller fouten in de code vinden', false, null, ['comparative']),
    nlIt('In Q3 lever ik de nieuwe versie van het klantportaal op', true, 'binary', ['completion', 'deadline'], { deadline: '2027-09-30' }),
    nlLog('Ik wil de orderpicksnelheid verhogen van 90 naar 110 orderregels per uur', true, unit(110, 'orderregels'), ['range', 'frequency'], { baseline: 90 }),
    nlLog('Ik rij voortaan schadevrij', true, null, ['behaviour']),
    nlLog('Ik haal voor 1 maart mijn code 95', true, 'binary', ['completion', 'name-digits', 'deadline'], { deadline: '2027-03-01' }),
    nlLog('Ik wil beter overzicht houden over de voorraad', false, null, ['comparative']),
    nlLog('Ik begeleid in 2027 vijf nieuwe chauffeurs tijdens hun eerste week', true, 5, ['number-words', 'date-digits'], { deadline: '2027-12-31' }),
    nlRetail('Ik wil de gemiddelde bonwaarde verhogen van € 23 naar € 26', true, money(26), ['range', 'money'], { baseline: 23 }),
    nlRetail('Ik wil klanten beter adviseren over producten', false, null, ['comparative']),
    nlRetail('Ik neem vanaf april elke zaterdag de eindverantwoordelijkheid voor de winkel', true, null, ['behaviour', 'start-date'], { start: '2027-04-01' }),
    nlRetail('Ik verkoop deze maand 30 klantenkaarten', true, 30, ['count', 'deadline'], { deadline: '2027-01-31' }),
    nlGov('Ik wil dat burgers tevredener zijn over ons loket', false, null, ['comparative']),
    nlGov('Ik rond de leergang Publiek Leiderschap af voor eind 2027', true, 'binary', ['completion', 'deadline'], { deadline: '2027-12-31' }),
    nlGov('Ik lever elk kwartaal een voortgangsrapportage aan bij de wethouder', true, per(4, 1), ['frequency']),
    nlGov('Ik zorg dat er geen enkele vergunning te laat wordt verleend', true, 0, ['zero']),
    nlFin('Ik wil meer grip krijgen op de cashflow', false, null, ['comparative']),
    nlFin('Ik stuur vanaf februari elke maand voor de 10e een liquiditeitsprognose naar de directie', true, per(12, 1, 11), ['frequency', 'start-date'], { start: '2027-02-01' }),
    nlFin('Ik verlaag de DSO van 52 naar 40 dagen', true, unit(40, 'dagen'), ['range'], { baseline: 52 }),
    nlFin('Ik wil de maandafsluiting twee dagen eerder klaar hebben', true, unit(2, 'dagen'), ['number-words']),
    nl('Ik wil mezelf beter leren kennen', false, null, ['comparative']),
    nl('Ik ga drie keer per week hardlopen, zodat ik in september 10 kilometer kan lopen', true, { v: 3, alt: [156, 10] }, ['frequency', 'purpose']),
    nl('Ik heb eind maart een gesprek met HR gehad over doorgroeimogelijkheden', true, 'binary', ['completion', 'deadline'], { deadline: '2027-03-31' }),
    nl('Ik word assertiever in teamoverleggen', false, null, ['comparative']),
    nl('Ik vraag na elk project feedback aan minimaal 3 collega\'s', true, 3, ['behaviour']),
    nl('Ik wil mijn netwerk uitbreiden', false, null, ['direction']),
    nl('Ik spreek uiterlijk 1 november met mijn leidinggevende af welke opleiding ik ga volgen', true, 'binary', ['completion', 'deadline'], { deadline: '2027-11-01' }),
    nl('Ik wil minder tijd kwijt zijn aan e-mail', false, null, ['comparative']),
    nl('Ik besteed maximaal een uur per dag aan e-mail', true, unit(1, 'uur'), ['frequency']),
    nl('Ik lees elke maand één vakboek en bespreek dat met mijn coach', true, per(12, 1), ['frequency', 'number-words']),
    nl('Ik wil in 2027 de overstap maken naar een leidinggevende functie', true, 'binary', ['role', 'date-digits'], { deadline: '2027-12-31' }),

    en('By the end of this year I will have completed my CIPD Level 5 diploma', true, 'binary', ['completion', 'name-digits', 'deadline'], { deadline: '2027-12-31' }),
    en('My goal is to become a better listener', false, null, ['comparative']),
    en('I want to be able to run the weekly planning meeting on my own within six months', true, null, ['behaviour', 'deadline'], { deadline: '2027-07-01' }),
    en('I will have three conversations with colleagues from other departments before the summer break', true, 3, ['number-words', 'deadline'], { deadline: '2027-06-30' }),
    en('I want to broaden my knowledge of data analysis', false, null, ['direction']),
    en('I will attend the Managing Conflict course in the spring and complete its assessment', true, 'binary', ['completion', 'deadline'], { deadline: '2027-05-31' }),
    enCare('I want my patients to feel more listened to', false, null, ['comparative']),
    enCare('Every shift, I record a pain score for at least two patients', true, 2, ['frequency', 'number-words']),
    enCare('I will take part in the virtual ward pilot and present the results to the team', true, 'binary', ['completion']),
    enCare('I will be a registered nursing associate within a year', true, 'binary', ['completion', 'deadline'], { deadline: '2028-01-01' }),
    enCare('I want to cut falls on my ward from 14 to no more than 7 per quarter', true, per(7, 28), ['range', 'frequency'], { baseline: 14 }),
    enEdu('I want my pupils to enjoy reading more', false, null, ['comparative']),
    enEdu('In the 2027-2028 school year I will teach one outdoor lesson every week', true, per(1, 52), ['frequency', 'date-digits', 'number-words']),
    enEdu('Before half term I will have held a welcome meeting with every parent in my class', true, null, ['behaviour']),
    enEdu('I want to raise the average score on the end-of-year test by 5 points', true, unit(5, 'points'), ['count']),
    enEdu('I will qualify as a teacher in January 2028', true, 'binary', ['completion', 'deadline', 'date-digits'], { deadline: '2028-01-31' }),
    enIt('I want to specialise further in cloud security', false, null, ['direction']),
    enIt('I will pass the Azure Fundamentals exam (AZ-900) this year', true, 'binary', ['completion', 'name-digits', 'deadline'], { deadline: '2027-12-31' }),
    enIt('I will make sure 100% of laptops are encrypted by 1 June', true, pct(100), ['percent', 'deadline'], { deadline: '2027-06-01' }),
    enIt('I resolve at least 40 tickets a week', true, per(40, 2080), ['frequency']),
    enIt('I want to find bugs faster', false, null, ['comparative']),
    enIt('In Q3 I will deliver the new version of the customer portal', true, 'binary', ['completion', 'deadline'], { deadline: '2027-09-30' }),
    enLog('I want to raise my pick rate from 90 to 110 order lines an hour', true, unit(110, 'order lines'), ['range', 'frequency'], { baseline: 90 }),
    enLog('From now on I drive without any damage claims', true, 0, ['zero', 'behaviour']),
    enLog('I will get my CPC driver qualification before 1 March', true, 'binary', ['completion', 'deadline'], { deadline: '2027-03-01' }),
    enLog('I want to keep a better overview of stock levels', false, null, ['comparative']),
    enLog('In 2027 I will coach five new drivers during their first week', true, 5, ['number-words', 'date-digits'], { deadline: '2027-12-31' }),
    enRetail('I want to raise the average transaction value from £23 to £26', true, money(26), ['range', 'money'], { baseline: 23 }),
    enRetail('I want to give customers better product advice', false, null, ['comparative']),
    enRetail('From April I will be the manager on duty every Saturday', true, null, ['behaviour', 'start-date'], { start: '2027-04-01' }),
    enRetail('I will sell 30 loyalty cards this month', true, 30, ['count', 'deadline'], { deadline: '2027-01-31' }),
    enGov('I want residents to be more satisfied with our front desk', false, null, ['comparative']),
    enGov('I will finish the Public Leadership programme before the end of 2027', true, 'binary', ['completion', 'deadline'], { deadline: '2027-12-31' }),
    enGov('Every quarter I send the alderman a progress report', true, per(4, 1), ['frequency']),
    enGov('I make sure not a single permit is issued late', true, 0, ['zero']),
    enFin('I want more control over our cash flow', false, null, ['comparative']),
    enFin('From February I will send the board a cash forecast before the 10th of every month', true, per(12, 1, 11), ['frequency', 'start-date'], { start: '2027-02-01' }),
    enFin('I will bring DSO down from 52 to 40 days', true, unit(40, 'days'), ['range'], { baseline: 52 }),
    enFin('I want to close the month two days earlier', true, unit(2, 'days'), ['number-words']),
    en('I want to get to know myself better', false, null, ['comparative']),
    en('I will run three times a week so that I can run 10 kilometres in September', true, { v: 3, alt: [156, 10] }, ['frequency', 'purpose']),
    en('By the end of March I will have had a career conversation with HR', true, 'binary', ['completion', 'deadline'], { deadline: '2027-03-31' }),
    en('I will become more assertive in team meetings', false, null, ['comparative']),
    en('After every project I ask at least 3 colleagues for feedback', true, 3, ['behaviour']),
    en('I want to grow my network', false, null, ['direction']),
    en('By 1 November I will agree with my manager which course I will take', true, 'binary', ['completion', 'deadline'], { deadline: '2027-11-01' }),
    en('I want to spend less time on email', false, null, ['comparative']),
    en('I spend no more than one hour a day on email', true, unit(1, 'hour'), ['frequency', 'number-words']),
    en('I read one professional book every month and discuss it with my coach', true, per(12, 1), ['frequency', 'number-words']),
    en('In 2027 I want to move into a management position', true, 'binary', ['role', 'date-digits'], { deadline: '2027-12-31' }),
    en('I will keep my average customer rating at 4.5 or higher', true, grade(4.5), ['grade']),
];
