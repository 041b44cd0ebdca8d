// BundledFunction: one Lambda from a prebuilt bundle directory (index.mjs), the way every Herald function runs:
// Node 24 on arm64, its own log group with retention, a role that starts with no permissions beyond writing that
// log group and X-Ray, and for asynchronously invoked functions a dead-letter queue for events Lambda gave up on.
import { Duration } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, acknowledgeWildcardResource } from '../nag-acknowledgments';

export interface BundledFunctionProps {
  /** Physical name: a function that invokes itself needs its ARN before it exists. */
  functionName: string;
  description: string;
  /** Directory holding index.mjs, which exports `handler`. */
  codeDir: string;
  memorySize: number;
  timeout: Duration;
  logRetention: logs.RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  reservedConcurrency?: number;
  /** Invoked with InvocationType Event: keep what fails after Lambda's two retries. */
  invokedAsynchronously?: boolean;
}

export class BundledFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  readonly deadLetters?: sqs.Queue;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    // Not AWSLambdaBasicExecutionRole, whose logs:* applies to every log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.functionName}`,
    });
    this.logGroup.grantWrite(this.role);

    if (props.invokedAsynchronously) {
      this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      acknowledge(this.deadLetters, 'AwsSolutions-SQS3', 'This queue is itself the dead-letter destination of a Lambda; an alarm fires on its first message.');
    }

    this.function = new lambda.Function(this, 'Function', {
      functionName: props.functionName,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(props.codeDir),
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrency,
      ...(this.deadLetters ? { onFailure: new SqsDestination(this.deadLetters), retryAttempts: 2 } : {}),
    });
    acknowledgeWildcardResource(
      this.role,
      '*',
      'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    );
  }
}
