import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver';
import { catalogue } from '../../packages/language/src/index.js';
import { sketchPlan } from '../support/plans.js';
import { build, createServices } from '../support/services.js';
import { cursor } from './editor-helpers.js';

const en = catalogue('en');
const nl = catalogue('nl');

/** Hover text at the '|' in the first text; the other texts are opened alongside (other files). */
async function hoverAt(marked: string, ...others: string[]): Promise<string | undefined> {
    const { text, position } = cursor(marked);
    const services = createServices();
    const [document] = await build(services, text, ...others);
    const hover = await services.Pop.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
    return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('hover on a keyword', () => {
    it('explains an English SMART keyword: the criterion, how to satisfy it, and an example', async () => {
        const value = await hoverAt(sketchPlan('en', '        spec|ific "Gives 4 talks"'));
        expect(value).toContain(en.editor.fields.specific);
        expect(value).toContain(en.criteria.specific.explanation);
        expect(value).toContain(en.editor.satisfy.specific);
        expect(value).toContain(en.criteria.specific.example);
        expect(value).toContain('`specifiek`');
    });

    it('explains the Dutch spelling in Dutch', async () => {
        const value = await hoverAt(sketchPlan('nl', '        meet|baar 4 presentaties'));
        expect(value).toContain(nl.editor.fields.measurable);
        expect(value).toContain(nl.criteria.measurable.explanation);
        expect(value).toContain(nl.editor.satisfy.measurable);
        expect(value).toContain('**Zo voldoe je eraan:**');
        expect(value).toContain('`measurable`');
    });

    it('explains the time-bound letter on start and end, in both languages', async () => {
        expect(await hoverAt(sketchPlan('en', '        start 2027-01-01\n        e|nd 2027-03-01'))).toContain(en.criteria['time-bound'].explanation);
        expect(await hoverAt(sketchPlan('nl', '        start 2027-01-01\n        ei|nd 2027-03-01'))).toContain(nl.criteria['time-bound'].explanation);
    });

    it('explains the MAGIE letters on a MAGIE goal', async () => {
        const value = await hoverAt(sketchPlan('nl', '        soort magie\n        gecommuni|ceerd aan team'));
        expect(value).toContain(nl.criteria['magie-communicated'].explanation);
        expect(value).toContain(nl.editor.satisfy['magie-communicated']);
        const inspiring = await hoverAt(sketchPlan('en', '        kind magie\n        inspir|ing "Clients notice"'));
        expect(inspiring).toContain(en.criteria['magie-inspiring'].explanation);
    });

    it('explains the goal kinds on soort/kind and on the value er', async () => {
        expect(await hoverAt(sketchPlan('nl', '        so|ort er'))).toContain(nl.criteria.er.explanation);
        expect(await hoverAt(sketchPlan('en', '        kind e|r'))).toContain(en.criteria.er.explanation);
        const smart = await hoverAt(sketchPlan('en', '        kind sm|art'));
        for (const criterion of ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound'] as const) {
            expect(smart).toContain(en.criteria[criterion].name);
        }
    });

    it('tells "by" of an organisation goal from "by" after acceptable', async () => {
        const org = await hoverAt('organisation "O" {\n    organisation-goal q "Quality" b|y 2027-12-31\n}');
        expect(org).toContain(en.editor.fields.by);
        const accepted = await hoverAt(sketchPlan('en', '        acceptable b|y employee'));
        expect(accepted).toContain(en.editor.fields.acceptableBy);
        expect(accepted).toContain(en.criteria.acceptable.explanation);
    });

    it('explains a party role as a value, not as the field spelled the same', async () => {
        const value = await hoverAt(sketchPlan('en', '        acceptable by emp|loyee'));
        expect(value).toContain(en.editor.values.party);
        expect(value).not.toContain(en.editor.fields.employee);
    });

    it('says nothing inside a string other than the statement, or in a comment', async () => {
        expect(await hoverAt(sketchPlan('en', '        method "Counts 4 ta|lks"'))).toBeUndefined();
        expect(await hoverAt(sketchPlan('en', '        // spec|ific'))).toBeUndefined();
    });
});

describe('hover on a statement', () => {
    it('shows what was read: the target and the deadline, resolved in the plan period (Dutch)', async () => {
        const value = await hoverAt(sketchPlan('nl', '        specifiek "Ik wil voor 1 juni 5 ki|lo afvallen"'));
        expect(value).toBe('Gelezen: streefwaarde 5 kilo · deadline 1 juni (2027-06-01)');
    });

    it('shows a range as target and baseline, and a start date (English)', async () => {
        const value = await hoverAt(sketchPlan('en', '        specific "From March, raise NPS fr|om 32 to 45"'));
        expect(value).toBe('Read: target 45 NPS · baseline 32 NPS · start March (2027-03-01)');
    });

    it('shows a result and says why a wish is one', async () => {
        expect(await hoverAt(sketchPlan('nl', '        specifiek "Behaalt het BHV-dip|loma"'))).toBe('Gelezen: resultaat BHV-diploma');
        expect(await hoverAt(sketchPlan('en', '        specific "Become more confident in 20|27"'))).toBe("Read: deadline 2027 (2027-12-31) · aspiration 'more confident'");
    });

    it('says when it read nothing to count', async () => {
        expect(await hoverAt(sketchPlan('en', '        specific "Gives ta|lks"'))).toBe(en.statement.nothing);
        expect(await hoverAt(sketchPlan('nl', '        specifiek "Geeft presen|taties"'))).toBe(nl.statement.nothing);
    });
});

describe('hover on a goal name', () => {
    it('shows the SMART scorecard with the problems of each unmet letter (English)', async () => {
        const value = await hoverAt(sketchPlan('en', '        specific "Gives 4 talks to the board"\n        start 2027-01-01').replace('goal talk', 'goal ta|lk'));
        expect(value).toContain("**Goal 'talk'**");
        expect(value).toMatch(/✓ \*\*S\*\* Specific/);
        expect(value).toMatch(/✗ \*\*T\*\* Time-bound — not met/);
        expect(value).toContain("Goal 'talk' has no end date.");
        expect(value).toMatch(/SMART score: \d of 5/);
    });

    it('shows the scorecard in Dutch for a Dutch plan', async () => {
        const value = await hoverAt(sketchPlan('nl', '        specifiek "Geeft 4 presentaties aan het MT"').replace('doel praten', 'doel pra|ten'));
        expect(value).toContain("**Doel 'praten'**");
        expect(value).toMatch(/✗ \*\*T\*\* Tijdgebonden — niet voldaan/);
        expect(value).toMatch(/SMART-score: \d van 5/);
    });
});

describe('hover on a reference', () => {
    const orgFile = 'organisatie "O" {\n    organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5" uiterlijk 2028-12-31\n}';

    it("shows the organisation goal's title, deadline and file across files (Dutch)", async () => {
        const value = await hoverAt(sketchPlan('nl', '        draagt-bij-aan klanttevre|denheid'), orgFile);
        expect(value).toContain('Klanttevredenheid naar 8,5');
        expect(value).toContain('Uiterlijk: 2028-12-31');
        expect(value).toMatch(/Gedeclareerd in doc\d+\.pop/);
    });

    it('shows the same on the organisation goal where it is declared', async () => {
        const value = await hoverAt('organisatie "O" {\n    organisatiedoel klanttevre|denheid "Klanttevredenheid naar 8,5"\n}');
        expect(value).toContain("**Organisatiedoel 'klanttevredenheid'** — Klanttevredenheid naar 8,5");
        expect(value).toContain(nl.editor.hover.noDeadline);
    });

    it("shows the long-term goal's title and deadline on derived-from (English)", async () => {
        const text = `plan "P" {
    language en
    goal lead "Grow into department manager" {
        horizon long
        end 2028-06-30
    }
    goal talk "Talk" {
        derived-from le|ad
    }
}`;
        const value = await hoverAt(text);
        expect(value).toContain("**Goal 'lead'** — Grow into department manager");
        expect(value).toContain('Deadline: 2028-06-30');
    });
});
