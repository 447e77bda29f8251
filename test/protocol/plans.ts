/** Two small plans, one per language: goal 1 is SMART, goal 2 has no end date and is derived from goal 1. */
export const DUTCH_PLAN = `plan "POP 2027 Sanne" {
    medewerker "Sanne de Vries"
    functie "Teamleider"
    leidinggevende "Mark Jansen"
    periode 2027-01-01 tot 2027-12-31
    faciliteiten budget € 2.500 uren 40
    taal nl

    uitgangspunten {
        organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5" uiterlijk 2028-12-31
        huidige-functie "Leidt een team van 12"
        toekomstige-functie "Afdelingsmanager"
        functioneren "Sterk in coachen"
        loopbaanwensen "Doorgroeien"
    }

    // Een opmerking die de formatter moet laten staan.
    doel presenteren "Overtuigend presenteren" {
        specifiek "Geeft elk kwartaal een presentatie van 15 minuten aan het managementteam"
        meetbaar 4 presentaties
        methode "Feedbackformulier van het MT"
        acceptabel door medewerker, leidinggevende
        realistisch "Cursus in het voorjaar"
        start 2027-01-15
        eind 2027-12-15
        draagt-bij-aan klanttevredenheid
    }

    doel wachttijd "Kortere wachttijd" {
        specifiek "Het team beantwoordt 85% van de telefoontjes binnen 30 seconden"
        meetbaar 85%
        methode "Maandrapportage"
        acceptabel door medewerker, leidinggevende
        realistisch "Nieuwe roosters"
        start 2027-03-01
        afgeleid-van presenteren
        draagt-bij-aan klanttevredenheid
    }

    ondertekening {
        medewerker "Sanne de Vries" op 2027-01-10
    }
}
`;

export const ENGLISH_PLAN = `plan "PDP 2027 Sam" {
    employee "Sam Bakker"
    role "Team lead"
    manager "Mark Jansen"
    period 2027-01-01 to 2027-12-31
    facilities budget € 2,500 hours 40
    language en

    starting-points {
        organisation-goal customer-satisfaction "Customer satisfaction at 8.5" by 2028-12-31
        current-role "Leads a team of 12"
        future-role "Department manager"
        functioning "Strong at coaching"
        career-wishes "Grow further"
    }

    // A comment the formatter must keep.
    goal presenting "Present convincingly" {
        specific "Gives a 15-minute presentation to the management team every quarter"
        measurable 4 presentations
        method "Feedback form from the management team"
        acceptable by employee, manager
        realistic "A course in spring"
        start 2027-01-15
        end 2027-12-15
        supports customer-satisfaction
    }

    goal waiting-time "Shorter waiting time" {
        specific "The team answers 85% of calls within 30 seconds"
        measurable 85%
        method "Monthly report"
        acceptable by employee, manager
        realistic "New rosters"
        start 2027-03-01
        derived-from presenting
        supports customer-satisfaction
    }

    sign-off {
        employee "Sam Bakker" on 2027-01-10
    }
}
`;

/** Line and character of the first occurrence of a piece of text, for requests at a position. */
export function positionOf(text: string, needle: string, offsetInNeedle = 0): { line: number; character: number } {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`'${needle}' is not in the text`);
    const before = text.slice(0, index + offsetInNeedle);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
