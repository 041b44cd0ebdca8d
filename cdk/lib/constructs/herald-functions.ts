// HeraldFunctions: Herald's Lambdas (design.md §5) from their bundles: size, timeout, environment and exactly the
// permissions each handler's code uses. A handler that does not exist yet is skipped with a synth warning.
import { Annotations, ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionBundles } from '../function-bundles';
import { acknowledgeWildcardResource } from '../nag-acknowledgments';
import type { StageSettings } from '../stage';
import { BundledFunction } from './bundled-function';
import type { MailDelivery } from './mail-delivery';

export interface HeraldFunctionsProps {
  stage: StageSettings;
  bundles: FunctionBundles;
  table: dynamodb.ITable;
  bucketName: string;
  /** Must not be an automatic cross-stack reference (see acknowledgeWildcardResource). */
  bucketArn: string;
  imageBaseUrl: string;
  api: appsync.IGraphqlApi & { readonly graphqlUrl: string };
  mail: MailDelivery;
  /** The mailer looks registrants' addresses up by sub. */
  userPool: { userPoolId: string; userPoolArn: string };
}

/** Share of the SES send rate the announcer gets; transactional mail keeps the rest. */
const ANNOUNCE_SHARE = 0.8;

/** Uploaded images live under events/<eventId>/ (functions/lib/image-rules.ts). */
const IMAGE_PREFIX = 'events/';

interface Built {
  url?: string;
  handle: BundledFunction;
}

interface FunctionSpec {
  description: string;
  memorySize: number;
  timeout: Duration;
  reservedConcurrency?: number;
  invokedAsynchronously?: boolean;
  /** Other functions this one's environment names. */
  needs?: readonly string[];
  configure(fn: BundledFunction, built: Readonly<Record<string, Built>>): { environment: Record<string, string>; functionUrl?: boolean };
}

const rate = (value: number) => String(Math.max(0.1, Math.round(value * 100) / 100));

