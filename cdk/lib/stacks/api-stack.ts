// Stateless stack: the AppSync API (schema, auth modes, logging, tracing) wired from the manifest, and
// the client config as outputs. Safe to destroy and recreate; all state lives in the data stack.
import { CfnOutput, CrossStackReferences, Expiration, ReferenceStrength, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { Manifest } from '../../../manifest/src/index';
import { ManifestResolvers } from '../constructs/manifest-resolvers';
import type { StageSettings } from '../stage';

export interface ApiStackProps extends StackProps {
  stage: StageSettings;
  manifest: Manifest;
  table: dynamodb.ITable;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  /** Functions for AWS_LAMBDA data sources, by functionName. */
  functions?: Readonly<Record<string, lambda.IFunction>>;
}

export class ApiStack extends Stack {
  readonly api: appsync.GraphqlApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, manifest, userPool, userPoolClient } = props;
    // Export/ImportValue on purpose: CloudFormation then refuses to delete the table or the user pool
    // while this API still uses them.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    this.api = new appsync.GraphqlApi(this, 'Api', {
      name: `herald-${stage.name}`,
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
      // GraphqlApi owns its log group through a LogRetention custom resource; a LogGroup of our
      // own with the same name would collide with it on deploy.
      logConfig: {
        fieldLogLevel: appsync.FieldLogLevel.ERROR,
        excludeVerboseContent: true,
        retention: stage.logRetention,
      },
      xrayEnabled: true,
      // ctx.env of every resolver: batch and transaction requests must name the real table.
      environmentVariables: { TABLE_NAME: props.table.tableName },
    });

    new ManifestResolvers(this, 'Resolvers', {
      api: this.api,
      manifest,
      tables: { main: props.table },
      functions: props.functions,
    });

    // Client config (the keys of .herald/outputs.json that AWS also has).
    const outputs: Record<string, string> = {
      graphqlUrl: this.api.graphqlUrl,
      // Defined, since API_KEY is one of the auth modes above.
      apiKey: this.api.apiKey as string,
      region: this.region,
      userPoolId: userPool.userPoolId,
      userPoolClientId: userPoolClient.userPoolClientId,
    };
    for (const [key, value] of Object.entries(outputs)) {
      new CfnOutput(this, key, { value });
    }
  }
}
