/**
 * Which language a document belongs to. Langium asks the editor's language id while a document is open, and its
 * file extension otherwise. A POP document with no extension (an untitled plan, `untitled:Untitled-1`) therefore
 * had no language once it was closed, and any build that still touched it threw; a closed untitled plan with a
 * reference that did not resolve, which every build checks again, made the server stop publishing diagnostics.
 * A document the workspace already holds keeps the language it was read with: POP, the only one.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type LangiumSharedCoreServices, type URI } from 'langium';

export class PopServiceRegistry extends DefaultServiceRegistry {
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        super(shared);
        this.shared = shared;
    }

    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const languages = this.all;
            if (languages.length === 1 && this.shared.workspace.LangiumDocuments.hasDocument(uri)) return languages[0];
            throw error;
        }
    }
}
