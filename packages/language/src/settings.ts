/** User settings that shape validation: from VS Code's 'pop.*' settings, a CLI's flags, or a test. */
import type { Locale } from './keywords.js';
import { Lexicon } from './validation/lexicon.js';
import type { SeveritySetting } from './validation/rules.js';

export interface PopSettings {
    /** 'auto' follows the plan's 'language', then the language of its keywords, then English. */
    readonly locale: Locale | 'auto';
    /** Today's date (YYYY-MM-DD) for deadline checks; the system clock when absent. */
    readonly today?: string;
    /** Severity per rule code or code prefix ("smart.time-bound", "magie", "*"). */
    readonly severity: Readonly<Record<string, SeveritySetting>>;
    /** Extra vague words or phrases for the Specific check. */
    readonly vagueWords: readonly string[];
}

export const DEFAULT_SETTINGS: PopSettings = { locale: 'auto', severity: {}, vagueWords: [] };

type Listener = (settings: PopSettings) => void;

export class PopSettingsService {
    private value: PopSettings = DEFAULT_SETTINGS;
    private lexiconCache: Lexicon | undefined;
    private readonly listeners: Listener[] = [];

    get current(): PopSettings {
        return this.value;
    }

    /** The lexicon for the current vague words, built once per change of settings. */
    get lexicon(): Lexicon {
        return this.lexiconCache ??= new Lexicon(this.value.vagueWords);
    }

    update(partial: Partial<PopSettings>): void {
        this.value = { ...this.value, ...partial };
        this.lexiconCache = undefined;
        for (const listener of this.listeners) listener(this.value);
    }

    onDidChange(listener: Listener): void {
        this.listeners.push(listener);
    }
}
