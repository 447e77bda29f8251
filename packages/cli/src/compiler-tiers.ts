/**
 * V8 optimises a function that runs often with Turbofan, on a thread of its own. For a pop run on a few plans that
 * costs more CPU than it saves before pop exits: building the lexer and parser and reading the statements run each
 * piece of code just often enough to be optimised and then never again. Without Turbofan, a `pop check` of one
 * 10-goal plan takes about a fifth less CPU, and of one 1,000-goal plan (800 KB) still less; from a few MB on, as in
 * a CI run over a whole plans folder, it pays for itself (1,000 plans, 8 MB: 4.3 s with it, 6.9 s without).
 * docs/performance.md has the figures.
 */
import { setFlagsFromString } from 'node:v8';

/** Plan text, in characters, below which pop runs without Turbofan. */
const OPTIMISE_FROM_CHARACTERS = 1_000_000;

let fitted = false;

/** For the pop process only (main.ts): a program that imports the CLI, as the tests do, keeps its compilers. */
export function fitCompilersToInput(): void {
    fitted = true;
}

/** Before a build of `characters` of plan text: turns Turbofan off when the input is small. */
export function compilersFor(characters: number): void {
    if (fitted && characters < OPTIMISE_FROM_CHARACTERS) setFlagsFromString('--no-turbofan');
}
