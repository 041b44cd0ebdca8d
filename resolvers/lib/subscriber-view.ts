// Subscriber items as the API returns them, and the topic list rules.
import { util } from '@aws-appsync/utils';
import { ErrorType } from './errors';

export interface SubscriberItem {
  email: string;
  topics?: string[];
  status: string;
  [attribute: string]: unknown;
}

export function toSubscriber(item: SubscriberItem): { email: string; topics: string[]; status: string } {
  return { email: item.email, topics: item.topics ? item.topics : [], status: item.status };
}

/** Lower-cased, de-duplicated, at most 20 topics of 1 to 50 characters. */
export function validTopics(topics: string[] | null | undefined): string[] {
  if (topics && topics.length > 100) {
    util.error('topics: at most 20 topics', ErrorType.Validation, null, { field: 'topics' });
  }
  const result: string[] = [];
  for (const topic of topics ? topics : []) {
    const normal = topic.trim().toLowerCase();
    if (normal.length < 1 || normal.length > 50) {
      util.error('topics: each topic must be 1 to 50 characters', ErrorType.Validation, null, { field: 'topics' });
    }
    if (result.indexOf(normal) < 0) {
      result.push(normal);
    }
  }
  if (result.length > 20) {
    util.error('topics: at most 20 topics', ErrorType.Validation, null, { field: 'topics' });
  }
  return result;
}
