/**
 * Safe HTML building. Every interpolation in an `html` template is escaped unless it is itself Html,
 * so user text can only ever become text: escaping is the default, not something to remember.
 */
export class Html {
    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

export type Content = Html | string | number | boolean | null | undefined | readonly Content[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => ENTITIES[c]);
}

function emit(content: Content): string {
    if (content === null || content === undefined || content === false || content === true) return '';
    if (content instanceof Html) return content.value;
    if (Array.isArray(content)) return content.map(emit).join('');
    return escapeHtml(String(content));
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

export function join(parts: readonly Content[], separator: Content = ''): Html {
    const sep = emit(separator);
    return new Html(parts.map(emit).filter(p => p !== '').join(sep));
}

/** Attribute values for ids and fragment links: goal names are user text, so keep only safe characters. */
export function slug(name: string | undefined, prefix: string): string {
    const safe = (name ?? '').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
    return `${prefix}-${safe || 'x'}`;
}
