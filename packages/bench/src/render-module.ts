import { pathToFileURL } from 'node:url';

/**
 * Imports the generator by path at run time. The bundling runner swaps this module for a static import of the
 * same file, because a bundle cannot import TypeScript sources at run time.
 */
export async function importRenderModule(file: string): Promise<Record<string, unknown>> {
    return await import(pathToFileURL(file).href) as Record<string, unknown>;
}
