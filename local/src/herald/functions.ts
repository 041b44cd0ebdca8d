// Herald's Lambda functions on the local stack: the very handlers CDK deploys (functions/<name>/handler.ts),
// run in-process, their SDK clients pointed at the stand-ins through the standard AWS_ENDPOINT_URL_*
// variables. Also the routes through which they are reached besides AppSync: the Lambda Invoke API (the
// announcer hands work to itself), the one-click unsubscribe and calendar feed function URLs, and the SNS topic of
// SES feedback.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataSourceSpec } from '../../../manifest/src/index';
import type { IamPrincipal } from '../auth/aws-iam';
import { createLambdaDataSource, type LambdaDataSource } from '../datasources/lambda';
import { functionUrlRoute } from '../http/function-url-route';
import type { HttpPage } from '../http/handler';
import { lambdaInvokeRoutes } from '../http/lambda-invoke-route';
import { S3_LOCAL_CREDENTIALS } from '../services/s3-local';
import { snsLambdaEvent } from '../services/sns-lambda-event';

/**
 * The role credentials the in-process functions sign with; the local IAM mode trusts exactly these.
 * They are the S3 stand-in's only account, which rejects any other key; the other stand-ins take any.
 */
export const FUNCTION_PRINCIPAL: IamPrincipal = {
  ...S3_LOCAL_CREDENTIALS,
  identity: { username: 'herald-functions', userArn: 'arn:aws:sts::000000000000:assumed-role/herald-functions/local' },
};

export const UNSUBSCRIBE_PATH = '/unsubscribe';
export const CALENDAR_PATH = '/calendar.ics';

/** The SES configuration set the functions send through; the SES stand-in publishes its events (see MailDelivery). */
export const MAIL_CONFIGURATION_SET = 'herald-local';

export interface FunctionSettings {
  root: string;
  region: string;
  tableName: string;
  bucket: string;
  imageBaseUrl: string;
  dynamodbEndpoint: string;
  s3Endpoint: string;
  sesEndpoint: string;
  cognitoEndpoint: string;
  userPoolId: string;
  /** The local AppSync server's base URL (http://127.0.0.1:<port>). */
  serverBaseUrl: string;
  appUrl: string | null;
  log?: (line: string) => void;
}

/** Every function's environment, as the CDK stack sets it on AWS (plus the stand-in endpoints). */
function environmentOf(settings: FunctionSettings): Record<string, string> {
  const app = (settings.appUrl ?? `${settings.serverBaseUrl}/`).replace(/\/?$/, '/');
  return {
    AWS_REGION: settings.region,
    AWS_ACCESS_KEY_ID: FUNCTION_PRINCIPAL.accessKeyId,
    AWS_SECRET_ACCESS_KEY: FUNCTION_PRINCIPAL.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: settings.dynamodbEndpoint,
    AWS_ENDPOINT_URL_S3: settings.s3Endpoint,
    AWS_ENDPOINT_URL_SES: settings.sesEndpoint,
    AWS_ENDPOINT_URL_LAMBDA: settings.serverBaseUrl,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: settings.cognitoEndpoint,
    USER_POOL_ID: settings.userPoolId,
    TABLE_NAME: settings.tableName,
    BUCKET: settings.bucket,
    IMAGE_BASE_URL: settings.imageBaseUrl,
    SENDER: 'Herald <announcements@herald.local>',
    CONFIGURATION_SET: MAIL_CONFIGURATION_SET,
    PUBLIC_BASE_URL: app.replace(/\/$/, ''),
    CONFIRM_URL: `${app}#/confirm`,
    UNSUBSCRIBE_URL: `${settings.serverBaseUrl}${UNSUBSCRIBE_PATH}`,
    GRAPHQL_URL: `${settings.serverBaseUrl}/graphql`,
    // The SES stand-in has no sending quota; keep a realistic pace without slowing demos down.
    MAX_SEND_RATE: '200',
    // Structured function logs join the server log when it is shown (npm start --verbose).
    POWERTOOLS_LOG_LEVEL: settings.log ? 'INFO' : 'ERROR',
  };
}

function bind(settings: FunctionSettings, functionName: string, environment: Record<string, string>, timeoutSeconds: number): LambdaDataSource {
  const file = pathToFileURL(join(settings.root, 'functions', functionName, 'handler.ts')).href;
  return createLambdaDataSource({ functionName, load: () => import(file), environment, timeoutSeconds, region: settings.region, log: settings.log });
}

export interface HeraldFunctions {
  /** Lambda data sources by the manifest's data-source name. */
  dataSources: Record<string, LambdaDataSource>;
  /** Lambda Invoke API and function-URL routes for the local server. */
  pages: Record<string, HttpPage>;
  /** Publishes to the SES feedback topic: SNS invokes its subscriber, mail-feedback, asynchronously. */
  publishMailFeedback(message: string): void;
  /** Resolves once every background (Event) invocation has finished. */
  idle(): Promise<void>;
}

export function heraldFunctions(specs: Readonly<Record<string, DataSourceSpec>>, settings: FunctionSettings): HeraldFunctions {
  const environment = environmentOf(settings);
  const byName: Record<string, LambdaDataSource> = {};
  const dataSources: Record<string, LambdaDataSource> = {};
  for (const spec of Object.values(specs)) {
    if (spec.kind === 'AWS_LAMBDA') {
      byName[spec.functionName] ??= bind(settings, spec.functionName, environment, spec.functionName === 'announce' ? 120 : 30);
      dataSources[spec.name] = byName[spec.functionName];
    }
  }
  const unsubscribe = bind(settings, 'unsubscribe-endpoint', environment, 10);
  const calendar = bind(settings, 'calendar-feed', environment, 15);
  const mailFeedback = bind(settings, 'mail-feedback', environment, 30);
  const feedbackTopicArn = `arn:aws:sns:${settings.region}:000000000000:herald-local-mail-feedback`;
  const feedbackSubscriptionArn = `${feedbackTopicArn}:${randomUUID()}`;
  return {
    dataSources,
    pages: {
      ...lambdaInvokeRoutes(byName),
      [UNSUBSCRIBE_PATH]: functionUrlRoute(unsubscribe),
      [`POST ${UNSUBSCRIBE_PATH}`]: functionUrlRoute(unsubscribe),
      [CALENDAR_PATH]: functionUrlRoute(calendar),
      [`HEAD ${CALENDAR_PATH}`]: functionUrlRoute(calendar),
    },
    publishMailFeedback: (message) => {
      const payload = snsLambdaEvent({ topicArn: feedbackTopicArn, subscriptionArn: feedbackSubscriptionArn, message, subject: 'Amazon SES Email Event Notification' });
      void mailFeedback.invoke({ operation: 'Invoke', invocationType: 'Event', payload });
    },
    idle: async () => {
      await Promise.all([...Object.values(byName), unsubscribe, calendar, mailFeedback].map((fn) => fn.idle()));
    },
  };
}
