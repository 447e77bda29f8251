// Lint: the rules that keep the package layout true. Style is left to .editorconfig and review.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
    { ignores: ['**/node_modules/**', 'dist/**', 'out/**', '.bench/**', 'packages/language/src/generated/**'] },
    {
        files: ['packages/**/*.ts', 'packages/**/*.mjs', 'test/**/*.ts'],
        languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
        plugins: { 'import-x': importX },
        settings: { 'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] }, 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
        rules: {
            // A cycle makes load order matter; type-only imports vanish at run time, so they may close one.
            'import-x/no-cycle': 'error',
            'import-x/no-duplicates': 'error',
        },
    },
    {
        // Packages use each other only through their package.json entries, never through '../../language/src/…'.
        files: ['packages/**/*.ts', 'packages/**/*.mjs'],
        rules: { 'import-x/no-relative-packages': 'error' },
    },
);
