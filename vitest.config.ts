/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can import modules that use astro:content and friends.
// Tests named *.built.test.ts read the built site; `npm test` runs them after the build
// with VITEST_BUILT=1. The rest run before it.
const built = process.env.VITEST_BUILT === '1';

export default getViteConfig({
  test: {
    include: built ? ['tests/**/*.built.test.ts'] : ['tests/unit/**/*.test.ts'],
    exclude: built ? ['node_modules/**'] : ['node_modules/**', '**/*.built.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
