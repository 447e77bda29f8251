/**
 * The per-goal parts of a page are written into one list of strings, joined once: a nested `html` template per
 * fragment allocated about a hundred objects per goal, and collecting them was a quarter of a render.
 * Escaping stays the default: `text` escapes, and only `raw` (for markup the generator writes itself) does not.
 */
import { escapeHtml, Html } from './escape.js';

export class Writer {
    private readonly parts: string[] = [];

    /** User or catalogue text, escaped for element content and quoted attribute values alike. */
    text(value: string | number | undefined): this {
        if (typeof value === 'string') this.parts.push(escapeHtml(value));
        // A number's text has no character that needs escaping.
        else if (typeof value === 'number') this.parts.push(String(value));
        return this;
    }

    /** Markup the generator writes itself: never user text. */
    raw(markup: string): this {
        this.parts.push(markup);
        return this;
    }

    /** A fragment built (and escaped) by an `html` template. */
    html(fragment: Html): this {
        this.parts.push(fragment.value);
        return this;
    }

    toHtml(): Html {
        return new Html(this.parts.join(''));
    }
}
