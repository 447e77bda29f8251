/** The floor of the playground's load: the same Monaco build with no language and no worker of POP's. */
import * as monaco from '@pop-lang/web/monaco';

self.MonacoEnvironment = { getWorker: () => new Worker('./editor.worker.js', { name: 'monaco-editor' }) };
const editor = monaco.editor.create(document.getElementById('editor')!, { value: (window as { benchText?: string }).benchText ?? '', automaticLayout: true, minimap: { enabled: false } });
requestAnimationFrame(() => {
    (window as { monacoReady?: number }).monacoReady = performance.now();
    void editor;
});
