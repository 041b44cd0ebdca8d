import { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import { afterAll, describe, expect, it } from 'vitest';
import { HeraldFunctions } from '../lib/constructs/herald-functions';
import { MailDelivery } from '../lib/constructs/mail-delivery';
import { fixtureBundles, heraldTemplates, settingsFor, testApp } from './support/test-app';

type Resource = { Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

// GIVEN (shared): the dev stacks with every function, synthesized once for the file.
const dev = await heraldTemplates('dev');
afterAll(() => dev.dispose());
const template = dev.api;
const resources = template.toJSON().Resources as Record<string, Resource & { Type: string }>;
/** Logical ids drop the dashes of construct ids: upload-url → Functionsuploadurl… */
const idOf = (name: string) => `Functions${name.replaceAll('-', '')}`;
const lambdaOf = (name: string) => template.findResources('AWS::Lambda::Function', { Properties: { FunctionName: `herald-dev-${name}` } });
const propsOf = (name: string) => {
  const found = Object.values(lambdaOf(name)) as Resource[];
  expect(found).toHaveLength(1);
  return found[0].Properties;
};
/** A role's statements with resources flattened the way cdk-nag prints them, and the table's export named. */
const statementsOf = (name: string) => {
  const [policy] = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp(`^${idOf(name)}Role`) }] } }));
  return (policy.Properties.PolicyDocument.Statement as Statement[]).map(({ Effect, Action, Resource, Condition }) => {
    const flat = (resource: unknown) => flattenCfnReference(resource).replace(/Herald-dev-Data:ExportsOutputFnGetAttTable\w+/, 'TABLE');
    return { Effect, Action, Resource: Array.isArray(Resource) ? Resource.map(flat) : flat(Resource), ...(Condition ? { Condition } : {}) };
  });
};
const allow = (Action: string | string[], Resource: unknown, Condition?: unknown) => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) });
const ownLogs = (name: string) => allow(['logs:CreateLogStream', 'logs:PutLogEvents'], expect.stringMatching(new RegExp(`^<${idOf(name)}Logs\\w+\\.Arn>$`)));
const XRAY = allow(['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], '*');
const deadLetters = (name: string) => allow(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], expect.stringMatching(new RegExp(`^<${idOf(name)}DeadLetters\\w+\\.Arn>$`)));
const leadingKeys = (...prefixes: string[]) => ({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes.map((prefix) => `${prefix}*`) } });
const SEND_AS_SENDER = allow(
  'ses:SendRawEmail',
  [
    expect.stringMatching(/^arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:configuration-set\/<MailConfigurationSet\w+>$/),
    'arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/example.com',
    'arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/no-reply@example.com',
  ],
  { StringEquals: { 'ses:FromAddress': 'no-reply@example.com' } },
);
const IMAGES = 'Herald-dev-Data-images-bucket-arn/events/*';

const FUNCTIONS = [
  // name, memory MB, timeout s, invoked asynchronously (dead-letter queue)
  ['announce', 1024, 900, true],
  ['mailer', 512, 300, true],
  ['upload-url', 512, 10, false],
  ['image-check', 512, 15, false],
  ['unsubscribe-endpoint', 256, 10, false],
  ['calendar-feed', 512, 15, false],
] as const;

describe('HeraldFunctions: runtime', () => {
  it.each(FUNCTIONS)('runs %s on Node 24/arm64 with %i MB for %i s, traced, logging to its own group kept a week', (name, memory, timeout) => {
    // GIVEN the dev API template
    // WHEN the function is read
    const fn = propsOf(name);

    // THEN
    expect(fn).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: memory,
      Timeout: timeout,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogGroup: { Ref: expect.stringMatching(new RegExp(`^${idOf(name)}Logs`)) } },
    });
    const logGroup = resources[(fn.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref];
    expect(logGroup.Properties.RetentionInDays).toBe(7);
  });

  it.each(FUNCTIONS)('gives %s a role of its own with no managed policy', (name) => {
    // GIVEN the dev API template
    // WHEN the function's role is read
    const roleId = ((propsOf(name).Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'])[0];

    // THEN
    expect(roleId).toMatch(new RegExp(`^${idOf(name)}Role`));
    expect(resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
  });

  it.each(FUNCTIONS)('keeps events %s gave up on (asynchronous: %s) in a dead-letter queue', (name, _memory, _timeout, invokedAsynchronously) => {
    // GIVEN the dev API template
    // WHEN the function's asynchronous invocation config is looked up
    const configs = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).filter((config) =>
      JSON.stringify(config.Properties.FunctionName).includes(`${idOf(name)}Function`),
    );

    // THEN only asynchronously invoked functions have one: two retries, then the queue
    expect(configs).toHaveLength(invokedAsynchronously ? 1 : 0);
    if (!invokedAsynchronously) return;
    expect(configs[0].Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(new RegExp(`^${idOf(name)}DeadLetters`)), 'Arn'] } } },
    });
  });

  it('encrypts the dead-letter queues and refuses plain HTTP to them', () => {
    // GIVEN the dev API template
    // WHEN the queues and their policies are read
    const queues = Object.values(template.findResources('AWS::SQS::Queue'));
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));

    // THEN (announce, mailer, and mail-feedback from MailFeedback)
    expect(queues).toHaveLength(3);
    for (const queue of queues) expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 86_400 });
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('reserves concurrency for announce only, and splits the SES rate between announce and mailer', () => {
    // GIVEN the dev stage: SES sandbox rate 1/s, one announcer at a time
    expect(dev.stage).toMatchObject({ sesSendRate: 1, announceConcurrency: 1 });

    // WHEN the functions are read
    const concurrency = Object.fromEntries(FUNCTIONS.map(([name]) => [name, propsOf(name).ReservedConcurrentExecutions]));
    const rates = ['announce', 'mailer'].map((name) => (propsOf(name).Environment as { Variables: Record<string, string> }).Variables.MAX_SEND_RATE);

    // THEN the announcers together never exceed 80 % of the account's rate; transactional mail keeps 20 %
    expect(concurrency).toEqual({ announce: 1, mailer: undefined, 'upload-url': undefined, 'image-check': undefined, 'unsubscribe-endpoint': undefined, 'calendar-feed': undefined });
    expect(rates).toEqual(['0.8', '0.2']);
  });
});

