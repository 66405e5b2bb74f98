import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Only the CLI touches the file system, the process and the terminal.
const NO_IO = ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:process'];

/**
 * The layers of src/, lowest first: a folder may import its own layer's shared code and the
 * layers below it, never a sibling capability or anything above. `base` is `lang/`, `xml/`,
 * `i18n/` and the single files at the top of src/.
 */
const CAPABILITIES = ['model', 'formats', 'tm', 'terms', 'segment', 'check', 'align', 'validate', 'cli'];
const MAY_IMPORT = {
  base: [],
  model: [],
  formats: ['model'],
  tm: ['model'],
  terms: ['model'],
  segment: ['model'],
  check: ['model', 'tm', 'terms'],
  align: ['model', 'segment'],
  validate: ['model', 'formats'],
};
const FOLDERS_OF = { base: ['lang', 'xml', 'i18n'] };

function layerRules(layer) {
  const forbidden = CAPABILITIES.filter((folder) => folder !== layer && !MAY_IMPORT[layer].includes(folder));
  return {
    files: layer === 'base' ? [...FOLDERS_OF.base.map((folder) => `src/${folder}/**/*.ts`), 'src/*.ts'] : [`src/${layer}/**/*.ts`],
    ignores: layer === 'base' ? ['src/index.ts', 'src/types.ts'] : [],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NO_IO, message: 'Only src/cli/ touches files and the process.' },
            {
              regex: `^\\.{1,2}/(\\.\\./)*(${forbidden.join('|')})/`,
              message: `${layer === 'base' ? 'lang/, xml/, i18n/ and the top-level files of src/ import no capability folder' : `src/${layer}/ may import only ${[...MAY_IMPORT[layer].map((folder) => `src/${folder}/`), 'the base modules'].join(', ')}`} (see README, Project layout).`,
            },
          ],
        },
      ],
    },
  };
}

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
      'no-restricted-imports': ['error', { patterns: NO_IO }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  ...Object.keys(MAY_IMPORT).map(layerRules),
);
