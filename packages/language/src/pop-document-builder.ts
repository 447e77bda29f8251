/**
 * A validated document is always announced, also when its build is cancelled right after (by the next edit or
 * opened file). Langium tells a phase's listeners, among them the one that publishes diagnostics, only while the
 * build is not cancelled, and nothing builds a validated document again until it changes: its problems would never
 * be shown.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, type LangiumDocument } from 'langium';

export class PopDocumentBuilder extends DefaultDocumentBuilder {
    protected override notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        return super.notifyDocumentPhase(document, state, state === DocumentState.Validated ? Cancellation.CancellationToken.None : cancelToken);
    }
}
