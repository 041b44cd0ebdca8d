// The one place that turns outputs into Amplify configuration and local-only client settings.
// Local behaviour follows from the outputs (cognitoEndpoint, a ws:// realtimeUrl), never from code branches elsewhere.
import { Amplify } from 'aws-amplify';
import type { ResourcesConfig } from 'aws-amplify';
import { installLocalRealtime } from './local-realtime';
import type { DemoUser, HeraldOutputs } from './outputs';

/** Cognito sign-in flows this client uses; the local Cognito stand-in implements no SRP. */
export type SignInFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';

/** Everything the app needs from the outputs, computed once. */
export interface ClientSettings {
  amplify: ResourcesConfig;
  /** Passed to `signIn({ options: { authFlowType } })`, which is not part of Amplify's configuration. */
  authFlowType: SignInFlow;
  /** Set when realtime must be redirected to a plain `ws://` endpoint (local server). */
  localRealtimeUrl: string | null;
  /** Seeded users, listed on the sign-in page; empty unless the stack is local. */
  demoUsers: DemoUser[];
  explorerUrl: string | null;
  /** The public iCalendar feed, when the stack has one. */
  calendarUrl: string | null;
}

/** Pure mapping from outputs to settings, so it can be tested without touching Amplify's singleton. */
export function toClientSettings(outputs: HeraldOutputs): ClientSettings {
  const local = Boolean(outputs.cognitoEndpoint);
  const amplify: ResourcesConfig = {
    API: {
      GraphQL: {
        endpoint: outputs.graphqlUrl,
        region: outputs.region,
        defaultAuthMode: 'userPool',
        ...(outputs.apiKey ? { apiKey: outputs.apiKey } : {}),
      },
    },
    Auth: {
      Cognito: {
        userPoolId: outputs.userPoolId,
        userPoolClientId: outputs.userPoolClientId,
        ...(outputs.cognitoEndpoint ? { userPoolEndpoint: outputs.cognitoEndpoint } : {}),
      },
    },
  };
  const realtimeUrl = outputs.realtimeUrl ?? '';
  return {
    amplify,
    authFlowType: local ? 'USER_PASSWORD_AUTH' : 'USER_SRP_AUTH',
    localRealtimeUrl: realtimeUrl.startsWith('ws://') ? realtimeUrl : null,
    demoUsers: local ? outputs.demoUsers : [],
    explorerUrl: outputs.explorerUrl ?? null,
    calendarUrl: outputs.calendarUrl ?? null,
  };
}

/** Configures Amplify (and, for a local stack, the realtime WebSocket wrapper) and returns the settings. */
export function configureAmplify(outputs: HeraldOutputs): ClientSettings {
  const settings = toClientSettings(outputs);
  if (settings.localRealtimeUrl) {
    installLocalRealtime({ realtimeUrl: settings.localRealtimeUrl, graphqlUrl: outputs.graphqlUrl });
  }
  Amplify.configure(settings.amplify);
  return settings;
}
