/**
 * The playground's memory: the text, its file name and the chosen language, in the browser's local storage. A
 * browser that refuses (storage full, disabled, private mode) is reported, never fatal: the text stays in the editor.
 */
import type { Locale } from '@pop-lang/language/keywords';

const KEYS = { text: 'pop-playground.text', fileName: 'pop-playground.fileName', locale: 'pop-playground.locale' } as const;

export class PlaygroundStorage {
    constructor(private readonly store: Storage | undefined) {}

    get text(): string | undefined {
        return this.read(KEYS.text);
    }

    get fileName(): string | undefined {
        const name = this.read(KEYS.fileName);
        // Only a plain file name: it becomes a download's name.
        return name && /^[^\\/:*?"<>|\u0000-\u001f]{1,120}\.pop$/i.test(name) ? name : undefined;
    }

    get locale(): Locale | undefined {
        const locale = this.read(KEYS.locale);
        return locale === 'nl' || locale === 'en' ? locale : undefined;
    }

    /** Keeps the text; returns why it could not, if it could not. */
    save(text: string, fileName: string, locale: Locale): string | undefined {
        try {
            this.store?.setItem(KEYS.text, text);
            this.store?.setItem(KEYS.fileName, fileName);
            this.store?.setItem(KEYS.locale, locale);
            return this.store ? undefined : 'no local storage';
        } catch (error) {
            return error instanceof Error ? error.message : String(error);
        }
    }

    saveLocale(locale: Locale): void {
        try {
            this.store?.setItem(KEYS.locale, locale);
        } catch {
            // The language is a convenience; the text is what must not be lost, and save() reports that.
        }
    }

    private read(key: string): string | undefined {
        try {
            return this.store?.getItem(key) ?? undefined;
        } catch {
            return undefined;
        }
    }
}
