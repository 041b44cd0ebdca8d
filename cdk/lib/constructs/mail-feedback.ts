// MailFeedback: the `mail-feedback` Lambda (functions/mail-feedback) subscribed to MailDelivery's feedback topic.
// It may update subscriber items and nothing else; SNS invokes it asynchronously, so failures end in its
// dead-letter queue after Lambda's retries.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { StageSettings } from '../stage';
import { BundledFunction } from './bundled-function';
import type { MailDelivery } from './mail-delivery';

export interface MailFeedbackProps {
  stage: StageSettings;
  /** Directory holding the bundled functions/mail-feedback handler (index.mjs). */
  codeDir: string;
  table: dynamodb.ITable;
  mail: MailDelivery;
}

export class MailFeedback extends Construct {
  readonly handle: BundledFunction;

  constructor(scope: Construct, id: string, props: MailFeedbackProps) {
    super(scope, id);
    const { stage, table } = props;
    this.handle = new BundledFunction(this, 'Handler', {
      functionName: `herald-${stage.name}-mail-feedback`,
      description: `Herald ${stage.name}: Opts addresses that hard-bounced or complained out of announcements`,
      codeDir: props.codeDir,
      memorySize: 256,
      // One SES event names at most 50 recipients: one conditional update each.
      timeout: Duration.seconds(30),
      logRetention: stage.logRetention,
      logRemovalPolicy: stage.protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      invokedAsynchronously: true,
    });
    const fn = this.handle.function;
    // Subscriber items only (pk SUBSCRIBER#<email>); the update is conditional, so it never creates one.
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUBSCRIBER#*'] } },
      }),
    );
    fn.addEnvironment('TABLE_NAME', table.tableName);
    props.mail.feedbackTopic.addSubscription(new subscriptions.LambdaSubscription(fn));
  }
}
