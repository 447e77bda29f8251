import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { planSummary } from '../../packages/language/src/index.js';
import { build, createServices } from '../support/services.js';
import { example } from '../support/paths.js';

describe('the plan summary for the status bar', () => {
    it('counts complete SMART goals, all goals, errors and warnings of the Dutch example', async () => {
        const services = createServices();
        const [document] = await build(services, example('nl/voorbeeld.pop'), example('shared/organisatiedoelen.pop'));
        const summary = planSummary(document, services.Pop);
        const diagnostics = document.diagnostics ?? [];
        expect(summary).toEqual({
            smart: 3,
            total: 3,
            errors: diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length,
            warnings: diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length,
        });
        expect(summary.errors).toBe(0);
    });

    it('counts an incomplete goal, an ER goal and an error in an English plan', async () => {
        const services = createServices();
        const [document] = await build(services, `plan "P" {
    language en
    goal a "A" { specific "Gives 4 talks" }
    goal b "Better service" { kind er }
    goal c "C" { start 2027-02-30 }
}`);
        const summary = planSummary(document, services.Pop);
        expect(summary.smart).toBe(0);
        expect(summary.total).toBe(3);
        expect(summary.errors).toBeGreaterThan(0);
        expect(summary.warnings).toBeGreaterThan(0);
    });

    it('leaves a cancelled goal out of both counts', async () => {
        const services = createServices();
        const [document] = await build(services, `plan "P" {
    language en
    goal a "A" { specific "Gives 4 talks" }
    goal b "B" { specific "Completes the law course" status cancelled }
}`);
        expect(planSummary(document, services.Pop)).toMatchObject({ smart: 0, total: 1 });
    });
});
