/**
 * Safe HTML building. Every interpolation in an `html` template is escaped unless it is itself Html,
 * so user text can only ever become text: escaping is the default, not something to remember.
 */
/**
 * Markup: a string that is known to be HTML. It is a String with no fields of its own, so every Html has the
 * class's own shape, which lives as long as the class. A field would give each instance a shape that dies with the
 * last Html at a full garbage collection, and V8 then throws away the optimised `html` and `emit` (--trace-deopt:
 * "weak objects", after every collection between renders).
 */
export class Html extends String {
    get value(): string {
        return this.valueOf();
    }
}

export type Content = Html | string | number | boolean | null | undefined | readonly Content[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
    // Most text has nothing to escape: testing first saves a new string per value.
    return NEEDS_ESCAPE.test(text) ? text.replace(SPECIAL, ch => ENTITIES[ch]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;
const SPECIAL = /[&<>"']/g;

function emit(content: Content): string {
    if (typeof content === 'string') return escapeHtml(content);
    if (content instanceof Html) return content.valueOf();
    // A number's text has no character that needs escaping.
    if (typeof content === 'number') return String(content);
    if (content === null || content === undefined || typeof content === 'boolean') return '';
    // Concatenated, not joined: a join copies every character of its parts, and a list's parts hold lists of their
    // own, so joining copied most of the page once per level of nesting. V8 keeps a concatenation as a tree of its
    // parts and copies the characters once, when the page is written out.
    let out = '';
    for (const part of content) out += emit(part);
    return out;
}

export function html(strings: TemplateStringsArray, ...values: Content[]): Html {
    let out = strings[0];
    for (let i = 0; i < values.length; i++) out += emit(values[i]) + strings[i + 1];
    return new Html(out);
}

/** Trusted markup written by the generator itself (CSS, a script), never user text. */
export function trusted(markup: string): Html {
    return new Html(markup);
}

/** The parts that are not empty, with the separator between them. */
export function join(parts: readonly Content[], separator: Content = ''): Html {
    const between = emit(separator);
    let out = '';
    for (const part of parts) {
        const text = emit(part);
        if (text !== '') out = out === '' ? text : out + between + text;
    }
    return new Html(out);
}

/** Attribute values for ids and fragment links: goal names are user text, so keep only safe characters. */
export function slug(name: string | undefined, prefix: string): string {
    const safe = (name ?? '').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
    return `${prefix}-${safe || 'x'}`;
}
