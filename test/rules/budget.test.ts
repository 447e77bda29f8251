/** budget.*: amounts read as euros, and the actions fit the money and hours facilitated. */
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './budget.cases.js';

describeRuleCases('budget', CASES);
