/**
 * Which language a document belongs to. Langium asks the editor's language id while a document is open, and its
 * file extension otherwise, so a POP document with no extension (an untitled plan, `untitled:Untitled-1`) would
 * have no language once closed, and every build that still touches it would throw. A document the workspace
 * already holds keeps the language it was read with: POP, the only one.
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
