import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser, pickOption, screenshotDir } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import {
  repoRoot,
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from '../support/test-server.js';
import { malangPasuruanKsb } from '../integration/support/factories.js';

/** Browser steps shared by the agreements e2e journeys (agreements*.e2e.test.ts). */

export const password = 'kerja-sama-daerah-2024!';

export type TestUser = {
  email: string;
  name: string;
  regionCode: string;
  role: 'region_admin' | 'reviewer';
};

/** The region administrators of the seed-000 KSB's two parties. */
export const bekasiAdmin = {
  email: 'admin@bekasikota.go.id',
  name: 'Admin Kota Bekasi',
  regionCode: '32.75',
  role: 'region_admin',
} as const satisfies TestUser;
export const malangAdmin = {
  email: 'admin@malangkota.go.id',
  name: 'Admin Kota Malang',
  regionCode: '35.73',
  role: 'region_admin',
} as const satisfies TestUser;

/** A running server with one logged-in browser context per user. */
export type Journey<Key extends string> = {
  server: TestServer;
  pages: Record<Key, Page>;
  /** Uncaught errors of the pages, prefixed with the user's key: a journey ends with none. */
  pageErrors: string[];
  close(): Promise<void>;
};

/**
 * Starts the app with a fresh database, creates the users, and logs each of them in, in their own
 * browser context (Indonesian locale, 1280 x 900).
 */
export async function startJourney<Key extends string>(
  users: Record<Key, TestUser>,
  serverOptions: TestServerOptions = {},
): Promise<Journey<Key>> {
  ensureUiBuilt();
  // Built just above: the server must not build it again, and a busy machine may need a while.
  const server = await startTestServer({
    args: ['--no-build-ui'],
    startTimeoutMs: 180_000,
    ...serverOptions,
  });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const pages = {} as Record<Key, Page>;
  const close = async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.stop();
  };
  try {
    await createUsers(server, Object.values(users));
    const keys = Object.keys(users) as Key[];
    for (const key of keys) {
      const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => pageErrors.push(`${key}: ${error.message}`));
      pages[key] = page;
    }
    await Promise.all(keys.map((key) => login(pages[key], server.baseUrl, users[key].email)));
  } catch (error) {
    await close();
    throw error;
  }
  return { server, pages, pageErrors, close };
}

/** The upload fixtures (test/fixtures/files). */
export function fixtureFile(name: string): string {
  return join(repoRoot, 'test', 'fixtures', 'files', name);
}

/** Creates the first administrator with the setup link, then the users through the API. */
export async function createUsers(server: TestServer, users: readonly TestUser[]): Promise<void> {
  const setupUrl = new URL(await server.setupUrl());
  const token = setupUrl.searchParams.get('token') ?? '';
  const setup = await fetch(`${server.baseUrl}/api/auth/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, email: 'sysadmin@sinergi.test', name: 'Admin Sistem', password }),
  });
  expect(setup.status).toBe(201);
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  for (const user of users) {
    const response = await fetch(`${server.baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify({ ...user, password }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  }
}

/** Logs in through the login page and lands on the agreements list. */
export async function login(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/masuk?next=${encodeURIComponent('/kerja-sama')}`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/kerja-sama$/);
  await page.getByTestId('nav-kerja-sama').waitFor();
}

export function partyCard(page: Page, index: number): Locator {
  return page.getByTestId('party-card').nth(index);
}

export async function chooseSegment(control: Locator, label: string): Promise<void> {
  await control.getByText(label, { exact: true }).click();
}

/** Opens a Mantine select and picks an option by its exact label (see `pickOption`). */
export async function chooseOption(page: Page, input: Locator, label: string): Promise<void> {
  await pickOption(page, input, label);
}

/** Types a region's name into a party's region picker and picks it. */
export async function chooseRegion(page: Page, card: Locator, name: string): Promise<void> {
  await pickOption(page, card.getByTestId('party-region'), name, { search: name });
}

export async function fillSignatory(
  page: Page,
  card: Locator,
  name: string,
  acting?: 'Pj.' | 'Plt.' | 'Plh.',
): Promise<void> {
  const signatory = card.getByTestId('signatory').first();
  await signatory.getByTestId('signatory-name').fill(name);
  if (acting) {
    await pickOption(
      page,
      signatory.getByTestId('signatory-acting'),
      new RegExp(`^${acting.replace('.', '\\.')} `),
    );
  }
}

export async function chooseSectors(page: Page, labels: string[]): Promise<void> {
  const input = page.getByTestId('field-sectors');
  for (const label of labels) {
    await pickOption(page, input, label, { search: label, multiple: true });
  }
  await page.keyboard.press('Escape');
}

/** Saves the form and returns the agreement's id from the detail page it opens. */
export async function save(page: Page): Promise<string> {
  await page.getByTestId('agreement-save').click();
  await page.waitForURL(/\/kerja-sama\/[0-9a-f-]{36}$/);
  const detail = page.getByTestId('agreement-detail');
  await detail.waitFor();
  return (await detail.getAttribute('data-id')) ?? '';
}

/** The partner's administrator opens the record and confirms it: both parties have then confirmed. */
export async function confirmAsPartner(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/kerja-sama/${id}`);
  await page.getByTestId('agreement-detail').waitFor();
  expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
    'dikonfirmasi 1 dari 2 pihak',
  );
  await page.getByTestId('agreement-confirm').click();
  await page.getByTestId('agreement-confirmed-own').waitFor();
  expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
    'dikonfirmasi 2 dari 2 pihak',
  );
}

/** A user's API session (cookie and CSRF token), for preparing records a journey does not enter itself. */
export async function apiLogin(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const { csrfToken, user } = (await response.json()) as { csrfToken: string; user: { id: string } };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    userId: user.id,
    async send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown, status = 201): Promise<T> {
      const answer = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
        body: JSON.stringify(body),
      });
      expect(answer.status, await answer.clone().text()).toBe(status);
      return (await answer.json()) as T;
    },
  };
}

/**
 * Saves what the viewport shows (test-results/screenshots/<name>.png): for dialogs, which a full-page
 * screenshot draws in the middle of the page.
 */
export async function viewportScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/**
 * Starts the app (the UI built once, not again by the server) with the Malang administrator and
 * one KSB of Malang and Pasuruan edited once, so its history has two entries. For tests that look
 * at pages rather than enter records.
 */
export async function startWithRevisedAgreement() {
  ensureUiBuilt();
  const server = await startTestServer({ args: ['--no-build-ui'], startTimeoutMs: 180_000 });
  await createUsers(server, [malangAdmin]);
  const session = await apiLogin(server.baseUrl, malangAdmin.email);
  const { id } = await session.send<{ id: string }>('POST', '/api/agreements', malangPasuruanKsb());
  await session.send(
    'PATCH',
    `/api/agreements/${id}`,
    { title: `${malangPasuruanKsb().title} (revisi)`, version: 1 },
    200,
  );
  return { server, session, agreementId: id };
}
