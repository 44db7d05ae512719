import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, skipBrowserTests } from '../support/browser.js';
import type { TestServer } from '../support/test-server.js';
import { malangAdmin, password, startWithRevisedAgreement } from './agreements-support.js';

const phone = { width: 390, height: 844 };
const laptop = { width: 1366, height: 768 };

type Box = { id: string; left: number; top: number; right: number; bottom: number };

/** Pairs of boxes that overlap by more than a pixel each way. */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 1 && height > 1) found.push(`${a.id} overlaps ${b.id}`);
    }
  });
  return found;
}

/**
 * Layouts a phone (390 px) must get right: the audit trail and record tables as cards rather than
 * tables that scroll sideways with rows a screen tall, a list's filters folded behind one button,
 * and the agreement list's filters (with "Filter lain" open) side by side without overlapping. Screenshots at 390 and 1366 px are saved
 * as test-results/screenshots/narrow-*.png.
 */
describe.skipIf(skipBrowserTests)('layouts on a phone and a laptop', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let agreementId = '';

  const url = (path: string) => `${server!.baseUrl}${path}`;

  async function loggedInPage(viewport: typeof phone): Promise<Page> {
    const context = await browser!.newContext({ locale: 'id-ID', viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(url('/masuk'));
    await page.getByTestId('login-email').fill(malangAdmin.email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((address) => !address.pathname.startsWith('/masuk'));
    return page;
  }

  beforeAll(async () => {
    const started = await startWithRevisedAgreement();
    server = started.server;
    agreementId = started.agreementId;
    // A token, for the Profil page's token list.
    await started.session.send('POST', '/api/auth/tokens', { name: 'Integrasi SIPD', expiresInDays: 90 });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  /** Whether the audit entries of the page are cards or table rows, and the page's widths. */
  async function auditLayout(page: Page, listTestId: string) {
    await page.locator(`[data-testid=${listTestId}] [data-testid=audit-row]`).first().waitFor();
    return page.evaluate((testId) => {
      const list = document.querySelector(`[data-testid=${testId}]`)!;
      const rows = [...list.querySelectorAll('[data-testid=audit-row]')];
      return {
        rows: rows.length,
        tableRows: rows.filter((row) => row.tagName === 'TR').length,
        tallest: Math.max(...rows.map((row) => row.getBoundingClientRect().height)),
        scroll: Math.max(
          ...[...list.querySelectorAll('*')].map((node) => node.scrollWidth - node.clientWidth),
        ),
        pageScroll: document.documentElement.scrollWidth - window.innerWidth,
      };
    }, listTestId);
  }

  it('shows the audit trail, a record history, the users and the API tokens as cards at 390 px and as tables at 1366 px', async () => {
    for (const [viewport, name] of [
      [phone, '390'],
      [laptop, '1366'],
    ] as const) {
      const page = await loggedInPage(viewport);
      await page.goto(url('/admin/audit'), { waitUntil: 'networkidle' });
      const audit = await auditLayout(page, 'audit-list');
      await screenshot(page, `narrow-audit-${name}`);
      await page.goto(url(`/kerja-sama/${agreementId}`), { waitUntil: 'networkidle' });
      const history = await auditLayout(page, 'audit-history-trail');
      await page.getByTestId('audit-history').scrollIntoViewIfNeeded();
      await screenshot(page, `narrow-history-${name}`);
      await page.goto(url('/admin/pengguna'), { waitUntil: 'networkidle' });
      await page.getByTestId('user-row').first().waitFor();
      const userRows = await page
        .getByTestId('user-row')
        .evaluateAll((rows) => rows.map((row) => row.tagName));
      await screenshot(page, `narrow-users-${name}`);
      await page.goto(url('/profil'), { waitUntil: 'networkidle' });
      await page.getByTestId('token-row').first().waitFor();
      const tokenRows = await page
        .getByTestId('token-row')
        .evaluateAll((rows) => rows.map((row) => row.tagName));
      const tokenPage = await page.evaluate(() => document.documentElement.scrollWidth);
      await screenshot(page, `narrow-profile-${name}`);
      if (viewport === phone) {
        for (const layout of [audit, history]) {
          expect(layout.rows).toBeGreaterThan(0);
          expect(layout, 'cards, nothing scrolling sideways').toMatchObject({
            tableRows: 0,
            scroll: 0,
            pageScroll: 0,
          });
        }
        // A card of a created agreement (its fields folded after six) fits in a screen.
        expect(audit.tallest).toBeLessThan(phone.height);
        expect(userRows.every((tag) => tag !== 'TR')).toBe(true);
        // The API tokens as cards: a table of six columns scrolled sideways.
        expect(tokenRows.length).toBeGreaterThan(0);
        expect(tokenRows.every((tag) => tag !== 'TR')).toBe(true);
        expect(tokenPage).toBeLessThanOrEqual(phone.width);
      } else {
        expect(tokenRows.every((tag) => tag === 'TR')).toBe(true);
        for (const layout of [audit, history]) expect(layout.tableRows).toBe(layout.rows);
        expect(userRows.every((tag) => tag === 'TR')).toBe(true);
      }
    }
  }, 300_000);

  it('folds the filters of a list behind one button at 390 px, counting those in force', async () => {
    const page = await loggedInPage(phone);
    await page.goto(url('/kerja-sama'), { waitUntil: 'networkidle' });
    await page.getByTestId('agreement-row').first().waitFor();
    // The first record shows on the first screen, under the folded filters.
    const firstRow = await page.getByTestId('agreement-row').first().boundingBox();
    expect(firstRow!.y + firstRow!.height).toBeLessThan(phone.height);
    expect(await page.getByTestId('filter-panel').isVisible()).toBe(false);
    expect(await page.getByTestId('filter-count').count()).toBe(0);
    await page.getByTestId('filter-toggle').click();
    await page.getByTestId('agreement-search').waitFor({ state: 'visible' });
    await screenshot(page, 'narrow-filters-open-390');

    // Two filters in force, nothing found: the button counts them, the list says so.
    await page.goto(url('/program?q=tidak-ada-program-ini&kind=hibah'), { waitUntil: 'networkidle' });
    await page.getByTestId('programs-empty').waitFor();
    expect(await page.getByTestId('filter-count').innerText()).toBe('2');
    expect(await page.getByTestId('programs-empty').innerText()).toContain('cocok dengan filter ini');
    await screenshot(page, 'narrow-filters-folded-390');
    // Without a filter an empty list says there is nothing yet, and offers to create the first one.
    await page.goto(url('/program'), { waitUntil: 'networkidle' });
    const empty = page.getByTestId('programs-empty');
    await empty.waitFor();
    expect(await empty.innerText()).not.toContain('cocok');
    expect(await empty.innerText()).toContain('Belum ada program yang dicatat.');
    expect(await empty.getByRole('link', { name: 'Catat program' }).getAttribute('href')).toBe(
      '/program/baru',
    );

    // On a laptop the filters stay open, with no button.
    const wide = await loggedInPage(laptop);
    await wide.goto(url('/kerja-sama'), { waitUntil: 'networkidle' });
    await wide.getByTestId('agreement-search').waitFor({ state: 'visible' });
    expect(await wide.getByTestId('filter-toggle').count()).toBe(0);
  }, 120_000);

  it('writes a page title smaller on a phone than on a laptop', async () => {
    const titleSize = async (viewport: typeof phone) => {
      const page = await loggedInPage(viewport);
      await page.goto(url('/program'), { waitUntil: 'networkidle' });
      return page
        .locator('h1')
        .first()
        .evaluate((title) => parseFloat(getComputedStyle(title).fontSize));
    };
    // 34 px took a record's long title to six lines of a phone's first screen.
    expect(await titleSize(phone)).toBeLessThanOrEqual(28);
    expect(await titleSize(laptop)).toBe(34);
  }, 120_000);

  it('keeps the agreement filters apart at 390 px with "Filter lain" open', async () => {
    const page = await loggedInPage(phone);
    // A filter set brings the "clear filters" button beside "Filter lain".
    await page.goto(url('/kerja-sama?acting=true'), { waitUntil: 'networkidle' });
    await page.getByTestId('filter-toggle').click();
    await page.getByTestId('filter-clear').waitFor();
    // Open "Filter lain" and make sure it is open: in one CI run under load the section stayed closed
    // after the click (not seen locally); this test measures the layout, so it opens it again if so.
    const more = page.getByTestId('filter-more');
    const expiring = page.getByTestId('filter-expiring');
    for (let attempt = 1; ; attempt += 1) {
      if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
      try {
        await expiring.waitFor({ state: 'visible', timeout: 8_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    // Collapse animates its height: measure once it is open.
    await page.waitForTimeout(500);
    const boxes = await page.evaluate(() => {
      const controls = [
        'agreement-search',
        'filter-stage',
        'agreement-sort',
        'filter-partner',
        'filter-kind',
        'filter-sector',
        'filter-year',
        'filter-expiring',
        'filter-acting',
        'filter-expired',
        'filter-deleted',
        'filter-clear',
        'filter-more',
      ];
      return controls.flatMap((id) => {
        const element = document.querySelector(`[data-testid=${id}]`);
        if (!element) return [];
        const box = (
          element.closest('.mantine-InputWrapper-root, .mantine-Checkbox-root') ?? element
        ).getBoundingClientRect();
        return [{ id, left: box.left, top: box.top, right: box.right, bottom: box.bottom }];
      });
    });
    await screenshot(page, 'narrow-agreement-filters-390');
    expect(boxes.map((box) => box.id)).toEqual(
      expect.arrayContaining(['filter-more', 'filter-clear', 'filter-deleted']),
    );
    expect(overlaps(boxes)).toEqual([]);
    for (const box of boxes) {
      expect(box.left, box.id).toBeGreaterThanOrEqual(0);
      expect(box.right, box.id).toBeLessThanOrEqual(phone.width);
    }
  }, 120_000);
});
