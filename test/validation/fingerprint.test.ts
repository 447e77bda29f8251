/**
 * The fingerprint in the sign-off block: what was agreed is covered, and what cannot change the agreement (layout,
 * line endings, a BOM, comments, Unicode spelling, the signatures themselves) is not.
 */
import { createHash } from 'node:crypto';
import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { documentFingerprint, groupedFingerprint, normalisedText, parseFingerprint, type Document } from '../../packages/language/src/index.js';
import { build, createServices } from '../support/services.js';
import { format } from '../lsp/editor-helpers.js';
import { example } from '../support/paths.js';

const EXAMPLE = example('en/example.pop');
const VOORBEELD = example('nl/voorbeeld.pop');

async function fingerprintOf(text: string): Promise<string> {
    const services = createServices();
    const [document] = await build(services, text);
    return documentFingerprint(document, services.Pop);
}

async function normalised(text: string): Promise<string> {
    const services = createServices();
    const [document] = await build(services, text);
    return normalisedText(document, services.Pop);
}

describe('the fingerprint of a plan', () => {
    it('is SHA-256 of the normalised text, as 64 hexadecimal digits', async () => {
        const text = await normalised(EXAMPLE);
        // node:crypto is an independent implementation: the core's hash must agree with it.
        expect(await fingerprintOf(EXAMPLE)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
        expect(await fingerprintOf(EXAMPLE)).toMatch(/^[0-9a-f]{64}$/);
    });

    it('is one token per line, quoted texts kept whole, without comments or the sign-off block', async () => {
        const text = await normalised('// a comment\nplan "My  plan" {\n  employee "Sam"   /* aside */\n  sign-off { employee "Sam" on 2027-01-10 }\n}\n');
        expect(text).toBe('plan\n"My  plan"\n{\nemployee\n"Sam"\n}\n');
    });

    it('reads the same tokens from the parse as the lexer does', async () => {
        // A comment in decomposed Unicode sends the text to the lexer; the comment itself does not count.
        for (const plan of [EXAMPLE, VOORBEELD, example('en/not-smart.pop'), example('nl/niet-smart.pop'), example('shared/organisatiedoelen.pop')]) {
            const lexed = plan + '// cafe\u0301\n';
            expect(lexed.normalize('NFC')).not.toBe(lexed);
            expect(await normalised(lexed)).toBe(await normalised(plan));
        }
    });

    it('does not change with layout, line endings, a BOM or comments', async () => {
        const original = await fingerprintOf(EXAMPLE);
        const reflowed = EXAMPLE.split('\n').map(line => '\t' + line.trim() + '   ').join('\r\n');
        expect(await fingerprintOf(reflowed)).toBe(original);
        expect(await fingerprintOf('\uFEFF' + EXAMPLE)).toBe(original);
        expect(await fingerprintOf(EXAMPLE.replace(/\n/g, '\r'))).toBe(original);
        expect(await fingerprintOf(EXAMPLE.replace(/\/\/.*$/gm, '').replace('plan "', '/* signed copy */ plan "'))).toBe(original);
    });

    it('does not change when the formatter lays out a messy plan, in either language', async () => {
        for (const plan of [EXAMPLE, VOORBEELD]) {
            const messy = plan.replace(/\n\s+/g, '\n').replace(/ \{/g, '{  ').replace(/\}\n/g, '  }\n\n');
            const formatted = await format(messy, { tabSize: 2, insertSpaces: false });
            expect(formatted).not.toBe(messy);
            expect(await fingerprintOf(formatted)).toBe(await fingerprintOf(plan));
            expect(await fingerprintOf(messy)).toBe(await fingerprintOf(plan));
        }
    });

    it('does not change when the second party signs, or when a signature date is corrected', async () => {
        const first = EXAMPLE.replace('manager "Mark Jansen" on 2027-01-10', 'manager "Mark Jansen"');
        expect(first).not.toBe(EXAMPLE);
        expect(await fingerprintOf(first)).toBe(await fingerprintOf(EXAMPLE));
        expect(await fingerprintOf(EXAMPLE.replace('on 2027-01-10', 'on 2027-01-11'))).toBe(await fingerprintOf(EXAMPLE));
    });

    it('does not change between the composed and decomposed spelling of the same letters', async () => {
        const composed = EXAMPLE.replace('"Sam Bakker"', '"Renée Bakker"');
        const decomposed = EXAMPLE.replace('"Sam Bakker"', '"Rene\u0301e Bakker"');
        expect(composed).not.toBe(decomposed);
        expect(await fingerprintOf(decomposed)).toBe(await fingerprintOf(composed));
        // An unquoted name too, where the decomposed accent is a character the lexer cannot read on its own.
        const name = (spelling: string) => `plan "P" {\n goal caf${spelling} "Title" { horizon short }\n}\n`;
        expect(await fingerprintOf(name('e\u0301'))).toBe(await fingerprintOf(name('é')));
    });

    it('changes with anything agreed: a word in a quoted text, a date, an amount, a goal, spaces inside quotes', async () => {
        const original = await fingerprintOf(EXAMPLE);
        const changes = [
            EXAMPLE.replace('Leads two teams with 25 employees', 'Leads two teams with 26 employees'),
            EXAMPLE.replace('period 2027-01-01 to 2027-12-31', 'period 2027-01-01 to 2027-11-30'),
            EXAMPLE.replace('€ 3,500', '€ 4,500'),
            EXAMPLE.replace('"Sam Bakker"', '"Sam  Bakker"'),
            EXAMPLE.replace('horizon long', ''),
            EXAMPLE + '\n¤',
        ];
        const fingerprints = await Promise.all(changes.map(fingerprintOf));
        changes.forEach(changed => expect(changed).not.toBe(EXAMPLE));
        for (const fingerprint of fingerprints) expect(fingerprint).not.toBe(original);
        expect(new Set(fingerprints).size).toBe(changes.length);
    });

    it('covers text the parser could not make sense of, so a broken plan is not taken for the signed one', async () => {
        const broken = EXAMPLE.replace('horizon long', 'horizon long }} ¤¤');
        expect(await fingerprintOf(broken)).not.toBe(await fingerprintOf(EXAMPLE));
    });

    it('follows an edit of an open document, though it is kept between renders of the same text', async () => {
        const services = createServices();
        const { TextDocuments, LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const uri = URI.parse('file:///test/edited.pop');
        const before = TextDocument.create(uri.toString(), 'pop', 1, EXAMPLE);
        TextDocuments!.set(before);
        const document = LangiumDocumentFactory.fromTextDocument<Document>(before, uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
        const original = documentFingerprint(document, services.Pop);
        expect(documentFingerprint(document, services.Pop)).toBe(original);

        const at = EXAMPLE.indexOf('Leads two teams with 25 employees') + 'Leads two teams with '.length;
        const range = { start: before.positionAt(at), end: before.positionAt(at + 2) };
        TextDocuments!.set(TextDocument.update(before, [{ range, text: '26' }], 2));
        await DocumentBuilder.update([uri], []);
        const edited = LangiumDocuments.getDocument(uri) as LangiumDocument<Document>;
        expect(edited.textDocument.getText()).toBe(EXAMPLE.replace('with 25 employees', 'with 26 employees'));
        expect(documentFingerprint(edited, services.Pop)).toBe(await fingerprintOf(edited.textDocument.getText()));
        expect(documentFingerprint(edited, services.Pop)).not.toBe(original);
    });

    it('differs between the Dutch and the English example', async () => {
        expect(await fingerprintOf(VOORBEELD)).not.toBe(await fingerprintOf(EXAMPLE));
    });
});

describe('a fingerprint as people write it', () => {
    const hex = 'a'.repeat(8) + '0123456789abcdef'.repeat(3) + 'b'.repeat(8);

    it('is shown in eight groups of eight', () => {
        expect(groupedFingerprint(hex)).toBe(hex.match(/.{8}/g)!.join(' '));
    });

    it('is read back grouped or not, in either case, with or without sha256:', () => {
        for (const written of [hex, hex.toUpperCase(), groupedFingerprint(hex), `sha256:${hex}`, ` SHA-256:${groupedFingerprint(hex)}\n`]) {
            expect(parseFingerprint(written)).toBe(hex);
        }
    });

    it('is refused when shortened, too long or not hexadecimal', () => {
        for (const written of [hex.slice(0, 63), hex.slice(0, 16), hex + 'a', hex.replace('a', 'g'), '', 'sha256:']) {
            expect(parseFingerprint(written)).toBeUndefined();
        }
    });
});
