import { describe, expect, it } from 'vitest';
import { applyEdits } from '../support/edits.js';
import { example } from '../support/paths.js';
import { format, open, words } from './editor-helpers.js';

const messyEn = `// header comment
plan "Messy"   {employee "Ann" manager "Bo"
period 2027-01-01 to 2027-12-31   // trailing comment
  reason development ,   something-else
        goal a "Goal A" { horizon short start 2027-01-01
end 2027-03-01
action course "C" { start 2027-01-05  end 2027-01-20 hours 8 }


/* block
   comment */ specific "x"
}
goal b "Goal B" {}
}
`;

const messyNl = `plan "Rommelig" { medewerker "An"
    doel a "Doel A" { termijn kort   start 2027-01-01 eind 2027-03-01 // klaar
acceptabel door medewerker , leidinggevende }



    doel b "Doel B" {
        actie cursus "C" {
            start 2027-01-05  eind 2027-01-20
            uren 8
        }
    }
}`;

describe('the formatter', () => {
    it('leaves the English and Dutch examples as they are: they are the house style', async () => {
        for (const file of ['en/example.pop', 'en/not-smart.pop', 'nl/voorbeeld.pop', 'nl/niet-smart.pop', 'shared/organisatiedoelen.pop']) {
            const text = example(file);
            expect(await format(text), file).toBe(text);
        }
    });

    it('lays out messy English input with one field per line and 4-space indentation', async () => {
        const formatted = await format(messyEn);
        expect(formatted).toBe(`// header comment
plan "Messy" {
    employee "Ann"
    manager "Bo"
    period 2027-01-01 to 2027-12-31 // trailing comment
    reason development, something-else
    goal a "Goal A" {
        horizon short
        start 2027-01-01
        end 2027-03-01
        action course "C" {
            start 2027-01-05  end 2027-01-20  hours 8
        }

        /* block
   comment */
        specific "x"
    }
    goal b "Goal B" {
    }
}
`);
    });

    it('lays out messy Dutch input, keeping one blank line between goals and a trailing comment in place', async () => {
        const formatted = await format(messyNl);
        expect(formatted).toBe(`plan "Rommelig" {
    medewerker "An"
    doel a "Doel A" {
        termijn kort
        start 2027-01-01
        eind 2027-03-01 // klaar
        acceptabel door medewerker, leidinggevende
    }

    doel b "Doel B" {
        actie cursus "C" {
            start 2027-01-05  eind 2027-01-20
            uren 8
        }
    }
}
`);
    });

    it('is idempotent and changes nothing but whitespace', async () => {
        for (const text of [messyEn, messyNl, example('en/example.pop'), example('nl/voorbeeld.pop')]) {
            const once = await format(text);
            expect(words(once)).toBe(words(text));
            expect(await format(once)).toBe(once);
        }
    });

    it('honours the editor\'s indentation settings', async () => {
        const formatted = await format('plan "T" { employee "A" }', { tabSize: 2, insertSpaces: true });
        expect(formatted).toBe('plan "T" {\n  employee "A"\n}\n');
        const tabs = await format('plan "T" { employee "A" }', { tabSize: 4, insertSpaces: false });
        expect(tabs).toBe('plan "T" {\n\temployee "A"\n}\n');
    });

    it('formats only the selected lines when asked for a range', async () => {
        const text = 'plan "T" {\n employee "A"   manager "B"\n   goal g "G" { start 2027-01-01 }\n}\n';
        const { services, document } = await open(text);
        const edits = await services.Pop.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
            options: { tabSize: 4, insertSpaces: true },
        });
        expect(applyEdits(text, edits)).toBe('plan "T" {\n employee "A"   manager "B"\n    goal g "G" {\n        start 2027-01-01\n    }\n}\n');
    });

    it('keeps Windows line endings', async () => {
        const formatted = await format('plan "T" {\r\n  employee "A" manager "B"\r\n\r\n\r\n  goal g "G" { start 2027-01-01 }\r\n}');
        expect(formatted).toBe('plan "T" {\r\n    employee "A"\r\n    manager "B"\r\n\r\n    goal g "G" {\r\n        start 2027-01-01\r\n    }\r\n}\r\n');
    });

    it('leaves a document with syntax errors untouched rather than guess', async () => {
        const broken = 'plan "T" {   employee "A"\n  goal x "X" { start 2027-01-01 ~ }\n}';
        expect(await format(broken)).toBe(broken);
        const unclosed = 'plan "T" {   employee "A';
        expect(await format(unclosed)).toBe(unclosed);
    });
});
