import {
    inject, type DeepPartial, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { PopGeneratedModule, PopGeneratedSharedModule } from './generated/module.js';
import { PopScopeComputation, PopScopeProvider } from './pop-scope.js';
import { PopSettingsService } from './settings.js';
import { PopAnalysis } from './validation/pop-analysis.js';
import { PopDocumentValidator } from './validation/pop-document-validator.js';
import { PopCodeActionProvider } from './lsp/pop-code-actions.js';

/** What POP adds to Langium's services. */
export interface PopAddedServices {
    pop: {
        Settings: PopSettingsService;
        Analysis: PopAnalysis;
    };
}

export type PopServices = LangiumServices & PopAddedServices;

/** The table of contents of POP's services: everything here replaces or extends a Langium default. */
export const PopModule: Module<PopServices, PartialLangiumServices & DeepPartial<PopAddedServices>> = {
    pop: {
        Settings: () => new PopSettingsService(),
        Analysis: services => new PopAnalysis(services),
    },
    references: {
        ScopeComputation: services => new PopScopeComputation(services),
        ScopeProvider: services => new PopScopeProvider(services),
    },
    validation: {
        DocumentValidator: services => new PopDocumentValidator(services),
    },
    lsp: {
        CodeActionProvider: services => new PopCodeActionProvider(services),
    },
};

export function createPopServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Pop: PopServices } {
    const shared = inject(createDefaultSharedModule(context), PopGeneratedSharedModule);
    const Pop = inject(
        createDefaultModule({ shared }),
        PopGeneratedModule as Module<LangiumCoreServices, PartialLangiumCoreServices>,
        PopModule as unknown as Module<LangiumServices, PartialLangiumServices>,
    ) as PopServices;
    shared.ServiceRegistry.register(Pop);
    return { shared, Pop };
}

export type { LangiumSharedCoreServices };
