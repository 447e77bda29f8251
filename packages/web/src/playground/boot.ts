/**
 * The playground's first script (static/index.html): the language server starts, and checks the page's plan, while
 * the editor is still loading (server-worker.ts).
 */
import { PLAN_URI, SHARED_GOALS, SHARED_GOALS_URI, exampleText, startingLocale, startingText } from './first-documents.js';
import { startEarlySessionForClient } from './server-worker.js';
import { PlaygroundStorage } from './storage.js';

const storage = new PlaygroundStorage(window.localStorage);
const locale = startingLocale(storage);
startEarlySessionForClient(() => [
    { uri: SHARED_GOALS_URI, text: exampleText(SHARED_GOALS) },
    { uri: PLAN_URI, text: startingText(storage, locale) },
], () => ({ locale }));
