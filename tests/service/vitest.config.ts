import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Service tests start the built server (npm run build first) on loopback ports with a
// temporary DATA_DIR, one file at a time: each file runs its own server processes.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/service/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
