/**
 * Langium tells the listeners of a document's phase (among them the one that publishes its diagnostics) only while
 * the build is not cancelled. A build is cancelled by the next edit or opened file, so a document validated just
 * before that was left validated, with its diagnostics never sent: nothing builds it again until it changes. Opening
 * files in quick succession (a preview tab moving through the explorer) left some of them without problems shown
 * (`test/protocol/closing-documents.test.ts` found it under load). A validated document is now always announced.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, type LangiumDocument } from 'langium';

export class PopDocumentBuilder extends DefaultDocumentBuilder {
    protected override notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        return super.notifyDocumentPhase(document, state, state === DocumentState.Validated ? Cancellation.CancellationToken.None : cancelToken);
    }
}
