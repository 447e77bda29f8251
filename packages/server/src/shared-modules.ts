/**
 * Where the entry bundle (main.ts) hands its vscode-languageserver modules to the language part: the build
 * (packages/tools/build.mjs) compiles the language part's imports of them to reads from this global.
 */
export const SHARED_MODULES = Symbol.for('pop-lang.server.sharedModules');
