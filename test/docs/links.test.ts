/**
 * The documentation is read on GitHub and in a clone, where a broken relative link is a dead end. Every relative
 * link in the README, CONTRIBUTING and docs/ must name a file that exists and, when it names a heading, a heading
 * that exists; and the README stays short enough that a newcomer finds how to run pop on the first screen.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.js';


function markdownFilesUnder(folder: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return markdownFilesUnder(full);
        return name.endsWith('.md') ? [full] : [];
    });
}

const DOCUMENTS = [
    path.join(ROOT, 'README.md'),
    path.join(ROOT, 'CONTRIBUTING.md'),
    path.join(ROOT, 'CHANGELOG.md'),
    ...markdownFilesUnder(path.join(ROOT, 'docs')),
];

/** Markdown without fenced code blocks, where a line starting with # is no heading and brackets are no link. */
function withoutFences(markdown: string): string {
    return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Markdown without code blocks and code spans. */
function prose(markdown: string): string {
    return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** The targets of inline links and images, `[text](target "title")`, and of reference definitions, `[id]: target`. */
function linkTargets(markdown: string): string[] {
    const text = prose(markdown);
    const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(m => m[1]);
    const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s+<?([^\s>]+)>?/gm)].map(m => m[1]);
    return [...inline, ...references];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces made hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
    const anchors = new Set<string>();
    const seen = new Map<string, number>();
    for (const match of withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
        const base = match[1]
            .replace(/`/g, '')
            .replace(/<[^>]+>/g, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
            .replace(/ /g, '-');
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    return anchors;
}

/** What is wrong with one link from `file`, or undefined when it leads somewhere. */
function brokenLink(file: string, target: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto: and the like are not checked here
    const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
    const destination = pathPart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
    if (!existsSync(destination)) return `${target}: no such file`;
    if (anchor !== undefined && destination.endsWith('.md') && !headingAnchors(readFileSync(destination, 'utf8')).has(anchor)) {
        return `${target}: no heading with the anchor #${anchor}`;
    }
    return undefined;
}

describe('the documentation', () => {
    test('exists where the README points newcomers', () => {
        for (const file of ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'docs/language.md', 'docs/cli.md', 'docs/editor.md',
            'docs/architecture.md', 'docs/testing.md', 'docs/performance.md', 'docs/rendering-overview.md']) {
            expect(existsSync(path.join(ROOT, file)), file).toBe(true);
        }
    });

    test.each(DOCUMENTS.map(file => [path.relative(ROOT, file), file]))('%s has no broken relative link', (_name, file) => {
        const broken = linkTargets(readFileSync(file, 'utf8'))
            .map(target => brokenLink(file, target))
            .filter((problem): problem is string => problem !== undefined);
        expect(broken).toEqual([]);
    });

    test('README.md has at most 300 lines', () => {
        const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
        if (lines.at(-1) === '') lines.pop();
        expect(lines.length).toBeLessThanOrEqual(300);
    });
});

describe('the link reader', () => {
    test('finds inline links, images and reference definitions, and ignores code', () => {
        const markdown = [
            'See [the CLI](docs/cli.md#pop-check) and ![icon](images/icon.png "The icon").',
            'Not a link: `[x](nowhere.md)`.',
            '```sh',
            'echo "[y](nowhere-either.md)"',
            '```',
            '[ref]: docs/editor.md',
        ].join('\n');
        expect(linkTargets(markdown)).toEqual(['docs/cli.md#pop-check', 'images/icon.png', 'docs/editor.md']);
    });

    test("makes GitHub's anchors from headings", () => {
        const anchors = headingAnchors(['# The `pop` command', '## What was optimised, and why', '## Install', '## Install'].join('\n'));
        expect([...anchors]).toEqual(['the-pop-command', 'what-was-optimised-and-why', 'install', 'install-1']);
    });

    test('reports a missing file and a missing heading', () => {
        const readme = path.join(ROOT, 'README.md');
        expect(brokenLink(readme, 'docs/no-such-page.md')).toMatch(/no such file/);
        expect(brokenLink(readme, '#no-such-heading')).toMatch(/no heading/);
        expect(brokenLink(readme, 'LICENSE')).toBeUndefined();
        expect(brokenLink(readme, 'https://example.org/anything')).toBeUndefined();
    });
});
