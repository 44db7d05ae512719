/**
 * The dependency direction of ARCHITECTURE.md is enforced by lint (eslint.config.js): each case is
 * linted as if it were a file at that path, and the layering rule must report it (or not).
 */
import { ESLint } from 'eslint';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const layeringRules = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];

const eslint = new ESLint({
  cwd: repoRoot,
  // The snippets are not files of the TypeScript project, so type-aware linting is switched off.
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

async function layeringMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, filePath) });
  return (result?.messages ?? [])
    .filter((message) => layeringRules.includes(message.ruleId ?? ''))
    .map((message) => message.message);
}

describe('layering lint rules', () => {
  // Loading the config and the TypeScript parser takes seconds on a busy machine; done once here.
  beforeAll(() => layeringMessages('src/domain/x.ts', ''), 60_000);

  it.each([
    [
      'src/domain/regions/x.ts',
      "import { AppError } from '../../server/errors';\nAppError;\n",
      'src/domain imports nothing',
    ],
    [
      'src/domain/x.ts',
      "import { extractArticle } from '../extract';\nextractArticle;\n",
      'src/domain imports nothing',
    ],
    [
      'src/domain/x.ts',
      "import { readFileSync } from 'node:fs';\nreadFileSync;\n",
      'no Node built-in modules',
    ],
    [
      'src/extract/x.ts',
      "import { createApp } from '../server/app';\ncreateApp;\n",
      'src/extract imports only src/domain',
    ],
    [
      'src/extract/x.ts',
      "import { fetchArticle } from '../server/features/ingest/fetch';\nfetchArticle;\n",
      'src/extract imports only',
    ],
    ['src/extract/x.ts', "import { request } from 'node:http';\nrequest;\n", 'no Node built-in modules'],
    [
      'src/web/routes/x/Page.tsx',
      "import { loadConfig } from '../../../server/config';\nloadConfig;\n",
      'src/web never imports',
    ],
    [
      'src/web/api/x.ts',
      "import { runExtract } from '../../cli/commands/extract';\nrunExtract;\n",
      'src/web never imports',
    ],
    [
      'src/web/routes/x.ts',
      "import { extractArticle } from '../../extract';\nextractArticle;\n",
      'only types from src/extract',
    ],
    [
      'src/web/routes/ingest/x.ts',
      "import { calibrate } from '../../../extract/calibration';\ncalibrate;\n",
      'only types from src/extract',
    ],
  ])('reports %s importing across the layers', async (filePath, code, expected) => {
    const messages = await layeringMessages(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each([
    ['src/domain/agreements/x.ts', "import { regionByCode } from '../regions/index';\nregionByCode;\n"],
    ['src/extract/x.ts', "import { sectors } from '../domain/taxonomy/sectors';\nsectors;\n"],
    ['src/extract/x.test.ts', "import { loadSeeds } from '../../test/fixtures/articles/load';\nloadSeeds;\n"],
    [
      'src/web/routes/x.ts',
      "import type { ExtractionResult } from '../../extract/types';\nexport type X = ExtractionResult;\n",
    ],
    ['src/web/routes/ingest/x.ts', "import { scoredFields } from '../../../extract/types';\nscoredFields;\n"],
    ['src/web/routes/x.ts', "import { sectors } from '../../domain/taxonomy/sectors';\nsectors;\n"],
    [
      'src/server/features/x/service.ts',
      "import { extractArticle } from '../../../extract/index';\nextractArticle;\n",
    ],
  ])('allows %s importing along the dependency direction', async (filePath, code) => {
    expect(await layeringMessages(filePath, code)).toEqual([]);
  });
});
