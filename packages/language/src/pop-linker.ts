/**
 * Linking and the reference index, driven by where POP's grammar can hold a cross-reference instead of by a
 * walk over every node: Langium's defaults stream the whole tree, and await between nodes, twice per build.
 */
import {
    AstUtils, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference,
    type LangiumDocument, type ReferenceDescription, type ReferenceInfo,
} from 'langium';
import { PopReferenceDescription } from './pop-descriptions.js';
import { CancellationToken } from 'vscode-languageserver';
import { isPlan, type Document } from './generated/ast.js';

/** Every cross-reference property of the grammar, by the type that holds it. A test keeps this in step with pop.langium. */
export const REFERENCE_PROPERTIES = { Goal: ['supports', 'derivedFrom'] } as const;

/** Calls `visit` for each cross-reference in the document, in document order, yielding between goals. */
async function forEachReference(document: LangiumDocument, cancelToken: CancellationToken, visit: (info: ReferenceInfo) => void): Promise<void> {
    const root = document.parseResult.value as Document;
    for (const item of root.items) {
        if (!isPlan(item)) continue;
        for (const goal of item.goals) {
            await interruptAndCheck(cancelToken);
            // Source order within a goal is not kept across the two properties; nothing depends on it.
            goal.supports.forEach((reference, index) => visit({ reference, container: goal, property: 'supports', index }));
            if (goal.derivedFrom) visit({ reference: goal.derivedFrom, container: goal, property: 'derivedFrom' });
        }
    }
}

export class PopLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await forEachReference(document, cancelToken, info => this.doLink(info, document));
    }
}

export class PopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachReference(document, cancelToken, info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        });
        return descriptions;
    }

    /** POP's references are single (`isReference`); their entries compute path and segment when read. */
    override createInfoDescriptions(info: ReferenceInfo): ReferenceDescription[] {
        const { reference } = info;
        if (!isReference(reference) || reference.error || !reference.$refNode) return super.createInfoDescriptions(info);
        const target = reference.$nodeDescription;
        if (!target) return [];
        const sourceUri = AstUtils.getDocument(info.container).uri;
        return [new PopReferenceDescription(sourceUri, info.container, reference.$refNode, target, this.nodeLocator)];
    }
}
