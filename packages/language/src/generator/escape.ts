/**
 * Safe HTML building. Every interpolation in an `html` template is escaped unless it is itself Html,
 * so user text can only ever become text: escaping is the default, not something to remember.
 */
export class Html {
    /** Keeps this class's map alive between renders, for the reason given at `Writer.keepsShape`. */
    static readonly keepsShape: Html = new Html('');

    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

export type Content = Html | string | number | boolean | null | undefined | readonly Content[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
    // Most plan text has nothing to escape: a test first avoids the replace and a new string per value. The plan's
    // strings are slices of the document's text, which a charCodeAt loop reads through an indirection per
    // character; the regular expression reads the characters directly, about three times faster.
    return NEEDS_ESCAPE.test(text) ? text.replace(SPECIAL, ch => ENTITIES[ch]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;
const SPECIAL = /[&<>"']/g;

// Called for every interpolation of every fragment: the common cases are tested first, arrays without map/join.
function emit(content: Content): string {
    if (typeof content === 'string') return escapeHtml(content);
    if (content instanceof Html) return content.value;
    // A number's text has no character that needs escaping.
    if (typeof content === 'number') return String(content);
    if (content === null || content === undefined || typeof content === 'boolean') return '';
    let out = '';
    for (let i = 0; i < content.length; i++) out += emit(content[i]);
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

export function join(parts: readonly Content[], separator: Content = ''): Html {
    const sep = emit(separator);
    let out = '';
    let first = true;
    for (let i = 0; i < parts.length; i++) {
        const part = emit(parts[i]);
        if (part === '') continue;
        out += first ? part : sep + part;
        first = false;
    }
    return new Html(out);
}

/** Attribute values for ids and fragment links: goal names are user text, so keep only safe characters. */
export function slug(name: string | undefined, prefix: string): string {
    // Most names are already safe (letters, digits, '_' and '-' inside): then only the case changes.
    if (name && isPlainName(name)) return `${prefix}-${name.toLowerCase()}`;
    const safe = (name ?? '').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
    return `${prefix}-${safe || 'x'}`;
}

/** ASCII letters, digits, '_' and '-', not starting or ending with '-': what slug() would keep as it is. */
function isPlainName(name: string): boolean {
    if (name.charCodeAt(0) === 45 || name.charCodeAt(name.length - 1) === 45) return false;
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45)) return false;
    }
    return true;
}
