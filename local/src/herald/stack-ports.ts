// The local stack's fixed ports: one table of part, default and the env var that overrides it (the README
// lists the same), read from the environment with errors that name the variable.

export type StackPart = 'graphql' | 'app' | 'dynamodb' | 'cognito' | 's3' | 'ses';

export interface PortSpec {
  part: StackPart;
  label: string;
  envVar: string;
  defaultPort: number;
}

export const stackPorts: readonly PortSpec[] = [
  { part: 'graphql', label: 'local AppSync server', envVar: 'HERALD_PORT', defaultPort: 4000 },
  { part: 'app', label: 'web app (Vite)', envVar: 'HERALD_APP_PORT', defaultPort: 5173 },
  { part: 'dynamodb', label: 'DynamoDB Local', envVar: 'HERALD_DYNAMODB_PORT', defaultPort: 8000 },
  { part: 'cognito', label: 'Cognito (cognito-local)', envVar: 'HERALD_COGNITO_PORT', defaultPort: 9229 },
  { part: 's3', label: 'S3 (s3rver)', envVar: 'HERALD_S3_PORT', defaultPort: 4568 },
  { part: 'ses', label: 'SES (aws-ses-v2-local)', envVar: 'HERALD_SES_PORT', defaultPort: 8005 },
];

export type StackPorts = Record<StackPart, number>;

export class PortConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortConfigError';
  }
}

/** Ports from HERALD_*_PORT variables or the defaults; rejects non-numbers and two parts on one port. */
export function portsFromEnv(env: Record<string, string | undefined>): StackPorts {
  const ports = {} as StackPorts;
  const problems: string[] = [];
  for (const spec of stackPorts) {
    const raw = env[spec.envVar]?.trim();
    const port = raw ? Number(raw) : spec.defaultPort;
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      problems.push(`${spec.envVar}="${raw}" is not a port number (1-65535) for the ${spec.label}.`);
    }
    ports[spec.part] = port;
  }
  for (const [index, spec] of stackPorts.entries()) {
    const clash = stackPorts.slice(index + 1).find((other) => ports[other.part] === ports[spec.part]);
    if (clash) {
      problems.push(`The ${spec.label} (${spec.envVar}) and the ${clash.label} (${clash.envVar}) are both set to port ${ports[spec.part]}.`);
    }
  }
  if (problems.length) throw new PortConfigError(problems.join('\n'));
  return ports;
}
