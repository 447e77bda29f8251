/** One section per goal: what it is, whether it is SMART, how far it got, what it supports and what it takes. */
import type { Goal, Party, Plan } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalHorizon, goalKind, goalScope, goalStatus } from '../model/plan.js';
import { scorecard } from '../validation/scorecard.js';
import { actionsTable } from './actions.js';
import { goalId, goalTitle, lineAttr, type RenderContext, shortRange, uid } from './context.js';
import { html, type Html } from '../html/escape.js';
import { progressBlock } from './progress.js';
import { scoreBadge, scorecardBlock } from './scorecard-view.js';
import { orgGoalItem } from './starting-points.js';

export function goalsSection(plan: Plan, ctx: RenderContext): Html {
    const id = uid(ctx, 'goals');
    // The goals derived from each goal, found in one pass rather than one per ER goal.
    const derived = new Map<Goal, Goal[]>();
    for (const goal of plan.goals) {
        const parent = goal.derivedFrom?.ref;
        if (parent) {
            const siblings = derived.get(parent);
            if (siblings) siblings.push(goal);
            else derived.set(parent, [goal]);
        }
    }
    return html`<section class="goals" aria-labelledby="${id}">
<h2 id="${id}">${ctx.texts.goals.heading}</h2>
${plan.goals.length === 0 ? html`<p class="muted">${ctx.texts.overview.noGoals}</p>` : ''}${plan.goals.map(goal => goalSection(goal, derived.get(goal) ?? [], ctx))}
</section>`;
}

function badge(text: string | undefined): Html | '' {
    return !text ? '' : html`<li><span class="badge">${text}</span></li>`;
}

function goalLink(goal: Goal, ctx: RenderContext): Html {
    return html`<a href="#${goalId(ctx, goal)}">${goalTitle(goal, ctx)}</a>`;
}

function goalSection(goal: Goal, derived: readonly Goal[], ctx: RenderContext): Html {
    const t = ctx.texts;
    const id = goalId(ctx, goal);
    const kind = goalKind(goal);
    const horizon = goalHorizon(goal);
    const status = goalStatus(goal);
    const score = scorecard(goal, ctx.judgement, ctx.locale);
    const parent = goal.derivedFrom;
    return html`<section class="goal kind-${kind}" id="${id}" aria-labelledby="${id}-title"${lineAttr(goal)} data-goal="${goal.name ?? ''}"${ctx.mode === 'preview' ? html` title="${t.goals.revealHint}"` : ''}>
<header>
<h3 id="${id}-title">${goalTitle(goal, ctx)}</h3>
<ul class="badges">
<li>${scoreBadge(score, ctx)}</li>
${kind === 'er' ? '' : badge(t.kinds[kind])}
${badge(horizon && t.horizons[horizon])}
${badge(t.scopes[goalScope(goal)])}
${badge(status ? t.statuses[status] : goal.status)}
<li><span class="badge">${shortRange(ctx, goal.start, goal.end)}</span></li>
</ul>
${parent ? html`<p class="derived">${t.goals.derivedFrom}: ${parent.ref ? goalLink(parent.ref, ctx) : parent.$refText}</p>` : ''}
</header>
${goal.specific ? html`<p class="statement">${goal.specific}</p>` : html`<p class="statement missing">${t.goals.noStatement}</p>`}
${scorecardBlock(score, ctx)}
${kind === 'er' ? derivedGoals(derived, ctx) : ''}
${progressBlock(goal, ctx)}
${actionsTable(goal, ctx)}
${supportsBlock(goal, ctx)}
${detailsBlock(goal, ctx)}
</section>`;
}

/** An ER goal is a direction: the plan's goals derived from it are how it is worked out. */
function derivedGoals(children: readonly Goal[], ctx: RenderContext): Html {
    return html`<h4>${ctx.texts.goals.derivedGoals}</h4>${children.length > 0
        ? html`<ul class="supports">${children.map(c => html`<li>${goalLink(c, ctx)}</li>`)}</ul>`
        : html`<p class="muted">${ctx.texts.goals.noDerivedGoals}</p>`}`;
}

function supportsBlock(goal: Goal, ctx: RenderContext): Html {
    const t = ctx.texts.supports;
    const items = goal.supports.map(ref => ref.ref
        ? orgGoalItem(ref.ref, ctx)
        : html`<li>${ref.$refText} <span class="muted">(${t.unknown})</span></li>`);
    return html`<div class="supports-block"><h4>${t.heading}</h4>${items.length > 0
        ? html`<ul class="supports">${items}</ul>`
        : html`<p class="muted">${t.none}</p>`}</div>`;
}

/** The details a goal may give beyond its statement, in the order a reader expects them. */
const DETAILS = ['method', 'acceptedBy', 'realistic', 'knowhow', 'capacity', 'means', 'authority', 'communicatedTo', 'inspiring', 'engaging'] as const;

function detailsBlock(goal: Goal, ctx: RenderContext): Html | '' {
    const details = DETAILS.flatMap(key => {
        const value = goal[key];
        const text = typeof value === 'string' || value === undefined ? value : value.map(p => partyLabel(p, ctx)).join(', ');
        return text ? [html`<dt>${ctx.texts.goals[key]}</dt><dd>${text}</dd>`] : [];
    });
    return details.length === 0 ? '' : html`<h4>${ctx.texts.goals.details}</h4><dl class="details">${details}</dl>`;
}

function partyLabel(party: Party, ctx: RenderContext): string {
    if (party.name !== undefined) return party.name;
    const key = canonical('party', party.role);
    return key ? ctx.texts.parties[key] : party.role ?? '';
}
