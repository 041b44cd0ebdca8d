// The local stack's (or CDK's) outputs file: its shape, validation, and the subset the browser gets.
// Pure and DOM-free, so the Vite plugin (Node) and the app share one definition.

/** A seeded user the local stack creates; listed on the sign-in page for convenience. */
export interface DemoUser {
  username: string;
  password: string;
  groups: string[];
}

/** `.herald/outputs.json` as written by `npm start` (local) or derived from CDK outputs (AWS). */
export interface HeraldOutputs {
  graphqlUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  apiKey?: string;
  realtimeUrl?: string;
  /** Set only locally: the Cognito stand-in's URL. Its presence is what marks a local stack. */
  cognitoEndpoint?: string;
  appUrl?: string;
  explorerUrl?: string;
  mailboxUrl?: string;
  /** The public iCalendar feed of published events; the events page offers it for calendar apps. */
  calendarUrl?: string;
  s3Endpoint?: string;
  bucket?: string;
  demoUsers: DemoUser[];
}

/** Thrown when an outputs file is missing keys or has the wrong types; the message names them. */
export class OutputsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputsError';
  }
}

const REQUIRED = ['graphqlUrl', 'region', 'userPoolId', 'userPoolClientId'] as const;
const OPTIONAL = [
  'apiKey',
  'realtimeUrl',
  'cognitoEndpoint',
  'appUrl',
  'explorerUrl',
  'mailboxUrl',
  'calendarUrl',
  's3Endpoint',
  'bucket',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDemoUsers(value: unknown): DemoUser[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new OutputsError('outputs: demoUsers must be an array');
  return value.map((entry, index) => {
    if (!isRecord(entry) || typeof entry.username !== 'string' || typeof entry.password !== 'string') {
      throw new OutputsError(`outputs: demoUsers[${index}] needs string username and password`);
    }
    const groups = Array.isArray(entry.groups) ? entry.groups.filter((g): g is string => typeof g === 'string') : [];
    return { username: entry.username, password: entry.password, groups };
  });
}

/** Validates parsed JSON as outputs. Empty strings count as absent (CDK may emit "" for unset keys). */
export function parseOutputs(value: unknown): HeraldOutputs {
  if (!isRecord(value)) throw new OutputsError('outputs: expected a JSON object');
  const missing = REQUIRED.filter((key) => typeof value[key] !== 'string' || value[key] === '');
  if (missing.length > 0) throw new OutputsError(`outputs: missing ${missing.join(', ')}`);
  const outputs: HeraldOutputs = {
    graphqlUrl: value.graphqlUrl as string,
    region: value.region as string,
    userPoolId: value.userPoolId as string,
    userPoolClientId: value.userPoolClientId as string,
    demoUsers: parseDemoUsers(value.demoUsers),
  };
  for (const key of OPTIONAL) {
    const field = value[key];
    if (field == null || field === '') continue;
    if (typeof field !== 'string') throw new OutputsError(`outputs: ${key} must be a string`);
    outputs[key] = field;
  }
  return outputs;
}

/**
 * What the browser is given: everything it uses and nothing it does not (no bucket or S3 endpoint yet).
 * Demo passwords are passed on only for a local stack, so an AWS build never ships any by accident.
 */
export function clientOutputs(outputs: HeraldOutputs): HeraldOutputs {
  const { s3Endpoint: _s3, bucket: _bucket, mailboxUrl: _mailbox, ...rest } = outputs;
  return { ...rest, demoUsers: outputs.cognitoEndpoint ? outputs.demoUsers : [] };
}
