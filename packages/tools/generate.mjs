// Runs Langium's generator (langium-config.json) and keeps npm install quiet about one warning the grammar
// earns on purpose: plans, goals and the other blocks take their fields in any order, each with '=', so Langium
// warns that a field written twice would overwrite the first. POP's parser flags that case itself
// (plan.duplicate-field, packages/language/src/pop-parser.ts), so the warning tells nobody anything.
// Every other message, and any failure, is printed as Langium wrote it.
import { generate } from 'langium-cli';

const INTENDED = /Found multiple assignments to '\w+' with the '=' assignment operator/;
const warn = console.warn;
console.warn = (message, ...rest) => {
    if (typeof message === 'string' && INTENDED.test(message)) return;
    warn(message, ...rest);
};
const log = console.log;
// Progress lines ("Writing generated files to …") are noise in an install; failures still go to console.error.
console.log = () => {};
try {
    const success = await generate({ file: 'langium-config.json' });
    if (!success) process.exitCode = 1;
} finally {
    console.warn = warn;
    console.log = log;
}
