// Page-size checks shared by every list field.
import { util } from '@aws-appsync/utils';
import { ErrorType } from './errors';

export const MAX_PAGE_SIZE = 100;

export function pageSize(limit: number | null | undefined, fallback: number): number {
  const size = limit == null ? fallback : limit;
  if (size < 1 || size > MAX_PAGE_SIZE) {
    util.error(`limit: must be between 1 and ${MAX_PAGE_SIZE}`, ErrorType.Validation, null, { field: 'limit' });
  }
  return size;
}
