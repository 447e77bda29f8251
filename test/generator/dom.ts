/** Renders plans and parses the HTML back into a DOM, so tests can assert on structure and text. */
import type { LangiumDocument } from 'langium';
import { parseHTML } from 'linkedom';
import { renderHtml, type Document as PopDocument, type PopSettings, type RenderOptions } from '../../packages/language/src/index.js';
import { build, createServices } from '../support/services.js';

export interface Rendered {
    readonly html: string;
    readonly dom: Document;
    readonly document: LangiumDocument<PopDocument>;
}

/** Builds the texts as one workspace and renders the first. */
export async function render(texts: string | string[], options: RenderOptions = {}, settings: Partial<PopSettings> = {}): Promise<Rendered> {
    const services = createServices(settings);
    const [document] = await build(services, ...(Array.isArray(texts) ? texts : [texts]));
    const html = renderHtml(document, services.Pop, options);
    return { html, dom: parseHTML(html).document as unknown as Document, document };
}

export function texts(dom: Document, selector: string): string[] {
    return Array.from(dom.querySelectorAll(selector)).map(e => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export function goalSection(dom: Document, name: string): Element {
    const section = dom.querySelector(`section.goal[data-goal="${name}"]`);
    if (!section) throw new Error(`no section for goal '${name}'`);
    return section;
}
