/**
 * Index entries that cost little until they are read.
 *
 * Langium describes every exported goal with an object literal holding a getter (which V8 keeps as a slow,
 * dictionary-mode object), a closure, its path as a string and its selection segment (four objects); and
 * every reference with its segment and two path strings: about 2 KB per goal, more than the goal's own syntax
 * tree nodes (docs/langium-overrides.md). Almost none of it is read: segments and
 * paths are needed for a hover, a rename or a find-references on one name. Here they are computed on first
 * read, from the nodes the entry already points at, and kept.
 */
import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, UriUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type DocumentSegment,
    type LangiumCoreServices, type LangiumDocument, type NameProvider, type ReferenceDescription, type URI,
} from 'langium';

interface Lookup {
    nameProvider: NameProvider;
    locator: AstNodeLocator;
}

class PopNodeDescription implements AstNodeDescription {
    private _path: string | undefined = undefined;
    private _nameSegment: DocumentSegment | undefined = undefined;
    private _selectionSegment: DocumentSegment | undefined = undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        private readonly lookup: Lookup,
    ) {}

    get path(): string {
        return this._path ??= this.lookup.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        if (this._nameSegment === undefined) {
            const cst = this.lookup.nameProvider.getNameNode(this.node) ?? this.node.$cstNode;
            this._nameSegment = cst && CstUtils.toDocumentSegment(cst);
        }
        return this._nameSegment;
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this._selectionSegment ??= this.node.$cstNode && CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

export class PopAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    private readonly lookup: Lookup;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.lookup = { nameProvider: this.nameProvider, locator: this.astNodeLocator };
    }

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const documentUri = (document ?? AstUtils.getDocument(node)).uri;
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new PopNodeDescription(node, name, node.$type, documentUri, this.lookup);
    }
}

/** One reference in the index; the source path and the segment are read only by find-references and rename. */
export class PopReferenceDescription implements ReferenceDescription {
    private _sourcePath: string | undefined = undefined;
    private _segment: DocumentSegment | undefined = undefined;
    readonly local: boolean;

    constructor(
        readonly sourceUri: URI,
        private readonly source: AstNode,
        private readonly refNode: CstNode,
        private readonly target: AstNodeDescription,
        private readonly locator: AstNodeLocator,
    ) {
        this.local = UriUtils.equals(target.documentUri, sourceUri);
    }

    get targetUri(): URI { return this.target.documentUri; }
    get targetPath(): string { return this.target.path; }
    get sourcePath(): string { return this._sourcePath ??= this.locator.getAstNodePath(this.source); }
    get segment(): DocumentSegment { return this._segment ??= CstUtils.toDocumentSegment(this.refNode); }
}
