import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import { isGoal } from '../generated/ast.js';
import { t } from '../i18n/catalogue.js';
import { documentLocale, localeOf } from '../i18n/locale.js';
import { todayDay } from '../model/values.js';
import { goalKind } from '../model/plan.js';
import type { PopServices } from '../pop-module.js';
import type { PopSettingsService } from '../settings.js';
import { safeFixes } from './fix-all.js';
import { addSuppressionFixes, SUPPRESS_KIND } from './fixes/add-suppression.js';
import { nodeAt, type Fix, type FixContext } from './fixes/fix.js';
import { fixesForDiagnostic as fixesOf } from './fixes/index.js';
import { makeSmart, MAKE_SMART_RESOLVES } from './fixes/make-smart.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pop`;

/** Quick fixes on the light bulb, "make this goal SMART", and a fix-all source action for the whole file. */
export class PopCodeActionProvider implements CodeActionProvider {
    private readonly settings: PopSettingsService;
    constructor(services: PopServices) {
        this.settings = services.pop.Settings;
    }

    fixContext(document: LangiumDocument): FixContext {
        return {
            document,
            keywords: documentLocale(document),
            locale: localeOf(document, this.settings.current),
            today: todayDay(this.settings.current.today),
        };
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const ctx = this.fixContext(document);
        const only = params.context.only;
        const wants = (kind: string) => !only || only.some(o => kind === o || kind.startsWith(o + '.'));
        const actions: CodeAction[] = [];
        if (wants(CodeActionKind.QuickFix)) {
            for (const diagnostic of params.context.diagnostics) {
                for (const fix of this.fixesForDiagnostic(document, diagnostic, ctx)) {
                    actions.push(this.toAction(document, fix, CodeActionKind.QuickFix, [diagnostic]));
                }
            }
            const goal = this.goalAt(document, document.textDocument.offsetAt(params.range.start));
            if (goal && goalKind(goal) === 'smart') {
                // Only what the fix really resolves: a client may hide a diagnostic the action claims to fix.
                const diagnostics = params.context.diagnostics.filter(d => MAKE_SMART_RESOLVES.has(String(d.code ?? '')));
                const fix = makeSmart(goal, ctx);
                if (fix.edits.length > 0 && !actions.some(a => a.title === fix.title)) {
                    actions.push(this.toAction(document, fix, CodeActionKind.QuickFix, diagnostics));
                }
            }
        }
        // Last on the light bulb, after every fix; not in fixesForDiagnostic, so never in fix-all or `pop fix`.
        if (wants(SUPPRESS_KIND)) {
            for (const diagnostic of params.context.diagnostics) {
                for (const fix of addSuppressionFixes(diagnostic, ctx)) actions.push(this.toAction(document, fix, SUPPRESS_KIND, [diagnostic]));
            }
        }
        if (only?.some(o => FIX_ALL_KIND.startsWith(o)) ) {
            const fixAll = this.fixAll(document);
            if (fixAll) actions.push(fixAll);
        }
        return actions;
    }

    /** The quick fixes of one diagnostic; the light bulb, fix-all and `pop fix` all ask here. */
    fixesForDiagnostic(document: LangiumDocument, diagnostic: Diagnostic, ctx = this.fixContext(document)): Fix[] {
        return fixesOf(document, diagnostic, ctx);
    }

    /** Applies every preferred fix of the file's current diagnostics at once; edits that would overlap are left for a second run. */
    fixAll(document: LangiumDocument): CodeAction | undefined {
        const ctx = this.fixContext(document);
        const fixes = safeFixes(document, document.diagnostics ?? [], diagnostic => this.fixesForDiagnostic(document, diagnostic, ctx));
        if (fixes.length === 0) return undefined;
        return {
            title: t(ctx.locale, 'fixes.fixAll'),
            kind: FIX_ALL_KIND,
            diagnostics: fixes.map(f => f.diagnostic),
            edit: { changes: { [document.uri.toString()]: fixes.flatMap(f => f.edits) } },
        };
    }

    private goalAt(document: LangiumDocument, offset: number) {
        const node = nodeAt(document, offset);
        return node ? AstUtils.getContainerOfType(node, isGoal) : undefined;
    }

    private toAction(document: LangiumDocument, fix: Fix, kind: string, diagnostics: Diagnostic[]): CodeAction {
        return {
            title: fix.title, kind, diagnostics, isPreferred: fix.preferred,
            edit: { changes: { [document.uri.toString()]: fix.edits } },
        };
    }
}
