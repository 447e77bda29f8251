/** Fixes for smart.realistic.* */
import { addTemplate, onGoal, type RuleFixes } from './fix.js';

export const realisticFixes: RuleFixes = {
    'smart.realistic.missing': onGoal((goal, ctx) => [addTemplate(goal, 'realistic', 'templates.realistic', 'fixes.addRealistic', ctx)]),
};
