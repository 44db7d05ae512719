/**
 * Issue 12 "done when", in Chromium: an officer of Kota Pasuruan logs in, lands on the home page and
 * sees that the KSB and PKS with Kabupaten Pasuruan end in nine days; a KSB signed 14 months ago without
 * a PKS is dormant with its reason; the Jawa Timur oversight user sees which of its kabupaten/kota have
 * dormant agreements. Screenshots at 1366 and 390 px wide.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/agreements/dates.js';
import { launchBrowser, screenshot, skipBrowserTests } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { apiLogin, createUsers, password, type TestUser } from './agreements-support.js';

const kota = {
  email: 'admin@pasuruankota.go.id',
  name: 'Admin Kota Pasuruan',
  regionCode: '35.75',
  role: 'region_admin',
} as const;
const kab = {
  email: 'admin@pasuruankab.go.id',
  name: 'Admin Kabupaten Pasuruan',
  regionCode: '35.14',
  role: 'region_admin',
} as const;
const jatim = {
  email: 'pengawas@jatimprov.go.id',
  name: 'Pengawas Jawa Timur',
  regionCode: '35',
  role: 'oversight',
};

const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function pair(title: string, overrides: Record<string, unknown>) {
  return {
    title,
    kind: 'ksdd',
    ksddNature: 'sukarela',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: '35.75', documentNumber: `415.4/${title.length}/423.011/2025` },
      { kind: 'region', regionCode: '35.14', documentNumber: `180/${title.length}/424.013/2025` },
    ],
    signatories: [
      { partyKey: '35.75', name: 'Adi Wibowo', office: 'wali_kota' },
      { partyKey: '35.14', name: 'Mohammad Rusdi', office: 'bupati' },
    ],
    signingPlace: 'Pasuruan',
    sectors: ['lingkungan_hidup'],
    purpose: 'Pengelolaan sampah bersama',
    objectScope: 'Pengangkutan dan pengolahan sampah',
    ...overrides,
  };
}

describe.skipIf(skipBrowserTests)('home and oversight in the browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const ids: Record<string, string> = {};
  const base = () => server?.baseUrl ?? '';

  async function loginPage(email: string, width: number): Promise<Page> {
    const context = await browser!.newContext({ locale: 'id-ID', viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${base()}/masuk`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    // After login the user lands on their home.
    await page.waitForURL(/\/beranda$/);
    await page.getByTestId('home-health-dorman').waitFor();
    return page;
  }

  beforeAll(async () => {
    ensureUiBuilt();
    server = await startTestServer({ startTimeoutMs: 400_000 });
    await createUsers(server, [kota, kab, jatim as unknown as TestUser]);
    browser = await launchBrowser();
    const api = await apiLogin(base(), kota.email);
    type Created = { id: string };
    const ksb = await api.send<Created>(
      'POST',
      '/api/agreements?force=true',
      pair('KSB Pengelolaan Sampah Pasuruan Raya', {
        signingDate: addMonths(today, -2),
        validFrom: addMonths(today, -2),
        validUntil: addDays(today, 9),
      }),
    );
    ids.ksb = ksb.id;
    ids.pks = (
      await api.send<Created>(
        'POST',
        '/api/agreements?force=true',
        pair('PKS Pengangkutan Sampah Pasuruan Raya', {
          documentType: 'perjanjian_kerja_sama',
          parentId: ksb.id,
          signingDate: addMonths(today, -1),
          validFrom: addMonths(today, -1),
          validUntil: addDays(today, 9),
        }),
      )
    ).id;
    ids.dormant = (
      await api.send<Created>(
        'POST',
        '/api/agreements?force=true',
        pair('KSB Penyediaan Air Minum Pasuruan', {
          signingDate: addMonths(today, -14),
          validFrom: addMonths(today, -14),
          validUntil: addMonths(today, 40),
        }),
      )
    ).id;
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lands the Kota Pasuruan officer on the home page, which shows the KSB and PKS ending in nine days', async () => {
    const page = await loginPage(kota.email, 1366);
    expect(await page.getByTestId('home-expiring-30').innerText()).toContain('2');
    expect(await page.getByTestId('home-health-dorman').innerText()).toContain('1');
    const agenda = await page.getByTestId('home-agenda').innerText();
    expect(agenda).toContain('KSB Pengelolaan Sampah Pasuruan Raya');
    expect(agenda).toContain('PKS Pengangkutan Sampah Pasuruan Raya');
    await screenshot(page, 'monitoring-home-1366');

    await page.getByTestId('home-expiring-30').click();
    await page.waitForURL(/\/kerja-sama\?own=true&expiringWithinDays=30$/);
    await page.getByText('PKS Pengangkutan Sampah Pasuruan Raya').waitFor();
    await page.getByTestId('health-badge').nth(1).waitFor();
    const rows = await page.getByTestId('health-badge').allTextContents();
    expect(rows).toEqual(['Perlu perhatian', 'Perlu perhatian']);
    await screenshot(page, 'monitoring-expiring-list-1366');

    const narrow = await loginPage(kota.email, 390);
    await screenshot(narrow, 'monitoring-home-390');
    await narrow.context().close();
    await page.context().close();
  });

  it('shows the KSB signed 14 months ago without a PKS as dormant, with its reason', async () => {
    const page = await loginPage(kota.email, 1366);
    await page.getByTestId('home-ksb-without-pks').click();
    await page.waitForURL(/ksbWithoutPks=true/);
    await page.getByText('KSB Penyediaan Air Minum Pasuruan').click();
    await page.waitForURL(new RegExp(`/kerja-sama/${ids.dormant}$`));
    const health = page.getByTestId('agreement-health');
    await health.waitFor();
    expect(await health.textContent()).toContain('Dorman');
    expect(await page.getByTestId('health-reason-KSB_WITHOUT_PKS').innerText()).toBe(
      'KSB tanpa PKS sejak 14 bulan',
    );
    await screenshot(page, 'monitoring-dormant-detail-1366');
    await page.context().close();
  });

  it('shows the Jawa Timur oversight user which kabupaten/kota have dormant agreements', async () => {
    for (const width of [1366, 390]) {
      const page = await loginPage(jatim.email, width);
      if (width === 1366) {
        await page.getByTestId('nav-kegiatan').click();
        await page.getByTestId('nav-pengawasan').click();
      } else await page.goto(`${base()}/pengawasan`);
      await page.getByTestId('oversight-table').waitFor();
      expect(await page.getByTestId('oversight-with-dormant').innerText()).toBe(
        '2 daerah memiliki kerja sama dorman.',
      );
      expect(await page.getByTestId('oversight-35.75-dorman').innerText()).toBe('1');
      expect(await page.getByTestId('oversight-35.14-dorman').innerText()).toBe('1');
      expect(await page.getByTestId('oversight-35.73-dorman').innerText()).toBe('0');
      await screenshot(page, `monitoring-oversight-${width}`);
      await page.context().close();
    }
  });
});
