/**
 * `npm run bench`: runs every bench/*.bench.ts module (or those named on the command line),
 * prints the figures and rewrites the results table in docs/benchmarks.md.
 * Speed targets are checked here, never in timed tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const docPath = path.join(benchDir, '..', 'docs', 'benchmarks.md');
const startMarker = '<!-- bench:start -->';
const endMarker = '<!-- bench:end -->';

const filters = process.argv.slice(2);
const files = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

const rows: Array<BenchResult & { title: string }> = [];
let failed = false;
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { default: BenchModule };
  const { title, run } = module.default;
  process.stdout.write(`\n# ${title} (${file})\n`);
  try {
    for (const result of await run()) {
      rows.push({ ...result, title });
      const verdict = result.pass === undefined ? '' : result.pass ? ' PASS' : ' FAIL';
      process.stdout.write(
        `  ${result.name}: ${result.value} ${result.unit}${result.target ? ` (target ${result.target})` : ''}${verdict}${result.note ? ` - ${result.note}` : ''}\n`,
      );
      if (result.pass === false) failed = true;
    }
  } catch (error) {
    failed = true;
    process.stdout.write(`  ERROR: ${error instanceof Error ? error.message : String(error)}\n`);
    rows.push({ title, name: 'error', value: Number.NaN, unit: String(error), pass: false });
  }
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const table = [
  startMarker,
  `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
  '',
  '| area | measure | value | target | result | note |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (row) =>
      `| ${row.title} | ${row.name} | ${row.value} ${row.unit} | ${row.target ?? ''} | ${row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL'} | ${row.note ?? ''} |`,
  ),
  endMarker,
].join('\n');

if (filters.length === 0) {
  const current = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '';
  const next =
    current.includes(startMarker) && current.includes(endMarker)
      ? current.replace(new RegExp(`${startMarker}[\\s\\S]*${endMarker}`), table)
      : `${current || '# Benchmarks\n'}\n${table}\n`;
  // The file is checked by `prettier --check` in CI: write it in Prettier's format.
  const prettier = await import('prettier');
  fs.writeFileSync(docPath, await prettier.format(next, { parser: 'markdown' }));
  process.stdout.write(`\nWrote ${path.relative(process.cwd(), docPath)}\n`);
}
process.exitCode = failed ? 1 : 0;
