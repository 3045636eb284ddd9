// Vitest configuration. The extension and CLI bundles are built by scripts/build.mjs,
// which runs one Vite library pass per entry (Vite cannot emit several IIFE entries at once).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // DOMPurify needs a real DOM; happy-dom lets <script> and onclick through.
          environment: 'jsdom',
          // Huge-page and fuzz tests build 100,000-element pages: seconds on a busy 2-core CI
          // machine. A hang still fails; speed is measured by the benchmarks, not here.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
