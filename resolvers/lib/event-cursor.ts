// listEvents pagination token: which month bucket to read next, from which instant, and DynamoDB's
// own token inside that bucket. Opaque to clients; anything that does not parse is rejected.
import { util } from '@aws-appsync/utils';
import { ErrorType } from './errors';

export interface EventCursor {
  month: string;
  from: string;
  pageToken: string | null;
}

const MONTH = '^[0-9]{4}-(0[1-9]|1[0-2])$';
const INSTANT = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$';
const BASE64 = '^[A-Za-z0-9+/=_-]+$';

export function encodeCursor(cursor: EventCursor): string {
  return util.base64Encode(`v1|${cursor.month}|${cursor.from}|${cursor.pageToken ? cursor.pageToken : ''}`);
}

export function decodeCursor(token: string): EventCursor {
  if (!util.matches(BASE64, token)) {
    util.error('nextToken is not valid', ErrorType.BadToken);
  }
  const parts = util.base64Decode(token).split('|');
  if (parts.length !== 4 || parts[0] !== 'v1' || !util.matches(MONTH, parts[1]) || !util.matches(INSTANT, parts[2])) {
    util.error('nextToken is not valid', ErrorType.BadToken);
  }
  return { month: parts[1], from: parts[2], pageToken: parts[3] ? parts[3] : null };
}

/** The month `count` months after `yyyy-MM` (no Date setters or padStart in APPSYNC_JS). */
export function addMonths(month: string, count: number): string {
  const index = parseInt(month.slice(0, 4), 10) * 12 + parseInt(month.slice(5, 7), 10) - 1 + count;
  const year = Math.floor(index / 12);
  const next = (index % 12) + 1;
  return `${year}-${next < 10 ? '0' : ''}${next}`;
}
