/**
 * The HTTP server under load, compared with a bare Hono JSON endpoint measured in the same run, and
 * the server's memory. Each server is its own process (`sinergi serve` as `npm start` runs it:
 * `node bin/sinergi.mjs serve`, the CLI compiled ahead of time, with the default LOG_LEVEL info);
 * autocannon loads it from this process over loopback.
 *
 * - GET /api/regions/32.75: at least 25 % of bare Hono's requests per second
 * - GET /api/regions?q=bekasi: at least 10 %
 * - idle memory (RSS) at most 350 MB on PGlite and 200 MB on PostgreSQL, growing less than 20 %
 *   after a 60-second mixed load
 * - the JavaScript of the first load of the UI (entry, landing page and their static imports) at
 *   most 250 KB gzip
 *
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set (a throwaway database). Each figure
 * alternates bare Hono and the endpoint BENCH_HTTP_ROUNDS (3) times, BENCH_HTTP_SECONDS (5) each,
 * with 50 connections, and takes the median ratio; the memory load lasts BENCH_MEMORY_SECONDS (60).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openPglite } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { webDistDir } from '../src/server/web-build';
import { ensureServerBuilt } from '../scripts/build-server.mjs';
import { ensureUiBuilt } from '../test/support/ensure-ui-built';
import { findFreePort, repoRoot, sinergiNodeArgs } from '../test/support/test-server';
import { round } from './stats';
import { throwawayDatabase } from './throwaway-database';
import type { BenchModule, BenchResult } from './types';

const loadSeconds = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const memorySeconds = Number(process.env.BENCH_MEMORY_SECONDS ?? 60);
const connections = 50;

type Server = { url: string; process: ChildProcess; stop(): Promise<void> };

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 180_000) throw new Error(`${url} did not answer in 180 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `node <nodeArgs>` and waits until `readyPath` answers 200. */
async function startServer(
  nodeArgs: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
): Promise<Server> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}${readyPath}`, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    process: child,
    async stop() {
      child.kill('SIGINT');
      await exited;
    },
  };
}

async function startBareHono(): Promise<Server> {
  const port = await findFreePort();
  return startServer(['--import', 'tsx', 'bench/bare-hono.ts', String(port)], {}, port, '/');
}

async function startSinergi(dataDir: string, databaseUrl: string): Promise<Server> {
  const port = await findFreePort();
  return startServer(
    [...sinergiNodeArgs, 'serve', '--no-build-ui'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
    },
    port,
    '/api/health',
  );
}

/** Mean requests per second over `seconds`; fails on errors or non-2xx answers. */
async function requestsPerSecond(url: string, seconds = loadSeconds): Promise<number> {
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  }
  return result.requests.average;
}

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return kb / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A URL of the built UI's JavaScript, for the mixed load. */
function someAsset(): string {
  const manifest = readManifest();
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  return `/${entry?.file ?? 'index.html'}`;
}

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[] };

function readManifest(): Record<string, ManifestChunk> {
  return JSON.parse(fs.readFileSync(path.join(webDistDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}

/** The landing page of a visitor: `/` shows the region list. */
const landingRoute = 'routes/WilayahPage.tsx';
/** The landing page of a logged-in user: the beranda (the officer's home). */
const signedInLandingRoute = 'routes/monitoring/HomePage.tsx';

/**
 * The JavaScript a browser loads for the first page: the entry, the landing route's chunk, and
 * everything they import statically; with each file's gzip and brotli size as served.
 */
export function firstLoadJavaScript(route: string = landingRoute): {
  files: number;
  gzipBytes: number;
  brotliBytes: number;
} {
  const manifest = readManifest();
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (!manifest[route]) throw new Error(`${route} is not a chunk of the build`);
  const seen = new Set<string>();
  const pending = [...entries, route];
  while (pending.length) {
    const key = pending.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const key of seen) {
    const file = path.join(webDistDir, manifest[key]?.file ?? '');
    const body = fs.readFileSync(file);
    // As served: the precompressed file when the build wrote one, else the file itself.
    gzipBytes += fs.existsSync(`${file}.gz`) ? fs.statSync(`${file}.gz`).size : body.length;
    brotliBytes += fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : body.length;
  }
  return { files: seen.size, gzipBytes, brotliBytes };
}

/** The median of a few numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * An endpoint's rate as a share of bare Hono's: `rounds` alternations of bare Hono and the endpoint,
 * each loaded for `loadSeconds`, so that both see the same machine (shared and noisy); the median
 * of the per-round ratios, with the median rates.
 */
async function versusBare(
  bare: Server,
  load: () => Promise<number>,
): Promise<{ ratio: number; rate: number; bareRate: number }> {
  const ratios: number[] = [];
  const rates: number[] = [];
  const bareRates: number[] = [];
  await load();
  for (let round = 0; round < rounds; round += 1) {
    const bareRate = await requestsPerSecond(bare.url);
    const rate = await load();
    bareRates.push(bareRate);
    rates.push(rate);
    ratios.push((rate / bareRate) * 100);
  }
  return { ratio: median(ratios), rate: median(rates), bareRate: median(bareRates) };
}

async function benchDatabase(label: string, dataDir: string, databaseUrl: string): Promise<BenchResult[]> {
  const bare = await startBareHono();
  const server = await startSinergi(dataDir, databaseUrl).catch(async (error: unknown) => {
    await bare.stop();
    throw error;
  });
  try {
    await sleep(2000);
    const idle = rssMb(server.process.pid);
    await requestsPerSecond(bare.url, 2);
    const endpoint = (pathname: string) => () => requestsPerSecond(`${server.url}${pathname}`);
    const byCode = await versusBare(bare, endpoint('/api/regions/32.75'));
    const search = await versusBare(bare, endpoint('/api/regions?q=bekasi'));
    const html = await versusBare(bare, endpoint('/wilayah'));
    // A new text every request: the answer cache never helps, the search runs each time.
    let counter = 0;
    const uncached = await versusBare(bare, async () => {
      const result = await autocannon({
        url: server.url,
        connections,
        duration: loadSeconds,
        requests: [
          { setupRequest: (request) => ({ ...request, path: `/api/regions?q=bekas${(counter += 1)}` }) },
        ],
      });
      return result.requests.average;
    });

    // Mixed load for the memory figure: the region reads, the UI, its JavaScript (brotli).
    const asset = someAsset();
    await autocannon({
      url: server.url,
      connections,
      duration: memorySeconds,
      requests: [
        { path: '/api/regions/32.75' },
        { path: '/api/regions?q=bekasi' },
        { path: '/api/regions?province=32' },
        { path: '/wilayah' },
        { path: asset, headers: { 'accept-encoding': 'br' } },
        { path: '/api/health' },
      ],
    });
    await sleep(5000);
    const loaded = rssMb(server.process.pid);
    const growth = (loaded / idle - 1) * 100;
    const memoryTarget = label === 'PGlite' ? 350 : 200;
    const rate = (value: number) => `${Math.round(value).toLocaleString('en')} req/s`;
    const figure = (
      name: string,
      measured: { ratio: number; rate: number; bareRate: number },
      target?: number,
    ) => ({
      name: `${name} (${label})`,
      value: round(measured.ratio),
      unit: '% of bare Hono',
      ...(target === undefined ? {} : { target: `>= ${target} %`, pass: measured.ratio >= target }),
      note: `${rate(measured.rate)}; bare Hono ${rate(measured.bareRate)}`,
    });
    return [
      figure('GET /api/regions/32.75', byCode, 25),
      figure('GET /api/regions?q=bekasi', search, 10),
      {
        ...figure('GET /api/regions?q=, a new text each request', uncached),
        note: `${rate(uncached.rate)}; bare Hono ${rate(uncached.bareRate)}; the answer cache never hits`,
      },
      figure("the UI's HTML, GET /wilayah", html),
      {
        name: `idle memory (${label})`,
        value: Math.round(idle),
        unit: 'MB RSS',
        target: `<= ${memoryTarget} MB`,
        pass: idle <= memoryTarget,
        note: 'sinergi serve on an existing database, 2 s after it answers',
      },
      {
        name: `memory growth after a ${memorySeconds} s load (${label})`,
        value: round(growth),
        unit: '%',
        target: '< 20 %',
        pass: growth < 20,
        note: `${Math.round(loaded)} MB RSS 5 s after a mixed load (region reads, HTML, JavaScript)`,
      },
    ];
  } finally {
    await server.stop();
    await bare.stop();
  }
}

async function run(): Promise<BenchResult[]> {
  ensureUiBuilt();
  // Compiled before the servers start, so that no figure includes the compile.
  await ensureServerBuilt();
  const firstLoadOf = (name: string, route: string): BenchResult => {
    const firstLoad = firstLoadJavaScript(route);
    return {
      name,
      value: round(firstLoad.gzipBytes / 1000),
      unit: 'KB gzip',
      target: '<= 250 KB gzip',
      pass: firstLoad.gzipBytes <= 250_000,
      note: `${firstLoad.files} files: entry, ${route} and their static imports; ${round(firstLoad.brotliBytes / 1000)} KB brotli`,
    };
  };
  const results: BenchResult[] = [
    firstLoadOf('first-load JavaScript of the UI (visitor, /wilayah)', landingRoute),
    firstLoadOf('first-load JavaScript of the UI (logged in, beranda)', signedInLandingRoute),
  ];

  // PGlite: the data dir is made first, so the server starts as on every start after the first.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-http-'));
  try {
    const database = await openPglite(dataDir, 'bench');
    try {
      await runMigrations(database);
      await loadReferenceData(database);
    } finally {
      await database.close();
    }
    results.push(...(await benchDatabase('PGlite', dataDir, '')));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const throwaway = await throwawayDatabase();
  if (throwaway) {
    const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-http-pg-'));
    try {
      results.push(...(await benchDatabase('PostgreSQL', pgDataDir, throwaway.url)));
    } finally {
      fs.rmSync(pgDataDir, { recursive: true, force: true });
      await throwaway.drop();
    }
  }
  return results;
}

export default { title: 'HTTP server', run } satisfies BenchModule;
