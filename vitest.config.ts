import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build test builds the whole site once; give it room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
