import { readFileSync } from 'node:fs';
import { DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider, type AstNodeDescription, type ReferenceDescription } from 'langium';
import { describe, expect, it } from 'vitest';
import { build, createServices } from '../support/services.js';

// POP's index entries compute their paths and segments when read (pop-descriptions.ts). They must read the same
// as the entries Langium's own providers make for the same nodes, or find-references, rename and cross-file
// linking would drift.

const shared = readFileSync('examples/shared/organisatiedoelen.pop', 'utf8');
const plan = readFileSync('examples/nl/voorbeeld.pop', 'utf8');

function entry(d: AstNodeDescription) {
    return { name: d.name, type: d.type, uri: d.documentUri.toString(), path: d.path, node: d.node, nameSegment: d.nameSegment, selectionSegment: d.selectionSegment };
}

function reference(d: ReferenceDescription) {
    return { sourceUri: d.sourceUri.toString(), sourcePath: d.sourcePath, targetUri: d.targetUri.toString(), targetPath: d.targetPath, segment: d.segment, local: d.local };
}

describe('index entries', () => {
    it('describe exported organisation goals as Langium would', async () => {
        const services = createServices();
        const [organisation] = await build(services, shared, plan);
        const index = services.shared.workspace.IndexManager.allElements().filter(d => d.documentUri.toString() === organisation.uri.toString()).toArray();
        expect(index.length).toBeGreaterThan(2);
        const langium = new DefaultAstNodeDescriptionProvider(services.Pop);
        for (const description of index) {
            expect(entry(description)).toEqual(entry(langium.createDescription(description.node!, description.name, organisation)));
        }
    });

    it('describe references, across files and within a plan, as Langium would', async () => {
        const services = createServices();
        const [, document] = await build(services, shared, plan);
        const ours = await services.Pop.workspace.ReferenceDescriptionProvider.createDescriptions(document);
        const langium = await new DefaultReferenceDescriptionProvider(services.Pop).createDescriptions(document);
        expect(ours.length).toBeGreaterThan(2);
        expect(ours.some(d => d.local)).toBe(true);
        expect(ours.some(d => !d.local)).toBe(true);
        // The order may differ (POP visits a goal's references property by property); the set must not.
        const bySource = (a: ReferenceDescription, b: ReferenceDescription) => a.segment.offset - b.segment.offset;
        expect(ours.sort(bySource).map(reference)).toEqual(langium.sort(bySource).map(reference));
    });
});
