// The one transaction both registration steps write: a counter change on the event under its
// condition, and the caller's registration row (new, or replacing a cancelled one).
import * as ddb from '@aws-appsync/utils/dynamodb';
import { eventKey, registrationKey } from './keys';
import type { RegistrationItem } from './registration-view';

export function registrationTransaction(table: string, registration: RegistrationItem, eventUpdate: Record<string, unknown>, eventCondition: Record<string, unknown>) {
  return ddb.transactWrite({
    items: [
      { updateItem: { table, key: eventKey(registration.eventId), update: eventUpdate, condition: eventCondition } },
      {
        putItem: {
          table,
          key: registrationKey(registration.eventId, registration.userId),
          item: registration,
          condition: { or: [{ pk: { attributeExists: false } }, { status: { eq: 'CANCELLED' } }] },
        },
      },
    ],
  });
}
