/** magie.*: a MAGIE goal is measurable, accepted, communicated, inspiring and engaging. */
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './magie.cases.js';

describeRuleCases('magie', CASES);
