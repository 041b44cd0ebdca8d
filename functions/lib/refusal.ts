// The answer a function returns for an expected refusal. AppSync turns a thrown Lambda error into the generic type
// `Lambda:Unhandled`, so refusals the caller must tell apart are returned as data for the resolver to raise.
import { InvalidImageError, ValidationError } from './errors';

export type Refusal = { refused: { errorType: 'ValidationError' | 'InvalidImageError'; message: string; reason?: string } };

/** Known refusals become data; anything else is rethrown for Lambda to report. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof InvalidImageError) return { refused: { errorType: error.name, message: error.message, reason: error.reason } };
  if (error instanceof ValidationError) return { refused: { errorType: error.name, message: error.message } };
  throw error;
}
