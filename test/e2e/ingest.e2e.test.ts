import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { fieldsToCheckFirst } from '../../src/web/routes/ingest/draft.js';
import { launchBrowser, screenshot, skipBrowserTests } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import { repoRoot, sinergiNodeArgs, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * "Impor dari berita" as a region administrator of Kota Bekasi uses it: paste a news article, check
 * the draft against its highlighted source, save it as a new agreement and find the article attached
 * as its source. Then the ways reading can fail, each told in Indonesian, and a batch of files.
 */
const seedsDir = path.join(repoRoot, 'test', 'fixtures', 'seeds');
const seed = (name: string) => fs.readFileSync(path.join(seedsDir, name), 'utf8');
const email = 'kerjasama@bekasikota.go.id';
const password = 'kerja-sama-antar-daerah-bekasi';

const fixture = (name: string) =>
  fs.readFileSync(path.join(repoRoot, 'test/fixtures/articles', name), 'utf8');
/** Administrators of the regions of the third-party fixtures: Kabupaten Banyuwangi and Kota Makassar. */
const banyuwangiEmail = 'kerjasama@banyuwangikab.go.id';
const makassarEmail = 'kerjasama@makassarkota.go.id';
/** Kabupaten Bekasi made the visit of seed 004: its administrator records it. */
const kabBekasiEmail = 'kerjasama@bekasikab.go.id';

/** Creates a region administrator with the CLI, on the data dir the server will use. */
function createRegionAdmin(
  dataDir: string,
  user = { email, name: 'Admin Kota Bekasi', region: '32.75' },
): void {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const args = ['users', 'create', '--email', user.email, '--name', user.name, '--role', 'region_admin'];
  const created = spawnSync(
    process.execPath,
    [...sinergiNodeArgs, ...args, '--region', user.region, '--password-stdin'],
    { cwd: repoRoot, env, input: `${password}\n`, encoding: 'utf8', timeout: 120_000 },
  );
  if (created.status !== 0) throw new Error(`sinergi users create failed: ${created.stderr}`);
}

/** A local "news site" that misbehaves on purpose: a 404, a redirect loop, a page that never answers. */
function startBadSite(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/hilang') {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    } else if (request.url === '/putar') {
      response.writeHead(302, { location: '/putar' }).end();
    } else if (request.url === '/lambat') {
      // Never answers: the server's fetch must give up on its own.
    } else if (request.url === '/berita/unair') {
      const paragraphs = fixture('012-mou-banyuwangi-universitas.txt').split('\n\n');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<html><head><title>${paragraphs[0]}</title></head><body><nav>Beranda | Pemerintahan</nav>` +
          `<article><h1>${paragraphs[0]}</h1>${paragraphs
            .slice(1)
            .map((paragraph) => `<p>${paragraph}</p>`)
            .join('')}</article><aside>Baca juga: Pemkab Jember</aside></body></html>`,
      );
    } else if (request.url === '/kosong') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><nav>Menu</nav></body></html>');
    } else {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(skipBrowserTests)('import from news', () => {
  let server: TestServer | undefined;
  let badSite: Server | undefined;
  let badSiteUrl = '';
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-ingest-e2e-'));
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    createRegionAdmin(dataDir);
    createRegionAdmin(dataDir, {
      email: banyuwangiEmail,
      name: 'Admin Kabupaten Banyuwangi',
      region: '35.10',
    });
    createRegionAdmin(dataDir, { email: makassarEmail, name: 'Admin Kota Makassar', region: '73.71' });
    createRegionAdmin(dataDir, { email: kabBekasiEmail, name: 'Admin Kabupaten Bekasi', region: '32.16' });
    badSite = await startBadSite();
    badSiteUrl = `http://127.0.0.1:${(badSite.address() as AddressInfo).port}`;
    server = await startTestServer({
      env: { DATA_DIR: dataDir, INGEST_ALLOW_PRIVATE_URLS: 'true', INGEST_FETCH_TIMEOUT_MS: '1500' },
    });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    badSite?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const baseUrl = () => {
    if (!server) throw new Error('the server did not start');
    return server.baseUrl;
  };

  it('asks a visitor to log in, and brings the region administrator back to /impor', async () => {
    await page.goto(`${baseUrl()}/impor`);
    await page.waitForURL(/\/masuk/);
    await page.locator('[data-testid=login-email]').fill(email);
    await page.locator('[data-testid=login-password]').fill(password);
    await page.locator('[data-testid=login-submit]').click();
    await page.waitForURL(/\/impor/);
    await page.locator('[data-testid=ingest-heading]').waitFor();
    expect(await page.locator('[data-testid=ingest-heading]').innerText()).toBe('Impor dari berita');
    await page.locator('[data-testid=nav-impor]').waitFor();
  });

  it('reads seed 000 into a draft: parties, date, place, Pj. signatories, sectors', async () => {
    await page.locator('[data-testid=ingest-text]').fill(seed('000_1213b2b0bcdd98c8.txt'));
    await page.locator('[data-testid=ingest-read]').click();
    await page.locator('[data-testid=ingest-review]').waitFor();

    const parties = page.locator('[data-testid=ingest-party]');
    expect(await parties.allInnerTexts()).toEqual([
      expect.stringContaining('Kota Bekasi'),
      expect.stringContaining('Kota Malang'),
    ]);
    expect(await page.locator('[data-testid=ingest-date]').inputValue()).toBe('7 Agustus 2024');
    expect(await page.locator('[data-testid=ingest-place]').inputValue()).toBe('Aula Balai Kota Malang');
    const signatories = await page.locator('[data-testid=ingest-signatory-title]').allInnerTexts();
    expect(signatories).toEqual(['Pj. Wali Kota, Gani Muhamad', 'Pj. Wali Kota, Wahyu Hidayat']);
    const sectors = await page.locator('[data-testid=ingest-field-sectors]').innerText();
    for (const label of ['Kesehatan', 'Pariwisata', 'Pertanian', 'Perdagangan'])
      expect(sectors).toContain(label);
    // Every field found has its source sentence; an empty list field says so.
    expect(
      await page.locator('[data-testid=ingest-field-place] [data-testid=ingest-sentences]').innerText(),
    ).toContain('ditandatangani oleh Pj. Wali Kota Bekasi');
    expect(
      await page.locator('[data-testid=ingest-field-date] [data-testid=ingest-confidence]').innerText(),
    ).toMatch(/Keyakinan \d+%/);
  });

  it('highlights the sentence of a field the pointer is on', async () => {
    expect(await page.locator('[data-testid=evidence-mark][data-active=true]').count()).toBe(0);
    await page.locator('[data-testid=ingest-field-place]').hover();
    const active = page.locator('[data-testid=evidence-mark][data-active=true]');
    await active.first().waitFor();
    expect(await active.first().getAttribute('data-fields')).toContain('place');
    expect(await active.first().innerText()).toContain('Aula Balai Kota Malang');

    // One signatory: only his own name is emphasised.
    await page.locator('[data-testid=ingest-signatory]').first().hover();
    await expect.poll(async () => (await active.allInnerTexts()).join(' ')).toContain('Gani Muhamad');
    expect((await active.allInnerTexts()).join(' ')).not.toContain('Wahyu Hidayat');

    // The highlight's tooltip names the field and its confidence.
    await page.locator('[data-testid=ingest-field-date]').hover();
    await page.locator('[data-testid=evidence-mark][data-active=true]').first().hover();
    await page
      .getByText(/Tanggal · keyakinan \d+%/)
      .first()
      .waitFor();
    // A viewport as tall as the page: the sticky source pane shows all of its text in the screenshot.
    await page.setViewportSize({ width: 1400, height: 2400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-testid=ingest-field-place]').hover();
    await screenshot(page, 'ingest-review');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('lists the fields to check first, least sure first, with their confidence in words', async () => {
    // The review of seed 000 from the tests above is still open.
    const expected = fieldsToCheckFirst(extractArticle(seed('000_1213b2b0bcdd98c8.txt')));
    expect(expected.length).toBeGreaterThan(0);
    const group = page.locator('[data-testid=ingest-check-first]');
    await group.waitFor();
    expect(await group.innerText()).toContain('Periksa dulu');
    const items = group.locator('[data-testid=ingest-check-first-item]');
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-field')))).toEqual(
      expected.map((item) => item.field),
    );
    expect(await items.first().innerText()).toMatch(/keyakinan (rendah|sedang) \(\d+%\)/);
    // Each listed field is flagged in the form too, and choosing it highlights its evidence.
    const first = expected[0]!.field;
    const shell = page.locator(`[data-testid=ingest-field-${first}]`).first();
    expect(await shell.getAttribute('data-check-first')).toBe('true');
    await items.first().click();
    expect(await shell.getAttribute('data-active')).toBe('true');
  });

  it('saves the draft as a new agreement with the article as its source', async () => {
    await page.locator('[data-testid=ingest-save-button]').click();
    const saved = page.locator('[data-testid=ingest-saved]');
    await saved.waitFor();
    expect(await saved.innerText()).toContain('Kerja sama tersimpan');
    const sources = page.locator('[data-testid=ingest-saved-source]');
    await sources.first().waitFor();
    expect(await sources.count()).toBe(1);
    expect(await sources.first().innerText()).toContain('Pemerintah Kota Bekasi Jalin Kerjasama');
    await page.setViewportSize({ width: 1400, height: 1600 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'ingest-saved');
    await page.setViewportSize({ width: 1400, height: 900 });

    const href = await page.locator('[data-testid=ingest-saved-link]').getAttribute('href');
    expect(href).toMatch(/^\/kerja-sama\/[0-9a-f-]{36}$/);
    const agreementId = href?.split('/').pop() ?? '';
    const api = await page.request.get(`${baseUrl()}/api/agreements/${agreementId}/sources`);
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { items: Array<{ text: string }> };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.text).toContain('Gani Muhamad');
    const agreement = (await (
      await page.request.get(`${baseUrl()}/api/agreements/${agreementId}`)
    ).json()) as {
      kind: string;
      documentType: string;
      signingDate: string;
      signatories: Array<{ name: string; actingKind: string }>;
    };
    expect(agreement).toMatchObject({
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      signingDate: '2024-08-07',
    });
    expect(agreement.signatories.map((signatory) => signatory.actingKind)).toEqual(['pj', 'pj']);

    await page.locator('[data-testid=ingest-saved-link]').click();
    await page.waitForURL(new RegExp(`/kerja-sama/${agreementId}$`));
  });

  it('offers to attach the same article again to the agreement just saved', async () => {
    await page.goto(`${baseUrl()}/impor`);
    await page.locator('[data-testid=ingest-text]').fill(seed('000_1213b2b0bcdd98c8.txt'));
    await page.locator('[data-testid=ingest-read]').click();
    await page.locator('[data-testid=ingest-review]').waitFor();
    await page.locator('[data-testid=ingest-save-button]').click();
    const duplicate = page.locator('[data-testid=ingest-duplicate]');
    await duplicate.waitFor();
    expect(await duplicate.innerText()).toContain('Kerja sama serupa sudah tercatat');
    await page.locator('[data-testid=ingest-duplicate-attach]').first().click();
    const saved = page.locator('[data-testid=ingest-saved]');
    await saved.waitFor();
    expect(await saved.innerText()).toContain('Berita dilampirkan');
    await expect.poll(() => page.locator('[data-testid=ingest-saved-source]').count()).toBe(2);
  });

  it('shows the rules the server applies at the fields they concern', async () => {
    await page.goto(`${baseUrl()}/impor`);
    await page.locator('[data-testid=ingest-text]').fill(seed('000_1213b2b0bcdd98c8.txt'));
    await page.locator('[data-testid=ingest-read]').click();
    await page.locator('[data-testid=ingest-review]').waitFor();
    await page.getByRole('button', { name: 'Hapus Kota Malang dari pihak' }).click();
    await page.locator('[data-testid=ingest-save-button]').click();
    const issues = page.locator('[data-testid=ingest-field-parties] [data-testid=ingest-field-issue]');
    await issues.first().waitFor();
    expect((await issues.allInnerTexts()).join(' ')).toContain('sekurang-kurangnya dua');
    expect(await page.locator('[data-testid=ingest-save-error]').innerText()).toContain(
      'Periksa isian berikut',
    );
  });

  it('explains every failure in Indonesian', async () => {
    const readWith = async (tab: 'text' | 'url', value: string) => {
      await page.goto(`${baseUrl()}/impor`);
      await page.locator(`[data-testid=ingest-tab-${tab}]`).click();
      await page.locator(`[data-testid=ingest-${tab}]`).fill(value);
      await page.locator('[data-testid=ingest-read]').click();
    };
    const errorText = async () => {
      const alert = page.locator('[data-testid=ingest-error], [data-testid=ingest-input-error]').first();
      await alert.waitFor();
      return alert.innerText();
    };

    await readWith('text', '   ');
    expect(await errorText()).toContain('Teks masih kosong');

    await readWith('text', 'x'.repeat(1_200_000));
    expect(await errorText()).toMatch(/terlalu (besar|panjang)/);

    await readWith('url', `${badSiteUrl}/hilang`);
    expect(await errorText()).toContain('Situs menjawab dengan galat');

    await readWith('url', `${badSiteUrl}/putar`);
    expect(await errorText()).toContain('dialihkan terus-menerus');

    await readWith('url', `${badSiteUrl}/lambat`);
    expect(await errorText()).toContain('tidak menjawab dalam batas waktu');

    await readWith('url', `${badSiteUrl}/dokumen.pdf`);
    expect(await errorText()).toContain('bukan halaman web');

    await readWith('url', `${badSiteUrl}/kosong`);
    expect(await errorText()).toContain('tidak memuat teks berita');

    await readWith('url', 'bukan alamat');
    expect(await errorText()).toContain('http://');

    await readWith(
      'text',
      'The city council approved a new budget for public parks on Monday, the mayor said in a statement.',
    );
    const nothing = page.locator('[data-testid=ingest-nothing]');
    await nothing.waitFor();
    expect(await nothing.innerText()).toContain('Tidak ada yang dapat diambil dari teks ini');
  });

  it('reads a batch of files one after another, refusing a binary one', async () => {
    await page.goto(`${baseUrl()}/impor`);
    await page.locator('[data-testid=ingest-tab-file]').click();
    await page.locator('input[type=file]').setInputFiles([
      { name: 'audiensi.txt', mimeType: 'text/plain', buffer: Buffer.from(seed('001_e80a06404613e12e.txt')) },
      {
        name: 'kunjungan.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(seed('004_1045ef01751a5df8.txt')),
      },
      {
        name: 'scan.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff]),
      },
      { name: 'naskah.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') },
    ]);
    await page.locator('[data-testid=ingest-read]').click();
    const rows = page.locator('[data-testid=ingest-queue-row]');
    await expect.poll(() => rows.count()).toBe(4);
    await expect
      .poll(
        async () =>
          (await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-status')))).join(','),
        {
          timeout: 30_000,
        },
      )
      .toBe('extracted,extracted,error,error');
    const errors = await page.locator('[data-testid=ingest-queue-error]').allInnerTexts();
    expect(errors[0]).toContain('bukan teks');
    expect(errors[1]).toContain('Hanya berkas .txt');
    await screenshot(page, 'ingest-queue');

    // The uploaded audience is titled by its headline, never by its file name.
    await page.locator('[data-testid=ingest-queue-open]').first().click();
    await page.locator('[data-testid=ingest-review]').waitFor();
    expect(await page.getByTestId('ingest-review-title').innerText()).toBe(
      'Wali Kota Bekasi Lakukan Audiensi Dengan Wagub DKI Bicarakan Kemitraan Antar Daerah',
    );
    await page.locator('[data-testid=ingest-back]').click();
    await page.locator('[data-testid=ingest-queue]').waitFor();
    expect(pageErrors).toEqual([]);
  });

  /** A fresh browser session logged in as one of the region administrators, on /impor. */
  async function loggedIn(userEmail: string): Promise<{ context: BrowserContext; page: Page }> {
    if (!browser) throw new Error('no browser');
    const own = await browser.newContext({ locale: 'id-ID', viewport: { width: 1400, height: 900 } });
    const ownPage = await own.newPage();
    ownPage.setDefaultTimeout(20_000);
    ownPage.on('pageerror', (error) => pageErrors.push(error.message));
    await ownPage.goto(`${baseUrl()}/masuk`);
    await ownPage.locator('[data-testid=login-email]').fill(userEmail);
    await ownPage.locator('[data-testid=login-password]').fill(password);
    await ownPage.locator('[data-testid=login-submit]').click();
    await ownPage.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await ownPage.goto(`${baseUrl()}/impor`);
    await ownPage.locator('[data-testid=ingest-heading]').waitFor();
    return { context: own, page: ownPage };
  }

  it('turns the university of a pemda MoU read from a URL into a new party, and shows the source on the record', async () => {
    const session = await loggedIn(banyuwangiEmail);
    const own = session.page;
    try {
      const articleUrl = `${badSiteUrl}/berita/unair`;
      await own.locator('[data-testid=ingest-tab-url]').click();
      await own.locator('[data-testid=ingest-url]').fill(articleUrl);
      await own.locator('[data-testid=ingest-read]').click();
      await own.locator('[data-testid=ingest-review]').waitFor();
      expect(await own.locator('[data-testid=ingest-not-interregional]').count()).toBe(1);

      const hint = own.locator('[data-testid=ingest-organization-hint]');
      expect(await hint.innerText()).toContain('Universitas Airlangga');
      await own.locator('[data-testid=ingest-organization-make-party]').click();
      const organization = own.locator('[data-testid=ingest-organization]');
      await organization.waitFor();
      expect(await hint.count()).toBe(0);
      expect(await own.locator('[data-testid=ingest-organization-kind]').inputValue()).toBe(
        'Perguruan tinggi',
      );
      await own.locator('[data-testid=ingest-organization-none]').waitFor();
      expect(await own.locator('[data-testid=ingest-organization-status]').innerText()).toBe('Dicatat baru');

      // The rector, whom the article names with no region, now signs for the university.
      const group = own.locator('[data-testid=ingest-signatory-group]').nth(1);
      expect(await group.innerText()).toContain('UNTUK UNIVERSITAS AIRLANGGA');
      expect(await group.locator('[data-testid=ingest-signatory-name]').inputValue()).toBe('Hendra Wijaya');
      expect(await own.locator('[data-testid=ingest-signatory-group]').count()).toBe(2);
      expect(await own.locator('[data-testid=ingest-new-organizations]').innerText()).toContain(
        'Universitas Airlangga',
      );
      await own.setViewportSize({ width: 1400, height: 2400 });
      await own.evaluate(() => window.scrollTo(0, 0));
      await organization.hover();
      await screenshot(own, 'ingest-organization-party');
      await own.setViewportSize({ width: 1400, height: 900 });

      await own.locator('[data-testid=ingest-save-button]').click();
      await own.locator('[data-testid=ingest-saved]').waitFor();
      const href = (await own.locator('[data-testid=ingest-saved-link]').getAttribute('href')) ?? '';
      const agreement = (await (
        await own.request.get(`${baseUrl()}/api${href.replace('/kerja-sama', '/agreements')}`)
      ).json()) as {
        kind: string;
        parties: Array<{ kind: string; name: string }>;
        signatories: Array<{ name: string }>;
      };
      expect(agreement.kind).toBe('ksdpk');
      expect(agreement.parties.map((party) => [party.kind, party.name])).toEqual([
        ['region', 'Kabupaten Banyuwangi'],
        ['organization', 'Universitas Airlangga'],
      ]);
      expect(agreement.signatories.map((signatory) => signatory.name).sort()).toEqual([
        'Hendra Wijaya',
        'Ipuk Setyawati',
      ]);

      // The record's page shows where it came from: the address and the article's text.
      await own.locator('[data-testid=ingest-saved-link]').click();
      const sources = own.locator('[data-testid=agreement-sources]');
      await sources.waitFor();
      expect(await own.locator('[data-testid=agreement-source-url]').innerText()).toBe(articleUrl);
      expect(await own.locator('[data-testid=agreement-source-text]').innerText()).toContain(
        'Ipuk Setyawati',
      );
      expect(await own.locator('[data-testid=agreement-source-text]').innerText()).not.toContain('Baca juga');
      await sources.scrollIntoViewIfNeeded();
      await screenshot(own, 'ingest-provenance');
    } finally {
      await session.context.close();
    }
  });

  it('matches the Kejaksaan of a pemda agreement to the organisation already recorded', async () => {
    const session = await loggedIn(makassarEmail);
    const own = session.page;
    try {
      const me = (await (await own.request.get(`${baseUrl()}/api/auth/me`)).json()) as { csrfToken: string };
      const recorded = await own.request.post(`${baseUrl()}/api/organizations`, {
        data: { name: 'Kejaksaan Negeri Makassar', kind: 'instansi_vertikal', regionCode: '73.71' },
        headers: { 'x-csrf-token': me.csrfToken, origin: baseUrl() },
      });
      expect(recorded.status()).toBe(201);
      const organizationId = ((await recorded.json()) as { id: string }).id;

      await own.locator('[data-testid=ingest-text]').fill(fixture('013-kejaksaan-negeri-makassar.txt'));
      await own.locator('[data-testid=ingest-read]').click();
      await own.locator('[data-testid=ingest-review]').waitFor();
      await own.locator('[data-testid=ingest-organization-make-party]').click();
      // The directory is searched by the extracted name; its record is offered, and chosen.
      const match = own.getByText('Gunakan catatan yang ada: Kejaksaan Negeri Makassar');
      await match.waitFor();
      await match.click();
      await expect
        .poll(() => own.locator('[data-testid=ingest-organization-status]').innerText())
        .toBe('Tercatat');
      await own.locator('[data-testid=ingest-save-button]').click();
      await own.locator('[data-testid=ingest-saved]').waitFor();
      const href = (await own.locator('[data-testid=ingest-saved-link]').getAttribute('href')) ?? '';
      const agreement = (await (
        await own.request.get(`${baseUrl()}/api${href.replace('/kerja-sama', '/agreements')}`)
      ).json()) as {
        parties: Array<{ organizationId: string | null; name: string }>;
      };
      expect(agreement.parties.map((party) => party.name)).toEqual([
        'Kota Makassar',
        'Kejaksaan Negeri Makassar',
      ]);
      expect(agreement.parties[1]?.organizationId).toBe(organizationId);
      const directory = (await (
        await own.request.get(`${baseUrl()}/api/organizations?q=Kejaksaan`)
      ).json()) as { total: number };
      expect(directory.total).toBe(1);
    } finally {
      await session.context.close();
    }
  });

  it('records seed 004 as a visit of Kabupaten Bekasi and its DPRD to Kota Malang, never as an agreement', async () => {
    const session = await loggedIn(kabBekasiEmail);
    try {
      await recordSeed004(session.page);
    } finally {
      await session.context.close();
    }
  });

  async function recordSeed004(page: Page): Promise<void> {
    await page.locator('[data-testid=ingest-text]').fill(seed('004_1045ef01751a5df8.txt'));
    await page.locator('[data-testid=ingest-read]').click();
    await page.locator('[data-testid=ingest-review]').waitFor();
    // The article has no headline: the review is named by what it reports, not by a cut line.
    expect(await page.getByTestId('ingest-review-title').innerText()).toBe(
      'Kunjungan kerja · Kota Malang – Kabupaten Bekasi · 2025-01-16',
    );
    expect(await page.locator('[data-testid=ingest-save-as] input[value=visit]').isChecked()).toBe(true);
    const summary = await page.getByTestId('ingest-record-summary').innerText();
    expect(summary).toContain('Studi komparasi');
    expect(summary).toContain('DPRD Kabupaten Bekasi');
    expect(summary).toContain('ke Kota Malang');
    expect(await page.getByTestId('ingest-record-practice').count()).toBe(3);
    await page.setViewportSize({ width: 1366, height: 2600 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'ingest-visit');
    await page.setViewportSize({ width: 1400, height: 900 });

    const agreementsBefore = (await (
      await page.request.get(`${baseUrl()}/api/agreements?pageSize=1`)
    ).json()) as {
      total: number;
    };
    await page.locator('[data-testid=ingest-record-save] [data-testid=ingest-save-button]').click();
    const link = page.locator('[data-testid=ingest-saved-link]');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/kunjungan\/[0-9a-f-]{36}$/);
    const agreementsAfter = (await (
      await page.request.get(`${baseUrl()}/api/agreements?pageSize=1`)
    ).json()) as {
      total: number;
    };
    expect(agreementsAfter.total).toBe(agreementsBefore.total);

    const visit = (await (
      await page.request.get(`${baseUrl()}/api${href.replace('/kunjungan/', '/visits/')}`)
    ).json()) as {
      hostRegionCode: string;
      kind: string;
      visitors: Array<{ regionCode: string | null; institution: string }>;
      topics: Array<{ text: string }>;
    };
    expect(visit.hostRegionCode).toBe('35.73');
    expect(visit.kind).toBe('studi_komparasi');
    expect(visit.visitors.map((visitor) => `${visitor.regionCode}/${visitor.institution}`)).toEqual([
      '32.16/pemda',
      '32.16/dprd',
    ]);
    expect(visit.topics.map((topic) => topic.text)).toEqual([
      'pengelolaan pajak',
      'Malang Creative Center (MCC)',
      'pengelolaan sampah di TPA Supit Urang',
    ]);

    // The good practices learned there are Kota Malang's, on its page.
    await page.goto(`${baseUrl()}/wilayah/35.73`);
    await page.getByText('Malang Creative Center (MCC)').first().waitFor();
    for (const [width, name] of [
      [1366, 'region-good-practices-desktop'],
      [390, 'region-good-practices-mobile'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByText('Malang Creative Center (MCC)').first().scrollIntoViewIfNeeded();
      await screenshot(page, name);
    }
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(pageErrors).toEqual([]);
  }

  it('records seed 001 as an audience with its decision and the three DKI-funded projects as programs', async () => {
    await page.goto(`${baseUrl()}/impor`);
    await page.locator('[data-testid=ingest-text]').fill(seed('001_e80a06404613e12e.txt'));
    await page.locator('[data-testid=ingest-read]').click();
    await page.locator('[data-testid=ingest-review]').waitFor();
    expect(await page.locator('[data-testid=ingest-save-as] input[value=meeting]').isChecked()).toBe(true);
    expect(await page.getByTestId('ingest-record-decision').inputValue()).toBe('Membentuk tim kecil');
    expect(await page.getByTestId('ingest-record-program').count()).toBe(3);
    expect(await page.getByTestId('ingest-record-programs').innerText()).toContain(
      'Fly over Rawapanjang (didanai Provinsi DKI Jakarta untuk Kota Bekasi)',
    );
    await page.setViewportSize({ width: 390, height: 2400 });
    await page.getByTestId('ingest-record-save').scrollIntoViewIfNeeded();
    await screenshot(page, 'ingest-meeting-mobile');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.locator('[data-testid=ingest-record-save] [data-testid=ingest-save-button]').click();
    const link = page.locator('[data-testid=ingest-saved-link]');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/pertemuan\/[0-9a-f-]{36}$/);
    const meetingId = href.split('/').pop() ?? '';
    const meeting = (await (await page.request.get(`${baseUrl()}/api/meetings/${meetingId}`)).json()) as {
      kind: string;
      hostRegionCode: string | null;
      decisions: Array<{ text: string }>;
    };
    expect(meeting.kind).toBe('audiensi');
    expect(meeting.hostRegionCode).toBe('31');
    expect(meeting.decisions.map((decision) => decision.text)).toEqual(['Membentuk tim kecil']);
    const programs = (await (
      await page.request.get(`${baseUrl()}/api/programs?parentType=meeting&parentId=${meetingId}`)
    ).json()) as {
      items: Array<{
        title: string;
        kind: string;
        funderRegionCode: string | null;
        recipientRegionCode: string | null;
      }>;
    };
    expect(
      programs.items
        .map(
          (program) =>
            `${program.title}|${program.kind}|${program.funderRegionCode}|${program.recipientRegionCode}`,
        )
        .sort(),
    ).toEqual([
      'Air bersih|bantuan_keuangan|31|32.75',
      'Fly over Cipendawa|bantuan_keuangan|31|32.75',
      'Fly over Rawapanjang|bantuan_keuangan|31|32.75',
    ]);
    await page.goto(`${baseUrl()}${href}`);
    await page.getByText('Membentuk tim kecil').first().waitFor();
    await screenshot(page, 'ingest-meeting-saved');
    expect(pageErrors).toEqual([]);
  });

  it('still files a visit as an agreement only with a document type the person chooses', async () => {
    await page.goto(`${baseUrl()}/impor`);
    await page.locator('[data-testid=ingest-text]').fill(seed('004_1045ef01751a5df8.txt'));
    await page.locator('[data-testid=ingest-read]').click();
    await page.locator('[data-testid=ingest-review]').waitFor();
    await page.locator('[data-testid=ingest-save-as]').getByText('Kerja sama').click();
    const notice = page.locator('[data-testid=ingest-not-record]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('bukan penandatanganan');
    await page.locator('[data-testid=ingest-target]').getByText('Buat kerja sama baru').click();
    const before = (await (await page.request.get(`${baseUrl()}/api/agreements?pageSize=1`)).json()) as {
      total: number;
    };
    await page.locator('[data-testid=ingest-save] [data-testid=ingest-save-button]').click();
    expect(await page.getByTestId('ingest-save-error').innerText()).toContain('Pilih jenis dokumen');
    const after = (await (await page.request.get(`${baseUrl()}/api/agreements?pageSize=1`)).json()) as {
      total: number;
    };
    expect(after.total).toBe(before.total);
    expect(pageErrors).toEqual([]);
  });
});
