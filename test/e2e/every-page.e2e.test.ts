import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, screenshot, screenshotDir, skipBrowserTests } from '../support/browser.js';
import type { TestServer } from '../support/test-server.js';
import { apiLogin, malangAdmin, password, startWithRevisedAgreement } from './agreements-support.js';

/** A phone (iPhone 12 to 15) and a common laptop. */
const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
] as const;

/**
 * English a user must never meet on an Indonesian screen: server messages, developer words and
 * values that leaked from code. Words that are the same in both languages (Sinergi, OPD) are not here.
 */
const englishDenylist = [
  'Your region',
  'must be',
  'This role',
  'Changed:',
  'Something went wrong',
  'Unexpected',
  'Loading',
  'Too small',
  'Too big',
  'Invalid',
  'Required',
  'undefined',
  'NaN',
  'null',
  '[object Object]',
];

/** An i18n key or a raw field path ("agr.form.title", "parties.1.regionCode"). */
const rawKeyPattern = /\b[a-z]+\.[a-z]+(\.[0-9]+)?\.[a-zA-Z]+\b|\b[a-z]+[A-Z][a-zA-Z]*\.[0-9]+\b/;
/** An ISO timestamp shown as it is stored. */
const isoTimestampPattern = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A year written as a number with a thousands separator ("tahun 2.026"). */
const groupedYearPattern = /\b(tahun|year|in) [12]\.\d{3}\b/i;

