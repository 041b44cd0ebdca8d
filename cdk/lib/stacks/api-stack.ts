// Stateless stack: the AppSync API (schema, auth modes, limits, logging, tracing, WAF) wired from the manifest,
// the Lambdas, SES delivery and its feedback, alarms and dashboard, the client config as outputs, and the web app
// deployed with that config. Safe to destroy and recreate; all state lives in the data stack.
import { Annotations, CfnOutput, CrossStackReferences, Expiration, ReferenceStrength, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { API_LIMITS, type Manifest } from '../../../manifest/src/index';
import { ApiFirewall } from '../constructs/api-firewall';
import { HeraldFunctions } from '../constructs/herald-functions';
import { MailDelivery } from '../constructs/mail-delivery';
import { MailFeedback } from '../constructs/mail-feedback';
import { ManifestResolvers } from '../constructs/manifest-resolvers';
import { Operations } from '../constructs/operations';
import { WebContent } from '../constructs/web-content';
import type { FunctionBundles } from '../function-bundles';
import { acknowledge } from '../nag-acknowledgments';
import type { StageSettings } from '../stage';
import { TABLE_INDEXES } from './data-stack';

export interface ApiStackProps extends StackProps {
  stage: StageSettings;
  manifest: Manifest;
  bundles: FunctionBundles;
  table: dynamodb.ITable;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  bucket: s3.IBucket;
  /** The bucket's ARN imported from a named export (DataStack.imagesBucketArnImport). */
  bucketArnImport: string;
  /** https://<images CDN>; an image's URL is <imageBaseUrl>/<key>. */
  imageBaseUrl: string;
  /** The web bucket's ARN imported from a named export (WebStack.bucketArnImport); the built app and config.json go there. */
  webBucketArnImport: string;
  /** The built client (vite build output) to deploy. */
  clientDir: string;
}

/**
 * performance.md "API protection": the deepest query the client sends is 4 levels; a page of 100 registrations
 * resolves 3 nested fields each (301 resolvers).
 */
export { API_LIMITS };

export class ApiStack extends Stack {
  readonly api: appsync.GraphqlApi;
  readonly functions: HeraldFunctions;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, manifest, userPool, userPoolClient } = props;
    const prefix = `herald-${stage.name}`;
    // Export/ImportValue on purpose: CloudFormation then refuses to delete the table or the user pool
    // while this API still uses them.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    this.api = new appsync.GraphqlApi(this, 'Api', {
      name: prefix,
      // schema.graphql only: AppSync defines the AWS scalars and @aws_* directives itself.
      definition: appsync.Definition.fromFile(manifest.deploySchemaFile),
      authorizationConfig: {
        defaultAuthorization: {
          authorizationType: appsync.AuthorizationType.USER_POOL,
          userPoolConfig: { userPool, defaultAction: appsync.UserPoolDefaultAction.ALLOW },
        },
        additionalAuthorizationModes: [
          {
            authorizationType: appsync.AuthorizationType.API_KEY,
            // The expiry is computed at synth time, so each deploy extends it; a key only lapses if
            // the stack goes undeployed for a whole lifetime.
            // To rotate the key, rename it (e.g. 'public' → 'public2'): the construct id changes, so
            // CloudFormation creates a new key and deletes the old one in the same deploy, and clients
            // must read the new `apiKey` output at once. For an overlap, first add a second
            // appsync.CfnApiKey for this API, deploy, move clients over, then rename this one.
            apiKeyConfig: {
              name: 'public',
              description: 'Public reads, announcement sign-up and public subscriptions',
              expires: Expiration.after(stage.apiKeyLifetime),
            },
          },
          // Internal callers (the announce Lambda reporting progress) sign with SigV4.
          { authorizationType: appsync.AuthorizationType.IAM },
        ],
      },
      xrayEnabled: true,
      queryDepthLimit: API_LIMITS.queryDepth,
      resolverCountLimit: API_LIMITS.resolverCount,
      introspectionConfig: stage.introspection ? appsync.IntrospectionConfig.ENABLED : appsync.IntrospectionConfig.DISABLED,
      // ctx.env of every resolver: batch and transaction requests must name the real table.
      environmentVariables: { TABLE_NAME: props.table.tableName, IMAGE_BASE_URL: props.imageBaseUrl },
    });
    this.configureLogging(stage);

    const mail = new MailDelivery(this, 'Mail', { sender: stage.sender });
    // mail-feedback belongs to the mail delivery it consumes; HeraldFunctions deploys the rest.
    const { 'mail-feedback': feedbackDir, ...functionDirs } = props.bundles.dirs;
    this.functions = new HeraldFunctions(this, 'Functions', {
      stage,
      bundles: { dirs: functionDirs },
      table: props.table,
      bucketName: props.bucket.bucketName,
      bucketArn: props.bucketArnImport,
      imageBaseUrl: props.imageBaseUrl,
      api: this.api,
      mail,
      userPool,
    });

    new ManifestResolvers(this, 'Resolvers', {
      api: this.api,
      manifest,
      tables: { main: { table: props.table, indexes: TABLE_INDEXES } },
      functions: this.functions.functions,
    });

    const feedback = feedbackDir ? new MailFeedback(this, 'FeedbackOptOut', { stage, codeDir: feedbackDir, table: props.table, mail }) : undefined;
    if (!feedback) {
      Annotations.of(this).addWarningV2('herald:function-missing', 'mail-feedback is not deployed: functions/mail-feedback/handler.ts not found. Bounces will not opt subscribers out.');
    }

    const firewall = new ApiFirewall(this, 'Firewall', { api: this.api, metricPrefix: prefix });
    new Operations(this, 'Operations', {
      prefix,
      alarmEmail: stage.alarmEmail,
      api: this.api,
      functions: { ...this.functions.handles, ...(feedback ? { 'mail-feedback': feedback.handle } : {}) },
      queuedFunctions: ['announce'],
      webAclMetricName: firewall.metricName,
    });

    // Client config: the keys of .herald/outputs.json that AWS also has, plus where images are served.
    const outputs: Record<string, string> = {
      appUrl: stage.appUrl,
      graphqlUrl: this.api.graphqlUrl,
      realtimeUrl: (this.api.node.defaultChild as appsync.CfnGraphQLApi).attrRealtimeUrl,
      // Defined, since API_KEY is one of the auth modes above.
      apiKey: this.api.apiKey as string,
      region: this.region,
      userPoolId: userPool.userPoolId,
      userPoolClientId: userPoolClient.userPoolClientId,
      bucket: props.bucket.bucketName,
      imageBaseUrl: props.imageBaseUrl,
      ...(this.functions.urls['calendar-feed'] ? { calendarUrl: this.functions.urls['calendar-feed'] } : {}),
    };
    for (const [key, value] of Object.entries(outputs)) {
      new CfnOutput(this, key, { value });
    }
    // The same values as the web app's config.json: here, not in the web stack, so a new API key or API needs no export.
    new WebContent(this, 'WebContent', {
      clientDir: props.clientDir,
      bucket: s3.Bucket.fromBucketArn(this, 'WebBucket', props.webBucketArnImport),
      config: outputs,
      logRetention: stage.logRetention,
      logRemovalPolicy: stage.protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }

  /**
   * Field-level logs into a log group this stack owns, written by a role scoped to it. Not GraphqlApi's
   * logConfig, which adds a LogRetention custom-resource Lambda and the account-wide AWSAppSyncPushToCloudWatchLogs.
   */
  private configureLogging(stage: StageSettings): void {
    const role = new iam.Role(this, 'ApiLogsRole', {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: 'AppSync writes the logs of this API',
    });
    const logGroup = new logs.LogGroup(this, 'ApiLogs', {
      // The name AppSync writes to; the group must exist before the first request.
      logGroupName: `/aws/appsync/apis/${this.api.apiId}`,
      retention: stage.logRetention,
      removalPolicy: stage.protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    logGroup.grantWrite(role);
    const cfnApi = this.api.node.defaultChild as appsync.CfnGraphQLApi;
    // Dev logs whole requests (headers, context, evaluated resolvers) to debug with; prod keeps them out.
    const verbose = stage.fieldLogLevel === 'ALL';
    cfnApi.logConfig = { cloudWatchLogsRoleArn: role.roleArn, fieldLogLevel: stage.fieldLogLevel, excludeVerboseContent: !verbose };
    if (!verbose) {
      acknowledge(
        cfnApi,
        'AwsSolutions-ASC3',
        'Logging is on (field errors, X-Ray traces, WAF metrics), but verbose request content stays out of production logs: ' +
          'it carries request headers and resolver context with attendees’ emails and tokens.',
      );
    }
  }
}
