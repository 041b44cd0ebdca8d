// Applies a batch of SNS-delivered SES events: parses each record, opts out the addresses of permanent bounces
// and complaints one by one, and reports what changed. Refused records are dropped (retrying cannot fix them);
// a failed write is rethrown after every address was tried, so the retry finds the finished ones unchanged.
import type { SNSEvent } from 'aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../lib/errors';
import type { Log } from '../lib/log';
import { parseMailFeedback } from './feedback-event';
import { suppressSubscriber } from './suppress-subscriber';

export type FeedbackSummary = { suppressed: number; unchanged: number; ignored: number };

export interface MailFeedbackDeps {
  db: DynamoDBDocumentClient;
  table: () => string;
  now: () => Date;
  log: Log;
}

export function createMailFeedbackHandler(deps: MailFeedbackDeps) {
  return async (event: SNSEvent): Promise<FeedbackSummary> => {
    const summary: FeedbackSummary = { suppressed: 0, unchanged: 0, ignored: 0 };
    const failures: unknown[] = [];
    for (const record of event.Records ?? []) {
      const messageId = record.Sns?.MessageId;
      let feedback;
      try {
        feedback = parseMailFeedback(record.Sns?.Message ?? '', record.Sns?.Timestamp);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        deps.log.error('feedback record refused', { messageId, error: error.message });
        summary.ignored += 1;
        continue;
      }
      if (!feedback.suppress) {
        deps.log.info('feedback needs no opt-out', { messageId, kind: feedback.kind, recipients: feedback.recipients.length });
        summary.ignored += 1;
        continue;
      }
      const { reason, feedbackId, sentAt } = feedback;
      const outcomes = await Promise.allSettled(
        feedback.recipients.map((email) => suppressSubscriber({ db: deps.db, table: deps.table(), now: deps.now }, { email, reason, feedbackId, sentAt })),
      );
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          failures.push(outcome.reason);
          continue;
        }
        // No address in the log: the feedback id finds it in SES if needed.
        deps.log.info('mail feedback applied', { messageId, feedbackId, reason, outcome: outcome.value });
        if (outcome.value === 'suppressed') summary.suppressed += 1;
        else summary.unchanged += 1;
      }
    }
    if (failures.length > 0) throw failures[0];
    return summary;
  };
}
