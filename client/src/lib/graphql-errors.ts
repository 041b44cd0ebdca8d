// Turns whatever Amplify rejected with into text a person can act on, plus per-field messages when
// the resolver named a field (Herald's validation errors carry `errorInfo: { field }`).

/** A readable summary and the messages that belong next to specific form fields. */
export interface DescribedError {
  message: string;
  fieldErrors: Record<string, string>;
  /** AppSync `errorType`s present (e.g. ConflictError), for callers that react to one kind. */
  errorTypes: string[];
}

const NETWORK = 'Could not reach the Herald API. Check your connection and try again.';
const UNAUTHORIZED = 'Not authorized. Sign in with an account that is allowed to do this.';
const SESSION_ENDED = 'Your session has ended. Please sign in again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stringAt(value: unknown, key: string): string | undefined {
  return isRecord(value) && typeof value[key] === 'string' ? value[key] : undefined;
}

// Amplify wraps transport failures (HTTP 401, fetch errors, missing tokens) as GraphQL errors whose
// `originalError` keeps the cause's name; AppSync's own errors carry `errorType` instead.
function knownProblem(error: unknown): string | undefined {
  const cause = isRecord(error) ? error.originalError : undefined;
  const message = stringAt(error, 'message') ?? '';
  for (const name of [stringAt(error, 'errorType'), stringAt(error, 'name'), stringAt(cause, 'name')]) {
    if (!name) continue;
    if (name.startsWith('Unauthorized')) return UNAUTHORIZED;
    if (name === 'NetworkError') return NETWORK;
    if (name === 'NoValidAuthTokens' || name === 'UserUnAuthenticatedException') return SESSION_ENDED;
  }
  if (message === 'Failed to fetch' || message === 'Network error' || message === 'NetworkError') return NETWORK;
  return undefined;
}

// Resolvers prefix field errors with "<field>: "; next to the field itself that prefix is noise.
function withoutFieldPrefix(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/** Describes a rejection from `request()`/`subscribe()`: a GraphQL result with errors, or a plain Error. */
export function describeGraphqlError(error: unknown): DescribedError {
  const errors = isRecord(error) && Array.isArray(error.errors) && error.errors.length > 0 ? error.errors : [error];
  const fieldErrors: Record<string, string> = {};
  const texts: string[] = [];
  const errorTypes: string[] = [];
  for (const one of errors) {
    const errorType = stringAt(one, 'errorType');
    if (errorType && !errorTypes.includes(errorType)) errorTypes.push(errorType);
    const message = stringAt(one, 'message') || (typeof one === 'string' && one) || 'Something went wrong.';
    const field = isRecord(one) ? stringAt(one.errorInfo, 'field') : undefined;
    const text = knownProblem(one) ?? message;
    if (field && !(field in fieldErrors)) fieldErrors[field] = withoutFieldPrefix(message, field);
    if (!texts.includes(text)) texts.push(text);
  }
  return { message: texts.join(' '), fieldErrors, errorTypes };
}
