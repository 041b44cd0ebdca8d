// Structured JSON logs with Powertools for AWS Lambda. Pure functions take the narrow Log type, so tests can
// pass a silent or recording fake.
import { Logger } from '@aws-lambda-powertools/logger';

export type Log = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName });
}

export const silentLog: Log = { debug() {}, info() {}, warn() {}, error() {} };
