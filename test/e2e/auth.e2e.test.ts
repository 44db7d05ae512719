import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pickOption, screenshot, skipBrowserTests } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const admin = {
  name: 'Rina Administrator',
  email: 'admin@sinergi.test',
  password: 'pohon mangga berbuah lebat',
};
const bekasiAdmin = {
  name: 'Budi Santoso',
  email: 'budi@bekasikota.go.id',
  password: 'kereta pagi ke cikarang',
  newPassword: 'hujan sore di summarecon',
};
const malangViewer = { name: 'Sari Wulandari', email: 'sari@malangkota.go.id' };
/** The password the Kota Malang viewer chooses with their one-time link. */
const malangViewerPassword = 'layanan-persampahan-malang';

/**
 * The accounts journey: the operator creates the first administrator with the link printed at
 * start-up, who creates a Kota Bekasi administrator; that administrator sees only their region's
 * users, adds an OPD, changes their password and finds both in the audit log.
 */
describe.skipIf(skipBrowserTests)('accounts journey', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const url = (path: string) => `${requireServer(server).baseUrl}${path}`;
  /** The one-time link the Kota Malang viewer gets to choose a password. */
  let malangLink = '';

  beforeAll(async () => {
    ensureUiBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tells the visitor that the administrator must be created first', async () => {
    await page.goto(url('/masuk'));
    await page.locator('[data-testid=setup-needed]').waitFor();
  });

  it('creates the system administrator with the setup link from the server log', async () => {
    // The operator copies the link the server printed at start-up.
    await page.goto(await requireServer(server).setupUrl());
    await page.locator('[data-testid=setup-name]').fill(admin.name);
    await page.locator('[data-testid=setup-email]').fill(admin.email);
    await page.locator('[data-testid=setup-password]').fill(admin.password);
    await page.locator('[data-testid=setup-password-confirm]').fill(admin.password);
    await page.locator('[data-testid=setup-submit]').click();
    await page.waitForURL('**/admin/pengguna');
    await page.locator('[data-testid=user-menu]').waitFor();
  });

  it('logs out, refuses a wrong password, and logs in again', async () => {
    await logout(page);
    await page.locator('[data-testid=login-email]').fill(admin.email);
    await page.locator('[data-testid=login-password]').fill('bukan kata sandinya');
    await page.locator('[data-testid=login-submit]').click();
    const error = page.locator('[data-testid=login-error]');
    await error.waitFor();
    expect(await error.innerText()).toContain('Email atau kata sandi salah');
    await screenshot(page, 'login');

    await login(page, admin.email, admin.password);
    await page.locator('[data-testid=nav-admin]').waitFor();
  });

  it('creates a Kota Bekasi administrator with a password, and a Kota Malang viewer with a link', async () => {
    await page.goto(url('/admin/pengguna'));
    await createUser(page, {
      ...bekasiAdmin,
      role: 'Admin daerah (Bagian Kerja Sama)',
      region: 'Kota Bekasi',
    });
    await page.locator(`[data-testid=user-row][data-email="${bekasiAdmin.email}"]`).waitFor();

    await createUser(page, { ...malangViewer, role: 'Pembaca', region: 'Kota Malang' });
    const link = page.locator('[data-testid=password-link-url]');
    await link.waitFor();
    // Without PUBLIC_URL the server answers a path; the page completes it with its own address.
    expect(await link.innerText()).toMatch(/^http:\/\/[^/]+\/atur-sandi\?token=[\w-]{43}$/);
    malangLink = await link.innerText();
    expect(malangLink.startsWith(url('/atur-sandi?token='))).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).first().click();
    // The dialog gives focus back when its closing transition ends; wait, so no later click races it.
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator(`[data-testid=user-row][data-email="${malangViewer.email}"]`).waitFor();
  });

  it('shows the Bekasi administrator only the users of Kota Bekasi', async () => {
    await logout(page);
    await login(page, bekasiAdmin.email, bekasiAdmin.password);
    await openAdminPage(page, 'nav-users');
    await page.locator(`[data-testid=user-row][data-email="${bekasiAdmin.email}"]`).waitFor();
    const emails = await page
      .locator('[data-testid=user-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-email')));
    expect(emails).toEqual([bekasiAdmin.email]);
    // On a laptop the header shows the initials; the menu names the user and their region.
    await page.locator('[data-testid=user-menu]').click();
    expect(await page.getByRole('menu').innerText()).toContain('Kota Bekasi');
    await page.keyboard.press('Escape');
    await screenshot(page, 'users');
  });

  it('adds an OPD to Kota Bekasi', async () => {
    await openAdminPage(page, 'nav-opd');
    await page.locator('[data-testid=opd-empty]').waitFor();
    await page.locator('[data-testid=opd-create]').click();
    await page.locator('[data-testid=opd-form-name]').fill('Dinas Kesehatan');
    await page.locator('[data-testid=opd-form-abbreviation]').fill('Dinkes');
    await pickOption(page, page.locator('[data-testid=opd-form-sectors]'), 'Kesehatan', { multiple: true });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=opd-form-submit]').click();
    await page.locator('[data-testid=opd-row][data-name="Dinas Kesehatan"]').waitFor();
  });

  it('changes the own password on the profile page', async () => {
    await page.locator('[data-testid=user-menu]').click();
    await page.locator('[data-testid=menu-profile]').click();
    await page.locator('[data-testid=password-current]').fill(bekasiAdmin.password);
    await page.locator('[data-testid=password-new]').fill(bekasiAdmin.newPassword);
    await page.locator('[data-testid=password-submit]').click();
    await page.locator('[data-testid=password-changed]').waitFor();
    await page.locator('[data-testid=session-row]').first().waitFor();
    await screenshot(page, 'profile');
  });

  it('finds the password change and the new OPD in the audit log', async () => {
    await openAdminPage(page, 'nav-audit');
    const list = page.locator('[data-testid=audit-list]');
    await list.locator('[data-testid=audit-row][data-action="user.password_change"]').waitFor();
    await list.locator('[data-testid=audit-row][data-action="opd.create"]').waitFor();
    // Kota Malang's user was created in the same minutes, but outside Kota Bekasi's trail.
    expect(await list.innerText()).not.toContain(malangViewer.email);
    await screenshot(page, 'audit');
  });

  it('lets the Kota Malang viewer choose a password with the link and change their own name', async () => {
    await logout(page);
    await page.goto(malangLink);
    await page.locator('[data-testid=reset-password]').fill(malangViewerPassword);
    await page.locator('[data-testid=reset-password-confirm]').fill(malangViewerPassword);
    await page.locator('[data-testid=reset-submit]').click();
    await page.locator('[data-testid=reset-done]').waitFor();
    await page.goto(url('/masuk'));
    await login(page, malangViewer.email, malangViewerPassword);
    await page.locator('[data-testid=user-menu]').click();
    await page.locator('[data-testid=menu-profile]').click();
    await page.locator('[data-testid=profile-name]').fill('Sari Wulandari, S.E.');
    await page.locator('[data-testid=profile-name-save]').click();
    await page.locator('[data-testid=profile-name-saved]').waitFor();
    expect(await page.locator('[data-testid=user-menu]').getAttribute('aria-label')).toContain(
      'Sari Wulandari, S.E.',
    );
  });

  it('logs out from the profile page to the plain login page while the login page is slow to load', async () => {
    // A fresh load of Profil, so the login page's code is fetched at logout, and held for a while as
    // on a slow phone: the Profil page, still on screen, then rendered once more without a user and
    // sent the visitor to /masuk?next=%2Fprofil instead of /masuk.
    await page.goto(url('/profil'));
    await page.locator('[data-testid=profile-name]').waitFor();
    const slowLoginPage = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    };
    await page.route('**/assets/LoginPage-*.js', slowLoginPage);
    await page.locator('[data-testid=user-menu]').click();
    await page.locator('[data-testid=menu-logout]').click();
    await page.locator('[data-testid=login-email]').waitFor();
    await page.unroute('**/assets/LoginPage-*.js', slowLoginPage);
    expect(page.url()).toBe(url('/masuk'));
    await page.locator('[data-testid=login-signed-out]').waitFor();
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

function requireServer(server: TestServer | undefined): TestServer {
  if (!server) throw new Error('the test server did not start (see beforeAll)');
  return server;
}

/** Opens a page of the header's "Administrasi" menu. */
async function openAdminPage(page: Page, testId: string): Promise<void> {
  await page.locator('[data-testid=nav-admin]').click();
  await page.locator(`[data-testid=${testId}]`).click();
  // Let the menu finish closing so screenshots do not catch it fading out.
  await page.getByRole('menu').waitFor({ state: 'hidden' });
}

async function login(page: Page, email: string, password: string): Promise<void> {
  await page.locator('[data-testid=login-email]').fill(email);
  await page.locator('[data-testid=login-password]').fill(password);
  await page.locator('[data-testid=login-submit]').click();
  await page.locator('[data-testid=user-menu]').waitFor();
}

async function logout(page: Page): Promise<void> {
  await page.locator('[data-testid=user-menu]').click();
  await page.locator('[data-testid=menu-logout]').click();
  await page.locator('[data-testid=login-email]').waitFor();
  expect(new URL(page.url()).pathname).toBe('/masuk');
}

async function createUser(
  page: Page,
  user: { name: string; email: string; role: string; region: string; password?: string },
): Promise<void> {
  await page.locator('[data-testid=user-create]').click();
  await page.locator('[data-testid=user-form-name]').fill(user.name);
  await page.locator('[data-testid=user-form-email]').fill(user.email);
  await pickOption(page, page.locator('[data-testid=user-form-role]'), user.role);
  await pickOption(page, page.locator('[data-testid=user-form-region]'), new RegExp(`^${user.region}\\b`), {
    search: user.region,
    value: user.region,
  });
  if (user.password) {
    await page.locator('[data-testid=user-form-password-set]').check();
    await page.locator('[data-testid=user-form-password]').fill(user.password);
  }
  await page.locator('[data-testid=user-form-submit]').click();
}
