// Deployment stages and what differs between them. The only place that knows `dev` from `prod` or reads
// CDK context (`-c key=value`); stacks receive a StageSettings through props, never the environment.
import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export type Stage = 'dev' | 'prod';

export interface StageSettings {
  name: Stage;
  /** Deletion protection on the table and user pool, termination protection on the data stack. */
  protectData: boolean;
  logRetention: RetentionDays;
  /** AppSync accepts 1 to 365 days; each deploy pushes the expiry forward again. */
  apiKeyLifetime: Duration;
  /**
   * Where the web app runs: mail links (PUBLIC_BASE_URL), the images bucket's CORS origin, output `appUrl`. Without
   * `-c appUrl` (prod's default), the stage's own web distribution: `https://<id>.cloudfront.net`, a deploy-time value.
   */
  appUrl: string;
  /** The From: of every mail, `Name <address>`; the address's domain must be a verified SES identity. */
  sender: string;
  /** The account's SES maximum send rate (recipients per second): 1 in the SES sandbox. */
  sesSendRate: number;
  /** Reserved concurrency of `announce`; the send rate is shared between its invocations. */
  announceConcurrency: number;
  /** Introspection answered (the explorer's schema docs). OWASP: off in production. */
  introspection: boolean;
  /** AppSync field-level logs: ALL resolver traces in dev, errors only in prod (cost, and no personal data). */
  fieldLogLevel: 'ALL' | 'ERROR';
  /** Cognito mails (verification codes) go through SES as `sender`; Cognito's own mailer allows 50 a day. */
  userPoolMailViaSes: boolean;
  /** Subscribed to every alarm, when set. */
  alarmEmail?: string;
}

/** A stage as the deployer chose it: no appUrl means the app this stage hosts itself (addHeraldStacks fills it in). */
export type StageChoice = Omit<StageSettings, 'appUrl'> & { appUrl?: string };

/** The `-c` keys a deployer may set (besides `stage`); see README "Deploying to AWS". */
export const CONTEXT_KEYS = ['appUrl', 'sender', 'sesSendRate', 'alarmEmail'] as const;
export type StageContext = Partial<Record<(typeof CONTEXT_KEYS)[number], unknown>>;

type Defaults = Omit<StageSettings, 'appUrl' | 'sender' | 'alarmEmail'> & { appUrl?: string; sender?: string };

const DEFAULTS: Record<Stage, Defaults> = {
  dev: {
    name: 'dev',
    protectData: false,
    logRetention: RetentionDays.ONE_WEEK,
    apiKeyLifetime: Duration.days(365),
    // The Vite dev server (client/vite.config.ts) pointed at the dev stack's outputs.
    appUrl: 'http://127.0.0.1:5173',
    // Deploys, but SES refuses to send until -c sender= names a verified domain.
    sender: 'Herald <no-reply@example.com>',
    sesSendRate: 1,
    announceConcurrency: 1,
    introspection: true,
    fieldLogLevel: 'ALL',
    userPoolMailViaSes: false,
  },
  prod: {
    name: 'prod',
    protectData: true,
    logRetention: RetentionDays.THREE_MONTHS,
    apiKeyLifetime: Duration.days(365),
    // The SES starter rate outside the sandbox; raise with -c sesSendRate= as AWS grants more.
    sesSendRate: 14,
    announceConcurrency: 1,
    introspection: false,
    fieldLogLevel: 'ERROR',
    userPoolMailViaSes: true,
  },
};

const MAILBOX = /^(?:([^<>]*)<([^\s<>@]+@([^\s<>@]+\.[^\s<>@]+))>|([^\s<>@]+@([^\s<>@]+\.[^\s<>@]+)))$/;

/** The display name, address and domain of a `Name <address>` (or bare address) sender. */
export function senderAddress(sender: string): { name?: string; address: string; domain: string } {
  const match = MAILBOX.exec(sender.trim());
  if (!match) throw new Error(`sender ${JSON.stringify(sender)} is not "Name <address>" or an address`);
  const name = match[1]?.trim();
  return { ...(name ? { name } : {}), address: match[2] ?? match[4], domain: (match[3] ?? match[5]).toLowerCase() };
}

function text(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`-c ${key} must be a string, got ${JSON.stringify(value)}`);
  return value.trim();
}

function appUrlOf(value: string, stage: Stage): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`-c appUrl=${value} is not an absolute URL`);
  }
  if (stage === 'prod' && url.protocol !== 'https:') throw new Error(`-c appUrl=${value}: prod needs https`);
  return url.toString().replace(/\/$/, '');
}

function rateOf(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 10_000) throw new Error(`-c sesSendRate must be a number of recipients per second, got ${JSON.stringify(value)}`);
  return rate;
}

/** Settings for `-c stage=<value>` (no value means dev), with the deployer's context on top. */
export function stageSettings(value: unknown, context: StageContext = {}): StageChoice {
  const stage = value ?? 'dev';
  if (stage !== 'dev' && stage !== 'prod') {
    throw new Error(`Unknown stage ${JSON.stringify(stage)}: use -c stage=dev or -c stage=prod`);
  }
  const defaults = DEFAULTS[stage];
  const appUrl = text('appUrl', context.appUrl) ?? defaults.appUrl;
  const sender = text('sender', context.sender) ?? defaults.sender;
  if (!sender) {
    // The From: address of production mail must never be a placeholder.
    throw new Error(`Stage ${stage} needs -c sender="Name <address@your-domain>"`);
  }
  senderAddress(sender);
  const alarmEmail = text('alarmEmail', context.alarmEmail);
  if (alarmEmail !== undefined && !alarmEmail.includes('@')) throw new Error(`-c alarmEmail=${alarmEmail} is not an email address`);
  return {
    ...defaults,
    ...(appUrl ? { appUrl: appUrlOf(appUrl, stage) } : {}),
    sender,
    sesSendRate: rateOf(context.sesSendRate, defaults.sesSendRate),
    ...(alarmEmail ? { alarmEmail } : {}),
  };
}
