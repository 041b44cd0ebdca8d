// Lambda `unsubscribe-endpoint`: one-click unsubscribe over HTTP (Lambda function URL on AWS, a route of the local
// server locally). Event: Lambda function URL / API Gateway HTTP API payload v2.0; read are requestContext.http.method,
// queryStringParameters.token (or rawQueryString), body, isBase64Encoded, headers (lower-case names).
//   GET  <url>?token=T  → 200 HTML confirmation page with a form that POSTs to the same URL (changes nothing)
//   POST <url>?token=T  (RFC 8058 body `List-Unsubscribe=One-Click`; `token` may also be a form field)
//        → 200 HTML; the subscriber is UNSUBSCRIBED and out of GSI1; repeated or unknown tokens also answer 200
//   other methods → 405. Returns { statusCode, headers, body }.
// Env: TABLE_NAME; AWS_ENDPOINT_URL_DYNAMODB locally.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createDocumentClient } from '../lib/document-client';
import { once, requiredEnv } from '../lib/env';
import { createLogger } from '../lib/log';
import { confirmPage, donePage, unknownPage } from './pages';
import { findUnsubscribeEmail, unsubscribeByToken } from './unsubscribe-by-token';

const logger = createLogger('unsubscribe-endpoint');
const db = createDocumentClient();
const config = once(() => ({ table: requiredEnv(process.env, 'TABLE_NAME') }));

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // The token is in the URL: never leak it to other sites.
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
};

const html = (statusCode: number, body: string, extra: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { ...HEADERS, ...extra },
  body,
});

function formToken(event: APIGatewayProxyEventV2): string | undefined {
  if (!event.body) return undefined;
  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (!/application\/x-www-form-urlencoded/i.test(event.headers?.['content-type'] ?? '')) return undefined;
  return new URLSearchParams(body).get('token') ?? undefined;
}

function queryToken(event: APIGatewayProxyEventV2): string | undefined {
  return event.queryStringParameters?.token ?? new URLSearchParams(event.rawQueryString ?? '').get('token') ?? undefined;
}

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) logger.addContext(context);
  const method = event.requestContext?.http?.method?.toUpperCase() ?? 'GET';
  const { table } = config();
  if (method === 'GET') {
    const token = queryToken(event) ?? '';
    const email = await findUnsubscribeEmail(db, table, token);
    if (!email) return html(200, unknownPage());
    const action = `?${new URLSearchParams({ token }).toString()}`;
    return html(200, confirmPage(action, email));
  }
  if (method === 'POST') {
    const token = queryToken(event) ?? formToken(event) ?? '';
    const outcome = await unsubscribeByToken({ db, table, now: () => new Date() }, token);
    logger.info('unsubscribe', { outcome: outcome.status });
    return html(200, outcome.status === 'unknown-token' ? unknownPage() : donePage(outcome.email));
  }
  return html(405, unknownPage(), { allow: 'GET, POST' });
}
