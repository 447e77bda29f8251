import * as vscode from 'vscode';
import type { Locale } from '@pop-lang/language/keywords';

/** The language of the extension's own texts: the 'pop.locale' setting, else VS Code's display language. */
export function userLocale(): Locale {
    const setting = vscode.workspace.getConfiguration('pop').get<string>('locale', 'auto');
    if (setting === 'nl' || setting === 'en') return setting;
    return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
