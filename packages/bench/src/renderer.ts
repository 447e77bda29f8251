import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { PopServices } from '@pop-lang/language';
import { importRenderModule } from './render-module.js';

/** Renders a built document to HTML, in whichever form the generator exports. */
export type Render = (document: LangiumDocument, services: PopServices) => string | Promise<string>;

export const RENDER_SOURCE = 'packages/language/src/generator/render.ts';

/**
 * The HTML renderer, looked up at run time so that the benchmark builds and runs before the generator exists.
 * The bundling runner replaces this module with a static import when the file is there.
 */
export async function loadRenderer(root: string): Promise<Render | undefined> {
    const file = path.join(root, RENDER_SOURCE);
    if (!existsSync(file)) return undefined;
    const module = await importRenderModule(file);
    return adaptRenderer(module);
}

/** Accepts renderHtml(document, services?) returning a string, or an object with an `html` string. */
export function adaptRenderer(module: Record<string, unknown>): Render | undefined {
    const renderHtml = module.renderHtml;
    if (typeof renderHtml !== 'function') return undefined;
    return async (document, services) => {
        const result = await (renderHtml as (...args: unknown[]) => unknown)(document, services);
        if (typeof result === 'string') return result;
        if (result && typeof (result as { html?: unknown }).html === 'string') return (result as { html: string }).html;
        throw new Error('renderHtml returned neither a string nor { html }');
    };
}
