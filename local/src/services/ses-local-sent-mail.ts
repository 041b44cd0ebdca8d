// What the SES stand-in knows about one accepted send call, in the terms SES events use: envelope sender and
// recipients, the mail's own headers, configuration set, message tags and caller. Built in the stand-in's process
// from the request and the mail it stored (ses-local-server.ts); read by ses-event-records.ts.
import type { MailHeader } from './mail-headers';
import { bareAddress } from './ses-mailbox-simulator';

export type SentMail = {
  messageId: string;
  /** When the stand-in received the call (ISO 8601 with milliseconds): SES's `mail.timestamp`. */
  timestamp: string;
  /** The envelope sender as given (Source, FromEmailAddress, else the From header). */
  source: string;
  /** Envelope recipients, bare addresses. */
  destination: string[];
  /** The message's headers: its own for raw mail, the ones SES writes for simple mail. */
  headers: MailHeader[];
  configurationSet?: string;
  /** Message tags of the call (Tags, EmailTags or X-SES-MESSAGE-TAGS). */
  tags: Record<string, string>;
  /** Access key id of the SigV4 signature. */
  caller: string;
  /** Region of the SigV4 credential scope. */
  region: string;
  sourceIp: string;
};

/** One send call as the stand-in received it. */
export type SendRequest = {
  /** Parsed body: the query protocol's flat `A.member.1` keys (v1) or the JSON document (v2). */
  body: Record<string, unknown>;
  authorization?: string;
  sourceIp?: string;
  receivedAt: number;
  /** Header section of a raw message, when the call sent one. */
  rawHeaders?: MailHeader[];
};

/** The part of aws-ses-v2-local's stored mail read here. */
export type StoredSend = {
  messageId: string;
  from: string;
  replyTo?: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  headers?: MailHeader[];
};

/** `"Doe, Jane" <j@x>, b@y` → each mailbox of a header's address list, names kept. */
export function splitAddressList(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') angle = true;
    else if (!quoted && char === '>') angle = false;
    if (char === ',' && !quoted && !angle) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

const stringAt = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Values of the v1 query keys matching `pattern`, in member order. */
function members(body: Record<string, unknown>, pattern: RegExp): string[] {
  return Object.entries(body)
    .filter(([key, value]) => pattern.test(key) && typeof value === 'string')
    .sort(([a], [b]) => Number(/(\d+)$/.exec(a)?.[1]) - Number(/(\d+)$/.exec(b)?.[1]))
    .map(([, value]) => value as string);
}

function envelopeRecipients(body: Record<string, unknown>, stored: StoredSend): string[] {
  const v2 = (body.Destination ?? {}) as Record<string, unknown>;
  const listed = [
    ...members(body, /^Destinations\.member\.\d+$/),
    ...['To', 'Cc', 'Bcc'].flatMap((kind) => [
      ...members(body, new RegExp(`^Destination\\.${kind}Addresses\\.member\\.\\d+$`)),
      ...(Array.isArray(v2[`${kind}Addresses`]) ? (v2[`${kind}Addresses`] as unknown[]).filter((a): a is string => typeof a === 'string') : []),
    ]),
  ];
  // A raw send without Destinations goes to the message's To, Cc and Bcc, as SES does.
  const recipients = listed.length > 0 ? listed : [...stored.destination.to, ...stored.destination.cc, ...stored.destination.bcc].flatMap(splitAddressList);
  return [...new Set(recipients.map(bareAddress))];
}

function tagsOf(body: Record<string, unknown>, header: string | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [name, value] = pair.split('=').map((part) => part.trim());
    if (name && value !== undefined) tags[name] = value;
  }
  for (const [key, name] of Object.entries(body)) {
    const index = /^Tags\.member\.(\d+)\.Name$/.exec(key)?.[1];
    if (index && typeof name === 'string') tags[name] = String(body[`Tags.member.${index}.Value`] ?? '');
  }
  if (Array.isArray(body.EmailTags)) {
    for (const tag of body.EmailTags as Array<{ Name?: unknown; Value?: unknown }>) {
      if (typeof tag?.Name === 'string') tags[tag.Name] = String(tag.Value ?? '');
    }
  }
  return tags;
}

/** The headers SES writes for a simple (non-raw) mail, plus the call's own (v2 `Headers`). */
function simpleHeaders(stored: StoredSend): MailHeader[] {
  const listed = (name: string, values: string[] | undefined) => (values?.length ? [{ name, value: values.join(', ') }] : []);
  return [
    { name: 'From', value: stored.from },
    ...listed('Reply-To', stored.replyTo),
    ...listed('To', stored.destination.to),
    ...listed('Cc', stored.destination.cc),
    { name: 'Subject', value: stored.subject },
    { name: 'MIME-Version', value: '1.0' },
    ...(stored.headers ?? []),
  ];
}

export function sentMailOf(request: SendRequest, stored: StoredSend): SentMail {
  const { body } = request;
  const headers = request.rawHeaders ?? simpleHeaders(stored);
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  // SigV4: `AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/ses/aws4_request, ...`
  const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\//.exec(request.authorization ?? '');
  return {
    messageId: stored.messageId,
    timestamp: new Date(request.receivedAt).toISOString(),
    source: stringAt(body.Source) ?? stringAt(body.FromEmailAddress) ?? stored.from,
    destination: envelopeRecipients(body, stored),
    headers,
    configurationSet: stringAt(body.ConfigurationSetName) ?? stringAt(header('x-ses-configuration-set')),
    tags: tagsOf(body, header('x-ses-message-tags')),
    caller: scope?.[1] ?? 'unknown',
    region: scope?.[2] ?? 'us-east-1',
    sourceIp: (request.sourceIp ?? '127.0.0.1').replace(/^::ffff:/, ''),
  };
}
