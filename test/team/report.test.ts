/**
 * `pop report` on a team folder with the trouble real folders have: the report still comes out, marks what it
 * could not read, says which organisation goals nobody works on, and exits as `pop check` would.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dueItems, teamReport, todayDay } from '../../packages/language/src/index.js';
import { pop } from '../cli/run-cli.js';
import { ROOT } from '../support/paths.js';
import { CLEAN_GOAL_NL, planWithGoalNl, replacing } from '../support/plans.js';
import { build, createServices, TODAY } from '../support/services.js';
import { BROKEN, makeTeamFolder, ORGANISATION, SAM, type TeamFolder } from './team-folder.js';

let folder: TeamFolder;
beforeAll(() => { folder = makeTeamFolder(); });
afterAll(() => folder.remove());

function report(args: string[], cwd = folder.root) {
    return pop(['report', 'team', '--today', TODAY, ...args], { cwd });
}

let cached: ReturnType<typeof report> | undefined;

/** The JSON report of the team folder, made once: every test reads the same run. */
function json() {
    cached ??= report(['--format', 'json']);
    return { ...cached, report: JSON.parse(cached.stdout) };
}

function rowOf(data: { plans: Array<{ id: string }> }, id: string) {
    const row = data.plans.find(p => p.id === id);
    if (!row) throw new Error(`no row for ${id}`);
    return row as Record<string, any>;
}

describe('pop report: the data', { timeout: 60_000 }, () => {
    test('one row per plan; an unreadable file and a file without a plan are marked, and the exit code is 2', () => {
        const { code, report: data, stderr } = json();
        expect(code).toBe(2);
        expect(data.plans.map((p: { id: string }) => p.id).sort()).toEqual(['team/kim.pop', 'team/old/sam.pop', 'team/sam.pop', 'team/sanne.pop']);
        expect(data.unread).toEqual([
            { file: 'team/notes.pop', kind: 'no-plan', reason: null },
            { file: 'team/scan.pop', kind: 'unreadable', reason: expect.stringContaining('binary') },
        ]);
        expect(stderr).toContain('team/scan.pop');
        expect(data.files).toBe(7);
    });

    test('SMART score, goals by status, overdue goals, next deadline and next review', () => {
        const sam = rowOf(json().report, 'team/sam.pop');
        // 'records' is past its end date without a result: it misses T.
        expect(sam.smart).toEqual({ complete: 2, total: 3 });
        expect(sam.goalsByStatus).toEqual({ todo: 0, doing: 0, done: 1, cancelled: 0, none: 2 });
        const line = SAM.split('\n').findIndex(l => l.includes('goal records')) + 1;
        expect(sam.overdue).toEqual([{ date: '2027-05-01', goal: 'records', title: 'Digitise records', line }]);
        expect(sam.nextDeadline).toMatchObject({ date: '2027-12-15', goal: 'presenting' });
        expect(sam.nextReview).toMatchObject({ date: '2027-06-10', goal: 'presenting' });
    });

    test('budget and hours: facilitated, planned by the actions, spent on the finished ones', () => {
        const sam = rowOf(json().report, 'team/sam.pop');
        expect(sam.budget).toEqual({ facilitated: 2000, planned: 1495, spent: 895 });
        expect(sam.hours).toEqual({ facilitated: 40, planned: 26, spent: 16 });
        expect(rowOf(json().report, 'team/sanne.pop').budget).toEqual({ facilitated: null, planned: 0, spent: 0 });
    });

    test('only a signature with a date counts as signed', () => {
        const data = json().report;
        expect(rowOf(data, 'team/sam.pop').signOff.state).toBe('signed');
        const sanne = rowOf(data, 'team/sanne.pop').signOff;
        expect(sanne.state).toBe('unsigned');
        expect(sanne.signatures).toEqual([{ party: 'manager', partyText: 'leidinggevende', name: 'Mark Jansen', date: null }]);
        expect(data.totals.signed).toBe(1);
    });

    test('a plan with syntax errors counts what could be read, and says so', () => {
        const kim = rowOf(json().report, 'team/kim.pop');
        expect(kim.syntaxErrors).toBeGreaterThan(0);
        expect(kim.notes).toContain('syntax-errors');
        expect(kim.problems.error).toBeGreaterThan(0);
        expect(kim.overdue.map((o: { goal: string }) => o.goal)).toEqual(['x']);
    });

    test('an employee with two plans is named once, with both plans; missing dates are null', () => {
        const data = json().report;
        expect(data.duplicateEmployees).toEqual([{ employee: 'Sam Bakker', plans: ['team/old/sam.pop', 'team/sam.pop'] }]);
        const again = rowOf(data, 'team/old/sam.pop');
        expect(again.notes).toEqual(expect.arrayContaining(['duplicate-employee', 'no-period', 'no-goals']));
        expect(again.period).toEqual({ start: null, end: null });
        expect(data.languages).toEqual({ en: 3, nl: 1 });
    });

    test('alignment: the goals behind each organisation goal, the organisation goals nobody works on, and goals that support none', () => {
        const data = json().report;
        const supporters = (name: string) => data.organisationGoals.find((o: { name: string }) => o.name === name).supporters
            .map((s: { employee: string; goal: string }) => `${s.employee}/${s.goal}`).sort();
        expect(supporters('klanttevredenheid')).toEqual(['Sam Bakker/presenting', 'Sanne de Vries/bellen']);
        expect(supporters('digitalisering')).toEqual(['Sam Bakker/records']);
        expect(data.unsupportedOrganisationGoals).toEqual(['duurzaamheid']);
        expect(data.goalsWithoutOrganisationGoal.map((s: { goal: string }) => s.goal).sort()).toEqual(['reading', 'x', 'y']);
    });

    test('totals per manager and for everything add up', () => {
        const data = json().report;
        const mark = data.managers.find((m: { manager: string }) => m.manager === 'Mark Jansen');
        const lisa = data.managers.find((m: { manager: string }) => m.manager === 'Lisa de Boer');
        expect(mark).toMatchObject({ plans: 2, goals: 4, smartComplete: 3, signed: 1 });
        expect(lisa.plans).toBe(2);
        expect(data.totals.plans).toBe(mark.plans + lisa.plans);
        expect(data.totals.goals).toBe(mark.goals + lisa.goals);
        expect(data.totals.overdue).toBe(mark.overdue + lisa.overdue);
        expect(data.totals.budget.planned).toBe(mark.budget.planned + lisa.budget.planned);
    });

    test('the JSON matches the documented schema, and the schema rejects a report with a field it does not know', () => {
        const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs/report-schema.json'), 'utf8'));
        const validate = new Ajv({ allErrors: true }).compile(schema);
        const data = json().report;
        expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
        expect(validate({ ...data, surprise: 1 })).toBe(false);
        expect(validate({ ...data, plans: [{ ...data.plans[0], smart: { complete: '3', total: 3 } }] })).toBe(false);
    });

    test('a clean folder exits 0, a folder with errors but nothing unreadable exits 1', () => {
        const clean = makeTeamFolder({ 'organisation.pop': ORGANISATION, 'sam.pop': SAM });
        const broken = makeTeamFolder({ 'sam.pop': SAM, 'kim.pop': BROKEN });
        try {
            expect(report(['--format', 'json'], clean.root).code).toBe(0);
            expect(report(['--format', 'json'], broken.root).code).toBe(1);
        } finally {
            clean.remove();
            broken.remove();
        }
    });
});

