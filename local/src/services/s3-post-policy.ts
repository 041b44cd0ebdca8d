// Judges an S3 browser-upload (POST object) form against its signed policy the way S3 does: SigV4 signature,
// expiry, every condition, no unlisted fields. s3rver 3.7.1 checks none of this, so the gate in front of it asks here.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type PostPolicyVerdict = { ok: true } | { ok: false; status: number; code: string; message: string };

export type PostPolicyInput = {
  /** Bucket named by the request path. */
  bucket: string;
  /** Every non-file form field, names as sent (S3 matches field names case-insensitively). */
  fields: ReadonlyArray<readonly [string, string]>;
  fileSize: number;
  now: Date;
  /** Access key id → secret key of the accounts the store knows. */
  secrets: Readonly<Record<string, string>>;
};

type Condition = Record<string, unknown> | unknown[];

// Fields S3 never requires a condition for (S3 docs, "Creating a POST policy" → Conditions).
const EXEMPT = new Set(['policy', 'x-amz-signature', 'file']);

const deny = (status: number, code: string, message: string): PostPolicyVerdict => ({ ok: false, status, code, message });
const policyFailed = (detail: string) => deny(403, 'AccessDenied', `Invalid according to Policy: ${detail}`);

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function signPolicy(secret: string, date: string, region: string, service: string, policy: string): string {
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  return hmac(signingKey, policy).toString('hex');
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

function checkSignature(form: Map<string, string>, policy: string, secrets: PostPolicyInput['secrets']): PostPolicyVerdict {
  const algorithm = form.get('x-amz-algorithm');
  const credential = form.get('x-amz-credential');
  const signature = form.get('x-amz-signature');
  if (algorithm !== 'AWS4-HMAC-SHA256' || !credential || !signature) {
    return deny(400, 'InvalidArgument', 'POST requires X-Amz-Algorithm AWS4-HMAC-SHA256, X-Amz-Credential and X-Amz-Signature');
  }
  const [accessKeyId, date, region, service, terminator] = credential.split('/');
  if (!date || !region || service !== 's3' || terminator !== 'aws4_request') {
    return deny(400, 'InvalidArgument', `Malformed X-Amz-Credential: ${credential}`);
  }
  const secret = secrets[accessKeyId];
  if (secret === undefined) {
    return deny(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  if (!sameHex(signPolicy(secret, date, region, service, policy), signature)) {
    return deny(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  return { ok: true };
}

type Compiled = { kind: 'field'; field: string; holds: boolean; text: string } | { kind: 'range'; min: number; max: number };

/** One condition, judged against the form; undefined when the condition is malformed. */
function compile(condition: Condition, input: PostPolicyInput, form: Map<string, string>): Compiled | undefined {
  const valueOf = (name: string) => (name === 'bucket' ? input.bucket : form.get(name));
  if (!Array.isArray(condition)) {
    const entries = Object.entries(condition);
    if (entries.length !== 1 || typeof entries[0][1] !== 'string') return undefined;
    const [name, expected] = entries[0] as [string, string];
    const field = name.toLowerCase();
    return { kind: 'field', field, holds: valueOf(field) === expected, text: JSON.stringify(['eq', `$${name}`, expected]) };
  }
  const [op, subject, a, b] = condition;
  if (op === 'content-length-range' && typeof subject === 'number' && typeof a === 'number') {
    return { kind: 'range', min: subject, max: a };
  }
  if ((op !== 'eq' && op !== 'starts-with') || typeof subject !== 'string' || !subject.startsWith('$') || typeof a !== 'string' || b !== undefined) {
    return undefined;
  }
  const field = subject.slice(1).toLowerCase();
  const value = valueOf(field);
  const holds = value !== undefined && (op === 'eq' ? value === a : value.startsWith(a));
  return { kind: 'field', field, holds, text: JSON.stringify(condition) };
}

export function evaluatePostPolicy(input: PostPolicyInput): PostPolicyVerdict {
  const form = new Map(input.fields.map(([name, value]) => [name.toLowerCase(), value]));
  const policy = form.get('policy');
  if (!policy) return deny(403, 'AccessDenied', 'Bucket POST must contain a field named Policy (anonymous uploads are not allowed).');
  const signed = checkSignature(form, policy, input.secrets);
  if (!signed.ok) return signed;

  let document: { expiration?: unknown; conditions?: unknown };
  try {
    document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'));
  } catch {
    return deny(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.');
  }
  const expiration = typeof document.expiration === 'string' ? Date.parse(document.expiration) : Number.NaN;
  if (Number.isNaN(expiration) || !Array.isArray(document.conditions)) {
    return deny(400, 'InvalidPolicyDocument', 'Invalid Policy: the policy needs an ISO-8601 expiration and a conditions list.');
  }
  if (input.now.getTime() > expiration) return policyFailed('Policy expired.');

  const covered = new Set<string>();
  for (const condition of document.conditions as Condition[]) {
    const compiled = compile(condition, input, form);
    if (!compiled) return deny(400, 'InvalidPolicyDocument', `Invalid Policy: Invalid Condition: ${JSON.stringify(condition)}`);
    if (compiled.kind === 'range') {
      if (input.fileSize > compiled.max) return deny(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      if (input.fileSize < compiled.min) return deny(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size');
      continue;
    }
    covered.add(compiled.field);
    if (!compiled.holds) return policyFailed(`Policy Condition failed: ${compiled.text}`);
  }

  const extra = [...form.keys()].filter((name) => !EXEMPT.has(name) && !name.startsWith('x-ignore-') && !covered.has(name));
  if (extra.length) return policyFailed(`Extra input fields: ${extra.join(', ')}`);
  return { ok: true };
}
