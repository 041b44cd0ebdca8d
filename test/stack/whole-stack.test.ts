// The whole local stack as `npm start` runs it (supervisor process, every stand-in, the AppSync server and
// Vite) from nothing in a temp directory: every part healthy, outputs.json complete and answering, data and mail
// kept across a restart, a second supervisor kept off the same data, Ctrl-C and a dying part both leaving no process
// or port behind, re-seeding when the table is gone, and --fresh resetting.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemoUser } from '../../local/src/herald/demo-sign-in';
import type { HeraldOutputs } from '../../local/src/herald/outputs';
import { assertPortFree } from '../../local/src/services/ports';
import { createLocalS3Client } from '../../local/src/services/s3-local';
import { subscribe } from '../harness/realtime-client';
import { freeSupervisorPorts, processTree, startSupervisor, survivors, waitHealthy, type Supervisor, type SupervisorPorts } from './supervisor-process';

const START_TIMEOUT_MS = 45_000;
const OUTPUT_KEYS = [
  'appUrl', 'explorerUrl', 'graphqlUrl', 'realtimeUrl', 'apiKey', 'region', 'userPoolId', 'userPoolClientId',
  'cognitoEndpoint', 's3Endpoint', 'bucket', 'mailboxUrl', 'calendarUrl', 'demoUsers',
];
const SEEDED_PUBLISHED = ['Open Source Saturday', 'Serverless Meetup: AppSync in practice', 'Community Picnic'];

let dataDir: string;
let ports: SupervisorPorts;
let running: Supervisor | undefined;
const timings: Record<string, number> = {};

async function start(label: string, args: string[] = []): Promise<{ supervisor: Supervisor; outputs: HeraldOutputs }> {
  const began = performance.now();
  const supervisor = startSupervisor(dataDir, ports, args);
  running = supervisor;
  await waitHealthy(supervisor, ports.graphql, START_TIMEOUT_MS);
  timings[label] = Math.round(performance.now() - began);
  const outputs = JSON.parse(await readFile(join(dataDir, 'outputs.json'), 'utf8')) as HeraldOutputs;
  return { supervisor, outputs };
}

