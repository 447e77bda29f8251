/** Small plans for tests: a complete, clean plan in either language, with one goal whose body a test varies. */
export const ORG_NL = `organisatie "Org" {
    organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5" uiterlijk 2028-12-31
}
`;

/** A bare Dutch plan whose one goal supports the organisation goal of ORG_NL, declared in another file. */
export const SUPPORTING_PLAN_NL = `plan "P" {\n    doel a "A" {\n        draagt-bij-aan klanttevredenheid\n    }\n}\n`;

export const CLEAN_GOAL_NL = `        termijn kort
        specifiek "Geeft elk kwartaal een presentatie van 15 minuten aan het MT"
        meetbaar 4 presentaties
        methode "Feedbackformulier van het MT"
        acceptabel door medewerker, leidinggevende
        realistisch "Cursus, daarna oefenen"
        start 2027-01-15
        eind 2027-12-15
        draagt-bij-aan klanttevredenheid`;

export const CLEAN_GOAL_EN = `        horizon short
        specific "Gives a 15-minute presentation to the management team every quarter"
        measurable 4 presentations
        method "Feedback form from the management team"
        acceptable by employee, manager
        realistic "A course, then practice"
        start 2027-01-15
        end 2027-12-15
        supports customer-satisfaction`;

export function planNl(goals: string, extra = ''): string {
    return `${ORG_NL}
plan "POP 2027" {
    medewerker "Sanne de Vries"
    functie "Teamleider"
    leidinggevende "Mark Jansen"
    periode 2027-01-01 tot 2027-12-31
    faciliteiten budget € 2.500 uren 80
    taal nl
    uitgangspunten {
        huidige-functie "Leidt een team"
        toekomstige-functie "Afdelingsmanager"
        functioneren "Sterk in coachen"
        loopbaanwensen "Doorgroeien"
    }
${extra}
${goals}
    ondertekening {
        medewerker "Sanne de Vries" op 2027-01-10
        leidinggevende "Mark Jansen" op 2027-01-11
    }
}
`;
}

export function planEn(goals: string, extra = ''): string {
    return `organisation "Org" {
    organisation-goal customer-satisfaction "Customer satisfaction to 8.5" by 2028-12-31
}

plan "PDP 2027" {
    employee "Sam Bakker"
    role "Team lead"
    manager "Mark Jansen"
    period 2027-01-01 to 2027-12-31
    facilities budget € 2,500 hours 80
    language en
    starting-points {
        current-role "Leads a team"
        future-role "Department manager"
        functioning "Strong at coaching"
        career-wishes "Grow"
    }
${extra}
${goals}
    sign-off {
        employee "Sam Bakker" on 2027-01-10
        manager "Mark Jansen" on 2027-01-11
    }
}
`;
}

export function goalNl(body: string, name = 'presenteren'): string {
    return `    doel ${name} "Overtuigend presenteren" {\n${body}\n    }`;
}

export function goalEn(body: string, name = 'presenting'): string {
    return `    goal ${name} "Present convincingly" {\n${body}\n    }`;
}

/** Removes the lines of a goal body that start with one of the given keywords. */
export function without(body: string, ...keywords: string[]): string {
    return body.split('\n').filter(line => !keywords.some(k => line.trim().startsWith(k + ' '))).join('\n');
}

/** Replaces the line of a goal body that starts with a keyword. */
export function replacing(body: string, keyword: string, line: string): string {
    return body.split('\n').map(l => (l.trim().startsWith(keyword + ' ') ? `        ${line}` : l)).join('\n');
}

/** A complete plan whose one goal has this body. */
export function planWithGoalNl(body: string): string {
    return planNl(goalNl(body));
}

export function planWithGoalEn(body: string): string {
    return planEn(goalEn(body));
}

/**
 * A bare plan around one goal ('talk' or 'praten'), for editor tests about a line or two: a language and a period,
 * no starting points, no sign-off. The body is written as is, indented by the caller.
 */
export function sketchPlan(locale: 'en' | 'nl', body: string): string {
    return locale === 'en'
        ? `plan "P" {\n    language en\n    period 2027-01-01 to 2027-12-31\n    goal talk "Present convincingly" {\n${body}\n    }\n}`
        : `plan "P" {\n    taal nl\n    periode 2027-01-01 tot 2027-12-31\n    doel praten "Overtuigend presenteren" {\n${body}\n    }\n}`;
}
