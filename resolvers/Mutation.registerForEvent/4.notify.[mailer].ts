// Mails the new attendee their confirmation with a calendar invite (waitlist places get no mail until
// they are promoted). Repeated registrations end before this step, so nobody is mailed twice.
import { runtime } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import type { EventItem } from '../lib/event-view';
import { mailUsers, reportHandOff } from '../lib/notify';
import type { RegistrationItem } from '../lib/registration-view';

export function request(ctx: Context) {
  const registration = ctx.prev.result as RegistrationItem;
  if (registration.status !== 'CONFIRMED') {
    runtime.earlyReturn(registration);
  }
  return mailUsers('registration-confirmed', [registration.userId], ctx.stash.event as EventItem);
}

export function response(ctx: Context) {
  reportHandOff(ctx);
  return ctx.prev.result;
}
