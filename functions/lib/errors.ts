// Named errors of the Lambda functions. Names are set explicitly (minified bundles rename classes), so the
// errorType in logs and Lambda error payloads stays stable. Code resolvers see every thrown error as
// Lambda:Unhandled, so refusals a caller must tell apart are returned as data instead (refusal.ts).

abstract class NamedError extends Error {
  abstract override readonly name: string;
}

/** A required environment variable is missing or malformed: a deployment bug, never the caller's. */
export class ConfigError extends NamedError {
  override readonly name = 'ConfigError';
}

/** The invocation payload does not have the documented shape or values. */
export class ValidationError extends NamedError {
  override readonly name = 'ValidationError';
}

export type InvalidImageReason = 'NOT_FOUND' | 'OUTSIDE_PREFIX' | 'TYPE_NOT_ALLOWED' | 'SIZE_OUT_OF_RANGE';

/** An uploaded object is missing or breaks the upload rules; it has been deleted when it existed. */
export class InvalidImageError extends NamedError {
  override readonly name = 'InvalidImageError';
  constructor(
    readonly reason: InvalidImageReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** SES refuses to send for the whole account or configuration set; retrying recipients one by one cannot help. */
export class SendingPausedError extends NamedError {
  override readonly name = 'SendingPausedError';
}

/** SES kept failing with throttling or transient faults through every retry. */
export class SesUnavailableError extends NamedError {
  override readonly name = 'SesUnavailableError';
}

/** A signed call to another AWS API (AppSync, Lambda) did not succeed. */
export class RemoteCallError extends NamedError {
  override readonly name = 'RemoteCallError';
}
