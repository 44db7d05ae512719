import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Deepest folder nesting under a layer's root that the layering rules cover. */
const maxDepth = 6;

/**
 * `no-restricted-imports` for one layer of src/ (ARCHITECTURE.md, "Dependency direction"). The
 * project imports by relative path, so a file `depth` folders below its layer's root reaches src/
 * with `depth + 1` times `../`. `forbidden(up, test)` gives the restricted patterns for that prefix
 * (a regex); `test` is a lookahead that lets test files also reach the fixtures under test/.
 */
function layerRule(layer, forbidden) {
  return Array.from({ length: maxDepth + 1 }, (_, depth) => {
    const files = `src/${layer}/${'*/'.repeat(depth)}*`;
    const rule = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
    const up = `^(\\.\\./){${depth + 1}}`;
    return [
      { files: [`${files}.{ts,tsx}`], ignores: [`${files}.test.{ts,tsx}`], rules: rule(forbidden(up, '')) },
      { files: [`${files}.test.{ts,tsx}`], rules: rule(forbidden(up, '|\\.\\./test/')) },
    ];
  }).flat();
}

const layering = [
  // domain imports nothing of the project outside itself.
  ...layerRule('domain', (up, test) => [
    {
      regex: `${up}(?!domain(/|$)${test})`,
      message: 'src/domain imports nothing of the project outside itself.',
    },
  ]),
  // extract imports only domain.
  ...layerRule('extract', (up, test) => [
    { regex: `${up}(?!(domain|extract)(/|$)${test})`, message: 'src/extract imports only src/domain.' },
  ]),
  // web never imports server or cli, and takes from the extractor only types and the values of its
  // contract (extract/types.ts: zod schemas and field lists, no extraction code).
  // Its tests may run the extractor to build realistic drafts.
  ...layerRule('web', (up, test) => [
    { regex: `${up}(server|cli)(/|$)`, message: 'src/web never imports src/server or src/cli.' },
    ...(test
      ? []
      : [
          {
            regex: `${up}extract(/(?!types$)|$)`,
            allowTypeImports: true,
            message:
              'src/web takes only types from src/extract (import type), besides its contract extract/types.',
          },
        ]),
  ]),
];

/** The pure layers have no I/O: outside their tests they import no Node built-in module. */
const pureLayers = {
  files: ['src/domain/**/*.ts', 'src/extract/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'ImportDeclaration[source.value=/^node:/]',
        message: 'src/domain and src/extract are pure: no Node built-in modules (I/O belongs in src/server).',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // Type-checked rules: a promise is awaited, returned, or explicitly let go with `void`.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['bin/**', 'scripts/**', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  ...layering,
  pureLayers,
);
