// util.dynamodb: plain JSON → DynamoDB JSON (spec §3.3). Numbers stay JSON numbers inside N / NS,
// exactly as AppSync's EvaluateCode returns them; stringifying is the DynamoDB adapter's job.

export type AttributeValue = Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toDynamoDB(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: null };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toDynamoDB) };
  if (isPlainObject(value)) return { M: toMapValues(value) };
  throw new TypeError(`cannot convert ${typeof value} to a DynamoDB value`);
}

export function toMapValues(value: unknown): Record<string, AttributeValue> {
  if (!isPlainObject(value)) throw new TypeError('toMapValues expects an object');
  const out: Record<string, AttributeValue> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toDynamoDB(inner);
  return out;
}

function orNull<T>(value: unknown, build: () => T): T | null {
  return value === null || value === undefined ? null : build();
}

function s3Json(key: string, bucket: string, region: string, version?: string | null): string {
  const s3: Record<string, string> = { key, bucket, region };
  if (version !== undefined && version !== null) s3.version = version;
  return JSON.stringify({ s3 });
}

export const dynamodbValues = {
  toDynamoDB,
  toMapValues: (value: unknown) => orNull(value, () => toMapValues(value)),
  toMap: (value: unknown) => orNull(value, () => ({ M: toMapValues(value) })),
  toList: (value: unknown) => orNull(value, () => ({ L: (value as unknown[]).map(toDynamoDB) })),
  toString: (value: unknown) => orNull(value, () => ({ S: value })),
  toNumber: (value: unknown) => orNull(value, () => ({ N: value })),
  toBoolean: (value: unknown) => orNull(value, () => ({ BOOL: value })),
  toBinary: (value: unknown) => orNull(value, () => ({ B: value })),
  toStringSet: (value: unknown) => orNull(value, () => ({ SS: value })),
  toNumberSet: (value: unknown) => orNull(value, () => ({ NS: value })),
  toBinarySet: (value: unknown) => orNull(value, () => ({ BS: value })),
  toNull: () => ({ NULL: null }),
  toS3Object: (key: string, bucket: string, region: string, version?: string | null) => ({
    S: s3Json(key, bucket, region, version),
  }),
  fromS3ObjectJson: (value: unknown) => {
    // Accepts the S string itself or the {S} attribute that toS3Object produced.
    const raw = isPlainObject(value) && typeof value.S === 'string' ? value.S : value;
    if (typeof raw !== 'string') throw new TypeError('fromS3ObjectJson expects a JSON string');
    const parsed = JSON.parse(raw) as { s3?: Record<string, unknown> };
    if (!isPlainObject(parsed?.s3)) throw new TypeError('not an S3 object JSON string');
    return parsed.s3;
  },
};