describe('pop report: the forms', { timeout: 60_000 }, () => {
    test('HTML: the overview in English, with the unreadable file, the partly read plan and the goal nobody works on', () => {
        const { stdout } = report(['--locale', 'en']);
        const dom = parseHTML(stdout).document;
        expect(dom.documentElement.getAttribute('lang')).toBe('en');
        expect(dom.querySelector('h1')?.textContent).toBe('Team overview');
        const notice = dom.querySelector('aside.notice')?.textContent ?? '';
        expect(notice).toContain('team/scan.pop');
        expect(notice).toContain('team/notes.pop holds no plan');
        expect(notice).toMatch(/team\/kim\.pop has \d+ syntax errors?/);
        expect(notice).toContain('Sam Bakker has more than one plan');
        expect(dom.querySelector('.notice.unsupported')?.textContent).toContain('duurzaamheid');
        expect(dom.querySelectorAll('table.team-table tbody tr')).toHaveLength(4);
        expect(dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
        expect(dom.querySelectorAll('script')).toHaveLength(0);
    });

    test('HTML in Dutch follows --locale, with Dutch plural forms', () => {
        const dom = parseHTML(report(['--locale', 'nl']).stdout).document;
        expect(dom.documentElement.getAttribute('lang')).toBe('nl');
        expect(dom.querySelector('h1')?.textContent).toBe('Teamoverzicht');
        expect(dom.querySelector('.notice.unsupported')?.textContent).toContain('Aan deze organisatiedoelen werkt niemand');
        expect(dom.querySelector('footer')?.textContent).toBe('Gemaakt met pop report uit 7 bestanden.');
    });

    test('CSV for Excel: a byte order mark, ";" and decimal commas in Dutch, quoted fields, no formulas', () => {
        const files = { 'sanne.pop': readFileSync(path.join(ROOT, 'examples/nl/voorbeeld.pop'), 'utf8').replace('"Sanne de Vries"', '"=HYPERLINK(""x"")"').replace('medewerker "=HYPERLINK(""x"")"', 'medewerker "=cmd; \\"rm\\""') };
        const nl = makeTeamFolder({ ...files, 'organisation.pop': readFileSync(path.join(ROOT, 'examples/shared/organisatiedoelen.pop'), 'utf8') });
        try {
            const { stdout } = pop(['report', 'team', '--today', TODAY, '--format', 'csv'], { cwd: nl.root });
            expect(stdout.startsWith('\uFEFF')).toBe(true);
            const lines = stdout.slice(1).split('\r\n');
            expect(lines[0].split(';')[0]).toBe('Bestand');
            expect(lines[0]).toContain(';Medewerker;');
            expect(lines[1]).toContain(`;"'=cmd; ""rm""";`);
            expect(lines.at(-1)).toBe('');
            const en = pop(['report', 'team', '--today', TODAY, '--format', 'csv', '--locale', 'en'], { cwd: nl.root }).stdout;
            expect(en.slice(1).split('\r\n')[0].split(',')[0]).toBe('File');
        } finally {
            nl.remove();
        }
    });

    test('--out-dir renders each plan beside the overview, and the overview links to the pages that exist', () => {
        const out = path.join(folder.root, 'site');
        const { code, stdout } = report(['--out-dir', 'site']);
        expect(code).toBe(2);
        expect(stdout).toContain(path.join('site', 'index.html'));
        const dom = parseHTML(readFileSync(path.join(out, 'index.html'), 'utf8')).document;
        const links = Array.from(dom.querySelectorAll('table.team-table a[href]')).map(a => a.getAttribute('href')!);
        expect(links.sort()).toEqual(['kim.html', 'sam-2.html', 'sam.html', 'sanne.html']);
        for (const link of links) expect(existsSync(path.join(out, link)), link).toBe(true);
        expect(readFileSync(path.join(out, 'sanne.html'), 'utf8')).toContain('<html lang="nl">');
    });

    test('-o with a .json or .csv name picks that format; --out-dir with another format is refused', () => {
        expect(report(['-o', 'out.json']).code).toBe(2);
        expect(JSON.parse(readFileSync(path.join(folder.root, 'out.json'), 'utf8')).schemaVersion).toBe(1);
        const refused = report(['--out-dir', 'x', '--format', 'csv']);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/^pop: --out-dir writes HTML pages/);
        expect(report(['-o', 'team/sam.pop']).stderr).toContain('would overwrite a .pop file');
    });
});

