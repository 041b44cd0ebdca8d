// The outputs file contract (design.md §7): everything a client needs to talk to this stack.
import type { DemoUser } from './demo-data';

export interface HeraldOutputs {
  /** Null when no web app is served (the test harness). */
  appUrl: string | null;
  explorerUrl: string;
  graphqlUrl: string;
  realtimeUrl: string;
  apiKey: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  cognitoEndpoint: string;
  s3Endpoint: string;
  bucket: string;
  /** GET answers the JSON list of mail the SES stand-in accepted: to, from, subject, text, html, headers, attachments. */
  mailboxUrl: string;
  /** The public iCalendar feed of published events (`?category=` / `?tag=` narrow it), for calendar apps to subscribe to. */
  calendarUrl: string;
  demoUsers: Pick<DemoUser, 'username' | 'password' | 'groups'>[];
}
