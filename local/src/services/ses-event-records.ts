// Builds the event records SES publishes for a configuration set's event destination (the JSON an SNS message
// carries: eventType, mail, and send / delivery / bounce / complaint) for one accepted mail, with the outcome the
// mailbox simulator gives each recipient; every other address counts as delivered.
import { randomUUID } from 'node:crypto';
import type { MailHeader } from './mail-headers';
import type { SentMail } from './ses-local-sent-mail';
import { splitAddressList } from './ses-local-sent-mail';
import { bareAddress, simulatorScenario, type SimulatorScenario } from './ses-mailbox-simulator';

export type SesEventType = 'Send' | 'Delivery' | 'Bounce' | 'Complaint';

export type SesMail = {
  timestamp: string;
  source: string;
  sourceArn: string;
  sendingAccountId: string;
  messageId: string;
  destination: string[];
  headersTruncated: boolean;
  headers: MailHeader[];
  commonHeaders: Record<string, string | string[]>;
  tags: Record<string, string[]>;
};

type BouncedRecipient = { emailAddress: string; action: 'failed'; status: string; diagnosticCode: string };

export type SesEventRecord =
  | { eventType: 'Send'; mail: SesMail; send: Record<string, never> }
  | {
      eventType: 'Delivery';
      mail: SesMail;
      delivery: { timestamp: string; processingTimeMillis: number; recipients: string[]; smtpResponse: string; reportingMTA: string };
    }
  | {
      eventType: 'Bounce';
      mail: SesMail;
      bounce: { bounceType: 'Permanent'; bounceSubType: string; bouncedRecipients: BouncedRecipient[]; timestamp: string; feedbackId: string; reportingMTA: string };
    }
  | {
      eventType: 'Complaint';
      mail: SesMail;
      complaint: {
        feedbackId: string;
        complaintSubType: null;
        complainedRecipients: Array<{ emailAddress: string }>;
        timestamp: string;
        userAgent: string;
        complaintFeedbackType: 'abuse';
        arrivalDate: string;
      };
    };

/** The account the local stand-ins pretend to be (as in the local IAM principal's ARN). */
export const LOCAL_ACCOUNT_ID = '000000000000';

/** SES truncates `mail.headers` beyond 10 KB and says so. */
const HEADERS_LIMIT = 10 * 1024;

const ADDRESS_LIST_HEADERS: Record<string, string> = { from: 'from', 'reply-to': 'replyTo', to: 'to', cc: 'cc' };
const SINGLE_HEADERS: Record<string, string> = { 'return-path': 'returnPath', date: 'date', 'message-id': 'messageId', subject: 'subject' };

function commonHeadersOf(headers: readonly MailHeader[], messageId: string): Record<string, string | string[]> {
  const common: Record<string, string | string[]> = {};
  for (const { name, value } of headers) {
    const key = name.toLowerCase();
    if (key in ADDRESS_LIST_HEADERS) common[ADDRESS_LIST_HEADERS[key]] ??= splitAddressList(value);
    else if (key in SINGLE_HEADERS) common[SINGLE_HEADERS[key]] ??= value;
  }
  // Without a Message-ID of its own the mail carries the one SES assigns.
  common.messageId ??= messageId;
  return common;
}

function truncated(headers: readonly MailHeader[]): { headers: MailHeader[]; headersTruncated: boolean } {
  let size = 0;
  const kept = headers.filter(({ name, value }) => (size += name.length + value.length + 4) <= HEADERS_LIMIT);
  return { headers: kept, headersTruncated: kept.length < headers.length };
}

