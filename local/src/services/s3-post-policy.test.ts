// Tests for the POST-policy judge: a form signed by the AWS SDK passes; each way S3 refuses a form is refused.
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPost } from '@aws-sdk/s3-presigned-post';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePostPolicy, type PostPolicyInput } from './s3-post-policy';

const secrets = { S3RVER: 'S3RVER' };
const client = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
let post: PresignedPost;
let tagged: PresignedPost;
let signedAt: number;
const PENDING = '<Tagging><TagSet><Tag><Key>herald-upload</Key><Value>pending</Value></Tag></TagSet></Tagging>';

beforeAll(async () => {
  signedAt = Date.now();
  post = await createPresignedPost(client, {
    Bucket: 'media',
    Key: 'events/e1/photo.png',
    Conditions: [['content-length-range', 1, 1000], ['eq', '$Content-Type', 'image/png'], ['starts-with', '$x-amz-meta-tag', 'ev']],
    Fields: { 'Content-Type': 'image/png', 'x-amz-meta-tag': 'event' },
    Expires: 300,
  });
  tagged = await createPresignedPost(client, {
    Bucket: 'media',
    Key: 'events/e1/photo.png',
    Conditions: [['eq', '$tagging', PENDING]],
    Fields: { tagging: PENDING },
    Expires: 300,
  });
});
afterAll(() => client.destroy());

type Overrides = Partial<PostPolicyInput> & { set?: Record<string, string>; drop?: string[]; ageMs?: number };

function input(overrides: Overrides = {}): PostPolicyInput {
  const fields = Object.entries({ ...post.fields, ...overrides.set }).filter(([name]) => !overrides.drop?.includes(name));
  return { bucket: 'media', fields, fileSize: 10, now: new Date(signedAt + (overrides.ageMs ?? 1_000)), secrets, ...overrides };
}

describe('evaluatePostPolicy', () => {
  it('accepts the form the SDK signed, with field names in any case', () => {
    // Prepare
    const fields = Object.entries(post.fields).map(([name, value]) => [name.toUpperCase(), value] as const);

    // Act
    const verdicts = [evaluatePostPolicy(input()), evaluatePostPolicy(input({ fields }))];

    // Assess
    expect(verdicts).toEqual([{ ok: true }, { ok: true }]);
  });

  it.each([
    ['an expired policy', { ageMs: 301_000 }, 403, 'AccessDenied', 'Policy expired'],
    ['a key other than the signed one', { set: { key: 'events/e2/photo.png' } }, 403, 'AccessDenied', '"$key"'],
    ['another bucket', { bucket: 'other' }, 403, 'AccessDenied', '"$bucket"'],
    ['another content type', { set: { 'Content-Type': 'text/html' } }, 403, 'AccessDenied', '$Content-Type'],
    ['a failed starts-with', { set: { 'x-amz-meta-tag': 'xx' } }, 403, 'AccessDenied', '["starts-with","$x-amz-meta-tag","ev"]'],
    ['a missing conditioned field', { drop: ['Content-Type'] }, 403, 'AccessDenied', '$Content-Type'],
    ['an extra field', { set: { acl: 'public-read' } }, 403, 'AccessDenied', 'Extra input fields: acl'],
    ['a file over the range', { fileSize: 1001 }, 400, 'EntityTooLarge', 'exceeds'],
    ['an empty file', { fileSize: 0 }, 400, 'EntityTooSmall', 'smaller'],
    ['a tampered signature', { set: { 'X-Amz-Signature': '0'.repeat(64) } }, 403, 'SignatureDoesNotMatch', 'signature'],
    ['an unknown access key', { secrets: { OTHER: 'x' } }, 403, 'InvalidAccessKeyId', 'Access Key Id'],
    ['no policy', { drop: ['Policy'] }, 403, 'AccessDenied', 'Policy'],
  ] as const)('refuses %s', (_case, overrides, status, code, fragment) => {
    // Prepare
    const form = input(overrides as Overrides);

    // Act
    const verdict = evaluatePostPolicy(form);

    // Assess
    expect(verdict).toMatchObject({ ok: false, status, code });
    expect(verdict.ok ? '' : verdict.message).toContain(fragment);
  });

  it('accepts the tag set the policy pins', () => {
    // Act
    const verdict = evaluatePostPolicy(input({ fields: Object.entries(tagged.fields) }));

    // Assess
    expect(verdict).toEqual({ ok: true });
  });

  it.each([
    ['no tagging field where the policy requires one', () => Object.entries(tagged.fields).filter(([name]) => name !== 'tagging'), '["eq","$tagging"'],
    ['another tag set than the policy pins', () => Object.entries({ ...tagged.fields, tagging: PENDING.replace('pending', 'kept') }), '["eq","$tagging"'],
    ['a tagging field the policy does not name', () => Object.entries({ ...post.fields, tagging: PENDING }), 'Extra input fields: tagging'],
  ])('refuses %s', (_case, fields, fragment) => {
    // Act
    const verdict = evaluatePostPolicy(input({ fields: fields() }));

    // Assess
    expect(verdict).toMatchObject({ ok: false, status: 403, code: 'AccessDenied' });
    expect(verdict.ok ? '' : verdict.message).toContain(fragment);
  });

  it('ignores x-ignore- fields, as S3 does', () => {
    // Prepare
    const form = input({ set: { 'x-ignore-tracking': '1' } });

    // Act
    const verdict = evaluatePostPolicy(form);

    // Assess
    expect(verdict).toEqual({ ok: true });
  });
});
