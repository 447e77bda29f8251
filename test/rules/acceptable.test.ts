/** smart.acceptable.*: a goal is accepted by the employee, or by the team for a team goal. */
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './acceptable.cases.js';

describeRuleCases('acceptable', CASES);
