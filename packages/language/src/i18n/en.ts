/** The English message catalogue. Every user-facing string of POP lives here or in its Dutch twin (nl.ts). */
export const en = {
    rules: {
        'smart.specific.missing': {
            message: "Goal '{goal}' has no specific statement. Describe an observable action, behaviour or result with 'specific \"...\"'.",
            doc: 'A SMART goal says concretely what will be done or achieved: an observable action, behaviour or result, with a number, amount or percentage attached.',
        },
        'smart.specific.comparative': {
            message: "'{words}' is an aspiration, not a result: goal '{goal}' says what should get better but not what will be achieved. Name the concrete result, or mark the goal as an ER goal with 'kind er'.",
            doc: "Comparatives such as 'better', 'more customer focused' or 'cheaper' describe a direction (an ER goal), not a result. Rewrite the statement as an observable result with a number, or declare the goal 'kind er'.",
        },
        'smart.specific.vague': {
            message: "'{words}' is vague. Replace it with something observable or countable in goal '{goal}'.",
            doc: "Vague verbs ('work on', 'try to') and vague quantities ('as soon as possible', 'some', 'regularly') leave open what counts as done. The lexicon is bilingual and can be extended with the setting 'pop.specific.vagueWords' or the CLI flag --vague-word.",
        },
        'smart.specific.no-quantity': {
            message: "The statement of goal '{goal}' has no number, amount or percentage. Say how many, how much or how often.",
            doc: 'The statement should carry a quantitative fact: a number, an amount of money, a percentage or a frequency.',
        },
        'smart.measurable.no-target': {
            message: "Goal '{goal}' has no target. Add 'measurable <number> <unit>', an amount (€ 500) or a percentage (85%).",
            doc: 'A measurable goal has a target quantity, so that anyone can tell how far along it is at a given moment.',
        },
        'smart.measurable.no-unit': {
            message: "The target {target} of goal '{goal}' has no unit. Say what is counted, for example '{target} presentations'.",
            doc: 'A bare number does not say what is counted. Add a unit after the number.',
        },
        'smart.measurable.no-quantity': {
            message: "The target of goal '{goal}' is only words. Give a number with a unit, an amount or a percentage.",
            doc: 'A target written as text cannot be measured. Replace it with a number and unit, an amount of money or a percentage.',
        },
        'smart.measurable.no-method': {
            message: "Goal '{goal}' does not say how it is measured. Add 'method \"...\"': the system, method or procedure that measures progress.",
            doc: 'Measurable means there is a system, method or procedure to determine how far the goal has been reached at any moment.',
        },
        'smart.acceptable.missing': {
            message: "Nobody has accepted goal '{goal}'. Add 'acceptable by employee, manager'.",
            doc: 'A goal needs support from the people who must reach it. For a personal goal, acceptance by the employee suffices; a team goal needs the team.',
        },
        'smart.acceptable.no-employee': {
            message: "Goal '{goal}' is accepted by {parties} but not by the employee. A personal goal needs the employee's own acceptance.",
            doc: "A personal goal only works when the employee accepts it. Add 'employee' (or 'self') to 'acceptable by'.",
        },
        'smart.acceptable.no-team': {
            message: "Team goal '{goal}' is not accepted by the team. Without the team's support the change will not last; add 'team' to 'acceptable by'.",
            doc: "When a manager sets a goal for a group, the group must want it, or the goal is not reached or the change does not last. Add 'team' to 'acceptable by'.",
        },
        'smart.realistic.missing': {
            message: "Goal '{goal}' does not show that it is feasible: no 'realistic' statement, no knowhow, capacity, means or authority, and no action. Add how it will be reached.",
            doc: 'Realistic means there is a workable plan with acceptable effort, and the people involved have the knowhow, capacity, means and authority. State it, or add the actions that make it feasible.',
        },
        'smart.realistic.action-outside-goal': {
            message: "Action '{action}' ({start} to {end}) falls outside its goal's dates ({goalStart} to {goalEnd}). Move the action or widen the goal.",
            doc: "An action that happens before its goal starts or after it ends cannot contribute to it on time.",
        },
        'smart.time-bound.no-start': {
            message: "Goal '{goal}' has no start date. Add 'start YYYY-MM-DD'.",
            doc: 'A SMART goal has a clear start date: when do the activities begin?',
        },
        'smart.time-bound.no-end': {
            message: "Goal '{goal}' has no end date. Add 'end YYYY-MM-DD': when must the result be reached?",
            doc: 'A SMART goal has a clear end date: when is the goal reached?',
        },
        'smart.time-bound.end-before-start': {
            message: "Goal '{goal}' ends ({end}) before it starts ({start}). Swap the dates.",
            doc: 'The end date must not come before the start date.',
        },
        'smart.time-bound.outside-period': {
            message: "Goal '{goal}' ({start} to {end}) falls outside the plan period ({periodStart} to {periodEnd}). Move its dates into the period, or mark it 'horizon long'.",
            doc: 'A short-term goal (and a goal without a horizon) is reached within the plan period. Goals with \'horizon long\' may reach beyond it.',
        },
        'smart.time-bound.overdue': {
            message: "The end date of goal '{goal}' ({end}) has passed and no review records a result. Add a review with the measured value, or set 'status done'.",
            doc: "Once a goal's end date has passed, a review should record how far it got. This is what makes the plan a continuous learning process.",
        },
        'magie.measurable': {
            message: "MAGIE goal '{goal}' is not Measurable: add 'measurable' with a target.",
            doc: 'The M of MAGIE: the goal has a target that can be measured.',
        },
        'magie.acceptable': {
            message: "MAGIE goal '{goal}' is not Acceptable: add 'acceptable by ...'.",
            doc: 'The A of MAGIE: the people involved accept the goal.',
        },
        'magie.communicated': {
            message: "MAGIE goal '{goal}' is not Communicated: add 'communicated to ...'.",
            doc: 'The G of MAGIE (gecommuniceerd): the goal has been communicated to the people it concerns.',
        },
        'magie.inspiring': {
            message: "MAGIE goal '{goal}' is not Inspiring: add 'inspiring \"...\"' to say what makes it inspiring.",
            doc: 'The I of MAGIE: the goal inspires. Say why.',
        },
        'magie.engaging': {
            message: "MAGIE goal '{goal}' is not Engaging: add 'engaging \"...\"' to say how people get involved.",
            doc: 'The E of MAGIE: the goal engages people and sets them in motion. Say how.',
        },
        'er.starting-point': {
            message: "'{goal}' is an ER goal: a general starting point to strive for, not a result to check.",
            doc: "ER goals ('better', 'cheaper', 'more customer focused') are worth striving for but can never be reached. POP accepts them as starting points and checks SMART goals derived from them.",
        },
        'er.no-smart-goal': {
            message: "No SMART goal derives from ER goal '{goal}'. Add a goal with 'derived-from {name}' that says what will be achieved, and when.",
            doc: "An ER goal becomes actionable through SMART goals derived from it ('derived-from <name>').",
        },
        'date.invalid': {
            message: "'{date}' is not a real date. Use YYYY-MM-DD.",
            doc: 'Dates are ISO dates (YYYY-MM-DD) and must exist in the calendar.',
        },
        'date.period-reversed': {
            message: 'The plan period ends ({end}) before it starts ({start}). Swap the dates.',
            doc: "The plan period's end must not come before its start.",
        },
        'date.action-reversed': {
            message: "Action '{action}' ends ({end}) before it starts ({start}). Swap the dates.",
            doc: "An action's end date must not come before its start date.",
        },
        'date.deadline-soon': {
            message: "Goal '{goal}' is due in {days} day(s), on {end}.",
            doc: 'A reminder, as in an agenda: the end date of an open goal is near. The window is 14 days.',
        },
        'budget.invalid-amount': {
            message: "'{amount}' is not an amount. Write euros as € 2500, € 2.500 or € 2.500,50.",
            doc: 'Amounts are euros: € 2500, € 2.500, € 2.500,50 or € 895,- (Dutch style), or € 2,500.50 (English style). A separator followed by exactly three digits groups thousands.',
        },
        'budget.cost-exceeded': {
            message: 'The actions cost {total} in all, more than the budget of {limit}. Raise the budget or plan fewer or cheaper actions.',
            doc: "The employer facilitates with money. The actions' total cost must fit the plan's budget.",
        },
        'budget.hours-exceeded': {
            message: 'The actions take {total} hours in all, more than the {limit} hours facilitated. Add hours or plan less.',
            doc: "The employer facilitates with time. The actions' total hours must fit the plan's hours.",
        },
        'ref.unresolved': {
            message: "There is no {kind} named '{name}'. Check the spelling, or declare it.",
            doc: 'A reference must name an organisation goal (in this file or in a shared .pop file in the workspace) or a goal of the same plan.',
        },
        'ref.duplicate-name': {
            message: "The name '{name}' is used more than once. Give each {kind} its own name.",
            doc: 'Names identify goals and organisation goals; references would be ambiguous.',
        },
        'ref.derived-from-short': {
            message: "Goal '{goal}' derives from '{name}', which is not a long-term or ER goal. A short-term goal derives from a long-term goal.",
            doc: "'derived-from' links a short-term goal to the long-term (or ER) goal it serves.",
        },
        'ref.derived-from-self': {
            message: "Goal '{goal}' derives from itself, directly or through other goals.",
            doc: "'derived-from' links must not form a cycle.",
        },
        'plan.missing-employee': {
            message: "The plan does not name the employee. Add 'employee \"...\"'.",
            doc: 'A POP is a contract between employer and employee: name the employee.',
        },
        'plan.missing-manager': {
            message: "The plan does not name a manager. Add 'manager \"...\"' for the employer's side.",
            doc: "The manager represents the employer's side of the contract.",
        },
        'plan.missing-period': {
            message: "The plan has no period. Add 'period YYYY-MM-DD to YYYY-MM-DD'.",
            doc: 'The plan period bounds the short-term goals.',
        },
        'plan.missing-facilities': {
            message: "The plan does not say how the employer facilitates. Add 'facilities budget € ... hours ...'.",
            doc: 'The employer facilitates with time and money; stating both makes the plan realistic.',
        },
        'plan.missing-starting-point': {
            message: 'The starting points do not mention {point}. Add it, so goals can be weighed against it.',
            doc: "A POP starts from four points: the organisation's long-term goals, the current and future job requirements, how the employee functions, and the career wishes.",
        },
        'plan.no-goals': {
            message: "The plan has no development goals. Add one with 'goal <name> \"...\" { ... }'.",
            doc: 'Wishes become development goals for the long and the short term.',
        },
        'plan.few-smart-goals': {
            message: 'Only {smart} of {count} goals are SMART goals. Most goals in a POP should be SMART.',
            doc: 'ER and MAGIE goals have their place, but most goals in a POP are SMART.',
        },
        'plan.goal-unlinked': {
            message: "Goal '{goal}' does not support any organisation goal. Link it with 'supports <name>'.",
            doc: "The employer links development goals to the organisation's goals, so that knowledge and skills stay in the organisation.",
        },
        'plan.duplicate-field': {
            message: "'{field}' is given more than once here; only the last one counts. Remove the other.",
            doc: 'Each field holds one value. When it is written twice, the earlier value is silently ignored.',
        },
        'plan.unsigned': {
            message: "The plan is not signed yet. Add 'sign-off { employee \"...\" on YYYY-MM-DD }' once it is agreed.",
            doc: 'A POP is a contract: record who agreed, and when.',
        },
        'syntax.unexpected-character': {
            message: "Unexpected character '{text}'.",
            doc: 'The text contains a character that is not part of the language, outside a string. Put free text inside "quotes".',
        },
        'syntax.unexpected-token': {
            message: '{detail}',
            doc: 'The text does not follow the grammar here. The message says what was expected.',
        },
    },
    syntax: {
        expected: "Expected {expected} but found '{found}'.",
        expectedEnd: "Expected {expected} but the file ends here.",
        unexpected: "'{found}' is not expected here.",
        unterminatedString: 'This string is not closed. Add the closing quote (") on the same line.',
        tokenNames: {
            STRING: 'text in "quotes"',
            DATE: 'a date (YYYY-MM-DD)',
            NUMBER: 'a number',
            MONEY: 'an amount (€ 500)',
            PERCENT: 'a percentage (85%)',
            ID: 'a name',
        },
        or: ' or ',
    },
    cli: {
        usage: 'Usage: pop <command> [options]\n\nCommands:\n  check <file|folder>...   check plans and report problems\n  render <file.pop>...     render plans to HTML\n  explain [code]           explain a rule, or list every rule\n\nRun "pop <command> --help" for the options of a command.',
        checkUsage: 'Usage: pop check <file|folder>... [--format text|json|sarif] [--locale nl|en] [--today YYYY-MM-DD]\n                 [--max-warnings N] [--rule CODE=SEVERITY]... [--vague-word WORD]... [--config FILE] [--quiet]\n\nChecks .pop files (folders are searched for them) and reports problems.\nExit code: 0 when there are no errors and at most N warnings, 1 otherwise, 2 for a usage or I/O problem.',
        unknownCommand: "unknown command '{command}'. Run 'pop --help' for the list of commands.",
        unknownOption: "unknown option '{option}'. Run 'pop {command} --help' for the options.",
        badOption: "{option}: {detail}",
        badValue: "invalid value '{value}' for {option}; expected {expected}.",
        missingValue: '{option} needs a value.',
        noInput: "no files given. Run 'pop {command} --help' for the usage.",
        notFound: "cannot read '{path}': no such file or folder.",
        unreadable: "cannot read '{path}': {reason}.",
        noPopFiles: "no .pop files found in '{path}'.",
        notPop: "'{path}' is not a .pop file.",
        binary: "'{path}' looks like a binary file, not a plan.",
        notUtf8: "'{path}' is not valid UTF-8 text (byte {offset}). Save it as UTF-8.",
        badConfig: "cannot use config file '{path}': {reason}.",
        summary: '{errors} error(s), {warnings} warning(s), {infos} info(s) in {files} file(s).',
        clean: 'No problems in {files} file(s).',
        tooManyWarnings: 'Too many warnings: {warnings}, more than --max-warnings {max}.',
        unknownRule: "unknown rule '{code}'. Run 'pop explain' for the list of rules.",
        ruleHeading: '{code} ({severity}, {criterion})',
        ruleDocs: 'Documentation: {url}',
        internalError: 'internal error: {message}. Please report this.',
    },
    criteria: {
        specific: { letter: 'S', name: 'Specific', explanation: 'Describe the goal clearly and concretely: an observable action, behaviour or result, with a number, amount, percentage or other quantity attached.', example: 'specific "Gives a 15-minute presentation to the management team every quarter"' },
        measurable: { letter: 'M', name: 'Measurable', explanation: 'There is a system, method or procedure to tell how far the goal has been reached at a given moment. How do we measure it?', example: 'measurable 4 presentations\nmethod "Feedback form from the management team; average at least 7.5"' },
        acceptable: { letter: 'A', name: 'Acceptable', explanation: 'Is there support for the goal? For a personal goal the employee\'s own acceptance is enough; a goal a manager sets for a group needs the group to want it, or the change will not last.', example: 'acceptable by employee, manager' },
        realistic: { letter: 'R', name: 'Realistic', explanation: 'Is the goal feasible? Is there a workable plan with acceptable effort, and do the people involved have enough knowhow, capacity, means and authority?', example: 'realistic "A course in spring, then practice in the team meeting"' },
        'time-bound': { letter: 'T', name: 'Time-bound', explanation: 'When do the activities start, and when is the goal reached? A SMART goal has a clear start date and end date.', example: 'start 2027-01-15\nend 2027-12-15' },
        'magie-measurable': { letter: 'M', name: 'Measurable', explanation: 'The MAGIE goal has a target that can be measured.', example: 'measurable 90%' },
        'magie-acceptable': { letter: 'A', name: 'Acceptable', explanation: 'The people involved accept the MAGIE goal.', example: 'acceptable by team, manager' },
        'magie-communicated': { letter: 'G', name: 'Communicated', explanation: 'The MAGIE goal has been communicated (gecommuniceerd) to the people it concerns.', example: 'communicated to team, hr' },
        'magie-inspiring': { letter: 'I', name: 'Inspiring', explanation: 'The MAGIE goal inspires: say what makes it worth the effort.', example: 'inspiring "Our clients notice the difference every day"' },
        'magie-engaging': { letter: 'E', name: 'Engaging', explanation: 'The MAGIE goal engages people and sets them in motion: say how they take part.', example: 'engaging "Each team member leads one improvement"' },
        er: { letter: 'ER', name: 'ER goal', explanation: "An ER goal ('better', 'cheaper', 'more customer focused') is worth striving for but can never be reached. It is a general starting point; SMART goals derived from it say what will be achieved.", example: 'kind er' },
        date: { letter: '', name: 'Dates', explanation: 'Dates are ISO dates (YYYY-MM-DD).', example: '2027-03-31' },
        budget: { letter: '', name: 'Budget', explanation: 'The employer facilitates with time and money.', example: 'facilities budget € 2.500 hours 80' },
        ref: { letter: '', name: 'References', explanation: 'Names link goals to organisation goals and to each other.', example: 'supports customer-satisfaction' },
        plan: { letter: '', name: 'Plan', explanation: 'The plan as a contract between employer and employee.', example: 'employee "Sam Bakker"' },
        syntax: { letter: '', name: 'Syntax', explanation: 'The text must follow the language.', example: 'goal name "Title" { ... }' },
    },
    related: {
        goalDates: "The goal's dates",
        planPeriod: 'The plan period',
        otherDeclaration: 'Also declared here',
    },
    kinds: {
        goal: 'goal',
        orgGoal: 'organisation goal',
    },
    startingPoints: {
        orgGoals: "the organisation's long-term goals",
        currentRole: 'the current job requirements',
        futureRole: 'the future job requirements',
        functioning: 'how the employee functions',
        careerWishes: 'the career wishes',
    },
    fixes: {
        addStart: "Add start date {date}",
        addEnd: "Add end date {date}",
        addTargetFromStatement: "Use '{target}' from the statement as the target",
        addTargetTemplate: 'Add a target',
        addMethod: 'Add a measurement method',
        addAcceptance: 'Add acceptance by {parties}',
        addRealistic: 'Add how the goal is feasible',
        addSpecific: 'Add a specific statement',
        swapDates: 'Swap start and end date',
        moveIntoPeriod: 'Move the dates into the plan period ({start} to {end})',
        makeSmart: "Make goal '{goal}' SMART (add every missing part)",
        markEr: "Mark '{goal}' as an ER goal",
        addDerivedSmartGoal: "Add a SMART goal derived from '{goal}'",
        addMagiePart: 'Add the missing MAGIE part',
        addReview: 'Add a review for {date}',
        removeDuplicate: 'Comment out this earlier, ignored value',
        raiseBudget: 'Raise the budget to {amount}',
        fixAll: 'Fix all auto-fixable POP problems',
        addStartingPoint: 'Add {point}',
    },
    templates: {
        specific: 'Describe the observable result, with a number',
        target: 'unit',
        method: 'How and by whom progress is measured',
        realistic: 'How the goal will be reached, and with what support',
        inspiring: 'What makes this goal inspiring',
        engaging: 'How the people involved take part',
        derivedTitle: 'Concrete step towards: {title}',
        reviewNote: 'What was achieved',
        startingPoint: 'Describe it',
    },
};
