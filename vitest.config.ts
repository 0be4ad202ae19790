import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three suites: unit tests of the main process (Node), component tests of the renderer (jsdom),
// and integration tests that start a real containerd (Node, root, one file at a time).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'bin/**/*.test.ts'],
          exclude: ['electron/**/*.integration.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['electron/**/*.integration.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