describe('HeraldFunctions: environment', () => {
  const TABLE_NAME = { 'Fn::ImportValue': expect.stringMatching(/^Herald-dev-Data:ExportsOutputRefTable/) };
  const BUCKET = { 'Fn::ImportValue': expect.stringMatching(/^Herald-dev-Data:ExportsOutputRefImagesBucket/) };
  const MAIL = {
    SENDER: 'Herald <no-reply@example.com>',
    PUBLIC_BASE_URL: 'http://127.0.0.1:5173',
    IMAGE_BASE_URL: { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/ImagesCdn\w+DomainName/) }]] },
    CONFIGURATION_SET: { Ref: expect.stringMatching(/^MailConfigurationSet/) },
  };

  it.each([
    [
      'announce',
      {
        ...MAIL,
        TABLE_NAME,
        UNSUBSCRIBE_URL: { 'Fn::GetAtt': [expect.stringMatching(/^FunctionsunsubscribeendpointFunctionFunctionUrl/), 'FunctionUrl'] },
        GRAPHQL_URL: { 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'GraphQLUrl'] },
        MAX_SEND_RATE: '0.8',
      },
    ],
    ['mailer', { ...MAIL, TABLE_NAME, USER_POOL_ID: { 'Fn::ImportValue': expect.stringMatching(/^Herald-dev-Data:ExportsOutputRefUserPool/) }, MAX_SEND_RATE: '0.2' }],
    ['upload-url', { BUCKET }],
    ['image-check', { BUCKET }],
    ['unsubscribe-endpoint', { TABLE_NAME }],
    ['calendar-feed', { TABLE_NAME, PUBLIC_BASE_URL: 'http://127.0.0.1:5173' }],
  ])('configures %s through exactly the variables its handler reads (and the image base URL for mail)', (name, variables) => {
    // GIVEN the dev API template
    // WHEN the function's environment is read
    const { Environment } = propsOf(name) as { Environment: { Variables: Record<string, unknown> } };

    // THEN
    expect(Environment.Variables).toEqual(variables);
  });

  it('serves one-click unsubscribe and the calendar feed from public function URLs, and nothing else', () => {
    // GIVEN the dev API template
    // WHEN the function URLs and their permissions are read
    const urls = Object.values(template.findResources('AWS::Lambda::Url'));
    // (SNS's permission to invoke mail-feedback is asserted in mail-feedback.test.ts.)
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission'))
      .map((p) => p.Properties)
      .filter((p) => p.Principal !== 'sns.amazonaws.com');

    // THEN (the token in the URL is the authorization: RFC 8058 POSTs come from mail providers, unsigned;
    // calendar apps fetch the feed anonymously)
    const target = (fn: RegExp) => ({ AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [expect.stringMatching(fn), 'Arn'] } });
    expect(urls.map((url) => url.Properties)).toEqual([target(/^FunctionsunsubscribeendpointFunction/), target(/^FunctionscalendarfeedFunction/)]);
    const publicInvoke = [
      expect.objectContaining({ Action: 'lambda:InvokeFunctionUrl', FunctionUrlAuthType: 'NONE', Principal: '*' }),
      expect.objectContaining({ Action: 'lambda:InvokeFunction', InvokedViaFunctionUrl: true, Principal: '*' }),
    ];
    expect(permissions).toEqual([...publicInvoke, ...publicInvoke]);
  });
});

