// Refuses every ticket, so the mutation fails and publishes nothing.
import { util } from '@aws-appsync/utils';

export function request() {
  return util.error('Tickets are closed', 'TicketsClosed');
}

export function response() {
  return null;
}
