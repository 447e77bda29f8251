/**
 * Plans are shared as HTML with managers, so text in a plan must stay text: for random strings in every
 * text field, the rendered page, parsed by a DOM library, shows each string as text, and no element,
 * attribute or script in it comes from the plan.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '../../packages/language/src/index.js';
import { EXAMPLES, HOSTILE_FRAGMENTS, stringLiteral } from './arbitraries.js';
import { fuzzParameters, timeLimit } from './fuzz-settings.js';
import { fuzzServices, withDocument } from './language-harness.js';

const services = fuzzServices();

/** Every field of the grammar that holds free text, in a plan that renders each of them. */
const FIELDS = [
    'planTitle', 'employee', 'role', 'manager', 'currentRole', 'futureRole', 'functioning', 'strength', 'improvement', 'careerWishes',
    'orgGoalTitle', 'goalTitle', 'specific', 'method', 'realistic', 'knowhow', 'capacity', 'means', 'authority',
    'party', 'actionTitle', 'provider', 'note', 'measuredText', 'signatureName', 'inspiring', 'engaging', 'magieTitle', 'organisationTitle', 'orgGoal2Title',
] as const;
type Field = (typeof FIELDS)[number];

function plan(v: Record<Field, string>): string {
    const s = (field: Field) => stringLiteral(v[field]);
    return `plan ${s('planTitle')} {
    employee ${s('employee')}
    role ${s('role')}
    manager ${s('manager')}
    period 2027-01-01 to 2027-12-31
    starting-points {
        organisation-goal quality ${s('orgGoalTitle')} by 2027-12-31
        current-role ${s('currentRole')}
        future-role ${s('futureRole')}
        functioning ${s('functioning')}
        strength ${s('strength')}
        improvement ${s('improvement')}
        career-wishes ${s('careerWishes')}
    }
    goal g ${s('goalTitle')} {
        specific ${s('specific')}
        measurable 4 presentations
        method ${s('method')}
        acceptable by employee, ${s('party')}
        realistic ${s('realistic')}
        knowhow ${s('knowhow')}
        capacity ${s('capacity')}
        means ${s('means')}
        authority ${s('authority')}
        start 2027-01-15
        end 2027-12-15
        supports quality
        action course ${s('actionTitle')} {
            provider ${s('provider')}
            start 2027-02-01 end 2027-03-15
        }
        review 2027-04-01 {
            measured ${s('measuredText')}
            note ${s('note')}
        }
    }
    goal m ${s('magieTitle')} {
        kind magie
        inspiring ${s('inspiring')}
        engaging ${s('engaging')}
    }
    sign-off {
        employee ${s('signatureName')} on 2027-01-10
    }
}
organisation ${s('organisationTitle')} {
    organisation-goal other ${s('orgGoal2Title')} by 2028-12-31
}
`;
}

/** Markup that would show up as elements or attributes if anything were pasted unescaped; the names are ours to spot. */
const INJECTIONS = [
    '<pop-injected>x</pop-injected>', '<img src=x data-pop-injected=1 onerror=alert(1)>', '"><b data-pop-injected>', "'><i data-pop-injected>",
    '<script>alert(1)</script>', '</title><pop-injected>', '</style><pop-injected>', '<!--', '-->', ']]>', '<![CDATA[', '&amp;', '&#60;pop-injected&#62;',
    '<svg onload=alert(1)>', '<a href="javascript:alert(1)">', '<iframe src="https://example.invalid">', '<meta http-equiv="refresh" content="0;url=https://example.invalid">',
    '<link rel="stylesheet" href="https://example.invalid/x.css">', '<base href="https://example.invalid/">', '<style>body{display:none}</style>',
];

const textArb = fc.oneof(
    { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), weight: 1 },
    { arbitrary: fc.array(fc.constantFrom(...INJECTIONS, ...HOSTILE_FRAGMENTS, 'Sam', ' '), { minLength: 1, maxLength: 5 }).map(p => p.join('')), weight: 4 },
);

