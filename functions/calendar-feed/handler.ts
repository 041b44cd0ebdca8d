// Lambda `calendar-feed`: the public, subscribable iCalendar feed of published events (Lambda function URL on AWS,
// a route of the local server locally). Calendar apps subscribe to it once and refetch it, so changed and
// cancelled events update there by themselves (a cancelled event leaves the feed).
// Event: Lambda function URL / API Gateway HTTP API payload v2.0.
//   GET|HEAD <url>[?category=C][&tag=T] → 200 text/calendar: events that started in the last 90 days or start in
//     the next 24 months, at most 1,000, earliest first; a strong ETag, and 304 for a matching If-None-Match
//   bad category/tag → 400 text/plain; other methods → 405.
// Env: TABLE_NAME, PUBLIC_BASE_URL (event links, and the UID domain shared with the registration invites).
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createDocumentClient } from '../lib/document-client';
import { once, requiredEnv, urlEnv } from '../lib/env';
import { createLogger } from '../lib/log';
import { buildFeed } from './feed';
import { readPublishedEvents } from './published-events';

const logger = createLogger('calendar-feed');
const db = createDocumentClient();
const config = once(() => {
  const publicBaseUrl = urlEnv(process.env, 'PUBLIC_BASE_URL');
  return { table: requiredEnv(process.env, 'TABLE_NAME'), publicBaseUrl, uidDomain: new URL(publicBaseUrl).hostname };
});

const PAST_DAYS = 90;
const MONTHS_AHEAD = 27; // the three months holding the past days, then 24 ahead (listEvents' horizon)
const MAX_EVENTS = 1_000;
const REFRESH_MINUTES = 60;

const COMMON = {
  'cache-control': 'public, max-age=900',
  'x-content-type-options': 'nosniff',
  // Public data: web calendar viewers may read it from any origin.
  'access-control-allow-origin': '*',
};

const text = (statusCode: number, body: string, extra: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body,
});

/** A lower-case filter value of 1 to `max` characters, null when absent, or why it is refused. */
function filterValue(raw: string | undefined, name: string, max: number): { value: string | null } | { refusal: string } {
  if (raw === undefined) return { value: null };
  const value = raw.trim().toLowerCase();
  return value.length >= 1 && value.length <= max ? { value } : { refusal: `${name}: must be 1 to ${max} characters` };
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) logger.addContext(context);
  const method = event.requestContext?.http?.method?.toUpperCase() ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Only GET and HEAD are supported.\n', { allow: 'GET, HEAD' });
  const query = new URLSearchParams(event.rawQueryString ?? '');
  const category = filterValue(query.get('category') ?? undefined, 'category', 50);
  const tag = filterValue(query.get('tag') ?? undefined, 'tag', 30);
  for (const filter of [category, tag]) {
    if ('refusal' in filter) return text(400, `${filter.refusal}\n`);
  }
  const { table, publicBaseUrl, uidDomain } = config();
  const categoryValue = 'value' in category ? category.value : null;
  const tagValue = 'value' in tag ? tag.value : null;

  const from = new Date(Date.now() - PAST_DAYS * 24 * 3600_000).toISOString();
  const { events, truncated } = await readPublishedEvents(db, table, { from, monthsAhead: MONTHS_AHEAD, category: categoryValue, tag: tagValue, max: MAX_EVENTS });
  if (truncated) logger.warn('calendar feed cut at its size cap', { max: MAX_EVENTS, category: categoryValue, tag: tagValue });
  const scope = [categoryValue, tagValue ? `#${tagValue}` : null].filter(Boolean).join(', ');
  const body = buildFeed({ name: scope ? `Herald events: ${scope}` : 'Herald events', events, publicBaseUrl, uidDomain, refreshMinutes: REFRESH_MINUTES });

  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ...COMMON, etag };
  if (matchesEtag(event.headers?.['if-none-match'], etag)) return { statusCode: 304, headers, body: '' };
  return {
    statusCode: 200,
    headers: { ...headers, 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="herald-events.ics"' },
    body: method === 'HEAD' ? '' : body,
  };
}
