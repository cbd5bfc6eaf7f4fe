/**
 * End-to-end harness: a fresh database file, the real server (the same one
 * `npm run serve` starts) with the built renderer, and Debian's Chromium
 * driven by playwright-core.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { closeStore, openStore, type Store } from '../../db/open';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { startServer, type RunningServer } from '../../electron/server';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The screens the tests drive: built by `npm run test:e2e` into a folder of their own, so that a test run and a
 * running `npm run serve` (which builds out/renderer) in the same checkout never rebuild each other's files.
 */
export const E2E_RENDERER_DIR = path.join(root, 'out', 'renderer-e2e');

export interface RunningApp {
  store: Store;
  server: RunningServer;
  dir: string;
  close: () => Promise<void>;
}

export async function startApp(): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-desk-e2e-'));
  const store = openStore({
    path: path.join(dir, 'plan-desk.db'),
    migrationsFolder: path.join(root, 'db', 'migrations'),
  });
  const server = await startServer({
    context: { store, runtime: 'browser', version: 'e2e' },
    rendererDir: E2E_RENDERER_DIR,
  });
  return {
    store,
    server,
    dir,
    close: async () => {
      await server.close();
      closeStore(store);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` first.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi-VN',
    ],
  });
}

/** A page at the office's usual screen size, with downloads allowed, opened on the app. */
export async function openPage(browser: Browser, app: RunningApp): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  // Fail fast and say where: a missing element is a bug, not slowness.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  // E2E_THROTTLE=6 slows the page's CPU six times: how to look for races a fast machine hides.
  if (process.env.E2E_THROTTLE) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.E2E_THROTTLE) });
  }
  await page.goto(app.server.url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).waitFor();
  return { context, page };
}

/**
 * One named step of a test that is one user story (each step needs what the previous one left on the screen): a
 * failure says which step failed, `Bước “…”: …`, and keeps the original error (its stack, expected and actual).
 */
export async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const prefix = `Bước “${name}”: `;
    if (error instanceof Error && !error.message.startsWith(prefix)) {
      const header = `${error.name}: ${error.message}`;
      error.message = prefix + error.message;
      if (error.stack?.startsWith(header))
        error.stack = `${error.name}: ${error.message}${error.stack.slice(header.length)}`;
    }
    if (error instanceof Error) throw error;
    throw new Error(prefix + String(error), { cause: error });
  }
}

/**
 * Waits for the toast (Ant Design message) holding `text`. It waits on the text only: a toast is not clicked, and
 * nothing waits for one to close.
 */
export async function toastShown(page: Page, text: string): Promise<void> {
  await page.locator('.ant-message-notice').filter({ hasText: text }).last().waitFor();
}

/** Arranges data through the real API (zod, handlers, store) before the browser looks at it. */
export function apiOf(app: RunningApp) {
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch({ store: app.store, runtime: 'browser', version: 'e2e' }, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ChannelOutput<C>;
  };
}

const SHOTS = path.join(root, '.tmp');

/** For `afterEach`: a full-page screenshot of a failed test in .tmp, named after the file and the test. */
export function screenshotOnFailure(prefix: string, currentPage: () => Page | undefined) {
  return async (test: { task: { name: string; result?: { state?: string } } }): Promise<void> => {
    const page = currentPage();
    if (test.task.result?.state !== 'fail' || !page) return;
    mkdirSync(SHOTS, { recursive: true });
    const name = test.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
    await page
      .screenshot({ path: path.join(SHOTS, `${prefix}-${name}.png`), fullPage: true, animations: 'disabled' })
      .catch(() => {});
  };
}

/**
 * Types into a searchable select, picks the option whose text is `option` (exactly, when `exact`), and checks that
 * the select now shows it. A slow PC may still be redrawing the filtered list under the pointer, and the click then
 * lands on nothing: wait for the list to hold still, and try again when the choice did not register.
 */
export async function pickOption(
  page: Page,
  combobox: Locator,
  typed: string,
  option: string,
  { exact = false } = {},
): Promise<void> {
  // The select around the combobox (its nearest ancestor with the class `ant-select`).
  const select = combobox.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const wanted = options.filter({ hasText: exact ? new RegExp(`^${escapeRegExp(option)}$`) : option }).first();
  for (let attempt = 1; ; attempt++) {
    await combobox.click();
    await combobox.fill(typed);
    await wanted.waitFor();
    await listHoldsStill(page);
    await wanted.click();
    try {
      await select.filter({ hasText: option }).waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Resolves once the open dropdown's options are the same two animation frames apart. */
async function listHoldsStill(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const read = () =>
          [
            ...document.querySelectorAll(
              '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
            ),
          ]
            .map((option) => option.textContent)
            .join('\n');
        const before = read();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(before !== '' && read() === before)));
      }),
  );
}

/** Resolves once no CSS animation or transition runs: a dialog or dropdown has finished opening. */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