describe('dates in the report', () => {
    test('are YYYY-MM-DD however the plan wrote them', async () => {
        const services = createServices();
        const text = planWithGoalNl(replacing(replacing(CLEAN_GOAL_NL, 'start', 'start 5-1-2027'), 'eind', 'eind 01.02.2027'))
            .replace('op 2027-01-10', 'op 10/01/2027') + '\n';
        const [document] = await build(services, text.replace('        draagt-bij-aan klanttevredenheid', '        draagt-bij-aan klanttevredenheid\n        voortgang 3-11-2027 { notitie "Gepland" }'));
        const row = teamReport([{ file: 'p.pop', document }], services.Pop, { today: todayDay('2027-06-01'), locale: 'nl' }).plans[0] as unknown as Record<string, any>;
        expect(row.overdue.map((o: { date: string }) => o.date)).toEqual(['2027-02-01']);
        expect(row.nextReview.date).toBe('2027-11-03');
        expect(row.goals[0].start).toBe('2027-01-05');
        expect(row.signOff.signatures.map((s: { date: string | null }) => s.date)).toEqual(['2027-01-10', '2027-01-11']);
    });
});

describe('cancelled goals in the report', () => {
    test('count under goalsByStatus only: not in the SMART counts, nor in the money planned', async () => {
        const services = createServices();
        const cancelled = `    doel wet "Arbeidsrecht" {
        specifiek "Rondt de cursus Arbeidsrecht af"
        status geannuleerd
        actie cursus "Arbeidsrecht" { kosten € 900 }
    }
`;
        const text = planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 100 }`).replace('    ondertekening {', `${cancelled}    ondertekening {`);
        const [document] = await build(services, text);
        const row = teamReport([{ file: 'p.pop', document }], services.Pop, { today: todayDay('2027-06-01'), locale: 'nl' }).plans[0];
        expect(row.goalsByStatus.cancelled).toBe(1);
        expect(row.smart).toEqual({ complete: 1, total: 1 });
        expect(row.budget.planned).toBe(100);
    });
});

describe('sign-off in the report', () => {
    test('agrees with the plan page: a line still waiting for its date keeps the plan partly signed, and due', async () => {
        const services = createServices();
        const signedByBoth = planWithGoalNl(CLEAN_GOAL_NL).replace(
            '        medewerker "Sanne de Vries" op 2027-01-10\n',
            '        medewerker "Sanne de Vries" op 2027-01-10\n        leidinggevende "Mark Jansen" op 2027-01-11\n');
        const withHrWaiting = signedByBoth.replace('op 2027-01-11\n', 'op 2027-01-11\n        hr "Ilse Mulder"\n');
        const [both, waiting] = await build(services, signedByBoth, withHrWaiting);
        const options = { today: todayDay('2027-06-01'), locale: 'nl' as const };
        const rows = teamReport([{ file: 'both.pop', document: both }, { file: 'waiting.pop', document: waiting }], services.Pop, options).plans;
        expect(rows.map(r => r.signOff.state)).toEqual(['signed', 'partly-signed']);
        const due = dueItems([{ file: 'both.pop', document: both }, { file: 'waiting.pop', document: waiting }], { today: options.today, within: 400 });
        expect(due.filter(d => d.kind === 'unsigned-plan').map(d => d.file)).toEqual(['waiting.pop']);
    });
});
