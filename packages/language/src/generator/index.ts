export { renderHtml, type RenderOptions } from './render.js';
export { createNonce, isValidNonce, isValidCspSource, previewPolicy, FILE_POLICY, PREVIEW_SCRIPT } from '../html/preview.js';
export { escapeHtml } from '../html/escape.js';
export type { RenderMode } from './context.js';
