// The web client end to end in real Chromium against a fresh local stack (DynamoDB Local, cognito-local,
// S3 and SES stand-ins, the local AppSync server) and the app's production build, served as CloudFront serves
// it: announcements sign-up with the mailed confirmation link, an organizer creating, illustrating and publishing
// an event while a visitor watches it appear live, the announcement mail, registrations filling the event up to
// its waitlist, and an attendee registering with the keyboard alone. Every state the flows visit gets an axe audit
// (WCAG 2.1 A/AA, light and dark), judged at the end.
// Every wait is on a condition (an element, a mail, a stored code); screenshots go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HeraldOutputs } from '../../local/src/herald/outputs';
import { startTestStack, type TestStack } from '../harness/local-stack';
import { AccessibilityAudit, describeFinding } from './support/accessibility-audit';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium, openPerson, savedScreenshots, screenshot, type Person } from './support/browser';
import { waitForConfirmationCode } from './support/cognito-code';
import { header, linksIn, waitForMail } from './support/mailbox';

const STEP_MS = 15_000;
const MAIL_MS = 15_000;
const TEST_MS = 60_000;

const run = Date.now().toString(36);
const title = `E2E launch party ${run}`;
const subscriber = `subscriber-${run}@example.com`;
const newcomer = { username: `newcomer-${run}`, email: `newcomer-${run}@example.com`, password: 'Newcomer#2026' };

let stack: TestStack;
let outputs: HeraldOutputs;
let app: AppServer;
let browser: Browser;
let visitor: Person;
let organizer: Person;
let eventId: string | null = null;
const people: Person[] = [];
const audit = new AccessibilityAudit();
/** Every page state the flows below audit: the accessibility verdict fails when one was not reached. */
const AUDITED_STATES = [
  'subscribe form',
  'subscription confirmed',
  'event list, signed out',
  'sign-in form',
  'my events (organizer dashboard)',
  'create form with validation errors',
  'edit page of a draft with its cover image',
  'event list with a new event arrived live',
  'edit page of a published event',
  'edit form with validation errors',
  'unsubscribed',
  'event page, signed out',
  'event page, signed in with a seat',
  'sign-up form',
  'confirm sign-up form',
  'event page, waitlisted',
  'my registrations',
  'event list, filtered',
  'event page, registered with the keyboard',
];

