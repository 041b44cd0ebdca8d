// The GraphQL explorer in a real browser (Debian's chromium through playwright-core) against a fresh local
// stack: examples preloaded, schema docs from introspection, API key and a signed-in demo user, and a
// subscription receiving an event published meanwhile.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../harness/local-stack';

const CHROMIUM = process.env.HERALD_CHROMIUM ?? '/usr/bin/chromium';

let stack: TestStack;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install it (apt-get install -y chromium, as .ci/run does) or set HERALD_CHROMIUM.`);
  [stack, browser] = await Promise.all([startTestStack(), chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })]);
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(stack.outputs.explorerUrl);
  await page.waitForSelector('.graphiql-container');
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Switches tabs and waits until the editor shows that tab's operation (GraphiQL swaps the editors asynchronously). */
async function openTab(name: string): Promise<void> {
  await page.locator('.graphiql-tab', { hasText: name }).click();
  await page.locator('.graphiql-query-editor', { hasText: ` ${name}` }).waitFor({ timeout: 10_000 });
}

async function runAndWaitFor(text: string): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.result-window', { hasText: text }).waitFor({ timeout: 10_000 });
  return page.locator('.result-window').innerText();
}

describe('GraphQL explorer page', () => {
  it('opens with the example operations, the first with its variables, and the schema documented', async () => {
    // Act
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    const variables = await page.locator('.graphiql-editor-tool .CodeMirror').first().innerText();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();

    // Assess
    expect(tabs.map((tab) => tab.trim())).toEqual(['ListEvents', 'GetEvent', 'CreateEvent', 'PublishEvent', 'OnEventPublished']);
    expect(variables).toContain('"limit": 10');
    await expect(page.locator('.graphiql-doc-explorer').getByText('listEvents').first().isVisible()).resolves.toBe(true);
  });

  it('runs the public query with the API key', async () => {
    // Act
    const result = await runAndWaitFor('Open Source Saturday');
    // Assess
    expect(result).toContain('"listEvents"');
    expect(await page.getByRole('status').innerText()).toContain('x-api-key');
  });

  it('acts as the organizer after choosing it, with a token the page fetched itself', async () => {
    // Prepare
    await page.getByLabel('Auth mode').selectOption('organizer');
    await page.getByRole('status').filter({ hasText: 'Signed in as organizer' }).waitFor();
    await openTab('CreateEvent');

    // Act
    const result = await runAndWaitFor('"status": "DRAFT"');

    // Assess
    expect(result).toContain('"title": "GraphQL office hours"');
  });

  it('shows an event published meanwhile on a running subscription', async () => {
    // Prepare
    await page.getByLabel('Auth mode').selectOption('API_KEY');
    await openTab('OnEventPublished');
    // Listen on the socket as soon as it exists: start_ack may arrive before a later listener would.
    let acknowledged = false;
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => {
      if (String(frame.payload).includes('"start_ack"')) acknowledged = true;
    }));
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => acknowledged, { timeout: 30_000 }).toBe(true);
    const token = ((await (await fetch(`${stack.outputs.explorerUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"organizer"}' })).json()) as { accessToken: string }).accessToken;
    const call = async (query: string, variables: object) => {
      const response = await fetch(stack.outputs.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: token }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data: Record<string, { id: string }> };
    };
    const draft = await call('mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
      input: { title: 'Seen live in the explorer', startsAt: '2031-02-02T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/x' },
    });

    // Act
    await call('mutation ($id: ID!) { publishEvent(id: $id) { id title status publishedAt } }', { id: draft.data.createEvent.id });

    // Assess
    await page.locator('.result-window', { hasText: 'Seen live in the explorer' }).waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });
});
