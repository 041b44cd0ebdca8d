// Chromium for e2e tests: Debian's binary driven by playwright-core, one context per person, page errors
// collected for failure messages, and screenshots saved under test-results/screenshots/ (git-ignored).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '../../harness/local-stack';

export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'screenshots');
export const CHROMIUM = process.env.HERALD_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium, as .ci/run does) or set HERALD_CHROMIUM.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for failure messages. */
  problems: string[];
}

export async function openPerson(browser: Browser, options: { timezoneId: string; locale?: string }, timeoutMs: number): Promise<Person> {
  const context = await browser.newContext({ timezoneId: options.timezoneId, locale: options.locale ?? 'en-GB', viewport: { width: 1100, height: 900 } });
  context.setDefaultTimeout(timeoutMs);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

const saved: string[] = [];

/** Saves a full-page screenshot and remembers its path for the summary. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Playwright's fullPage capture leaves Debian's headless Chromium with an offset viewport, so later clicks land
  // beside their target; growing the viewport to the page's height and back is tracked correctly instead.
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), 6_000) });
  await page.screenshot({ path, animations: 'disabled' });
  await page.setViewportSize(size);
  saved.push(path);
}

export function savedScreenshots(): string[] {
  return [...saved];
}
