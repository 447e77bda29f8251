import { defineConfig } from 'vitest/config';

// Many suites start real processes (pop, the language server, Chromium); on a busy 2-core machine one of them can
// take several seconds, which says nothing about POP. The limits only stop a hung test.
export default defineConfig({
    test: {
        testTimeout: 30_000,
        hookTimeout: 60_000,
    },
});
