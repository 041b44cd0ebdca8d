// The announcer's two outbound AWS calls besides DynamoDB and SES, both SigV4-signed POSTs: the IAM-authorized
// reportAnnouncementProgress mutation (pushes progress to organizers), and Lambda Invoke of itself (hand-over).
import { RemoteCallError } from '../lib/errors';
import type { SignedFetch } from '../lib/signed-fetch';
import type { AnnouncePayload, AnnouncementProgress } from './run-announcement';

// Selects every Announcement field: subscribers of onAnnouncementProgress receive only what the mutation selects.
export const REPORT_PROGRESS_MUTATION = `mutation ReportAnnouncementProgress($input: AnnouncementProgressInput!) {
  reportAnnouncementProgress(input: $input) { eventId status total sent failed createdAt updatedAt }
}`;

export function createProgressReporter(signedFetch: SignedFetch, graphqlUrl: string): (progress: AnnouncementProgress) => Promise<void> {
  return async (progress) => {
    const res = await signedFetch({
      url: graphqlUrl,
      service: 'appsync',
      body: JSON.stringify({ query: REPORT_PROGRESS_MUTATION, operationName: 'ReportAnnouncementProgress', variables: { input: progress } }),
    });
    const answer = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string; errorType?: string }> };
    if (!res.ok || answer.errors?.length) {
      const why = answer.errors?.map((e) => `${e.errorType ?? 'Error'}: ${e.message}`).join('; ') ?? `HTTP ${res.status}`;
      throw new RemoteCallError(`reportAnnouncementProgress failed: ${why}`);
    }
  };
}

/** Lambda Invoke with InvocationType Event (202 Accepted); the endpoint honours AWS_ENDPOINT_URL_LAMBDA. */
export function createAsyncInvoker(signedFetch: SignedFetch, lambdaEndpoint: string): (functionName: string, payload: AnnouncePayload) => Promise<void> {
  return async (functionName, payload) => {
    const res = await signedFetch({
      url: `${lambdaEndpoint}/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`,
      service: 'lambda',
      body: JSON.stringify(payload),
      headers: { 'x-amz-invocation-type': 'Event' },
    });
    if (res.status !== 202) {
      throw new RemoteCallError(`Invoking ${functionName} asynchronously failed: HTTP ${res.status} ${await res.text().catch(() => '')}`);
    }
  };
}
