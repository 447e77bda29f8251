/** smart.realistic.*: a goal shows how it is feasible, and its actions fall within its dates. */
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './realistic.cases.js';

describeRuleCases('realistic', CASES);
