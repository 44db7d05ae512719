/**
 * Builds src/domain/regions/regions.json, the committed list of the 552 regions of the Kemendagri
 * code list (38 provinsi, 416 kabupaten, 98 kota) with a representative point each.
 *
 * Sources:
 * - names and codes: the npm package idn-area-data@4.0.1 (data/{provinces,regencies}.csv), ODbL
 * - points: src/server/db/reference/regions-points.csv (from cahyadsn/wilayah_boundaries), MIT
 *
 * Run with `npm run data:regions` (or `npx tsx scripts/build-regions.ts [DATA_DIR]`). The package is
 * not a dependency (its engines field asks for Node 22, and only its CSV files are needed): the
 * script fetches its tarball with `npm pack` into a temporary folder and checks the tarball's
 * integrity against the hash pinned below, or reads DATA_DIR (a folder with provinces.csv and
 * regencies.csv) when given. It stops with a non-zero exit code when the counts or the points do not
 * match what the domain expects, so a new version of the source data cannot slip in unnoticed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Region, RegionLevel } from '../src/domain/regions/region';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The source of codes and names, pinned by version and by the registry's integrity hash. */
const sourcePackage = 'idn-area-data@4.0.1';
const sourceIntegrity =
  'sha512-PhNSIl5T7swVwwWxJOFMtCaeHAF9TUu0HLDf+36EIWZro9j7au83AFIJiBQGL+iRsBDA2OlpJ5fjiqxNYndzOQ==';
const pointsFile = resolve(root, 'src/server/db/reference/regions-points.csv');
const outputFile = resolve(root, 'src/domain/regions/regions.json');

const expectedCounts: Record<RegionLevel, number> = { provinsi: 38, kabupaten: 416, kota: 98 };
const nonAutonomousCodes = ['31.01', '31.71', '31.72', '31.73', '31.74', '31.75'];

/**
 * Province names as Indonesians write them. The long official forms stay recognisable through the
 * resolver's aliases; the short forms are what users, the news and the seed truth files use.
 */
const provinceNameOverrides: Record<string, string> = {
  '31': 'DKI Jakarta',
  '34': 'DI Yogyakarta',
};

/** Official abbreviations kept in upper case when title-casing. */
const upperCaseWords = new Set(['DKI', 'DI', 'DIY', 'DK']);
/** Particles kept in lower case inside a name ("Kabupaten Pangkajene dan Kepulauan"). */
const lowerCaseWords = new Set(['dan']);

/** Splits one CSV line; the sources have no quoted fields, which `parseCsv` checks. */
function parseCsv(text: string, file: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((cell) => cell.trim());
  return lines.map((line, index) => {
    if (line.includes('"')) throw new Error(`${file}:${index + 2}: quoted CSV fields are not supported`);
    const cells = line.split(',');
    if (cells.length !== header.length) {
      throw new Error(`${file}:${index + 2}: expected ${header.length} fields, found ${cells.length}`);
    }
    return Object.fromEntries(header.map((column, i) => [column, (cells[i] ?? '').trim()]));
  });
}

function readCsv(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'), file);
}

function field(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined || value === '')
    throw new Error(`missing column "${column}" in ${JSON.stringify(row)}`);
  return value;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Title-cases a source name ("KABUPATEN ACEH SELATAN" -> "Kabupaten Aceh Selatan"), keeping official
 * abbreviations upper case and expanding "Kep." to "Kepulauan" and a leading "Kab." to "Kabupaten".
 * Idempotent on already title-cased names.
 */
export function toTitleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      const upper = word.toUpperCase();
      if (upper === 'KEP.' || upper === 'KEP') return 'Kepulauan';
      if (index === 0 && (upper === 'KAB.' || upper === 'KAB')) return 'Kabupaten';
      if (upperCaseWords.has(upper)) return upper;
      if (index > 0 && lowerCaseWords.has(word.toLowerCase())) return word.toLowerCase();
      return word.split('-').map(capitalize).join('-');
    })
    .join(' ');
}

/**
 * Regency names drop "Administrasi" (DKI's administrative kota and kabupaten): the level and the
 * autonomy flag carry that, and people write "Kota Jakarta Pusat", "Kabupaten Kepulauan Seribu".
 */
function regencyName(sourceName: string): { name: string; level: RegionLevel } {
  const name = toTitleCase(sourceName).replace(/^(Kabupaten|Kota) Administrasi /, '$1 ');
  if (name.startsWith('Kota ')) return { name, level: 'kota' };
  if (name.startsWith('Kabupaten ')) return { name, level: 'kabupaten' };
  throw new Error(`cannot tell the level of "${sourceName}": it starts with neither Kota nor Kabupaten`);
}

