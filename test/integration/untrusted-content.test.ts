import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflatingPdf } from '../support/inflating-pdf.js';
import { repoRoot, startTestServer, type TestServer } from '../support/test-server.js';
import { malangPasuruanKsb, testPassword } from './support/factories.js';

/**
 * Hostile uploads and pages against the real server process (`sinergi serve`), measured from the
 * outside: the event loop must keep answering /api/health while a PDF that inflates to 400 MiB is
 * uploaded or 150,000 nested elements are extracted, and parallel uploads must not be held in memory.
 */
const MiB = 1024 * 1024;
/** The answer time /api/health must keep during hostile work. */
const healthBudgetMs = 100;

/**
 * Asks /api/health every 20 ms from a process of its own (this one is busy sending uploads), each time
 * on a new connection, until its standard input closes; then prints every answer's time in ms (a
 * status other than 200 as its negative).
 */
const pollerScript = `
const http = require('node:http');
const times = [];
let running = true;
process.stdin.on('end', () => (running = false)).resume();
const once = () => new Promise((resolve) => {
  const started = performance.now();
  http.get(process.argv[1], { agent: false }, (response) => {
    response.resume();
    response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - started : -response.statusCode));
  }).on('error', () => resolve(-1));
});
(async () => {
  while (running) {
    times.push(await once());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.stdout.write(JSON.stringify(times));
})();
`;

