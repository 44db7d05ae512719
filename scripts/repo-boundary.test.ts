/**
 * The repository stands alone: nothing under src/, test/, bench/, scripts/, bin/ or .ci/ may read a
 * file outside it (such as a sibling folder next to the clone), so a fresh clone passes its tests. CI also
 * runs the suite from a copy with no neighbouring folders; this test names the offending line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scannedFolders = ['src', 'test', 'bench', 'scripts', 'bin', '.ci'];
const codeExtensions = new Set(['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.sh', '']);

/** The folder laid beside a checkout, named in a path however it is joined (its name assembled here). */
const siblingName = ['s', 'hared'].join('');
const siblingFolder = new RegExp(
  String.raw`\.\.[/\\]${siblingName}\b|['"\x60]\.\.['"\x60]\s*,\s*['"\x60]${siblingName}['"\x60]`,
);

/** Lines of one source file that point outside the repository, as `line: text`. */
export function outsideReferences(file: string, text: string, root: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    const reasons: string[] = [];
    // A sibling folder named in a path, however it is joined.
    if (siblingFolder.test(line)) reasons.push('a sibling folder');
    // The repository root's parent, reached from a variable holding the root.
    if (/\b(repoRoot|rootDir|root)\s*,\s*['"`]\.\.(?:['"`]|[/\\])/.test(line))
      reasons.push("the root's parent");
    // An absolute path of a developer's machine.
    if (/['"`]\/(?:work|home|Users)\//.test(line)) reasons.push('an absolute path');
    // A relative path literal that climbs above the root from the file's own folder.
    for (const match of line.matchAll(/['"`]((?:\.\.\/)+[^'"`]*)['"`]/g)) {
      const target = resolve(dirname(file), match[1] ?? '');
      if (target !== root && !target.startsWith(root + sep))
        reasons.push(`${match[1]} leaves the repository`);
    }
    if (reasons.length > 0) found.push(`${index + 1}: ${line.trim()} (${reasons.join(', ')})`);
  });
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    // Fixture data (.txt, .html, .json) may contain any text; only code is scanned.
    return codeExtensions.has(extname(entry.name)) ? [path] : [];
  });
}

/** Tests whose strings are code snippets placed elsewhere (they hold bad paths on purpose). */
const snippetFiles = new Set(['scripts/repo-boundary.test.ts', 'scripts/eslint-layering.test.ts']);

describe('the repository stands alone', () => {
  it('finds a sibling folder, the root parent and absolute paths in a snippet', () => {
    const file = join(repoRoot, 'test', 'integration', 'x.test.ts');
    // The sibling folder's name is assembled, so this file itself never names a path outside.
    const sibling = siblingName;
    const snippet = [
      `const seeds = path.resolve(import.meta.dirname, '../../../${sibling}/seeds');`,
      `const truth = resolve(repoRoot, '../${sibling}/fixtures/seed-truth');`,
      `const e2e = path.join(repoRoot, '..', '${sibling}', 'seeds');`,
      `const notes = readFileSync('/work/${sibling}/domain.md');`,
      "const inside = path.resolve(import.meta.dirname, '../fixtures/seeds');",
      "import { x } from '../../src/extract/index.js';",
    ].join('\n');
    const found = outsideReferences(file, snippet, repoRoot);
    expect(found.map((line) => line.split(':')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('has no reference outside the repository in src, test, bench, scripts, bin or .ci', () => {
    const files = scannedFolders
      .flatMap((folder) => sourceFiles(join(repoRoot, folder)))
      .filter((file) => !snippetFiles.has(relative(repoRoot, file)));
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) =>
      outsideReferences(file, readFileSync(file, 'utf8'), repoRoot).map(
        (line) => `${relative(repoRoot, file)}:${line}`,
      ),
    );
    expect(offending).toEqual([]);
  });
});