describe('HeraldFunctions: least-privilege IAM', () => {
  it.each([
    [
      'announce',
      [
        ownLogs('announce'),
        XRAY,
        deadLetters('announce'),
        // Reads the event and its announcement, and subscriber items of abandoned claims; pages confirmed subscribers.
        allow(['dynamodb:GetItem', 'dynamodb:Query'], 'TABLE', leadingKeys('EVENT#', 'SUBSCRIBER#')),
        allow('dynamodb:Query', 'TABLE/index/gsi1'),
        // Delivery markers (SENT#…) and the ANNOUNCEMENT item, both under EVENT#<id>; conditional in code.
        allow(['dynamodb:DeleteItem', 'dynamodb:UpdateItem'], 'TABLE', leadingKeys('EVENT#')),
        SEND_AS_SENDER,
        allow('lambda:InvokeFunction', 'arn:<AWS::Partition>:lambda:<AWS::Region>:<AWS::AccountId>:function:herald-dev-announce'),
        allow('appsync:GraphQL', expect.stringMatching(/^<Api\w+\.Arn>\/types\/Mutation\/fields\/reportAnnouncementProgress$/)),
      ],
    ],
    [
      'mailer',
      [
        ownLogs('mailer'),
        XRAY,
        deadLetters('mailer'),
        SEND_AS_SENDER,
        // Pages an event's registrations for a cancellation notice, and looks addresses up by sub.
        allow('dynamodb:Query', 'TABLE', leadingKeys('EVENT#')),
        allow('cognito-idp:ListUsers', expect.stringMatching(/^Herald-dev-Data:ExportsOutputFnGetAttUserPool\w+Arn/)),
      ],
    ],
    // The POST's pending-upload tag needs PutObjectTagging; image-check removes that tag from the images it accepts.
    ['upload-url', [ownLogs('upload-url'), XRAY, allow(['s3:PutObject', 's3:PutObjectTagging'], IMAGES)]],
    ['image-check', [ownLogs('image-check'), XRAY, allow(['s3:DeleteObject', 's3:DeleteObjectTagging', 's3:GetObject'], IMAGES)]],
    [
      'unsubscribe-endpoint',
      [ownLogs('unsubscribe-endpoint'), XRAY, allow('dynamodb:GetItem', 'TABLE', leadingKeys('TOKEN#')), allow('dynamodb:UpdateItem', 'TABLE', leadingKeys('SUBSCRIBER#'))],
    ],
    // Published events only: GSI1's month buckets hold nothing else a query could reach.
    ['calendar-feed', [ownLogs('calendar-feed'), XRAY, allow('dynamodb:Query', 'TABLE/index/gsi1')]],
  ])('lets %s do what its code does and nothing else', (name, expected) => {
    // GIVEN the dev API template
    // WHEN the function role's policy is read
    const statements = statementsOf(name);

    // THEN
    expect(statements).toEqual(expected);
  });
});

describe('HeraldFunctions: handlers that do not exist yet', () => {
  it('skips them with a synth warning, and what depends on them too', () => {
    // GIVEN a stack whose bundles lack mailer and unsubscribe-endpoint (which announce needs)
    const { app, dispose } = testApp();
    try {
      const stack = new Stack(app, 'Scaffold');
      const api = new appsync.GraphqlApi(stack, 'Api', { name: 'scaffold', definition: appsync.Definition.fromFile(dev.manifest.deploySchemaFile) });
      const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
      const mail = new MailDelivery(stack, 'Mail', { sender: 'Herald <no-reply@example.com>' });

      // WHEN
      const built = new HeraldFunctions(stack, 'Functions', {
        stage: settingsFor('dev'),
        bundles: fixtureBundles(['announce', 'upload-url', 'image-check', 'legacy-thing']),
        table,
        bucketName: 'bucket',
        bucketArn: 'arn:aws:s3:::bucket',
        imageBaseUrl: 'https://images.example.org',
        api,
        mail,
        userPool: { userPoolId: 'us-east-1_Scaffold', userPoolArn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Scaffold' },
      });

      // THEN
      expect(Object.keys(built.functions).sort()).toEqual(['image-check', 'upload-url']);
      Template.fromStack(stack).resourceCountIs('AWS::Lambda::Function', 2);
      const warnings = Annotations.fromStack(stack)
        .findWarning('*', Match.anyValue())
        .map((warning) => String(warning.entry.data));
      expect(warnings).toEqual([
        expect.stringMatching(/^functions\/legacy-thing\/handler\.ts has no deployment spec .*: not deployed/),
        expect.stringMatching(/^unsubscribe-endpoint is not deployed: functions\/unsubscribe-endpoint\/handler\.ts not found/),
        expect.stringMatching(/^calendar-feed is not deployed: functions\/calendar-feed\/handler\.ts not found/),
        expect.stringMatching(/^announce is not deployed: functions\/unsubscribe-endpoint\/handler\.ts not found/),
        expect.stringMatching(/^mailer is not deployed: functions\/mailer\/handler\.ts not found/),
      ]);
    } finally {
      dispose();
    }
  });
});
