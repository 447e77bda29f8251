/** One section per goal: what it is, whether it is SMART, how far it got, what it supports and what it takes. */
import type { Goal, Party, Plan } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalHorizon, goalKind, goalScope } from '../model/plan.js';
import { fill, lineAttr, perGoal, shortRange, writtenDate, type RenderContext } from './context.js';
import { html, type Content, type Html } from './escape.js';
import { actionsTable, statusLabel } from './actions.js';
import { progressBlock } from './progress.js';
import { scoreBadge, scorecardBlock, scoreOf } from './scorecard-view.js';

export function partyLabel(party: Party, ctx: RenderContext): string {
    if (party.name !== undefined) return party.name;
    const key = canonical('party', party.role);
    return key ? ctx.texts.parties[key] : party.role ?? '';
}

export function goalTitle(goal: Goal, ctx: RenderContext): string {
    return goal.title || goal.name || ctx.texts.untitled;
}

export function goalsSection(plan: Plan, ctx: RenderContext): Html {
    const id = ctx.uid('goals');
    return html`<section class="goals" aria-labelledby="${id}">
<h2 id="${id}">${ctx.texts.goals.heading}</h2>
${plan.goals.length === 0 ? html`<p class="muted">${ctx.texts.overview.noGoals}</p>` : plan.goals.map(g => goalSection(g, plan, ctx))}
</section>`;
}

export function goalSection(goal: Goal, plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts;
    const id = ctx.goalId(goal);
    const kind = goalKind(goal);
    const horizon = goalHorizon(goal);
    const score = scoreOf(goal, ctx);
    const status = statusLabel(goal, ctx);
    const derivedFrom = goal.derivedFrom;
    const parent = derivedFrom?.ref;
    const derivedChildren = kind === 'er' ? derivedGoals(plan, goal, ctx) : [];
    const preview = ctx.mode === 'preview';
    return html`<section class="goal kind-${kind}" id="${id}" aria-labelledby="${id}-title"${lineAttr(goal)} data-goal="${goal.name ?? ''}"${preview ? html` title="${t.goals.revealHint}"` : ''}>
<header>
<h3 id="${id}-title">${goalTitle(goal, ctx)}</h3>
<ul class="badges">
<li>${scoreBadge(score, ctx)}</li>
${kind !== 'er' ? html`<li><span class="badge">${t.kinds[kind]}</span></li>` : ''}
${horizon ? html`<li><span class="badge">${t.horizons[horizon]}</span></li>` : ''}
<li><span class="badge">${t.scopes[goalScope(goal)]}</span></li>
${status ? html`<li><span class="badge">${status}</span></li>` : ''}
<li><span class="badge">${shortRange(ctx, goal.start, goal.end)}</span></li>
</ul>
${derivedFrom ? html`<p class="derived">${t.goals.derivedFrom}: ${parent ? html`<a href="#${ctx.goalId(parent)}">${goalTitle(parent, ctx)}</a>` : derivedFrom.$refText}</p>` : ''}
</header>
${goal.specific ? html`<p class="statement">${goal.specific}</p>` : html`<p class="statement missing">${t.goals.noStatement}</p>`}
${scorecardBlock(goal, score, ctx)}
${kind === 'er' ? html`<h4>${t.goals.derivedGoals}</h4>${derivedChildren.length > 0
        ? html`<ul class="supports">${derivedChildren.map(c => html`<li><a href="#${ctx.goalId(c)}">${goalTitle(c, ctx)}</a></li>`)}</ul>`
        : html`<p class="muted">${t.goals.noDerivedGoals}</p>`}` : ''}
${progressBlock(goal, ctx)}
${actionsTable(goal, ctx)}
${supportsBlock(goal, ctx)}
${detailsBlock(goal, ctx)}
</section>`;
}

/** The plan's goals derived from this one, grouped in one pass over the plan rather than one per ER goal. */
function derivedGoals(plan: Plan, goal: Goal, ctx: RenderContext): readonly Goal[] {
    // Keyed by the plan's first goal: one index per plan in the document.
    const children = perGoal(ctx, 'derived', plan.goals[0], () => {
        const byParent = new Map<Goal, Goal[]>();
        for (const g of plan.goals) {
            const parent = g.derivedFrom?.ref;
            if (!parent) continue;
            const list = byParent.get(parent);
            if (list) list.push(g);
            else byParent.set(parent, [g]);
        }
        return byParent;
    });
    return children.get(goal) ?? [];
}

function supportsBlock(goal: Goal, ctx: RenderContext): Html {
    const t = ctx.texts.supports;
    if (goal.supports.length === 0) return html`<div class="supports-block"><h4>${t.heading}</h4><p class="muted">${t.none}</p></div>`;
    return html`<div class="supports-block"><h4>${t.heading}</h4><ul class="supports">${goal.supports.map(ref => {
        const target = ref.ref;
        if (!target) return html`<li>${ref.$refText} <span class="muted">(${t.unknown})</span></li>`;
        const by = writtenDate(ctx, target.deadline);
        return html`<li>${target.title || target.name}${by ? html` <span class="muted nowrap">(${fill(t.by, { date: by })})</span>` : ''}</li>`;
    })}</ul></div>`;
}

function detailsBlock(goal: Goal, ctx: RenderContext): Html {
    const t = ctx.texts.goals;
    const parties = (list: readonly Party[]) => (list.length > 0 ? list.map(p => partyLabel(p, ctx)).join(', ') : undefined);
    const entries: Array<[string, Content]> = [
        [t.method, goal.method],
        [t.acceptedBy, parties(goal.acceptedBy)],
        [t.realistic, goal.realistic],
        [t.knowhow, goal.knowhow],
        [t.capacity, goal.capacity],
        [t.means, goal.means],
        [t.authority, goal.authority],
        [t.communicatedTo, parties(goal.communicatedTo)],
        [t.inspiring, goal.inspiring],
        [t.engaging, goal.engaging],
    ];
    const present = entries.filter(([, value]) => value !== undefined && value !== '');
    if (present.length === 0) return html``;
    return html`<h4>${t.details}</h4><dl class="details">${present.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}
