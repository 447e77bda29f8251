/** Hover on a suppression comment: what it suppresses there, and why, so that an accepted problem stays visible on request. */
import type { LangiumDocument } from 'langium';
import type { Hover } from 'vscode-languageserver';
import { catalogue, format } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import type { Judgement } from '../validation/judgement-cache.js';
import { ruleMessage } from '../validation/rule-message.js';

export function suppressionHover(document: LangiumDocument, offset: number, judgement: Judgement, locale: Locale): Hover | undefined {
    const directive = judgement.suppressions.find(d => d.start <= offset && offset < d.end);
    if (!directive || directive.kind === 'enable') return undefined;
    const texts = catalogue(locale).suppressions.hover;
    const accepted = judgement.suppressed.filter(s => s.directive === directive);
    const parts = accepted.length === 0
        ? [format(texts.nothing, { directive: directive.keyword })]
        : [
            format(texts.suppresses, { directive: directive.keyword }),
            accepted.map(({ finding }) => `- \`${finding.code}\` ${ruleMessage(locale, finding.code, finding)}`).join('\n'),
        ];
    parts.push(directive.reason ? format(texts.reason, { reason: directive.reason }) : texts.noReason);
    const text = document.textDocument;
    return {
        contents: { kind: 'markdown', value: parts.join('\n\n') },
        range: { start: text.positionAt(directive.start), end: text.positionAt(directive.end) },
    };
}
