// Cover images end to end: presigned POST from the API, a browser-style multipart upload to the S3
// stand-in, then setEventImage verifying the object (refusing and deleting what breaks the policy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf, type Caller } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';

const grant = 'mutation ($id: ID!, $type: String!, $size: Int!) { createEventImageUpload(eventId: $id, contentType: $type, contentLength: $size) { url fields key expiresAt } }';
const attach = 'mutation ($id: ID!, $key: String!, $alt: String!) { setEventImage(eventId: $id, key: $key, alt: $alt) { id version image { key url alt } } }';

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let organizer: Caller;

// The smallest valid PNG (1×1).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function draft(): Promise<string> {
  const input = { title: 'Pictured', startsAt: '2031-04-04T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/p' };
  return dataOf(await api.call<{ createEvent: { id: string } }>(organizer, 'mutation ($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: input })).createEvent.id;
}

async function upload(grantResult: { url: string; fields: string }, body: Buffer, type: string): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(JSON.parse(grantResult.fields) as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(body)], { type }), 'cover');
  return (await fetch(grantResult.url, { method: 'POST', body: form })).status;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  organizer = await api.signIn('photographer', 'Passw0rd!p', ['organizers']);
});

afterAll(async () => {
  await stack?.stop();
});

describe('cover images', () => {
  it('uploads with the presigned POST and attaches the verified image with its alt text', async () => {
    // Prepare
    const id = await draft();
    const granted = dataOf(await api.call<{ createEventImageUpload: any }>(organizer, grant, { id, type: 'image/png', size: PNG.length })).createEventImageUpload;
    // Act
    const status = await upload(granted, PNG, 'image/png');
    const event = dataOf(await api.call<{ setEventImage: any }>(organizer, attach, { id, key: granted.key, alt: 'A single pixel' })).setEventImage;
    const served = await fetch(event.image.url);
    // Assess
    expect(granted.key).toMatch(new RegExp(`^events/${id}/[0-9a-f-]+\\.png$`));
    expect(status).toBeLessThan(300);
    expect(event).toMatchObject({ version: 2, image: { key: granted.key, alt: 'A single pixel' } });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
  });

  it.each([
    ['a type outside the allow-list', 'image/svg+xml', 100],
    ['more than 10 MB', 'image/png', 10 * 1024 * 1024 + 1],
    ['an empty file', 'image/png', 0],
  ])('refuses to grant an upload of %s', async (_label, type, size) => {
    // Act
    const result = await api.call(organizer, grant, { id: await draft(), type, size });
    // Assess
    expect(result.errors?.[0].errorType).toBe('ValidationError');
  });

  it('refuses and deletes an upload whose bytes are not the granted image type', async () => {
    // Prepare: granted for a PNG, but text is sent under the PNG content type (the policy only binds the header).
    const id = await draft();
    const granted = dataOf(await api.call<{ createEventImageUpload: any }>(organizer, grant, { id, type: 'image/png', size: 20 })).createEventImageUpload;
    await upload(granted, Buffer.from('definitely not a png'), 'image/png');
    // Act
    const result = await api.call(organizer, attach, { id, key: granted.key, alt: 'Fake' });
    const after = await fetch(`${stack.outputs.s3Endpoint}/${stack.outputs.bucket}/${granted.key}`);
    // Assess
    expect(result.errors?.[0].errorType).toBe('InvalidImageError');
    expect(after.status).toBe(404);
  });

  it('refuses a key outside the event’s prefix', async () => {
    // Act
    const result = await api.call(organizer, attach, { id: await draft(), key: 'events/someone-else/x.png', alt: 'Stolen' });
    // Assess
    expect(result.errors?.[0].errorType).toBe('InvalidImageError');
  });
});