function buildRegions(sourceDir: string): Region[] {
  const points = new Map<string, { lat: number; lng: number }>();
  for (const row of readCsv(pointsFile)) {
    const lat = Number(field(row, 'lat'));
    const lng = Number(field(row, 'lng'));
    // Indonesia lies roughly within 6°N..11°S and 95°E..141°E; anything outside is a swapped or broken point.
    if (!(lat > -12 && lat < 7 && lng > 94 && lng < 142)) {
      throw new Error(`point of ${field(row, 'code')} is outside Indonesia: ${lat}, ${lng}`);
    }
    points.set(field(row, 'code'), { lat, lng });
  }
  const pointOf = (code: string): { lat: number; lng: number } => {
    const point = points.get(code);
    if (!point) throw new Error(`no point for region ${code} in ${pointsFile}`);
    return point;
  };

  const regions: Region[] = [];
  const provinceCodes = new Set<string>();
  for (const row of readCsv(resolve(sourceDir, 'provinces.csv'))) {
    const code = field(row, 'code');
    if (!/^\d{2}$/.test(code)) throw new Error(`unexpected province code "${code}"`);
    provinceCodes.add(code);
    regions.push({
      code,
      name: provinceNameOverrides[code] ?? toTitleCase(field(row, 'name')),
      level: 'provinsi',
      provinceCode: null,
      autonomous: true,
      ...pointOf(code),
    });
  }
  for (const row of readCsv(resolve(sourceDir, 'regencies.csv'))) {
    const code = field(row, 'code');
    const provinceCode = field(row, 'province_code');
    if (!/^\d{2}\.\d{2}$/.test(code) || !code.startsWith(`${provinceCode}.`)) {
      throw new Error(`unexpected regency code "${code}" for province "${provinceCode}"`);
    }
    if (!provinceCodes.has(provinceCode))
      throw new Error(`regency ${code} has unknown province ${provinceCode}`);
    const { name, level } = regencyName(field(row, 'name'));
    // Kemendagri numbers every kota 71 or above; a mismatch means the name and the code disagree.
    const kotaByNumber = Number(code.slice(3)) >= 71;
    if (kotaByNumber !== (level === 'kota'))
      throw new Error(`level "${level}" of ${code} ${name} contradicts its number`);
    regions.push({
      code,
      name,
      level,
      provinceCode,
      autonomous: !nonAutonomousCodes.includes(code),
      ...pointOf(code),
    });
  }
  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return regions;
}

function verify(regions: Region[]): void {
  const problems: string[] = [];
  for (const level of Object.keys(expectedCounts) as RegionLevel[]) {
    const count = regions.filter((region) => region.level === level).length;
    if (count !== expectedCounts[level])
      problems.push(`expected ${expectedCounts[level]} ${level}, found ${count}`);
  }
  const codes = new Set(regions.map((region) => region.code));
  if (codes.size !== regions.length) problems.push('duplicate region codes');
  const nonAutonomous = regions.filter((region) => !region.autonomous).map((region) => region.code);
  if (nonAutonomous.join() !== nonAutonomousCodes.join()) {
    problems.push(
      `non-autonomous regions are ${nonAutonomous.join(', ')}, expected ${nonAutonomousCodes.join(', ')}`,
    );
  }
  if (problems.length > 0) throw new Error(`region data check failed:\n- ${problems.join('\n- ')}`);
}

/**
 * Downloads the pinned source package with `npm pack` (no install, so no engines check and no
 * scripts), checks its integrity and unpacks it; returns the folder of its CSV files.
 */
function fetchSourceData(workDir: string): string {
  const tarball = execFileSync('npm', ['pack', sourcePackage, '--pack-destination', workDir, '--silent'], {
    cwd: workDir,
    encoding: 'utf8',
  }).trim();
  const tarballPath = join(workDir, tarball);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarballPath)).digest('base64')}`;
  if (integrity !== sourceIntegrity) {
    throw new Error(`${sourcePackage}: integrity ${integrity} does not match the pinned ${sourceIntegrity}`);
  }
  execFileSync('tar', ['-xzf', tarballPath, '-C', workDir]);
  return join(workDir, 'package', 'data');
}

function main(): void {
  const given = process.argv[2];
  let regions: Region[];
  if (given) {
    regions = buildRegions(resolve(given));
  } else {
    const workDir = mkdtempSync(join(tmpdir(), 'sinergi-regions-'));
    try {
      regions = buildRegions(fetchSourceData(workDir));
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  verify(regions);
  // One region per line keeps diffs of the committed file readable.
  const json = `[\n${regions.map((region) => `  ${JSON.stringify(region)}`).join(',\n')}\n]\n`;
  writeFileSync(outputFile, json);
  console.log(`wrote ${regions.length} regions to ${outputFile}`);
}

// Runs only as a script, so that toTitleCase can be imported by a test without writing files.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