/** What a page says in English or raw, ignoring addresses (emails and URLs are not words). */
function untranslated(text: string): string[] {
  const words = text.replace(/\S*[@/]\S*/g, ' ');
  return [
    ...englishDenylist.filter((phrase) => new RegExp(`\\b${escape(phrase)}`).test(words)),
    ...[rawKeyPattern, isoTimestampPattern, groupedYearPattern].flatMap(
      (pattern) => pattern.exec(words)?.[0] ?? [],
    ),
  ];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every main page, anonymous and as a region administrator, at phone and laptop width: nothing is
 * wider than the screen, nothing is in English or a raw key, and a screenshot of each is saved
 * (test-results/screenshots/page-<who>-<page>-<width>.png). On a phone, the burger menu reaches
 * everything the wide header does.
 */
describe.skipIf(skipBrowserTests)('every page at phone and laptop width', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let agreementId = '';
  let adminUserId = '';
  let passwordLinkPath = '';
  /** Ids of one record of each kind, entered by the region administrator. */
  const ids = { action: '', program: '', visit: '', meeting: '', evaluation: '' };

  const url = (path: string) => `${requireServer(server).baseUrl}${path}`;

  async function newPage(width: (typeof widths)[number]): Promise<Page> {
    const context = await requireBrowser(browser).newContext({ locale: 'id-ID', viewport: width.viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(`${width.name}: ${error.message}`));
    return page;
  }

  /** Logs a user (the region administrator unless told) in through the login page (any width). */
  async function logIn(page: Page, open = true, email: string = malangAdmin.email) {
    if (open) await page.goto(url('/masuk'));
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((address) => !address.pathname.startsWith('/masuk'));
  }

  /** Opens a page, waits for its data, checks width and language, and saves a screenshot. */
  async function check(page: Page, path: string, shot: string) {
    await page.goto(url(path), { waitUntil: 'networkidle' });
    await inspect(page, shot);
  }

  /** Waits until the page has its data: no request under way, no skeleton left. */
  async function settle(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(
      () => document.querySelectorAll('.mantine-Skeleton-root').length === 0,
      undefined,
      { timeout: 60_000 },
    );
  }

  /**
   * Checks what the page shows now: nothing wider than the screen (neither the page nor a box
   * inside it that scrolls sideways, such as a table), nothing in English or raw, and no browser
   * date input; saves a screenshot.
   */
  async function inspect(page: Page, shot: string) {
    await settle(page);
    const widthsSeen = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
      sideways: [...document.querySelectorAll<HTMLElement>('body *')].flatMap((element) => {
        const overflow = getComputedStyle(element).overflowX;
        const scrolls = (overflow === 'auto' || overflow === 'scroll') && element.offsetParent !== null;
        if (!scrolls || element.scrollWidth <= element.clientWidth + 1) return [];
        return [element.dataset.testid ?? element.className.toString().split(' ')[0] ?? element.tagName];
      }),
    }));
    await screenshot(page, shot);
    expect(widthsSeen.scroll, `${shot}: wider than the screen`).toBeLessThanOrEqual(widthsSeen.inner);
    expect(widthsSeen.sideways, `${shot}: boxes that scroll sideways`).toEqual([]);
    const text = await page.evaluate(() => document.body.innerText);
    expect(untranslated(text), `${shot}: English or raw keys`).toEqual([]);
    // A browser's own date input shows its locale's mm/dd/yyyy whatever the UI language.
    const datePatterns = await page.evaluate(() => [
      ...[...document.querySelectorAll('input[type="date"]')].map(() => 'input type=date'),
      ...[...document.querySelectorAll('input')].flatMap((input) =>
        /mm\/dd\/yyyy/i.test(`${input.placeholder} ${input.value}`) ? [input.placeholder || input.value] : [],
      ),
    ]);
    expect(datePatterns, `${shot}: browser date inputs`).toEqual([]);
  }

  beforeAll(async () => {
    const started = await startWithRevisedAgreement();
    server = started.server;
    const session = started.session;
    agreementId = started.agreementId;
    browser = await launchBrowser();
    adminUserId = session.userId;
    // A new viewer without a password gets a one-time link: its page must say whose it is.
    const viewer = await session.send<{ passwordLink: { url: string } }>('POST', '/api/users', {
      email: 'sari@malangkota.go.id',
      name: 'Sari Wulandari',
      role: 'viewer',
      regionCode: '35.73',
    });
    // Without PUBLIC_URL the server answers a path (never a link built from the Host header).
    const link = new URL(viewer.passwordLink.url, server.baseUrl);
    passwordLinkPath = link.pathname + link.search;
    const systemAdmin = await apiLogin(server.baseUrl, systemAdminEmail);
    await systemAdmin.send('POST', '/api/users', { ...oversightUser, role: 'oversight', password });
    Object.assign(ids, await enterRecords(session, agreementId));
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const anonymousPaths = {
    wilayah: '/wilayah',
    region: '/wilayah/35.73',
    agreements: '/kerja-sama',
    actions: '/tindak-lanjut',
    programs: '/program',
    visits: '/kunjungan',
    meetings: '/pertemuan',
    about: '/tentang',
    login: '/masuk',
    'set-password': '/atur-sandi?token=tidak-berlaku',
    'not-found': '/tidak-ada',
  };

  for (const width of widths) {
    it(`shows every public page at ${width.viewport.width} px`, async () => {
      const page = await newPage(width);
      for (const [name, path] of Object.entries(anonymousPaths)) {
        await check(page, path, `page-anonymous-${name}-${width.viewport.width}`);
      }
    }, 300_000);

    it(`shows every page of a region administrator at ${width.viewport.width} px`, async () => {
      const page = await newPage(width);
      await logIn(page);
      const paths = {
        home: '/beranda',
        notifications: '/notifikasi',
        wilayah: '/wilayah',
        region: '/wilayah/35.73',
        agreements: '/kerja-sama',
        agreement: `/kerja-sama/${agreementId}`,
        'agreement-edit': `/kerja-sama/${agreementId}/ubah`,
        'agreement-new': '/kerja-sama/baru',
        actions: '/tindak-lanjut',
        action: `/tindak-lanjut/${ids.action}`,
        'action-new': `/tindak-lanjut/baru?parentType=agreement&parentId=${agreementId}`,
        programs: '/program',
        program: `/program/${ids.program}`,
        'program-new': '/program/baru',
        'program-edit': `/program/${ids.program}/ubah`,
        visits: '/kunjungan',
        visit: `/kunjungan/${ids.visit}`,
        'visit-new': '/kunjungan/baru',
        'visit-edit': `/kunjungan/${ids.visit}/ubah`,
        meetings: '/pertemuan',
        meeting: `/pertemuan/${ids.meeting}`,
        'meeting-new': '/pertemuan/baru',
        'meeting-edit': `/pertemuan/${ids.meeting}/ubah`,
        evaluation: `/evaluasi/${ids.evaluation}`,
        import: '/impor',
        profile: '/profil',
        users: '/admin/pengguna',
        user: `/admin/pengguna/${adminUserId}`,
        opd: '/admin/opd',
        officials: '/admin/pejabat',
        audit: '/admin/audit',
        about: '/tentang',
      };
      for (const [name, path] of Object.entries(paths)) {
        await check(page, path, `page-region-admin-${name}-${width.viewport.width}`);
      }
      // The evaluation form opens inside the agreement's page.
      await page.goto(url(`/kerja-sama/${agreementId}`), { waitUntil: 'networkidle' });
      await page.getByTestId('evaluation-add').click();
      await page.getByTestId('evaluation-form').waitFor();
      await inspect(page, `page-region-admin-evaluation-form-${width.viewport.width}`);
    }, 900_000);

    it(`shows the pages of oversight and of the system administrator at ${width.viewport.width} px`, async () => {
      const pagesOf = {
        oversight: [oversightUser.email, ['/beranda', '/pengawasan', '/kerja-sama', '/kunjungan']],
        'system-admin': [systemAdminEmail, ['/beranda', '/pengawasan', '/admin/tugas-latar']],
      } as const;
      for (const [who, [email, paths]] of Object.entries(pagesOf)) {
        const page = await newPage(width);
        await logIn(page, true, email);
        for (const path of paths) {
          const name = path.split('/').pop() ?? '';
          await check(page, path, `page-${who}-${name}-${width.viewport.width}`);
        }
      }
    }, 600_000);
  }

  it('names the account a password link is for', async () => {
    const page = await newPage(widths[0]);
    await page.goto(url(passwordLinkPath));
    const account = page.getByTestId('reset-account');
    await account.waitFor();
    expect(await account.innerText()).toBe('Untuk akun Sari Wulandari (sari@malangkota.go.id).');
    await screenshot(page, 'set-password-account-390');
    await page.goto(url('/atur-sandi?token=tautan-yang-sudah-dipakai'));
    await page.getByTestId('reset-invalid').waitFor();
  });

  it('keeps every date of the dashboard on one line at 390 px', async () => {
    const page = await newPage(widths[0]);
    await logIn(page);
    await page.goto(url('/beranda'), { waitUntil: 'networkidle' });
    await page.getByTestId('home-visits').getByTestId('home-date').first().waitFor();
    // "16 Jan / 2025" and "10 / Feb / 2025" beside a long title: the title wraps, the date does not.
    const wrapped = await page.getByTestId('home-date').evaluateAll((dates) =>
      dates.flatMap((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return lines.size > 1 ? [element.textContent ?? ''] : [];
      }),
    );
    expect(await page.getByTestId('home-date').count()).toBeGreaterThanOrEqual(3);
    expect(wrapped).toEqual([]);
  });

  /**
   * Opens the phone menu once the page has settled, and waits until the drawer has slid in. On a
   * busy machine a page that is still loading its code and data holds the browser's main thread for
   * seconds, and a tap sent then waits behind it: that, not the menu, made this journey time out
   * beside other test files.
   */
  async function openMenu(page: Page) {
    await settle(page);
    await page.getByTestId('mobile-menu-button').click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await page.waitForFunction(() => {
      const content = document.querySelector('[role=dialog]');
      return content !== null && content.getBoundingClientRect().right <= window.innerWidth + 0.5;
    });
    return drawer;
  }

  /** Every item of the open phone menu can be scrolled into the screen; their labels, in order. */
  async function menuItems(page: Page): Promise<string[]> {
    const items = page.getByRole('dialog').locator('a, button:not(.mantine-Drawer-close)');
    const labels: string[] = [];
    for (const item of await items.all()) {
      await item.scrollIntoViewIfNeeded();
      const box = await item.boundingBox();
      const label = (await item.innerText()).trim();
      expect(box, label).not.toBeNull();
      expect(box!.y + box!.height, `${label}: below the screen`).toBeLessThanOrEqual(
        widths[0].viewport.height,
      );
      expect(box!.y, `${label}: above the screen`).toBeGreaterThanOrEqual(0);
      labels.push(label);
    }
    return labels;
  }

  it('reaches login, language, the activities, administration, profile and logout from the phone menu', async () => {
    const page = await newPage(widths[0]);
    page.setDefaultTimeout(30_000);
    await page.goto(url('/wilayah'));
    await openMenu(page);
    await screenshot(page, 'menu-anonymous-390');
    expect(await menuItems(page)).toEqual([
      'Wilayah',
      'Kerja Sama',
      'Tindak lanjut',
      'Program',
      'Kunjungan',
      'Pertemuan',
      'Tentang',
      'Masuk',
    ]);
    await page.getByTestId('mobile-login').click();
    await page.waitForURL(/\/masuk/);
    await settle(page);
    // React Router changes the address first and shows the new page later, in a transition that a
    // slow phone (here a CPU eight times slower) takes seconds to render: a menu opened in between
    // must stay open when the page appears. It closed then, and the journey failed on a busy machine.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await logIn(page, false);
    await page.getByTestId('mobile-menu-button').click();
    const menu = page.getByRole('dialog');
    await menu.waitFor();
    await settle(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await menu.isVisible(), 'the menu opened before the page appeared is still open').toBe(true);
    await page.getByTestId('mobile-user').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'menu-region-admin-390.png') });
    // The activities share one heading, as they share the "Kegiatan" menu of a wide header.
    expect(await menu.getByTestId('mobile-group-kegiatan').innerText()).toBe(
      'Kegiatan\nTindak lanjut\nProgram\nKunjungan\nPertemuan',
    );
    expect(await menuItems(page)).toEqual([
      'Wilayah',
      'Kerja Sama',
      'Tindak lanjut',
      'Program',
      'Kunjungan',
      'Pertemuan',
      'Impor dari berita',
      'Pengguna',
      'OPD',
      'Pejabat',
      'Audit',
      'Tentang',
      'Profil',
      'Keluar',
    ]);
    await page.getByTestId('mobile-logout').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'menu-region-admin-scrolled-390.png') });
    await page.getByTestId('mobile-nav-kunjungan').click();
    // The menu closes at once, before the page's code has loaded.
    await menu.waitFor({ state: 'hidden' });
    await page.waitForURL(/\/kunjungan$/);
    await openMenu(page);
    expect(await page.getByTestId('mobile-nav-kunjungan').getAttribute('aria-current')).toBe('page');
    await page.getByTestId('mobile-nav-audit').click();
    await page.waitForURL(/\/admin\/audit$/);

    await openMenu(page);
    await menu.getByText('EN', { exact: true }).click();
    await menu.getByText('Users', { exact: true }).waitFor();
    await menu.getByText('Activities', { exact: true }).waitFor();
    await menu.getByText('ID', { exact: true }).click();
    await menu.getByText('Pengguna', { exact: true }).waitFor();
    await page.getByTestId('mobile-profile').click();
    await page.waitForURL(/\/profil$/);

    await openMenu(page);
    await page.getByTestId('mobile-logout').click();
    // The plain login page: the Profil page, still on screen while the next page renders, must not
    // send the visitor who chose to leave it to /masuk?next=%2Fprofil (CI, 2026-12-07).
    await page.waitForURL(/\/masuk$/);
    await openMenu(page);
    await page.getByTestId('mobile-login').waitFor();
  }, 300_000);

  it('shows a friendly page in Indonesian when a page crashes', async () => {
    const page = await newPage(widths[0]);
    // A broken answer of the server makes the region page throw while rendering.
    await page.route('**/api/regions/35.73', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"code":"35.73"}' }),
    );
    await page.goto(url('/wilayah/35.73'));
    await page.getByTestId('error-page').waitFor();
    expect(await page.getByTestId('error-page').innerText()).toContain(
      'Maaf, halaman ini mengalami gangguan',
    );
    await screenshot(page, 'error-page-390');
    await page.getByTestId('error-page-home').click();
    await page.waitForURL(/\/wilayah$/);
    pageErrors.length = 0; // the crash was the point of this test
  });

  it('met no uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** An oversight user of the province of Jawa Timur (35). */
const oversightUser = {
  email: 'inspektorat@jatimprov.go.id',
  name: 'Inspektur Jawa Timur',
  regionCode: '35',
};
/** The first administrator, made by the setup link (createUsers). */
const systemAdminEmail = 'sysadmin@sinergi.test';

type Session = Awaited<ReturnType<typeof startWithRevisedAgreement>>['session'];

/**
 * One record of each kind of the region administrator's pages, entered through the API: a follow-up
 * action of the agreement (with its OPD), a program Malang funds for Pasuruan, a work visit Malang
 * hosts, a meeting of both, and an evaluation of the agreement.
 */
async function enterRecords(session: Session, agreementId: string) {
  const malang = '35.73';
  const pasuruan = '35.14';
  const opd = await session.send<{ id: string }>('POST', '/api/opds', {
    regionCode: malang,
    name: 'Dinas Lingkungan Hidup',
  });
  const action = await session.send<{ id: string }>('POST', '/api/actions', {
    parentType: 'agreement',
    parentId: agreementId,
    title: 'Menyusun rencana kerja pengelolaan sampah bersama',
    opdId: opd.id,
    dueDate: '2027-03-31',
  });
  const program = await session.send<{ id: string }>('POST', '/api/programs', {
    title: 'Bantuan keuangan bank sampah Kabupaten Pasuruan',
    kind: 'bantuan_keuangan',
    funderRegionCode: malang,
    recipientRegionCode: pasuruan,
    location: 'Kecamatan Pandaan, Kabupaten Pasuruan',
    sectors: ['lingkungan_hidup'],
    status: 'berjalan',
    budgets: [{ year: 2026, budget: 750_000_000, realisation: 300_000_000 }],
  });
  const visit = await session.send<{ id: string }>('POST', '/api/visits', {
    title: 'Studi komparasi Pemkab dan DPRD Kabupaten Bekasi ke Kota Malang',
    kind: 'studi_komparasi',
    hostRegionCode: malang,
    visitors: [
      { regionCode: '32.16', institution: 'pemda' },
      { regionCode: '32.16', institution: 'dprd', name: 'DPRD Kabupaten Bekasi' },
    ],
    delegates: [{ name: 'Dedy Supriyadi', post: 'Pj. Bupati Bekasi', regionCode: '32.16' }],
    hosts: [{ name: 'Iwan Kurniawan', post: 'Pj. Wali Kota Malang', regionCode: malang }],
    startDate: '2025-01-16',
    endDate: '2025-01-16',
    place: 'Ruang Sidang Balai Kota Malang',
    topics: [{ sector: 'keuangan_daerah', text: 'pengelolaan pajak daerah' }],
    purpose: 'Studi komparasi pengelolaan pajak daerah',
    goodPractices: [{ topic: 'Pengelolaan pajak daerah', sector: 'keuangan_daerah' }],
  });
  const meeting = await session.send<{ id: string }>('POST', '/api/meetings', {
    title: 'Rapat koordinasi pengelolaan sampah Kota Malang dan Kabupaten Pasuruan',
    kind: 'rapat_koordinasi',
    hostRegionCode: malang,
    participants: [
      { regionCode: malang, institution: 'pemda' },
      { regionCode: pasuruan, institution: 'pemda' },
    ],
    persons: [{ name: 'Wahyu Hidayat', post: 'Pj. Wali Kota Malang', regionCode: malang }],
    date: '2025-02-10',
    place: 'Balai Kota Malang',
    agenda: 'Tindak lanjut kesepakatan pengelolaan sampah',
    summary: 'Kedua daerah menyepakati jadwal penyusunan perjanjian kerja sama.',
    sectors: ['lingkungan_hidup'],
    decisions: [{ text: 'Menyusun rancangan perjanjian kerja sama' }],
  });
  const evaluation = await session.send<{ id: string }>(
    'POST',
    `/api/agreements/${agreementId}/evaluations`,
    {
      period: '2025-S2',
      evaluatorRole: 'opd_pelaksana',
      indicators: [{ name: 'Sampah terangkut', unit: 'ton/hari', baseline: 20, target: 50, actual: 42.5 }],
      problems: 'Armada pengangkut terbatas',
    },
  );
  return {
    action: action.id,
    program: program.id,
    visit: visit.id,
    meeting: meeting.id,
    evaluation: evaluation.id,
  };
}

function requireServer(server: TestServer | undefined): TestServer {
  if (!server) throw new Error('the server did not start');
  return server;
}

function requireBrowser(browser: Browser | undefined): Browser {
  if (!browser) throw new Error('the browser did not start');
  return browser;
}
