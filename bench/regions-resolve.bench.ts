/**
 * Region name resolution throughput. The article extractor and the importers call resolveRegion for
 * every mention they meet, so it must stay cheap: target 50,000 calls per second on one core.
 */
import { performance } from 'node:perf_hooks';
import { resolveRegion } from '../src/domain/regions/index';
import type { BenchModule, BenchResult } from './types';

const targetCallsPerSecond = 50_000;

/** A realistic mix: the forms seen in the seed articles, abbreviations, variants, bare names, misses. */
const inputs: readonly string[] = [
  'Pemerintah Kota Bekasi',
  'Pemkot Bekasi',
  'Pj. Wali Kota Bekasi',
  'Kabupaten Bekasi',
  'Bekasi',
  'Kota Malang',
  'Pemkot Malang',
  'Malang',
  'Wali Kota Jambi',
  'Pemkab Pasuruan',
  'Bupati Pasuruan',
  'Kab. Pasuruan',
  'Wakil Gubernur DKI Jakarta',
  'Pemprov DKI Jakarta',
  'Jawa Timur',
  'Jakarta Pusat',
  'Jabar',
  'Sulsel',
  'Pematang Siantar',
  'Kep. Riau',
  'Pemerintah Kabupaten/Kota Bekasi',
  'Daerah Istimewa Yogyakarta',
  'KOTA TANJUNGPINANG',
  'Bau-Bau',
  'Kantor Wali Kota',
  'Universitas Brawijaya',
  '',
];

function runFor(milliseconds: number): { calls: number; elapsed: number; resolved: number } {
  let calls = 0;
  let resolved = 0;
  const start = performance.now();
  let now = start;
  while (now - start < milliseconds) {
    // Check the clock once per batch so timing does not dominate what is timed.
    for (const input of inputs) {
      if (resolveRegion(input).status !== 'not_found') resolved += 1;
    }
    calls += inputs.length;
    now = performance.now();
  }
  return { calls, elapsed: now - start, resolved };
}

async function run(): Promise<BenchResult[]> {
  runFor(300);
  const { calls, elapsed, resolved } = runFor(1500);
  const callsPerSecond = Math.round((calls / elapsed) * 1000);
  return [
    {
      name: 'Region name resolution',
      value: callsPerSecond,
      unit: 'calls/s',
      target: `>= ${targetCallsPerSecond.toLocaleString('en-US')} calls/s`,
      pass: callsPerSecond >= targetCallsPerSecond,
      note: `${calls.toLocaleString('en-US')} calls over ${(elapsed / 1000).toFixed(2)} s, ${inputs.length} distinct inputs, ${Math.round((resolved / calls) * 100)}% found`,
    },
  ];
}

export default { title: 'Region name resolution', run } satisfies BenchModule;
