// Opaque nextToken for DynamoDB pages: the LastEvaluatedKey, signed so a tampered or foreign
// token is rejected instead of reaching the engine (AppSync encrypts its tokens likewise).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface PageTokenCodec {
  encode(lastEvaluatedKey: Record<string, unknown>): string;
  /** Returns null when the token was not issued by this codec. */
  decode(token: string): Record<string, unknown> | null;
}

export function createPageTokenCodec(secret: string): PageTokenCodec {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');
  return {
    encode(lastEvaluatedKey) {
      const body = Buffer.from(JSON.stringify({ version: 1, key: lastEvaluatedKey })).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    decode(token) {
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) {
        return null;
      }
      const expected = Buffer.from(sign(body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        return null;
      }
      const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { key?: Record<string, unknown> };
      return parsed.key ?? null;
    },
  };
}