/** A process's resident memory (VmRSS), or its peak since `resetPeakResident` (VmHWM), in bytes. */
function resident(pid: number, which: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${which}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
}
function resetPeakResident(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while /api/health is polled from another process and the server's peak memory is
 * recorded: the time taken, the slowest answers, their number, and the server's peak resident memory.
 */
async function watchServer<T>(server: TestServer, work: () => Promise<T>) {
  const poller = spawn(process.execPath, ['-e', pollerScript, `${server.baseUrl}/api/health`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let printed = '';
  poller.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const closed = once(poller, 'close');
  await sleep(100);
  resetPeakResident(server.pid);
  const started = performance.now();
  let result: T;
  let ms: number;
  try {
    result = await work();
    ms = performance.now() - started;
  } finally {
    poller.stdin.end();
    await closed;
  }
  const times = JSON.parse(printed || '[]') as number[];
  expect(
    times.filter((time) => time < 0),
    'health answers other than 200',
  ).toEqual([]);
  return {
    result,
    ms,
    peakResident: resident(server.pid, 'VmHWM'),
    maxHealthMs: Math.max(...times),
    slowestMs: [...times]
      .sort((a, b) => b - a)
      .slice(0, 5)
      .map(Math.round),
    answers: times.length,
  };
}

/**
 * The slowest /api/health answer allowed during hostile work: 100 ms. On a machine with more runnable
 * threads than cores (a shared 2-core machine under a load of 20 showed 75 to 150 ms at rest), the
 * scheduler alone delays single answers past that, so there the budget is 500 ms. Before the fix the
 * server did not answer at all for 10 to 90 seconds, so either budget tells the two apart.
 */
const healthBudget = os.loadavg()[0]! > os.availableParallelism() ? 500 : healthBudgetMs;

describe('hostile documents and pages against the server process', { timeout: 240_000 }, () => {
  let server: TestServer;
  let headers: Record<string, string>;
  let agreementId: string;
  let bomb: Buffer;

  const upload = (file: Buffer, name: string, type: string) => {
    const body = new FormData();
    body.set('file', new File([new Uint8Array(file)], name, { type }));
    body.set('kind', 'lainnya');
    body.set('title', name);
    return fetch(`${server.baseUrl}/api/agreements/${agreementId}/documents`, {
      method: 'POST',
      headers,
      body,
    });
  };

  beforeAll(async () => {
    [server, bomb] = await Promise.all([
      startTestServer({ args: ['--no-build-ui'], startTimeoutMs: 150_000 }),
      inflatingPdf(400 * MiB),
    ]);
    const token = new URL(await server.setupUrl()).searchParams.get('token') ?? '';
    const setup = await fetch(`${server.baseUrl}/api/auth/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, email: 'admin@sinergi.test', name: 'Admin', password: testPassword }),
    });
    expect(setup.status).toBe(201);
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    headers = {
      Cookie: (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      'X-CSRF-Token': csrfToken,
    };
    const created = await fetch(`${server.baseUrl}/api/agreements`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(malangPasuruanKsb()),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    agreementId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('measures /api/health at rest (reference for the figures below)', async ({ annotate }) => {
    const idle = await watchServer(server, () => sleep(3000));
    await annotate(
      `at rest: slowest /api/health ${idle.slowestMs.join(', ')} ms over ${idle.answers} answers; ` +
        `budget ${healthBudget} ms at a load average of ${os.loadavg()[0]!.toFixed(1)}`,
    );
  });

  it('streams ten parallel 24 MiB uploads to storage without holding them in memory', async ({
    annotate,
  }) => {
    const png = fs.readFileSync(path.join(repoRoot, 'test/fixtures/files/stamp.png'));
    const big = Buffer.concat([png, Buffer.alloc(24 * MiB - png.length)]);
    await sleep(500);
    const before = resident(server.pid, 'VmRSS');
    const watched = await watchServer(server, () =>
      Promise.all(Array.from({ length: 10 }, (_, index) => upload(big, `besar-${index}.png`, 'image/png'))),
    );
    for (const response of watched.result) expect(response.status, await response.text()).toBe(201);
    const growth = watched.peakResident - before;
    await annotate(
      `10 x 24 MiB uploads: ${Math.round(watched.ms)} ms, server RSS ${Math.round(before / MiB)} MiB -> ` +
        `peak ${Math.round(watched.peakResident / MiB)} MiB (+${Math.round(growth / MiB)} MiB), ` +
        `slowest /api/health ${watched.slowestMs.join(', ')} ms over ${watched.answers} answers`,
    );
    // Buffered, the ten bodies alone were 240 MiB (and copies of them raised the server by 860 MB).
    expect(growth).toBeLessThan(120 * MiB);
  });

  it('stores a PDF that inflates to 400 MiB, says its text was not read, and keeps answering', async ({
    annotate,
  }) => {
    expect(bomb.length).toBeLessThan(2 * MiB);
    const watched = await watchServer(server, async () => {
      const response = await upload(bomb, 'bom.pdf', 'application/pdf');
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    });
    await annotate(
      `${Math.round(bomb.length / 1024)} KB PDF inflating to 400 MiB: upload ${Math.round(watched.ms)} ms, ` +
        `slowest /api/health ${watched.slowestMs.join(', ')} ms over ${watched.answers} answers, ` +
        `server RSS peak ${Math.round(watched.peakResident / MiB)} MiB`,
    );
    expect(watched.result.status, JSON.stringify(watched.result.body)).toBe(201);
    expect(watched.result.body.version).toMatchObject({ hasText: false, textStatus: 'failed_too_large' });
    expect(watched.maxHealthMs).toBeLessThan(healthBudget);
    expect(watched.answers).toBeGreaterThan(0);

    const listed = await fetch(`${server.baseUrl}/api/agreements/${agreementId}/documents`, { headers });
    const { items } = (await listed.json()) as {
      items: Array<{ title: string; versions: Array<{ textStatus: string; sizeBytes: number }> }>;
    };
    expect(items.find((item) => item.title === 'bom.pdf')?.versions[0]).toMatchObject({
      textStatus: 'failed_too_large',
      sizeBytes: bomb.length,
    });
  });

  it('reads an article buried under 150,000 nested elements without stalling the server', async ({
    annotate,
  }) => {
    const sentence =
      'Pemerintah Kota Malang dan Pemerintah Kabupaten Pasuruan menandatangani kesepakatan bersama ' +
      'tentang pengelolaan sampah regional pada 7 Agustus 2024.';
    const html = `<html><body>${'<div>'.repeat(150_000)}<p>${sentence}</p></body></html>`;
    expect(JSON.stringify({ text: html }).length).toBeLessThan(1_000_000);
    const watched = await watchServer(server, async () => {
      const response = await fetch(`${server.baseUrl}/api/extract`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: html }),
      });
      return { status: response.status, body: (await response.json()) as { result?: { text: string } } };
    });
    await annotate(
      `150,000 nested divs: extract ${Math.round(watched.ms)} ms, slowest /api/health ` +
        `${watched.slowestMs.join(', ')} ms over ${watched.answers} answers`,
    );
    expect(watched.result.status, JSON.stringify(watched.result.body)).toBe(200);
    expect(watched.result.body.result?.text).toContain('kesepakatan bersama');
    expect(watched.maxHealthMs).toBeLessThan(healthBudget);
  });
});