export class HeraldFunctions extends Construct {
  /** The deployed functions by name (functions/<name>/), for AWS_LAMBDA data sources. */
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  readonly handles: Readonly<Record<string, BundledFunction>>;
  /** Public function URLs by function name (unsubscribe-endpoint, calendar-feed). */
  readonly urls: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: HeraldFunctionsProps) {
    super(scope, id);
    const { stage, table, mail, api } = props;
    const stack = Stack.of(this);
    const functionName = (name: string) => `herald-${stage.name}-${name}`;

    /** Item access restricted to partition keys with the given prefixes (IAM cannot restrict sort keys). */
    const items = (fn: BundledFunction, actions: string[], prefixes: string[]) =>
      fn.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: actions.map((action) => `dynamodb:${action}`),
          resources: [table.tableArn],
          conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes.map((prefix) => `${prefix}*`) } },
        }),
      );
    const imageObjects = `${props.bucketArn}/${IMAGE_PREFIX}*`;
    const images = (fn: BundledFunction, actions: string[]) => {
      fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [imageObjects] }));
      acknowledgeWildcardResource(fn.role, imageObjects, 'Each upload gets a fresh key under events/<eventId>/; the function may touch that prefix only.');
    };
    // IMAGE_BASE_URL so mails can show an event's cover image (<base>/<imageKey>).
    const mailEnv = {
      SENDER: mail.sender,
      PUBLIC_BASE_URL: stage.appUrl,
      IMAGE_BASE_URL: props.imageBaseUrl,
      CONFIGURATION_SET: mail.configurationSet.configurationSetName,
    };

    const specs: Record<string, FunctionSpec> = {
      'unsubscribe-endpoint': {
        description: 'One-click unsubscribe (RFC 8058) behind a function URL',
        memorySize: 256,
        timeout: Duration.seconds(10),
        configure: (fn) => {
          items(fn, ['GetItem'], ['TOKEN#']);
          items(fn, ['UpdateItem'], ['SUBSCRIBER#']);
          return { environment: { TABLE_NAME: table.tableName }, functionUrl: true };
        },
      },
      'calendar-feed': {
        description: 'Public iCalendar feed of published events behind a function URL',
        memorySize: 512,
        timeout: Duration.seconds(15),
        configure: (fn) => {
          // Reads published events from GSI1's month buckets only.
          fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${table.tableArn}/index/gsi1`] }));
          return { environment: { TABLE_NAME: table.tableName, PUBLIC_BASE_URL: stage.appUrl }, functionUrl: true };
        },
      },
      announce: {
        description: 'Mails a published event to every matching confirmed subscriber, resumably',
        memorySize: 1024,
        // Lambda's maximum: fewer hand-overs; the function hands over itself before its budget ends.
        timeout: Duration.minutes(15),
        // One announcement at a time by default: the next queues (async invocations wait out throttling).
        reservedConcurrency: stage.announceConcurrency,
        invokedAsynchronously: true,
        needs: ['unsubscribe-endpoint'],
        configure: (fn, built) => {
          // Reads the event, its announcement and (for abandoned claims) subscriber items; pages GSI1.
          items(fn, ['GetItem', 'Query'], ['EVENT#', 'SUBSCRIBER#']);
          fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${table.tableArn}/index/gsi1`] }));
          // Claims, settles and releases SENT# markers and checkpoints the ANNOUNCEMENT item, all under EVENT#<id>.
          items(fn, ['UpdateItem', 'DeleteItem'], ['EVENT#']);
          mail.grantSendRaw(fn.role);
          fn.role.addToPrincipalPolicy(
            new iam.PolicyStatement({
              actions: ['lambda:InvokeFunction'],
              // By name: referencing the function's own ARN would make its role depend on the function.
              resources: [stack.formatArn({ service: 'lambda', resource: 'function', resourceName: functionName('announce'), arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
            }),
          );
          fn.role.addToPrincipalPolicy(
            new iam.PolicyStatement({ actions: ['appsync:GraphQL'], resources: [`${api.arn}/types/Mutation/fields/reportAnnouncementProgress`] }),
          );
          return {
            environment: {
              ...mailEnv,
              TABLE_NAME: table.tableName,
              UNSUBSCRIBE_URL: built['unsubscribe-endpoint'].url!,
              GRAPHQL_URL: api.graphqlUrl,
              // Every concurrent announcer paces itself to its share, so together they keep SES's rate.
              MAX_SEND_RATE: rate((stage.sesSendRate * ANNOUNCE_SHARE) / stage.announceConcurrency),
            },
          };
        },
      },
      mailer: {
        description: 'Transactional mail: confirmations, invites, waitlist promotions, cancellations',
        memorySize: 512,
        // Up to 50 recipients at the transactional share of the send rate.
        timeout: Duration.minutes(5),
        invokedAsynchronously: true,
        configure: (fn) => {
          mail.grantSendRaw(fn.role);
          // Pages an event's registrations (event-cancelled) and looks their addresses up by sub.
          items(fn, ['Query'], ['EVENT#']);
          fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['cognito-idp:ListUsers'], resources: [props.userPool.userPoolArn] }));
          return {
            environment: {
              ...mailEnv,
              TABLE_NAME: table.tableName,
              USER_POOL_ID: props.userPool.userPoolId,
              MAX_SEND_RATE: rate(stage.sesSendRate * (1 - ANNOUNCE_SHARE)),
            },
          };
        },
      },
      'upload-url': {
        description: 'Presigned S3 POST for one event cover image',
        memorySize: 512,
        timeout: Duration.seconds(10),
        configure: (fn) => {
          // A presigned POST carries the signer's permissions: the browser may put exactly what the policy allows.
          // Its `tagging` field (the pending-upload tag, see ImageStore) needs s3:PutObjectTagging besides s3:PutObject.
          images(fn, ['s3:PutObject', 's3:PutObjectTagging']);
          return { environment: { BUCKET: props.bucketName } };
        },
      },
      'image-check': {
        description: 'Verifies an uploaded cover image before the event refers to it',
        memorySize: 512,
        timeout: Duration.seconds(15),
        configure: (fn) => {
          // GetObject also covers HeadObject; refused uploads are deleted; accepted ones lose their pending-upload tag.
          images(fn, ['s3:GetObject', 's3:DeleteObject', 's3:DeleteObjectTagging']);
          return { environment: { BUCKET: props.bucketName } };
        },
      },
    };

    const available = new Set(Object.keys(props.bundles.dirs));
    for (const name of available) {
      if (!specs[name]) {
        Annotations.of(this).addWarningV2('herald:function-not-deployed', `functions/${name}/handler.ts has no deployment spec in cdk/lib/constructs/herald-functions.ts: not deployed`);
      }
    }
    const built: Record<string, Built> = {};
    for (const [name, spec] of Object.entries(specs)) {
      // Specs are ordered so that what a function needs is built before it.
      const missing = [name, ...(spec.needs ?? [])].filter((needed) => (needed === name ? !available.has(name) : !built[needed]));
      if (missing.length > 0) {
        Annotations.of(this).addWarningV2(
          'herald:function-missing',
          `${name} is not deployed: ${missing.map((m) => `functions/${m}/handler.ts`).join(' and ')} not found. Resolvers using it cannot be deployed either.`,
        );
        continue;
      }
      const handle = new BundledFunction(this, name, {
        functionName: functionName(name),
        description: `Herald ${stage.name}: ${spec.description}`,
        codeDir: props.bundles.dirs[name],
        memorySize: spec.memorySize,
        timeout: spec.timeout,
        logRetention: stage.logRetention,
        logRemovalPolicy: stage.protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        reservedConcurrency: spec.reservedConcurrency,
        invokedAsynchronously: spec.invokedAsynchronously,
      });
      const { environment, functionUrl } = spec.configure(handle, built);
      for (const [key, value] of Object.entries(environment)) handle.function.addEnvironment(key, value);
      const url = functionUrl ? handle.function.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE }).url : undefined;
      built[name] = { handle, url };
    }

    this.handles = Object.fromEntries(Object.entries(built).map(([name, { handle }]) => [name, handle]));
    this.urls = Object.fromEntries(Object.entries(built).flatMap(([name, { url }]) => (url ? [[name, url]] : [])));
    this.functions = Object.fromEntries(Object.entries(built).map(([name, { handle }]) => [name, handle.function]));
  }
}
