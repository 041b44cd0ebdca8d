import { Annotations, Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/src/index';
import { fixtureBundles, HERALD_FUNCTIONS, heraldTemplates } from './support/test-app';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

// GIVEN (shared): the stacks of each stage with every function bundled, synthesized once for the file.
const manifest = await buildManifest({ write: false });
const stages = { dev: await heraldTemplates('dev', { manifest }), prod: await heraldTemplates('prod', { manifest }) };
afterAll(() => Object.values(stages).forEach(({ dispose }) => dispose()));
const template = stages.dev.api;
const resources = template.toJSON().Resources as Record<string, Resource>;

const ID = 'FeedbackOptOutHandler';
const idOf = (type: string, from: Template = template) => {
  const ids = Object.keys(from.findResources(type)).filter((id) => id.startsWith(ID));
  expect(ids).toHaveLength(1);
  return ids[0];
};
const fnId = idOf('AWS::Lambda::Function');
const fn = resources[fnId].Properties;
const topicRef = (resources[Object.keys(template.findResources('AWS::SES::ConfigurationSetEventDestination'))[0]].Properties.EventDestination as {
  SnsDestination: { TopicARN: unknown };
}).SnsDestination.TopicARN;

describe('MailFeedback: the function', () => {
  it.each([
    ['dev', 7],
    ['prod', 90],
  ] as const)('in %s, runs mail-feedback on Node 24/arm64 with 256 MB for 30 s, traced, logging to its own group kept %i days', (stage, days) => {
    // GIVEN the API template of the stage
    const stageTemplate = stages[stage].api;

    // WHEN the function and its log group are read
    const props = stageTemplate.findResources('AWS::Lambda::Function', { Properties: { FunctionName: `herald-${stage}-mail-feedback` } });
    const [found] = Object.values(props) as Resource[];
    const logGroup = stageTemplate.toJSON().Resources[(found.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref];

    // THEN
    expect(found.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 256,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      Environment: { Variables: { TABLE_NAME: { 'Fn::ImportValue': expect.stringMatching(new RegExp(`^Herald-${stage}-Data:ExportsOutputRefTable`)) } } },
    });
    expect(Object.keys((found.Properties.Environment as { Variables: object }).Variables)).toEqual(['TABLE_NAME']);
    expect(logGroup.Properties.RetentionInDays).toBe(days);
  });

  it('may update subscriber items and write its own logs, traces and dead letters, nothing else', () => {
    // GIVEN the dev API template
    // WHEN the function role's policy is read, resources flattened as cdk-nag prints them
    const [policy] = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp(`^${ID}Role`) }] } }));
    const statements = (policy.Properties.PolicyDocument.Statement as Statement[]).map(({ Effect, Action, Resource, Condition }) => ({
      Effect,
      Action,
      Resource: flattenCfnReference(Resource).replace(/Herald-dev-Data:ExportsOutputFnGetAttTable\w+/, 'TABLE'),
      ...(Condition ? { Condition } : {}),
    }));
    const roleId = (fn.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];

    // THEN
    expect(statements).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: expect.stringMatching(new RegExp(`^<${ID}Logs\\w+\\.Arn>$`)) },
      { Effect: 'Allow', Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], Resource: '*' },
      { Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: expect.stringMatching(new RegExp(`^<${ID}DeadLetters\\w+\\.Arn>$`)) },
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: 'TABLE', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUBSCRIBER#*'] } } },
    ]);
    expect(resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('keeps events it gave up on after two retries in an encrypted dead-letter queue', () => {
    // GIVEN the dev API template
    // WHEN its asynchronous invocation config and queue are read
    const [config] = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).filter((c) => JSON.stringify(c).includes(fnId));
    const queue = resources[idOf('AWS::SQS::Queue')].Properties;

    // THEN
    expect(config.Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(new RegExp(`^${ID}DeadLetters`)), 'Arn'] } } },
    });
    expect(queue).toMatchObject({ SqsManagedSseEnabled: true });
  });
});

describe('MailFeedback: the SNS subscription', () => {
  it('subscribes the function to the topic SES publishes bounces and complaints to', () => {
    // GIVEN the dev API template
    // WHEN the Lambda subscriptions are listed
    const found = Object.values(template.findResources('AWS::SNS::Subscription', { Properties: { Protocol: 'lambda' } })).map((s) => s.Properties);

    // THEN
    expect(found).toEqual([{ Protocol: 'lambda', TopicArn: topicRef, Endpoint: { 'Fn::GetAtt': [fnId, 'Arn'] } }]);
  });

  it('lets SNS invoke the function for that topic only', () => {
    // GIVEN the dev API template
    // WHEN the permissions naming the function are read
    const found = Object.values(template.findResources('AWS::Lambda::Permission'))
      .map((p) => p.Properties)
      .filter((p) => JSON.stringify(p.FunctionName).includes(fnId));

    // THEN
    expect(found).toEqual([{ Action: 'lambda:InvokeFunction', FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] }, Principal: 'sns.amazonaws.com', SourceArn: topicRef }]);
  });
});

describe('MailFeedback: without its handler', () => {
  it('deploys everything else and warns that bounces will not opt subscribers out', async () => {
    // GIVEN bundles without functions/mail-feedback
    const without = await heraldTemplates('dev', { manifest, bundles: fixtureBundles(HERALD_FUNCTIONS.filter((name) => name !== 'mail-feedback')) });
    try {
      // WHEN the API stack's functions and warnings are read
      const names = Object.values(without.api.findResources('AWS::Lambda::Function')).map((f) => f.Properties.FunctionName);
      const warnings = Annotations.fromStack(without.stacks.api).findWarning('*', Match.stringLikeRegexp('mail-feedback'));

      // THEN
      expect(names).not.toContain('herald-dev-mail-feedback');
      expect(names).toContain('herald-dev-announce');
      expect(warnings.map((w) => String(w.entry.data))).toEqual([expect.stringMatching(/^mail-feedback is not deployed: functions\/mail-feedback\/handler\.ts not found/)]);
    } finally {
      without.dispose();
    }
  });
});
