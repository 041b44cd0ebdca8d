// The outputs file contract (design.md §7): everything a client needs to talk to this stack.
import type { DemoUser } from './demo-data';

export interface HeraldOutputs {
  appUrl: string | null;
  explorerUrl: string;
  graphqlUrl: string;
  realtimeUrl: string;
  apiKey: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  cognitoEndpoint: string;
  s3Endpoint: string | null;
  bucket: string | null;
  mailboxUrl: string | null;
  demoUsers: Pick<DemoUser, 'username' | 'password' | 'groups'>[];
}
