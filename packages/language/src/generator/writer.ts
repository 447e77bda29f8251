/**
 * The per-goal parts of a page are written into one growing string: a nested `html` template per fragment
 * allocated an argument array, a wrapper and a string per interpolation, about a hundred objects per goal.
 * (Pushing onto an array and joining once, or in chunks, measured no faster than V8's string concatenation.)
 * Escaping stays the default: `text` escapes, and only `raw` (for markup the generator writes itself) does not.
 */
import { escapeHtml, Html } from './escape.js';

export class Writer {
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

    toHtml(): Html {
        return new Html(this.out);
    }
}
