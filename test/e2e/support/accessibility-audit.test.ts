// The audit on a page with known problems, served under the app's content security policy: it must see them,
// in the scheme where they are, and sort them into blocking and advisory.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from './accessibility-audit';
import { localContentSecurityPolicy } from './app-server';
import { launchChromium } from './browser';

const PAGE = `<!doctype html><html lang="en"><head><title>Audit fixture</title>
<style>
  p.faint { color: #777; background: #fff; }
  @media (prefers-color-scheme: dark) { body { background: #000; } p.night { color: #222; } }
</style></head>
<body><main><h1>Fixture</h1>
  <button id="unnamed"></button>
  <p class="night">Readable by day only.</p>
  %BODY%
</main></body></html>`;

let browser: Browser;
let page: Page;

async function serve(body: string): Promise<void> {
  await page.route('http://fixture.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      // The fixture's own <style> needs 'unsafe-inline'; scripts are held to the app's policy.
      headers: { 'Content-Security-Policy': localContentSecurityPolicy("default-src 'self'; script-src 'self'; style-src 'unsafe-inline'") },
      body: PAGE.replace('%BODY%', body),
    }),
  );
  await page.goto('http://fixture.test/');
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

describe('AccessibilityAudit', () => {
  it('finds a nameless button (critical) by day and night, and low contrast only in the scheme that has it', async () => {
    // Prepare
    const audit = new AccessibilityAudit();
    await serve('<p>Fine.</p>');
    // Act
    await audit.check(page, 'fixture');
    // Assess
    const blocking = audit.blocking().map((finding) => [finding.state, finding.rule, finding.impact]);
    expect(blocking).toEqual(
      expect.arrayContaining([
        ['fixture', 'button-name', 'critical'],
        ['fixture (dark)', 'button-name', 'critical'],
        ['fixture (dark)', 'color-contrast', 'serious'],
      ]),
    );
    expect(blocking).not.toContainEqual(['fixture', 'color-contrast', 'serious']);
    expect(audit.audited).toEqual(['fixture']);
  }, 30_000);

  it('lists a moderate finding as advisory, not blocking', async () => {
    // Prepare
    const audit = new AccessibilityAudit();
    // A viewport that caps zooming at 150 %: axe rates it moderate.
    await serve('<meta name="viewport" content="width=device-width, maximum-scale=1.5">');
    // Act
    await audit.check(page, 'fixture');
    // Assess
    const rules = (findings: ReturnType<AccessibilityAudit['blocking']>) => findings.map((finding) => `${finding.rule}:${finding.impact}`);
    expect(rules(audit.advisory())).toContain('meta-viewport:moderate');
    expect(rules(audit.blocking()).some((rule) => rule.startsWith('meta-viewport'))).toBe(false);
  }, 30_000);
});