function mailObject(mail: SentMail, accountId: string): SesMail {
  const fromDomain = bareAddress(mail.source).split('@').pop() ?? '';
  const tags: Record<string, string[]> = {
    ...(mail.configurationSet ? { 'ses:configuration-set': [mail.configurationSet] } : {}),
    'ses:source-ip': [mail.sourceIp],
    'ses:from-domain': [fromDomain],
    // DIVERGENCE: SES names the caller's IAM identity; the stand-in only sees the signature's access key id.
    'ses:caller-identity': [mail.caller],
    ...Object.fromEntries(Object.entries(mail.tags).map(([name, value]) => [name, [value]])),
  };
  return {
    timestamp: mail.timestamp,
    source: mail.source,
    sourceArn: `arn:aws:ses:${mail.region}:${accountId}:identity/${fromDomain}`,
    sendingAccountId: accountId,
    messageId: mail.messageId,
    destination: mail.destination,
    ...truncated(mail.headers),
    commonHeaders: commonHeadersOf(mail.headers, mail.messageId),
    tags,
  };
}

/** SES's feedback id shape: hex milliseconds, a UUID, a sequence. */
function feedbackId(at: Date): string {
  return `${at.getTime().toString(16).padStart(16, '0')}-${randomUUID()}-000000`;
}

export type SesEventOptions = {
  /** When the events happen (after the send; SES reports bounces and complaints seconds later). */
  at: Date;
  accountId?: string;
};

/** Every event SES would publish for `mail`, in the order it happens: Send, Delivery, Bounce(s), Complaint. */
export function sesEventRecords(mail: SentMail, options: SesEventOptions): SesEventRecord[] {
  const mailObj = mailObject(mail, options.accountId ?? LOCAL_ACCOUNT_ID);
  const at = options.at.toISOString();
  const mta = `a0-0.smtp-out.${mail.region}.amazonses.com`;
  const to = (...scenarios: Array<SimulatorScenario | undefined>) => mail.destination.filter((address) => scenarios.includes(simulatorScenario(address)));
  const bounced = (emailAddress: string, diagnosticCode: string): BouncedRecipient => ({ emailAddress, action: 'failed', status: '5.1.1', diagnosticCode });

  const records: SesEventRecord[] = [{ eventType: 'Send', mail: mailObj, send: {} }];
  const delivered = to(undefined, 'success', 'ooto', 'complaint');
  if (delivered.length > 0) {
    records.push({
      eventType: 'Delivery',
      mail: { ...mailObj, tags: { ...mailObj.tags, 'ses:outgoing-ip': ['127.0.0.1'] } },
      delivery: { timestamp: at, processingTimeMillis: Math.max(0, options.at.getTime() - Date.parse(mail.timestamp)), recipients: delivered, smtpResponse: '250 2.6.0 Message received', reportingMTA: mta },
    });
  }
  // Several simulated bounces of one call come as one event, as SES combines them.
  const hard = to('bounce');
  if (hard.length > 0) {
    records.push({
      eventType: 'Bounce',
      mail: mailObj,
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: hard.map((address) => bounced(address, 'smtp; 550 5.1.1 user unknown')),
        timestamp: at,
        feedbackId: feedbackId(options.at),
        reportingMTA: `dsn; ${mta}`,
      },
    });
  }
  const suppressed = to('suppressionlist');
  if (suppressed.length > 0) {
    records.push({
      eventType: 'Bounce',
      mail: mailObj,
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'OnAccountSuppressionList',
        bouncedRecipients: suppressed.map((address) => bounced(address, 'Amazon SES did not send the message to this address because it is on the suppression list for your account.')),
        timestamp: at,
        feedbackId: feedbackId(options.at),
        // SES writes `dns;` here, not `dsn;`: no MTA was involved.
        reportingMTA: 'dns; amazonses.com',
      },
    });
  }
  const complained = to('complaint');
  if (complained.length > 0) {
    records.push({
      eventType: 'Complaint',
      mail: mailObj,
      complaint: {
        feedbackId: feedbackId(options.at),
        complaintSubType: null,
        complainedRecipients: complained.map((emailAddress) => ({ emailAddress })),
        timestamp: at,
        userAgent: 'Amazon SES Mailbox Simulator',
        complaintFeedbackType: 'abuse',
        arrivalDate: at,
      },
    });
  }
  return records;
}
