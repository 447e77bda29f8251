/** The sign-off: who agreed and when, or empty lines to sign on paper while it is not signed yet. */
import type { Plan } from '../generated/ast.js';
import { canonical, type PartyValue } from '../keywords.js';
import { format } from '../i18n/catalogue.js';
import { groupedFingerprint } from '../model/fingerprint.js';
import { isSigned } from '../model/sign-off.js';
import { lineAttr, type RenderContext, uid, writtenDate } from './context.js';
import { html, type Html } from '../html/escape.js';

/** What the sign-off block says about the text that is signed: its fingerprint, and the file to check it against. */
export interface SignedText {
    readonly fingerprint: string;
    /** The plan's file name, for the `pop verify` line. */
    readonly file: string;
}

export function signOff(plan: Plan, ctx: RenderContext, text: SignedText): Html {
    const t = ctx.texts.signOff;
    const id = uid(ctx, 'sign-off');
    const signatures = plan.signOff?.signatures ?? [];
    const roleOf = (role: string | undefined): PartyValue | undefined => {
        const key = canonical('party', role);
        return key === 'self' ? 'employee' : key;
    };
    const named = new Set(signatures.map(s => roleOf(s.party)));
    const rows: Html[] = signatures.map(s => {
        const key = roleOf(s.party);
        const party = key ? ctx.texts.parties[key] : s.party;
        // A name without a date is a place still to sign, never shown as agreed (plan.unsigned says so too).
        if (!isSigned(s)) {
            return html`<tr class="unsigned-row"${lineAttr(s)}><th scope="row">${party}</th><td>${s.name}</td><td class="line"></td><td class="line"></td></tr>`;
        }
        return html`<tr class="signed-row"${lineAttr(s)}><th scope="row">${party}</th><td>${s.name}</td>
<td class="nowrap">${writtenDate(ctx, s.date)}</td><td><span class="signed">✓ ${t.agreed}</span></td></tr>`;
    });
    // The two parties to the contract always get a place to sign.
    for (const [role, name] of [['employee', plan.employee], ['manager', plan.manager]] as const) {
        if (named.has(role)) continue;
        rows.push(html`<tr class="unsigned-row"><th scope="row">${ctx.texts.parties[role]}</th><td${name ? '' : html` class="line"`}>${name ?? ''}</td><td class="line"></td><td class="line"></td></tr>`);
    }
    return html`<section class="sign-off" aria-labelledby="${id}"${lineAttr(plan.signOff)}>
<h2 id="${id}">${t.heading}</h2>
<p>${t.intro}${signatures.some(isSigned) ? '' : html` <strong>${t.notSigned}</strong>`}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.heading}"><table>
<thead><tr><th scope="col">${t.role}</th><th scope="col">${t.name}</th><th scope="col">${t.date}</th><th scope="col">${t.signature}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
<p class="fingerprint-line"><span class="fingerprint-label">${t.fingerprint}:</span> <code class="fingerprint" data-fingerprint="${text.fingerprint}">${groupedFingerprint(text.fingerprint)}</code></p>
<p class="muted fingerprint-help">${format(t.fingerprintHelp, { file: text.file })}</p>
</section>`;
}
