import type { LangiumDocument } from 'langium';
import type { Document } from '../generated/ast.js';
import type { Locale } from '../keywords.js';
import { declaredLocale, keywordMajority } from '../model/plan.js';
import type { PopSettings } from '../settings.js';

/**
 * The locale for a document's messages, hovers and rendered output:
 * an explicit setting or flag wins, then the plan's 'language', then the language of its keywords, then English.
 */
export function localeOf(document: LangiumDocument, settings: Pick<PopSettings, 'locale'>): Locale {
    if (settings.locale !== 'auto') return settings.locale;
    return documentLocale(document);
}

/** The document's own language, regardless of settings: the language its keywords should be written in. */
export function documentLocale(document: LangiumDocument): Locale {
    const root = document.parseResult?.value as Document | undefined;
    return (root && declaredLocale(root)) ?? keywordMajority(document.textDocument.getText()) ?? 'en';
}
