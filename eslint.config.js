import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Only the CLI touches the file system, the process and the terminal (and the review server, its bundled page).
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/review/server.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:process'] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