/** What a string becomes as a STRING literal's value: line breaks cannot be written inside one. */
function asWritten(text: string): string {
    return text.replace(/[\r\n]/g, ' ');
}

/**
 * What a conforming HTML parser makes of text: line breaks normalised, NUL replaced, and lone surrogates
 * (which UTF-8 output cannot carry) replaced. Whitespace is compared collapsed, as a browser shows it.
 */
function asShown(text: string): string {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
        .replace(/\0/g, '\uFFFD')
        .replace(/\s+/g, ' ')
        .trim();
}

interface Page {
    readonly text: string;
    readonly tags: Set<string>;
    readonly attributes: Set<string>;
    readonly scripts: number;
    readonly elements: Element[];
}

function inspect(html: string): Page {
    const { document } = parseHTML(html);
    const elements = Array.from(document.querySelectorAll('*')) as unknown as Element[];
    return {
        text: asShown(document.documentElement.textContent ?? ''),
        tags: new Set(elements.map(e => e.localName)),
        attributes: new Set(elements.flatMap(e => Array.from(e.attributes).map(a => a.name))),
        scripts: elements.filter(e => e.localName === 'script').length,
        elements,
    };
}

async function renderText(text: string, mode: 'file' | 'preview'): Promise<string> {
    return withDocument(services, text, async document => renderHtml(document, services.Pop, { mode, nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' }));
}

describe('rendered HTML shows plan text as text, and nothing from a plan becomes markup', () => {
    const benign = Object.fromEntries(FIELDS.map(f => [f, `${f} text`])) as Record<Field, string>;

    test('each field of the benign plan appears in the page (the template really reaches every field)', async () => {
        const page = inspect(await renderText(plan(benign), 'file'));
        const missing = FIELDS.filter(f => !page.text.includes(benign[f]));
        expect(missing).toEqual([]);
    });

    for (const mode of ['file', 'preview'] as const) {
        test(`random and hostile strings in every text field (${mode} page)`, async () => {
            // The vocabulary of the renderer itself: what it writes for the shipped examples and for this template.
            const allowedTags = new Set<string>();
            const allowedAttributes = new Set<string>();
            for (const text of [plan(benign), ...EXAMPLES.map(e => e.text)]) {
                const page = inspect(await renderText(text, mode));
                page.tags.forEach(t => allowedTags.add(t));
                page.attributes.forEach(a => allowedAttributes.add(a));
            }
            const benignScripts = inspect(await renderText(plan(benign), mode)).scripts;

            const valuesArb = fc.record(Object.fromEntries(FIELDS.map(f => [f, textArb])) as Record<Field, fc.Arbitrary<string>>);
            await fc.assert(fc.asyncProperty(valuesArb, async values => {
                const source = plan(values);
                const page = inspect(await renderText(source, mode));
                const notShown = FIELDS.filter(f => asShown(asWritten(values[f])) !== '' && !page.text.includes(asShown(asWritten(values[f]))));
                expect(notShown, 'fields whose text the page does not show').toEqual([]);
                expect([...page.tags].filter(t => !allowedTags.has(t)), 'elements the renderer never writes').toEqual([]);
                expect([...page.attributes].filter(a => !allowedAttributes.has(a)), 'attributes the renderer never writes').toEqual([]);
                expect([...page.tags, ...page.attributes].filter(n => n.includes('injected'))).toEqual([]);
                expect([...page.attributes].filter(a => a.startsWith('on'))).toEqual([]);
                expect(page.scripts).toBe(benignScripts);
                for (const element of page.elements) {
                    for (const attribute of Array.from(element.attributes)) {
                        expect(attribute.value, `${element.localName}[${attribute.name}]`).not.toMatch(/^\s*javascript:/i);
                    }
                }
            }), fuzzParameters(50));
        }, timeLimit(50, 1500));
    }
});
