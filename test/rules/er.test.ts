/** er.*: an ER goal is a starting point, and SMART goals derive from it. */
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './er.cases.js';

describeRuleCases('er', CASES);
