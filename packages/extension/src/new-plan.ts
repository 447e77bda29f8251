import * as vscode from 'vscode';
import { userLocale } from './locale.js';
import { planSnippet } from '@pop-lang/language/plan-template';

/** "POP: New Plan": an untitled plan in the user's language, dated today, with the cursor on the first blank. */
export function registerNewPlan(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('pop.newPlan', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'pop', content: '' });
        const editor = await vscode.window.showTextDocument(document);
        await editor.insertSnippet(new vscode.SnippetString(planSnippet(userLocale(), new Date())));
    }));
}
