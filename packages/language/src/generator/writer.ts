/**
 * The per-goal parts of a page are written into one growing string: a nested `html` template per fragment
 * allocated an argument array, a wrapper and a string per interpolation, about a hundred objects per goal.
 * (Pushing onto an array and joining once, or in chunks, measured no faster than V8's string concatenation.)
 * Escaping stays the default: `text` escapes, and only `raw` (for markup the generator writes itself) does not.
 */
import { escapeHtml, Html } from './escape.js';

export class Writer {
    /**
     * The optimised code of every writing function depends on this class's hidden class (V8's "map"). Once no
     * writer is left after a render, a full garbage collection drops that map and V8 discards all that code
     * (`node --trace-deopt`: "reason: weak objects"), so the next render runs slow until it is compiled again.
     * One idle writer, kept as long as the class, keeps the map alive.
     */
    static readonly keepsShape: Writer = new Writer().raw('');

    private out = '';

    /** User or catalogue text, escaped for element content and quoted attribute values alike. */
    text(value: string | number | undefined): this {
        if (typeof value === 'string') this.out += escapeHtml(value);
        // A number's text has no character that needs escaping.
        else if (typeof value === 'number') this.out += String(value);
        return this;
    }

    /** Markup the generator writes itself: never user text. */
    raw(markup: string): this {
        this.out += markup;
        return this;
    }

    /** A fragment built (and escaped) by an `html` template. */
    html(fragment: Html): this {
        this.out += fragment.value;
        return this;
    }

    /**
     * `text(fill(template, params))` without building the filled string first: escaping the whole equals escaping
     * the pieces, and a freshly joined string would be copied flat by the escape scan.
     */
    fill(template: string, params: Readonly<Record<string, string | number>>): this {
        const parts = templateParts(template);
        this.out += parts[0];
        for (let i = 1; i < parts.length; i += 2) {
            const key = parts[i];
            if (key in params) this.text(params[key]);
            else this.out += escapeHtml(`{${key}}`);
            this.out += parts[i + 1];
        }
        return this;
    }

    /** What was written so far, as markup (it is escaped already). */
    get value(): string {
        return this.out;
    }

    toHtml(): Html {
        return new Html(this.out);
    }
}

/** Markup built once from catalogue texts: `build` gets a fresh writer and its result is kept. */
export function markup(build: (w: Writer) => void): string {
    const w = new Writer();
    build(w);
    return w.value;
}

/**
 * A template split at its placeholders, the literal parts escaped: [literal, key, literal, key, …, literal].
 * Placeholders are `{word}` as in fill(); the catalogue has a few hundred templates, so the cache stays small.
 */
const splitTemplates = new Map<string, string[]>();

function templateParts(template: string): string[] {
    let parts = splitTemplates.get(template);
    if (parts) return parts;
    parts = [];
    let from = 0;
    let open = template.indexOf('{');
    while (open >= 0) {
        let end = open + 1;
        while (end < template.length && isWordChar(template.charCodeAt(end))) end++;
        if (end > open + 1 && template.charCodeAt(end) === 125 /* } */) {
            parts.push(escapeHtml(template.slice(from, open)), template.slice(open + 1, end));
            from = end + 1;
            open = template.indexOf('{', from);
        } else open = template.indexOf('{', open + 1);
    }
    parts.push(escapeHtml(template.slice(from)));
    if (splitTemplates.size < 1024) splitTemplates.set(template, parts);
    return parts;
}

/** \w as the catalogue's placeholders use it: ASCII letters, digits and underscore. */
function isWordChar(c: number): boolean {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
