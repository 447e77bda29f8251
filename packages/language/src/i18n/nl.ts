/** De Nederlandse berichtencatalogus. Zelfde sleutels als en.ts; de compiler bewaakt dat. */
import type { Catalogue } from './catalogue.js';

export const nl: Catalogue = {
    rules: {
        'smart.specific.missing': {
            message: "Doel '{goal}' heeft geen specifieke omschrijving. Beschrijf een waarneembare actie, gedrag of resultaat met 'specifiek \"...\"'.",
            doc: 'Een SMART-doel zegt concreet wat er gedaan of bereikt wordt: een waarneembare actie, gedrag of resultaat, met een getal, bedrag of percentage eraan verbonden.',
        },
        'smart.specific.comparative': {
            message: "'{words}' is een streven, geen resultaat: doel '{goal}' zegt wat beter moet, maar niet wat er bereikt wordt. Noem het concrete resultaat, of maak er een ER-doel van met 'soort er'.",
            doc: "Vergrotende trappen zoals 'beter', 'klantgerichter' of 'goedkoper' beschrijven een richting (een ER-doel), geen resultaat. Herschrijf de omschrijving als waarneembaar resultaat met een getal, of geef het doel 'soort er'.",
        },
        'smart.specific.vague': {
            message: "'{words}' is vaag. Vervang het in doel '{goal}' door iets wat je kunt waarnemen of tellen.",
            doc: "Vage werkwoorden ('werken aan', 'proberen') en vage hoeveelheden ('zo snel mogelijk', 'enkele', 'regelmatig') laten open wanneer het doel bereikt is. Het lexicon is tweetalig en uit te breiden met de instelling 'pop.specific.vagueWords' of de CLI-optie --vague-word.",
        },
        'smart.specific.no-quantity': {
            message: "De omschrijving van doel '{goal}' bevat geen getal, bedrag of percentage. Zeg hoeveel, hoe vaak of hoe groot.",
            doc: 'De omschrijving hoort een kwantitatief gegeven te bevatten: een getal, een bedrag, een percentage of een frequentie.',
        },
        'smart.measurable.no-target': {
            message: "Doel '{goal}' heeft geen streefwaarde. Voeg 'meetbaar <getal> <eenheid>' toe, een bedrag (€ 500) of een percentage (85%).",
            doc: 'Een meetbaar doel heeft een streefwaarde, zodat iedereen op elk moment kan zien hoe ver het is.',
        },
        'smart.measurable.no-unit': {
            message: "De streefwaarde {target} van doel '{goal}' heeft geen eenheid. Zeg wat er geteld wordt, bijvoorbeeld '{target} presentaties'.",
            doc: 'Een kaal getal zegt niet wat er geteld wordt. Zet een eenheid achter het getal.',
        },
        'smart.measurable.no-quantity': {
            message: "De streefwaarde van doel '{goal}' bestaat alleen uit woorden. Geef een getal met eenheid, een bedrag of een percentage.",
            doc: 'Een streefwaarde in woorden is niet te meten. Vervang haar door een getal met eenheid, een bedrag of een percentage.',
        },
        'smart.measurable.no-method': {
            message: "Doel '{goal}' zegt niet hoe het gemeten wordt. Voeg 'methode \"...\"' toe: het systeem, de methode of procedure die de voortgang meet.",
            doc: 'Meetbaar betekent dat er een systeem, methode en procedure is om te bepalen in welke mate het doel op een bepaald moment bereikt is.',
        },
        'smart.acceptable.missing': {
            message: "Niemand heeft doel '{goal}' geaccepteerd. Voeg 'acceptabel door medewerker, leidinggevende' toe.",
            doc: 'Een doel heeft draagvlak nodig bij wie het moet halen. Voor een persoonlijk doel is acceptatie door de medewerker genoeg; een teamdoel heeft het team nodig.',
        },
        'smart.acceptable.no-employee': {
            message: "Doel '{goal}' is geaccepteerd door {parties}, maar niet door de medewerker. Een persoonlijk doel heeft de acceptatie van de medewerker zelf nodig.",
            doc: "Een persoonlijk doel werkt alleen als de medewerker het accepteert. Zet 'medewerker' (of 'zelf') bij 'acceptabel door'.",
        },
        'smart.acceptable.no-team': {
            message: "Teamdoel '{goal}' is niet door het team geaccepteerd. Zonder draagvlak beklijft de verandering niet; zet 'team' bij 'acceptabel door'.",
            doc: "Als een leidinggevende een doel voor een groep stelt, moeten de medewerkers het willen; anders wordt het doel niet gehaald of beklijft de verandering niet. Zet 'team' bij 'acceptabel door'.",
        },
        'smart.realistic.missing': {
            message: "Doel '{goal}' laat niet zien dat het haalbaar is: geen 'realistisch', geen kennis, capaciteit, middelen of bevoegdheden, en geen actie. Voeg toe hoe het gehaald wordt.",
            doc: 'Realistisch betekent: er is een uitvoerbaar plan met aanvaardbare inspanningen, en de betrokkenen hebben genoeg knowhow, capaciteit, middelen en bevoegdheden. Schrijf het op, of voeg de acties toe die het haalbaar maken.',
        },
        'smart.realistic.action-outside-goal': {
            message: "Actie '{action}' ({start} tot {end}) valt buiten de data van haar doel ({goalStart} tot {goalEnd}). Verplaats de actie of verruim het doel.",
            doc: 'Een actie die vóór de start of na het eind van haar doel plaatsvindt, draagt er niet op tijd aan bij.',
        },
        'smart.time-bound.no-start': {
            message: "Doel '{goal}' heeft geen startdatum. Voeg 'start JJJJ-MM-DD' toe.",
            doc: 'Een SMART-doel heeft een duidelijke startdatum: wanneer beginnen de activiteiten?',
        },
        'smart.time-bound.no-end': {
            message: "Doel '{goal}' heeft geen einddatum. Voeg 'eind JJJJ-MM-DD' toe: wanneer moet het resultaat er zijn?",
            doc: 'Een SMART-doel heeft een duidelijke einddatum: wanneer is het doel behaald?',
        },
        'smart.time-bound.end-before-start': {
            message: "Doel '{goal}' eindigt ({end}) voordat het begint ({start}). Draai de data om.",
            doc: 'De einddatum mag niet vóór de startdatum liggen.',
        },
        'smart.time-bound.outside-period': {
            message: "Doel '{goal}' ({start} tot {end}) valt buiten de planperiode ({periodStart} tot {periodEnd}). Verplaats de data naar binnen de periode, of geef het 'termijn lang'.",
            doc: 'Een kortetermijndoel (en een doel zonder termijn) wordt binnen de planperiode gehaald. Doelen met \'termijn lang\' mogen verder reiken.',
        },
        'smart.time-bound.overdue': {
            message: "De einddatum van doel '{goal}' ({end}) is voorbij en geen voortgangsgesprek legt een resultaat vast. Voeg een voortgang met de gemeten waarde toe, of zet 'status afgerond'.",
            doc: 'Als de einddatum van een doel voorbij is, hoort een voortgangsgesprek vast te leggen hoe ver het kwam. Zo wordt het plan een voortdurend leerproces.',
        },
        'magie.measurable': {
            message: "MAGIE-doel '{goal}' is niet Meetbaar: voeg 'meetbaar' met een streefwaarde toe.",
            doc: 'De M van MAGIE: het doel heeft een meetbare streefwaarde.',
        },
        'magie.acceptable': {
            message: "MAGIE-doel '{goal}' is niet Acceptabel: voeg 'acceptabel door ...' toe.",
            doc: 'De A van MAGIE: de betrokkenen accepteren het doel.',
        },
        'magie.communicated': {
            message: "MAGIE-doel '{goal}' is niet Gecommuniceerd: voeg 'gecommuniceerd aan ...' toe.",
            doc: 'De G van MAGIE: het doel is gecommuniceerd aan wie het aangaat.',
        },
        'magie.inspiring': {
            message: "MAGIE-doel '{goal}' is niet Inspirerend: voeg 'inspirerend \"...\"' toe en zeg wat het inspirerend maakt.",
            doc: 'De I van MAGIE: het doel inspireert. Zeg waarom.',
        },
        'magie.engaging': {
            message: "MAGIE-doel '{goal}' is niet Engagerend: voeg 'engagerend \"...\"' toe en zeg hoe mensen betrokken raken.",
            doc: 'De E van MAGIE: het doel betrekt mensen en zet ze in beweging. Zeg hoe.',
        },
        'er.starting-point': {
            message: "'{goal}' is een ER-doel: een algemeen uitgangspunt om na te streven, geen resultaat om te toetsen.",
            doc: "ER-doelen ('beter', 'goedkoper', 'klantgerichter') zijn na te streven maar nooit te bereiken. POP accepteert ze als uitgangspunt en toetst de SMART-doelen die ervan afgeleid zijn.",
        },
        'er.no-smart-goal': {
            message: "Er is geen SMART-doel afgeleid van ER-doel '{goal}'. Voeg een doel toe met 'afgeleid-van {name}' dat zegt wat er wanneer bereikt wordt.",
            doc: "Een ER-doel wordt concreet via SMART-doelen die ervan afgeleid zijn ('afgeleid-van <naam>').",
        },
        'date.invalid': {
            message: "'{date}' is geen bestaande datum. Gebruik JJJJ-MM-DD.",
            doc: 'Data zijn ISO-data (JJJJ-MM-DD) en moeten in de kalender bestaan.',
        },
        'date.period-reversed': {
            message: 'De planperiode eindigt ({end}) voordat ze begint ({start}). Draai de data om.',
            doc: 'Het einde van de planperiode mag niet vóór het begin liggen.',
        },
        'date.action-reversed': {
            message: "Actie '{action}' eindigt ({end}) voordat ze begint ({start}). Draai de data om.",
            doc: 'De einddatum van een actie mag niet vóór de startdatum liggen.',
        },
        'date.deadline-soon': {
            message: "Doel '{goal}' moet over {days} dag(en) af zijn, op {end}.",
            doc: 'Een herinnering, zoals in een agenda: de einddatum van een open doel komt dichtbij. Het venster is 14 dagen.',
        },
        'budget.invalid-amount': {
            message: "'{amount}' is geen bedrag. Schrijf euro's als € 2500, € 2.500 of € 2.500,50.",
            doc: 'Bedragen zijn in euro: € 2500, € 2.500, € 2.500,50 of € 895,- (Nederlandse schrijfwijze), of € 2,500.50 (Engelse). Een scheidingsteken met precies drie cijfers erachter groepeert duizendtallen.',
        },
        'budget.cost-exceeded': {
            message: 'De acties kosten samen {total}, meer dan het budget van {limit}. Verhoog het budget of plan minder of goedkopere acties.',
            doc: 'De werkgever faciliteert met geld. De totale kosten van de acties moeten binnen het budget van het plan passen.',
        },
        'budget.hours-exceeded': {
            message: 'De acties kosten samen {total} uur, meer dan de {limit} uur die beschikbaar zijn. Voeg uren toe of plan minder.',
            doc: 'De werkgever faciliteert met tijd. De totale uren van de acties moeten binnen de uren van het plan passen.',
        },
        'ref.unresolved': {
            message: "Er is geen {kind} met de naam '{name}'. Controleer de spelling, of declareer het.",
            doc: 'Een verwijzing noemt een organisatiedoel (in dit bestand of in een gedeeld .pop-bestand in de werkmap) of een doel uit hetzelfde plan.',
        },
        'ref.duplicate-name': {
            message: "De naam '{name}' wordt meer dan eens gebruikt. Geef elk {kind} een eigen naam.",
            doc: 'Namen identificeren doelen en organisatiedoelen; verwijzingen zouden anders dubbelzinnig zijn.',
        },
        'ref.derived-from-short': {
            message: "Doel '{goal}' is afgeleid van '{name}', en dat is geen langetermijn- of ER-doel. Een kortetermijndoel leid je af van een langetermijndoel.",
            doc: "'afgeleid-van' koppelt een kortetermijndoel aan het langetermijn- (of ER-)doel waaraan het bijdraagt.",
        },
        'ref.derived-from-self': {
            message: "Doel '{goal}' is van zichzelf afgeleid, direct of via andere doelen.",
            doc: "'afgeleid-van'-koppelingen mogen geen kring vormen.",
        },
        'plan.missing-employee': {
            message: "Het plan noemt de medewerker niet. Voeg 'medewerker \"...\"' toe.",
            doc: 'Een POP is een contract tussen werkgever en werknemer: noem de medewerker.',
        },
        'plan.missing-manager': {
            message: "Het plan noemt geen leidinggevende. Voeg 'leidinggevende \"...\"' toe voor de kant van de werkgever.",
            doc: 'De leidinggevende vertegenwoordigt de werkgever in het contract.',
        },
        'plan.missing-period': {
            message: "Het plan heeft geen periode. Voeg 'periode JJJJ-MM-DD tot JJJJ-MM-DD' toe.",
            doc: 'De planperiode begrenst de kortetermijndoelen.',
        },
        'plan.missing-facilities': {
            message: "Het plan zegt niet hoe de werkgever faciliteert. Voeg 'faciliteiten budget € ... uren ...' toe.",
            doc: 'De werkgever faciliteert met tijd en geld; beide noemen maakt het plan realistisch.',
        },
        'plan.missing-starting-point': {
            message: 'De uitgangspunten noemen {point} niet. Voeg dat toe, zodat de doelen ertegen afgewogen kunnen worden.',
            doc: 'Een POP gaat uit van vier punten: de langetermijndoelen van de organisatie, de huidige en toekomstige functie-eisen, het functioneren van de medewerker en de loopbaanwensen.',
        },
        'plan.no-goals': {
            message: "Het plan heeft geen ontwikkelingsdoelen. Voeg er een toe met 'doel <naam> \"...\" { ... }'.",
            doc: 'Wensen worden ontwikkelingsdoelen voor de lange en de korte termijn.',
        },
        'plan.few-smart-goals': {
            message: 'Maar {smart} van de {count} doelen zijn SMART-doelen. De meeste doelen in een POP horen SMART te zijn.',
            doc: 'ER- en MAGIE-doelen hebben hun plaats, maar de meeste doelen in een POP zijn SMART.',
        },
        'plan.goal-unlinked': {
            message: "Doel '{goal}' draagt niet bij aan een organisatiedoel. Koppel het met 'draagt-bij-aan <naam>'.",
            doc: 'De werkgever koppelt de ontwikkelingsdoelen aan de organisatiedoelstellingen, zodat kennis en vaardigheden binnen de organisatie blijven.',
        },
        'plan.duplicate-field': {
            message: "'{field}' staat hier meer dan eens; alleen de laatste telt. Verwijder de andere.",
            doc: 'Elk veld heeft één waarde. Staat het er twee keer, dan wordt de eerdere waarde stilzwijgend genegeerd.',
        },
        'plan.unsigned': {
            message: "Het plan is nog niet ondertekend. Voeg 'ondertekening { medewerker \"...\" op JJJJ-MM-DD }' toe zodra er overeenstemming is.",
            doc: 'Een POP is een contract: leg vast wie akkoord ging, en wanneer.',
        },
        'syntax.unexpected-character': {
            message: "Onverwacht teken '{text}'.",
            doc: 'De tekst bevat buiten een string een teken dat niet bij de taal hoort. Zet vrije tekst tussen "aanhalingstekens".',
        },
        'syntax.unexpected-token': {
            message: '{detail}',
            doc: 'De tekst volgt hier de grammatica niet. De melding zegt wat er verwacht werd.',
        },
    },
    syntax: {
        expected: "Verwacht: {expected}, maar gevonden: '{found}'.",
        expectedEnd: 'Verwacht: {expected}, maar het bestand houdt hier op.',
        unexpected: "'{found}' hoort hier niet.",
        unterminatedString: 'Deze string is niet afgesloten. Zet het sluitende aanhalingsteken (") op dezelfde regel.',
        tokenNames: {
            STRING: 'tekst tussen "aanhalingstekens"',
            DATE: 'een datum (JJJJ-MM-DD)',
            NUMBER: 'een getal',
            MONEY: 'een bedrag (€ 500)',
            PERCENT: 'een percentage (85%)',
            ID: 'een naam',
        },
        or: ' of ',
    },
    cli: {
        usage: 'Gebruik: pop <opdracht> [opties]\n\nOpdrachten:\n  check <bestand|map>...   plannen controleren en problemen melden\n  render <bestand.pop>...  plannen naar HTML omzetten\n  explain [code]           een regel uitleggen, of alle regels opsommen\n\nGebruik "pop <opdracht> --help" voor de opties van een opdracht.',
        checkUsage: 'Gebruik: pop check <bestand|map>... [--format text|json|sarif] [--locale nl|en] [--today JJJJ-MM-DD]\n                 [--max-warnings N] [--rule CODE=ERNST]... [--vague-word WOORD]... [--config BESTAND] [--quiet]\n\nControleert .pop-bestanden (in mappen wordt ernaar gezocht) en meldt problemen.\nAfsluitcode: 0 zonder fouten en met hoogstens N waarschuwingen, anders 1; 2 bij een gebruiks- of I/O-probleem.',
        unknownCommand: "onbekende opdracht '{command}'. Gebruik 'pop --help' voor de lijst met opdrachten.",
        unknownOption: "onbekende optie '{option}'. Gebruik 'pop {command} --help' voor de opties.",
        badOption: '{option}: {detail}',
        badValue: "ongeldige waarde '{value}' voor {option}; verwacht: {expected}.",
        missingValue: '{option} heeft een waarde nodig.',
        noInput: "geen bestanden opgegeven. Gebruik 'pop {command} --help' voor het gebruik.",
        notFound: "kan '{path}' niet lezen: bestand of map bestaat niet.",
        unreadable: "kan '{path}' niet lezen: {reason}.",
        noPopFiles: "geen .pop-bestanden gevonden in '{path}'.",
        notPop: "'{path}' is geen .pop-bestand.",
        binary: "'{path}' lijkt een binair bestand, geen plan.",
        notUtf8: "'{path}' is geen geldige UTF-8-tekst (byte {offset}). Sla het op als UTF-8.",
        badConfig: "kan configuratiebestand '{path}' niet gebruiken: {reason}.",
        summary: '{errors} fout(en), {warnings} waarschuwing(en), {infos} melding(en) in {files} bestand(en).',
        clean: 'Geen problemen in {files} bestand(en).',
        tooManyWarnings: 'Te veel waarschuwingen: {warnings}, meer dan --max-warnings {max}.',
        unknownRule: "onbekende regel '{code}'. Gebruik 'pop explain' voor de lijst met regels.",
        ruleHeading: '{code} ({severity}, {criterion})',
        ruleDocs: 'Documentatie: {url}',
        internalError: 'interne fout: {message}. Meld dit alstublieft.',
    },
    criteria: {
        specific: { letter: 'S', name: 'Specifiek', explanation: 'Omschrijf het doel duidelijk en concreet: een waarneembare actie, gedrag of resultaat, waaraan een getal, bedrag, percentage of ander kwantitatief gegeven verbonden is.', example: 'specifiek "Geeft elk kwartaal een presentatie van 15 minuten aan het MT"' },
        measurable: { letter: 'M', name: 'Meetbaar', explanation: 'Er is een systeem, methode en procedure om te bepalen in welke mate het doel op een bepaald moment bereikt is. Hoe kunnen we het meten?', example: 'meetbaar 4 presentaties\nmethode "Feedbackformulier van het MT; gemiddeld minstens 7,5"' },
        acceptable: { letter: 'A', name: 'Acceptabel', explanation: 'Is er draagvlak voor het doel? Voor een persoonlijk doel is het genoeg dat je het zelf accepteert; een doel dat een leidinggevende voor een groep stelt, moeten de medewerkers willen, anders beklijft de verandering niet.', example: 'acceptabel door medewerker, leidinggevende' },
        realistic: { letter: 'R', name: 'Realistisch', explanation: 'Is het doel haalbaar? Is er een uitvoerbaar plan met aanvaardbare inspanningen, en hebben de betrokkenen genoeg knowhow, capaciteit, middelen en bevoegdheden?', example: 'realistisch "Cursus in het voorjaar, daarna oefenen in het teamoverleg"' },
        'time-bound': { letter: 'T', name: 'Tijdgebonden', explanation: 'Wanneer beginnen de activiteiten, en wanneer is het doel behaald? Een SMART-doel heeft een duidelijke startdatum en einddatum.', example: 'start 2027-01-15\neind 2027-12-15' },
        'magie-measurable': { letter: 'M', name: 'Meetbaar', explanation: 'Het MAGIE-doel heeft een meetbare streefwaarde.', example: 'meetbaar 90%' },
        'magie-acceptable': { letter: 'A', name: 'Acceptabel', explanation: 'De betrokkenen accepteren het MAGIE-doel.', example: 'acceptabel door team, leidinggevende' },
        'magie-communicated': { letter: 'G', name: 'Gecommuniceerd', explanation: 'Het MAGIE-doel is gecommuniceerd aan wie het aangaat.', example: 'gecommuniceerd aan team, hr' },
        'magie-inspiring': { letter: 'I', name: 'Inspirerend', explanation: 'Het MAGIE-doel inspireert: zeg wat het de moeite waard maakt.', example: 'inspirerend "Onze cliënten merken elke dag het verschil"' },
        'magie-engaging': { letter: 'E', name: 'Engagerend', explanation: 'Het MAGIE-doel betrekt mensen en zet ze in beweging: zeg hoe ze meedoen.', example: 'engagerend "Elk teamlid trekt één verbetering"' },
        er: { letter: 'ER', name: 'ER-doel', explanation: "Een ER-doel ('beter', 'goedkoper', 'klantgerichter') is na te streven maar nooit te bereiken. Het is een algemeen uitgangspunt; SMART-doelen die ervan afgeleid zijn, zeggen wat er bereikt wordt.", example: 'soort er' },
        date: { letter: '', name: 'Data', explanation: 'Data zijn ISO-data (JJJJ-MM-DD).', example: '2027-03-31' },
        budget: { letter: '', name: 'Budget', explanation: 'De werkgever faciliteert met tijd en geld.', example: 'faciliteiten budget € 2.500 uren 80' },
        ref: { letter: '', name: 'Verwijzingen', explanation: 'Namen koppelen doelen aan organisatiedoelen en aan elkaar.', example: 'draagt-bij-aan klanttevredenheid' },
        plan: { letter: '', name: 'Plan', explanation: 'Het plan als contract tussen werkgever en werknemer.', example: 'medewerker "Sanne de Vries"' },
        syntax: { letter: '', name: 'Syntaxis', explanation: 'De tekst moet de taal volgen.', example: 'doel naam "Titel" { ... }' },
    },
    related: {
        goalDates: 'De data van het doel',
        planPeriod: 'De planperiode',
        otherDeclaration: 'Ook hier gedeclareerd',
    },
    kinds: {
        goal: 'doel',
        orgGoal: 'organisatiedoel',
    },
    startingPoints: {
        orgGoals: 'de langetermijndoelen van de organisatie',
        currentRole: 'de huidige functie-eisen',
        futureRole: 'de toekomstige functie-eisen',
        functioning: 'het functioneren van de medewerker',
        careerWishes: 'de loopbaanwensen',
    },
    fixes: {
        addStart: 'Startdatum {date} toevoegen',
        addEnd: 'Einddatum {date} toevoegen',
        addTargetFromStatement: "'{target}' uit de omschrijving als streefwaarde gebruiken",
        addTargetTemplate: 'Streefwaarde toevoegen',
        addMethod: 'Meetmethode toevoegen',
        addAcceptance: 'Acceptatie door {parties} toevoegen',
        addRealistic: 'Toevoegen hoe het doel haalbaar is',
        addSpecific: 'Specifieke omschrijving toevoegen',
        swapDates: 'Start- en einddatum omdraaien',
        moveIntoPeriod: 'Data naar de planperiode verplaatsen ({start} tot {end})',
        makeSmart: "Doel '{goal}' SMART maken (alle ontbrekende delen toevoegen)",
        markEr: "'{goal}' als ER-doel markeren",
        addDerivedSmartGoal: "SMART-doel toevoegen dat afgeleid is van '{goal}'",
        addMagiePart: 'Ontbrekend MAGIE-deel toevoegen',
        addReview: 'Voortgang toevoegen voor {date}',
        removeDuplicate: 'Deze eerdere, genegeerde waarde uitcommentariëren',
        raiseBudget: 'Budget verhogen tot {amount}',
        fixAll: 'Alle automatisch op te lossen POP-problemen oplossen',
        addStartingPoint: '{point} toevoegen',
    },
    templates: {
        specific: 'Beschrijf het waarneembare resultaat, met een getal',
        target: 'eenheid',
        method: 'Hoe en door wie de voortgang gemeten wordt',
        realistic: 'Hoe het doel gehaald wordt, en met welke steun',
        inspiring: 'Wat dit doel inspirerend maakt',
        engaging: 'Hoe de betrokkenen meedoen',
        derivedTitle: 'Concrete stap naar: {title}',
        reviewNote: 'Wat er bereikt is',
        startingPoint: 'Beschrijf het',
    },
};