/** Steps whose failure should not stop the rest of the flow (the events it creates feed later tests) are reported at the end. */
class StepLog {
  readonly failures: string[] = [];
  async soft(name: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}

async function person(timezoneId: string): Promise<Person> {
  const opened = await openPerson(browser, { timezoneId }, STEP_MS);
  people.push(opened);
  return opened;
}

/** Opens a route of the app and waits for its main heading. */
async function open(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${app.url}${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await open(page, '#/sign-in', 'Sign in');
  if (!audit.audited.includes('sign-in form')) await audit.check(page, 'sign-in form');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${username}`, { exact: true }).waitFor();
}

/** Presses Tab until `target` (already on the page) has focus; fails after `limit` presses, naming where focus went. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  await target.waitFor();
  const visited: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
    visited.push(await page.evaluate(() => {
      const active = document.activeElement;
      return active ? `${active.tagName.toLowerCase()} "${(active.textContent || active.getAttribute('aria-label') || '').trim().slice(0, 30)}"` : 'nothing';
    }));
  }
  throw new Error(`${limit} presses of Tab never reached the target; focus went through: ${visited.join(' → ')}`);
}

/** A day ~3 weeks ahead as a datetime-local value at 19:00 (no DST gap anywhere at that hour). */
function inThreeWeeks(): string {
  return `${new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10)}T19:00`;
}

/** A real 16:9 PNG, drawn by the browser itself. */
async function coverImage(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, 640, 360);
    gradient.addColorStop(0, '#2346c8');
    gradient.addColorStop(1, '#e05d5d');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 640, 360);
    context.fillStyle = '#fff';
    context.font = 'bold 48px sans-serif';
    context.fillText('Launch party', 150, 195);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** A mail link opened on this run's app: the test stack does not know the app's port, so only its origin is replaced. */
function onApp(link: string): string {
  const url = new URL(link);
  return new URL(`${url.pathname}${url.search}${url.hash}`, app.url).toString();
}

beforeAll(async () => {
  stack = await startTestStack();
  outputs = stack.outputs;
  [app, browser] = await Promise.all([startAppServer(join(stack.dataDir, 'outputs.json')), launchChromium()]);
  visitor = await person('America/New_York');
  organizer = await person('Europe/Berlin');
}, 120_000);

// A failing test leaves a picture of every open page, named after the test.
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await Promise.all(people.map((p, index) => screenshot(p.page, `failed-${name}-${index}`).catch(() => undefined)));
});

afterAll(async () => {
  await Promise.all(people.map((p) => p.context.close().catch(() => undefined)));
  await browser?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
  await stack?.stop().catch(() => undefined);
  const problems = people.flatMap((p) => p.problems);
  if (problems.length) console.info(`browser console errors seen during the run:\n${problems.join('\n')}`);
  console.info(`screenshots:\n${savedScreenshots().join('\n')}`);
}, 60_000);

describe('the web client in Chromium', () => {
  it('(4a) an anonymous visitor signs up for announcements and confirms with the link from the mail', async () => {
    // Prepare
    const { page } = visitor;
    await open(page, '#/subscribe', 'Get new events by email');
    await page.getByLabel('Email address').fill(subscriber);
    await audit.check(page, 'subscribe form');
    await screenshot(page, '01-subscribe-form');
    // Act
    await page.getByRole('button', { name: 'Sign me up' }).click();
    await page.getByText('Almost done: check your inbox.').waitFor();
    const mail = await waitForMail(outputs.mailboxUrl, subscriber, /confirm/i, MAIL_MS);
    const link = linksIn(mail).find((url) => /token=/.test(url));
    expect(link, `a link with a token in the confirmation mail:\n${mail.text}`).toBeDefined();
    await page.goto(onApp(link!));
    // Assess
    await page.getByText('You are subscribed.').waitFor();
    expect(await page.getByText(`${subscriber} will get an email for every newly published event`).count()).toBe(1);
    expect(page.url()).not.toContain('token=');
    await audit.check(page, 'subscription confirmed');
    await screenshot(page, '02-subscription-confirmed');
  }, TEST_MS);

  it('(1)+(2) an organizer signs in, creates a draft, uploads a cover image and publishes; a visitor sees it arrive live', async () => {
    const steps = new StepLog();
    // Prepare: the visitor watches the list, the organizer signs in
    await open(visitor.page, '#/', 'Upcoming events');
    await visitor.page.getByRole('list', { name: 'Events' }).waitFor();
    await audit.check(visitor.page, 'event list, signed out');
    const { page } = organizer;
    await signIn(page, 'organizer', outputs.demoUsers.find((u) => u.username === 'organizer')!.password);
    await page.getByRole('link', { name: 'Organize' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your events' }).waitFor();
    await audit.check(page, 'my events (organizer dashboard)');
    await page.getByRole('link', { name: 'Create event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an event' }).waitFor();

    // Act: a draft, with an inline error first
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByText('Enter a title.').waitFor();
    await audit.check(page, 'create form with validation errors');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel(/^Description/).fill('Cake, music and a first look at what we built.');
    await page.getByLabel('Starts at').fill(inThreeWeeks());
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByLabel(/^Venue/).fill('Kulturbrauerei');
    await page.getByLabel(/^City/).fill('Berlin');
    await page.getByLabel(/^Country/).fill('DE');
    await page.getByLabel(/^Category/).fill('community');
    await page.getByLabel(/^Tags/).fill('launch, party');
    await page.getByLabel(/^Seats/).fill('1');
    await screenshot(page, '03-organizer-create-form');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    eventId = decodeURIComponent(/#\/organizer\/events\/([^/?]+)/.exec(page.url())![1]);

    // Act: the cover image, straight to storage with a progress bar, then attached with its alt text
    await steps.soft('cover image upload', async () => {
      await page.getByLabel('Image file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: await coverImage(page) });
      await page.getByLabel('Alt text').fill('Blue and red gradient with the words Launch party');
      await page.getByRole('button', { name: 'Upload image' }).click();
      const failed = page.getByText(/^Upload failed:/);
      await page.getByText('Cover image saved.').or(failed).waitFor();
      if (await failed.count()) throw new Error((await failed.textContent()) ?? 'Upload failed');
      expect(await page.getByRole('progressbar', { name: 'Upload progress' }).evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(100);
      await page.getByRole('img', { name: 'Blue and red gradient with the words Launch party' }).waitFor();
    });
    await audit.check(page, 'edit page of a draft with its cover image');
    await screenshot(page, '04-organizer-draft-with-cover');

    // Act: publish, once the visitor's page is live
    await visitor.page.locator('[data-live="true"]').waitFor();
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('heading', { level: 2, name: 'Status: published' }).waitFor();

    // Assess: the visitor sees it without reloading, with a notice that does not move the page
    const card = visitor.page.getByRole('article', { name: new RegExp(title) });
    await card.waitFor();
    expect(await card.getByText('New', { exact: true }).count()).toBe(1);
    await visitor.page.getByRole('status').filter({ hasText: `New event published: ${title}` }).waitFor();
    expect(await visitor.page.evaluate(() => getComputedStyle(document.querySelector('.toast-region')!).position)).toBe('fixed');
    await audit.check(visitor.page, 'event list with a new event arrived live');
    await screenshot(visitor.page, '05-visitor-sees-new-event-live');
    await steps.soft('cover image shown to the visitor', async () => {
      await card.getByRole('img', { name: 'Blue and red gradient with the words Launch party' }).waitFor({ timeout: 2_000 });
    });
    expect(steps.failures).toEqual([]);
  }, TEST_MS);

  it('(4b) the organizer watches the announcement go out and the confirmed subscriber receives it', async () => {
    expect(eventId, 'the event of the previous test').not.toBeNull();
    const steps = new StepLog();
    // Act
    await steps.soft('announcement progress (sent / total) on the dashboard', async () => {
      await organizer.page.getByTestId('announcement-progress').filter({ hasText: /^Done: sent [1-9]\d* of [1-9]\d*/ }).waitFor();
      await screenshot(organizer.page, '06-organizer-announcement-progress');
    });
    await audit.check(organizer.page, 'edit page of a published event');
    // The edit form's own error state: an emptied title is refused before anything is sent.
    await organizer.page.getByLabel('Title').fill('');
    await organizer.page.getByRole('button', { name: 'Save changes' }).click();
    await organizer.page.getByText('Enter a title.').waitFor();
    await audit.check(organizer.page, 'edit form with validation errors');
    const mail = await waitForMail(outputs.mailboxUrl, subscriber, new RegExp(title), MAIL_MS);
    // Assess
    expect(header(mail, 'List-Unsubscribe')).toMatch(/^<https?:\/\/[^>]+>/);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const eventLink = linksIn(mail).find((url) => url.includes(encodeURIComponent(eventId!)));
    expect(eventLink, `a link to the event in:\n${mail.text}`).toBeDefined();
    await visitor.page.goto(onApp(eventLink!));
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(visitor.page.url()).hash).toBe(`#/events/${encodeURIComponent(eventId!)}`);
    const unsubscribeLink = linksIn(mail).find((url) => /unsubscribe/i.test(url) && /token=/.test(url));
    expect(unsubscribeLink, `an unsubscribe link in:\n${mail.text}`).toBeDefined();
    // The app's page takes the same token as the one-click endpoint the mail links to.
    const token = new URL(unsubscribeLink!).searchParams.get('token')!;
    await open(visitor.page, `#/unsubscribe?token=${encodeURIComponent(token)}`, 'Unsubscribe');
    await visitor.page.getByText('You are unsubscribed.').waitFor();
    await audit.check(visitor.page, 'unsubscribed');
    await screenshot(visitor.page, '07-unsubscribed');
    expect(steps.failures).toEqual([]);
  }, TEST_MS);

  it('(3) attendees register until the event is full, the next one is waitlisted, and open pages follow live', async () => {
    expect(eventId, 'the event of test (1)').not.toBeNull();
    const eventHash = `#/events/${encodeURIComponent(eventId!)}`;
    // Prepare: the anonymous visitor watches the event page; the demo attendee signs in
    await open(visitor.page, eventHash, title);
    await visitor.page.locator('[data-live="true"]').waitFor();
    await audit.check(visitor.page, 'event page, signed out');
    const attendee = await person('Asia/Tokyo');
    await signIn(attendee.page, 'attendee', outputs.demoUsers.find((u) => u.username === 'attendee')!.password);
    await open(attendee.page, eventHash, title);
    await attendee.page.getByTestId('seats').filter({ hasText: '1 of 1 seat left' }).waitFor();

    // Act: the last seat
    await attendee.page.getByRole('button', { name: 'Register' }).click();
    await attendee.page.getByText('You have a seat.').first().waitFor();
    await attendee.page.locator('[data-live="true"]').waitFor();
    await visitor.page.getByTestId('seats').filter({ hasText: 'Full · waitlist open' }).waitFor();
    await audit.check(attendee.page, 'event page, signed in with a seat');
    await screenshot(attendee.page, '08-attendee-registered');

    // Act: a newcomer signs up (code from cognito-local, as a developer reads it from its console) and joins
    const { page } = await person('Europe/Lisbon');
    await open(page, '#/sign-up', 'Create an account');
    await page.getByLabel('Username').fill(newcomer.username);
    await page.getByLabel('Email address').fill(newcomer.email);
    await page.getByLabel('Password').fill(newcomer.password);
    await audit.check(page, 'sign-up form');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Confirm your account' }).waitFor();
    await audit.check(page, 'confirm sign-up form');
    await screenshot(page, '09-confirm-sign-up');
    await page.getByLabel('Confirmation code').fill(await waitForConfirmationCode(stack.dataDir, newcomer.username, STEP_MS));
    await page.getByRole('button', { name: 'Confirm account' }).click();
    await page.getByText(`Signed in as ${newcomer.username}`, { exact: true }).waitFor();
    await open(page, eventHash, title);
    await page.getByRole('button', { name: 'Join the waitlist' }).click();

    // Assess: waitlisted with a position; every open page shows the waitlist without reloading
    await page.getByText('The event is full: you are number 1 on the waitlist.').waitFor();
    await page.getByTestId('seats').filter({ hasText: 'Full · 1 on the waitlist' }).waitFor();
    await attendee.page.getByTestId('seats').filter({ hasText: 'Full · 1 on the waitlist' }).waitFor();
    await visitor.page.getByTestId('seats').filter({ hasText: 'Full · 1 on the waitlist' }).waitFor();
    await audit.check(page, 'event page, waitlisted');
    await screenshot(page, '10-newcomer-waitlisted');
    await page.getByRole('link', { name: 'My registrations' }).click();
    // Within the new page's list: the event page it leaves says "on the waitlist" too.
    await page.getByRole('list', { name: 'Registrations' }).getByText('On the waitlist').waitFor();
    await audit.check(page, 'my registrations');
    await screenshot(page, '11-my-registrations');
    await screenshot(visitor.page, '12-visitor-event-page');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  }, TEST_MS);

  it('filters the list by tag and date range, kept in the address bar', async () => {
    // Prepare
    const { page } = visitor;
    await open(page, '#/', 'Upcoming events');
    const search = page.getByRole('search', { name: 'Filter events' });
    // Act
    await search.getByLabel('Tag').fill('#Party');
    await search.getByLabel('From').fill(inThreeWeeks().slice(0, 10));
    await search.getByLabel('To').fill(inThreeWeeks().slice(0, 10));
    await search.getByRole('button', { name: 'Apply filters' }).click();
    // Assess
    await page.waitForURL(/tag=Party/);
    const list = page.getByRole('list', { name: 'Events' });
    await list.getByRole('link', { name: title }).waitFor();
    expect(await list.getByRole('article').count()).toBe(1);
    await audit.check(page, 'event list, filtered');
    await screenshot(page, '13-filtered-by-tag');
  }, TEST_MS);

  it('an attendee registers with the keyboard alone: Tab reaches the sign-in fields, the event and Register, focus is visible, the outcome is announced', async () => {
    // Prepare: a seeded event with free seats, and a fresh browser with focus at the top of the sign-in page
    const seeded = 'Open Source Saturday';
    const { page } = await person('Europe/Paris');
    await open(page, '#/sign-in', 'Sign in');
    await tabTo(page, page.getByLabel('Username'));
    await page.keyboard.type('attendee');
    await page.keyboard.press('Tab');
    await page.keyboard.type(outputs.demoUsers.find((u) => u.username === 'attendee')!.password);
    await page.keyboard.press('Enter');
    await page.getByText('Signed in as attendee', { exact: true }).waitFor();
    await tabTo(page, page.getByRole('list', { name: 'Events' }).getByRole('link', { name: seeded }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: seeded }).waitFor();
    const register = page.getByRole('button', { name: 'Register', exact: true });
    const seats = page.getByRole('region', { name: 'Seats' });
    // Act: Tab to the button, then Enter
    await tabTo(page, register);
    const ring = await register.evaluate((button) => {
      const style = getComputedStyle(button);
      return { focusVisible: button.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    await screenshot(page, '14-keyboard-focus-on-register');
    // The live region is there, empty, before anything happens: only a change inside an existing one is announced.
    const status = await seats.getByRole('status').elementHandle();
    expect(await status!.textContent()).toBe('');
    await page.keyboard.press('Enter');
    // Assess
    expect(ring).toEqual({ focusVisible: true, outline: 'solid', width: expect.any(Number) });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.waitForFunction((node) => node.isConnected && node.textContent === 'You have a seat.', status);
    expect(await status!.evaluate((node) => node.getAttribute('role') ?? node.getAttribute('aria-live'))).toBe('status');
    // Focus stays on the panel's control (now the way back out), not thrown back to the top of the page.
    await page.getByRole('button', { name: 'Cancel my registration' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement === document.body ? '<body>' : document.activeElement?.textContent))).toBe('Cancel my registration');
    await audit.check(page, 'event page, registered with the keyboard');
    await screenshot(page, '15-keyboard-registered');
  }, TEST_MS);

  it('no page state the flows visit has a serious or critical accessibility violation (axe, WCAG 2.1 A/AA)', () => {
    // Prepare
    const advisory = audit.advisory().map(describeFinding);
    // Act
    const blocking = audit.blocking().map(describeFinding);
    console.info(`axe audited ${audit.audited.length} page states, light and dark, in ${(audit.elapsedMs / 1000).toFixed(1)} s; moderate or minor findings (listed, not failing): ${advisory.length ? `\n${advisory.join('\n')}` : 'none'}`);
    // Assess
    expect(blocking).toEqual([]);
    expect(audit.audited).toEqual(AUDITED_STATES);
  });

  it('the build ran under the deployed content security policy without a violation', async () => {
    // Prepare
    const problems = people.flatMap((p) => p.problems);
    // Act
    const response = await fetch(app.url);
    // Assess
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(problems.filter((problem) => /Content Security Policy/i.test(problem))).toEqual([]);
  });

  it('saved screenshots of the main pages', async () => {
    // Prepare
    const saved = savedScreenshots();
    // Act
    const sizes = await Promise.all(saved.map(async (path) => (await readFile(path)).length));
    // Assess
    expect(saved.length).toBeGreaterThanOrEqual(8);
    expect(sizes.every((size) => size > 1_000)).toBe(true);
  });
});
