/**
 * Markdown as a person reads it, for clients that show hovers as plain text: markers, fences and escapes go,
 * the words, lists and code stay. Covers the Markdown POP writes (emphasis, code, fenced blocks, lists, headings,
 * links), not all of CommonMark.
 */
export function markdownToPlainText(markdown: string): string {
    const lines: string[] = [];
    let inFence = false;
    for (const line of markdown.split('\n')) {
        if (/^\s*(```|~~~)/.test(line)) {
            inFence = !inFence;
            continue;
        }
        // Code is shown as written, indented so that it still stands apart from the text around it.
        lines.push(inFence ? `    ${line}` : plainLine(line));
    }
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Escaped characters stand for themselves: kept out of the way of the markers as private-use characters. */
const ESCAPED = 0xe000;

function plainLine(line: string): string {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const text = (heading ? heading[1] : line.replace(/^(\s*)[*+](\s)/, '$1-$2'))
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, (_, char: string) => String.fromCharCode(ESCAPED + char.charCodeAt(0)));
    // Inline code is taken as written: its stars and underscores are not emphasis.
    return text.split(/(`+[^`]*`+)/)
        .map(part => (part.startsWith('`') ? part.replace(/^`+|`+$/g, '') : plainInline(part)))
        .join('')
        .replace(/[\ue000-\ue07f]/g, char => String.fromCharCode(char.charCodeAt(0) - ESCAPED));
}

function plainInline(text: string): string {
    return text
        .replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, href: string) => (label && label !== href ? `${label} (${href})` : href))
        .replace(/(\*\*\*|\*\*|\*|___|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
        .replace(/<br\s*\/?>/gi, '\n');
}
