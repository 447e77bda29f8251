import {
    inject, type DeepPartial, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { createCompletionParser } from 'langium';
import { PopGeneratedModule, PopGeneratedSharedModule } from './generated/module.js';
import { checkLangiumInternals } from './langium-internals.js';
import { lazyService } from './lazy-service.js';
import { PopAstNodeDescriptionProvider } from './pop-descriptions.js';
import { PopDocumentBuilder } from './pop-document-builder.js';
import { PopLangiumDocumentFactory } from './pop-document-factory.js';
import { PopLinker, PopReferenceDescriptionProvider } from './pop-linker.js';
import { PopLexer } from './pop-lexer.js';
import { createPopParser, PopValueConverter } from './pop-parser.js';
import { PopScopeComputation, PopScopeProvider } from './pop-scope.js';
import { PopServiceRegistry } from './pop-service-registry.js';
import { PopTokenBuilder } from './pop-token-builder.js';
import { PopSettingsService } from './settings.js';
import { JudgementCache } from './validation/judgement-cache.js';
import { PopDocumentValidator } from './validation/pop-document-validator.js';
import { PopCodeActionProvider } from './lsp/pop-code-actions.js';
import { PopDocumentUpdateHandler } from './lsp/pop-document-update-handler.js';
import { PopCodeLensProvider } from './lsp/pop-code-lens-provider.js';
import { PopCompletionProvider } from './lsp/pop-completion-provider.js';
import { PopDocumentSymbolProvider } from './lsp/pop-document-symbols.js';
import { PopExecuteCommandHandler } from './lsp/pop-execute-command-handler.js';
import { PopFormatter } from './lsp/pop-formatter.js';
import { PopHoverProvider } from './lsp/pop-hover-provider.js';
import { PopInlayHintProvider } from './lsp/pop-inlay-hint-provider.js';
import { PopSemanticTokenProvider } from './lsp/pop-semantic-tokens.js';
import { PopWorkspaceSymbolProvider } from './lsp/pop-workspace-symbols.js';

/** What POP adds to Langium's services. */
export interface PopAddedServices {
    pop: {
        Settings: PopSettingsService;
        /** Judges each document once per edit (the service keeps its old name while the generator still reads it). */
        Analysis: JudgementCache;
    };
}

export type PopServices = LangiumServices & PopAddedServices;

/** The table of contents of POP's services: everything here replaces or extends a Langium default. */
export const PopModule: Module<PopServices, PartialLangiumServices & DeepPartial<PopAddedServices>> = {
    pop: {
        Settings: () => new PopSettingsService(),
        Analysis: services => new JudgementCache(services),
    },
    parser: {
        // Built on first use rather than while the server answers `initialize` (see lazy-service.ts).
        LangiumParser: services => lazyService(() => createPopParser(services)),
        CompletionParser: services => lazyService(() => createCompletionParser(services)),
        Lexer: services => lazyService(() => new PopLexer(services)),
        ValueConverter: () => new PopValueConverter(),
        TokenBuilder: () => new PopTokenBuilder(),
    },
    references: {
        ScopeComputation: services => new PopScopeComputation(services),
        ScopeProvider: services => new PopScopeProvider(services),
        Linker: services => new PopLinker(services),
    },
    workspace: {
        AstNodeDescriptionProvider: services => new PopAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new PopReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new PopDocumentValidator(services),
    },
    lsp: {
        CodeActionProvider: services => new PopCodeActionProvider(services),
        HoverProvider: services => new PopHoverProvider(services),
        CompletionProvider: services => new PopCompletionProvider(services),
        DocumentSymbolProvider: services => new PopDocumentSymbolProvider(services),
        Formatter: services => new PopFormatter(services),
        CodeLensProvider: services => new PopCodeLensProvider(services),
        InlayHintProvider: services => new PopInlayHintProvider(services),
        SemanticTokenProvider: services => new PopSemanticTokenProvider(services),
    },
};

/** Services shared by every language in the server: POP's commands, workspace symbols, what closing a document does, the language of a closed untitled document, and diagnostics that survive a cancelled build. */
export const PopSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: shared => new PopServiceRegistry(shared),
    workspace: {
        LangiumDocumentFactory: shared => new PopLangiumDocumentFactory(shared),
        DocumentBuilder: shared => new PopDocumentBuilder(shared),
    },
    lsp: {
        ExecuteCommandHandler: shared => new PopExecuteCommandHandler(shared),
        DocumentUpdateHandler: shared => new PopDocumentUpdateHandler(shared),
        WorkspaceSymbolProvider: shared => new PopWorkspaceSymbolProvider(shared),
    },
};

/**
 * `platform` replaces shared services for where the server runs, such as the Node server's workspace
 * manager, or the web worker's, which reads the workspace through its client (packages/web/src/server).
 */
export function createPopServices(
    context: DefaultSharedModuleContext,
    platform: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {},
): { shared: LangiumSharedServices; Pop: PopServices } {
    checkLangiumInternals();
    const shared = inject(createDefaultSharedModule(context), PopGeneratedSharedModule, PopSharedModule, platform);
    const Pop = inject(
        createDefaultModule({ shared }),
        PopGeneratedModule as Module<LangiumCoreServices, PartialLangiumCoreServices>,
        PopModule as unknown as Module<LangiumServices, PartialLangiumServices>,
    ) as PopServices;
    shared.ServiceRegistry.register(Pop);
    return { shared, Pop };
}

export type { LangiumSharedCoreServices };
