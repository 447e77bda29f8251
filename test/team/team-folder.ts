/**
 * A team's folder as HR would have it, with the trouble real folders have: plans in both languages, an employee
 * with two plans, a plan with syntax errors, a file with no plan in it, a binary file, missing dates, a signature
 * without a date, and an organisation goal nobody works on. Today is 2027-06-01 in every test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';


export const ORGANISATION = `organisatie "Zorggroep" {
    organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5" uiterlijk 2028-12-31
    organisatiedoel digitalisering "Alle dossiers digitaal" uiterlijk 2027-12-31
    organisatiedoel duurzaamheid "CO2-uitstoot gehalveerd" uiterlijk 2029-12-31
}
`;

/** English, signed by both with dates; one goal overdue, one done, one review ahead, one finished action. */
export const SAM = `plan "PDP 2027 Sam" {
    employee "Sam Bakker"
    role "Team lead"
    manager "Mark Jansen"
    period 2027-01-01 to 2027-12-31
    facilities budget € 2,000 hours 40
    language en
    goal presenting "Present convincingly" {
        horizon short
        specific "Gives a 15-minute presentation to the management team every quarter"
        measurable 4 presentations
        method "Feedback form from the management team"
        acceptable by employee, manager
        realistic "A course, then practice"
        start 2027-01-15
        end 2027-12-15
        supports klanttevredenheid
        action course "Presenting with impact" {
            start 2027-02-01  end 2027-03-15
            hours 16  cost € 895
            status done
        }
        action coaching "Coaching on presenting" {
            start 2027-04-01  end 2027-09-30
            hours 10  cost € 600
        }
        review 2027-06-10 {
            note "Halfway"
        }
    }
    goal records "Digitise records" {
        specific "Digitises 40 client records"
        measurable 40 records
        method "Count in the records system"
        acceptable by employee, manager
        realistic "Two hours a week"
        start 2027-01-15
        end 2027-05-01
        supports digitalisering
    }
    goal reading "Read three books on leadership" {
        status done
        specific "Reads 3 books on leadership"
        measurable 3 books
        method "Book list"
        acceptable by employee
        realistic "One evening a week"
        start 2027-01-15
        end 2027-03-01
    }
    sign-off {
        employee "Sam Bakker" on 2027-01-10
        manager "Mark Jansen" on 2027-01-11
    }
}
`;

/** Dutch, with a manager's signature that has no date: not signed. */
export const SANNE = `plan "POP 2027 Sanne" {
    medewerker "Sanne de Vries"
    functie "Medewerker; klantenservice"
    leidinggevende "Mark Jansen"
    periode 2027-02-01 tot 2027-12-31
    taal nl
    doel bellen "Sneller opnemen" {
        specifiek "Neemt 85% van de gesprekken binnen 30 seconden op"
        meetbaar 85%
        methode "Maandrapport"
        acceptabel door medewerker, leidinggevende
        realistisch "Nieuw rooster"
        start 2027-02-01
        eind 2027-06-10
        draagt-bij-aan klanttevredenheid
    }
    ondertekening {
        leidinggevende "Mark Jansen"
    }
}
`;

/** The same employee again, under another manager, without a period or goals. */
export const SAM_AGAIN = `plan "PDP 2028 Sam" {
    employee " Sam  Bakker"
    manager "Lisa de Boer"
}
`;

/** A plan whose second half is broken: what can be read still counts. */
export const BROKEN = `plan "PDP 2027 Kim" {
    employee "Kim Jansen"
    manager "Lisa de Boer"
    period 2027-01-01 to 2027-12-31
    goal x "X" {
        end 2027-03-01
    }
    goal y "Y" {{{ end
}
`;

export interface TeamFolder {
    readonly root: string;
    readonly team: string;
    remove(): void;
}

/** The team folder, inside a project folder of its own (a .git marker keeps the project lookup inside it). */
export function makeTeamFolder(files: Readonly<Record<string, string | Buffer>> = defaultFiles()): TeamFolder {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pop-team-'));
    mkdirSync(path.join(root, '.git'));
    const team = path.join(root, 'team');
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(team, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
    return { root, team, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function defaultFiles(): Record<string, string | Buffer> {
    return {
        'organisation.pop': ORGANISATION,
        'sam.pop': SAM,
        'sanne.pop': SANNE,
        'old/sam.pop': SAM_AGAIN,
        'kim.pop': BROKEN,
        'notes.pop': 'These are just some notes, not a plan.\n',
        'scan.pop': Buffer.from([0x50, 0x4f, 0x50, 0x00, 0x01, 0x02]),
    };
}
