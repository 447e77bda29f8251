/** The playground's first script (static/index.html): the language server starts loading before the editor does. */
import { startEarlyServerWorker } from './server-worker.js';

startEarlyServerWorker();