async function graphql(outputs: HeraldOutputs, auth: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(outputs.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

async function published(outputs: HeraldOutputs): Promise<{ title: string; image: { url: string } | null }[]> {
  const result = await graphql(outputs, { 'x-api-key': outputs.apiKey }, '{ listEvents(limit: 100) { items { title image { url } } } }');
  return result.data?.listEvents.items ?? [];
}

async function publishedTitles(outputs: HeraldOutputs): Promise<string[]> {
  return (await published(outputs)).map((event) => event.title);
}

async function coverStatuses(outputs: HeraldOutputs): Promise<number[]> {
  return Promise.all((await published(outputs)).map(async (event) => (event.image ? (await fetch(event.image.url)).status : 0)));
}

type Mail = { to: string[]; subject: string; text: string; html: string; headers: object };

async function mailbox(outputs: HeraldOutputs): Promise<Mail[]> {
  return (await (await fetch(outputs.mailboxUrl)).json()) as Mail[];
}

async function organizerToken(outputs: HeraldOutputs): Promise<string> {
  const response = await fetch(`${outputs.explorerUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'organizer' }) });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function portsAllFree(): Promise<boolean> {
  const checks = await Promise.allSettled(Object.values(ports).map((port) => assertPortFree(port, 'test')));
  return checks.every((check) => check.status === 'fulfilled');
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'herald-stack-'));
  ports = await freeSupervisorPorts();
});

afterAll(async () => {
  if (running && running.process.exitCode === null) {
    process.kill(-running.process.pid!, 'SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
  console.info(`stack start-up to healthy (ms): ${JSON.stringify(timings)}`);
});

// Each start is bounded by START_TIMEOUT_MS; the test around it needs a little more.
describe('npm start: the whole local stack', { timeout: START_TIMEOUT_MS + 15_000 }, () => {
  let createdId: string;
  const objectKey = 'events/stack-test/cover.txt';

  it('starts from nothing with every part healthy and outputs.json complete and answering', async () => {
    // Prepare
    const { supervisor, outputs } = await start('cold');
    const ses = new SESClient({ endpoint: `http://127.0.0.1:${ports.ses}`, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const s3 = createLocalS3Client(outputs.s3Endpoint);

    // Act
    const titles = await publishedTitles(outputs);
    const signIns = await Promise.all(outputs.demoUsers.map((user) => signInDemoUser(outputs.cognitoEndpoint, outputs.userPoolClientId, user)));
    const created = await graphql(
      outputs,
      { authorization: await organizerToken(outputs) },
      'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      { input: { title: 'Written before the restart', startsAt: '2031-01-01T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/live' } },
    );
    createdId = created.data?.createEvent.id;
    await s3.send(new HeadBucketCommand({ Bucket: outputs.bucket }));
    await s3.send(new PutObjectCommand({ Bucket: outputs.bucket, Key: objectKey, Body: 'kept' }));
    await ses.send(new SendEmailCommand({ Source: 'herald@herald.local', Destination: { ToAddresses: ['reader@herald.local'] }, Message: { Subject: { Data: 'Hello' }, Body: { Text: { Data: 'Hi' } } } }));
    const covers = await coverStatuses(outputs);
    const mails = await mailbox(outputs);
    const live = subscribe({ graphqlUrl: outputs.graphqlUrl, realtimeUrl: outputs.realtimeUrl, auth: { 'x-api-key': outputs.apiKey }, query: 'subscription { onEventPublished { id } }' });
    const explorerPage = await fetch(outputs.explorerUrl);
    const explorerScript = (await explorerPage.clone().text()).match(/src="([^"]+explorer\.js[^"]*)"/)?.[1];
    const app = await fetch(outputs.appUrl!);
    const appConfig = (await (await fetch(new URL('/config.json', outputs.appUrl!))).json()) as { graphqlUrl: string };

    // Assess
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_KEYS].sort());
    expect(Object.entries(outputs).filter(([, value]) => value === null || value === '')).toEqual([]);
    expect(outputs.demoUsers.map((user) => [user.username, user.groups])).toEqual([['organizer', ['organizers']], ['attendee', []], ['admin', ['admins']]]);
    expect(titles).toEqual(SEEDED_PUBLISHED);
    expect(signIns.every((tokens) => tokens.accessToken.length > 0)).toBe(true);
    expect(created.errors).toBeUndefined();
    expect(covers).toEqual([200, 200, 200]);
    expect(mails).toContainEqual(expect.objectContaining({ to: ['reader@herald.local'], subject: 'Hello', text: 'Hi', html: expect.any(String), headers: expect.any(Object) }));
    expect(mails.filter((mail) => mail.subject.startsWith('Confirm')).flatMap((mail) => mail.to).sort()).toEqual(['ada@herald.local', 'grace@herald.local', 'pending@herald.local', 'sam@herald.local']);
    // The seeded events were announced to the seeded subscribers whose topics match (in the background).
    await expect.poll(async () => (await mailbox(outputs)).filter((mail) => mail.subject === 'New event: Community Picnic').flatMap((mail) => mail.to).sort(), { timeout: 15_000 }).toEqual(['grace@herald.local', 'sam@herald.local']);
    expect(await live.started).toBe('ack');
    live.close();
    expect(explorerPage.status).toBe(200);
    expect((await fetch(new URL(explorerScript!, outputs.explorerUrl))).status).toBe(200);
    expect(app.status).toBe(200);
    expect(appConfig.graphqlUrl).toBe(outputs.graphqlUrl);
    for (const line of [outputs.graphqlUrl, outputs.explorerUrl, outputs.realtimeUrl, outputs.appUrl!, 'Organizer#2026', `http://127.0.0.1:${ports.ses}/`]) {
      expect(supervisor.output()).toContain(line);
    }
    ses.destroy();
    s3.destroy();
  });

  it('stops everything on Ctrl-C, leaving no process or port behind', async () => {
    // Prepare
    const supervisor = running!;
    const tree = processTree(supervisor.process.pid!);

    // Act
    process.kill(-supervisor.process.pid!, 'SIGINT');
    const code = await supervisor.exited;

    // Assess
    for (const part of [/DynamoDBLocal\.jar/, /cognito-local/, /s3rver/, /ses-local-server/, /vite\.js/]) {
      expect(tree.some((entry) => part.test(entry.command))).toBe(true);
    }
    expect(code).toBe(0);
    expect(await survivors(tree, 5_000)).toEqual([]);
    expect(await portsAllFree()).toBe(true);
    expect(supervisor.output()).toContain('Stopped');
  });

  it('restarts warm with the seeded and the newly written data still there, seeding nothing twice, and keeps a second supervisor off the data', async () => {
    // Prepare
    const { outputs } = await start('warm');
    const s3 = createLocalS3Client(outputs.s3Endpoint);

    // Act
    const titles = await publishedTitles(outputs);
    const covers = await coverStatuses(outputs);
    const kept = await graphql(outputs, { authorization: await organizerToken(outputs) }, 'query ($id: ID!) { getEvent(id: $id) { title } }', { id: createdId });
    const object = await s3.send(new GetObjectCommand({ Bucket: outputs.bucket, Key: objectKey }));
    const mails = await mailbox(outputs);
    // A second supervisor on the same data (its own ports) must stop before touching it.
    const second = startSupervisor(dataDir, await freeSupervisorPorts(), ['--no-app']);
    const secondCode = await second.exited;

    // Assess
    expect(secondCode).toBe(1);
    const holder = Number(second.output().match(/Another Herald \(pid (\d+)\) is using (.+?)\. /)?.[1]);
    expect(second.output()).toContain(`is using ${dataDir}.`);
    expect(processTree(running!.process.pid!).map((entry) => entry.pid)).toContain(holder);
    expect((await fetch(`http://127.0.0.1:${ports.graphql}/health`)).status).toBe(200);
    expect(titles).toEqual(SEEDED_PUBLISHED);
    expect(covers).toEqual([200, 200, 200]);
    expect(kept.data?.getEvent).toEqual({ title: 'Written before the restart' });
    expect(await object.Body?.transformToString()).toBe('kept');
    // Mail sent before the restart is still in the mailbox, once (seeding sent no confirmation again).
    expect(mails.filter((mail) => mail.subject === 'Hello').map((mail) => mail.to)).toEqual([['reader@herald.local']]);
    expect(mails.filter((mail) => mail.subject.startsWith('Confirm')).flatMap((mail) => mail.to).sort()).toEqual(['ada@herald.local', 'grace@herald.local', 'pending@herald.local', 'sam@herald.local']);
    s3.destroy();
  });

  it('stops everything when a stand-in dies, naming it and showing its last lines', async () => {
    // Prepare
    const supervisor = running!;
    const tree = processTree(supervisor.process.pid!);
    const java = tree.find((entry) => entry.command.includes('DynamoDBLocal.jar'))!;

    // Act
    process.kill(java.pid, 'SIGKILL');
    const code = await supervisor.exited;

    // Assess
    expect(code).toBe(1);
    expect(supervisor.output()).toMatch(/DynamoDB Local stopped unexpectedly \(was killed\)\. Its last lines:\n {2}\| /);
    expect(await survivors(tree, 5_000)).toEqual([]);
    expect(await portsAllFree()).toBe(true);
  });

  it('seeds again when the table is gone, confirming the subscribers from the new mail though the old is kept', async () => {
    // Prepare
    await rm(join(dataDir, 'dynamodb'), { recursive: true, force: true });
    const { supervisor, outputs } = await start('table gone', ['--no-app']);

    // Act
    const titles = await publishedTitles(outputs);
    const picnicMailsTo = async (address: string) => (await mailbox(outputs)).filter((mail) => mail.subject === 'New event: Community Picnic' && mail.to.includes(address)).length;

    // Assess
    expect(titles).toEqual(SEEDED_PUBLISHED);
    // Announced once per seeding: the re-seeded subscribers were confirmed, or they would get none.
    await expect.poll(() => picnicMailsTo('grace@herald.local'), { timeout: 15_000 }).toBe(2);
    process.kill(-supervisor.process.pid!, 'SIGTERM');
    expect(await supervisor.exited).toBe(0);
  });

  it('starts fresh with --fresh: only the seed data is back', async () => {
    // Prepare
    const { supervisor, outputs } = await start('fresh', ['--fresh', '--no-app']);
    const tree = processTree(supervisor.process.pid!);

    // Act
    const kept = await graphql(outputs, { authorization: await organizerToken(outputs) }, 'query ($id: ID!) { getEvent(id: $id) { title } }', { id: createdId });
    const titles = await publishedTitles(outputs);
    const mails = await mailbox(outputs);
    process.kill(-supervisor.process.pid!, 'SIGTERM');
    await supervisor.exited;

    // Assess
    expect(outputs.appUrl).toBeNull();
    expect(kept.data?.getEvent).toBeNull();
    expect(titles).toEqual(SEEDED_PUBLISHED);
    expect(mails.some((mail) => mail.subject === 'Hello')).toBe(false);
    expect(await survivors(tree, 5_000)).toEqual([]);
  });
});
