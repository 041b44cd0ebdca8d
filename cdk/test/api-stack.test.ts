import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/src/index';
import type { ResolverSpec } from '../../manifest/src/index';
import { RATE_LIMIT } from '../lib/constructs/api-firewall';
import { SES_ALARM_RATES } from '../lib/constructs/operations';
import { API_LIMITS } from '../lib/stacks/api-stack';
import { heraldTemplates } from './support/test-app';

type Resource = { Properties: Record<string, unknown>; DependsOn?: string[] };
type GetAtt = { 'Fn::GetAtt': [string, string] };

// GIVEN (shared): the real manifest and the stacks of each stage built from it, synthesized once for the file.
const manifest = await buildManifest({ write: false });
const synthesizedAt = Date.now();
const stages = { dev: await heraldTemplates('dev', { manifest }), prod: await heraldTemplates('prod', { manifest }) };
afterAll(() => Object.values(stages).forEach(({ dispose }) => dispose()));
const template = stages.dev.api;

const resourcesOf = (type: string, from: Template = template) => from.findResources(type) as Record<string, Resource>;
const only = (type: string, from: Template = template) => {
  const found = Object.values(resourcesOf(type, from));
  expect(found).toHaveLength(1);
  return found[0].Properties;
};
const resolvers = Object.values(resourcesOf('AWS::AppSync::Resolver'));
const functions = resourcesOf('AWS::AppSync::FunctionConfiguration');
const dataSources = resourcesOf('AWS::AppSync::DataSource');
/** The data source a resolver or function names, as long as the template creates it and waits for it. */
const dataSourceOf = (resource: Resource) => {
  const name = resource.Properties.DataSourceName;
  const created = (resource.DependsOn ?? []).filter((id) => dataSources[id]?.Properties.Name === name);
  return created.length === 1 ? name : `${String(name)} (not created in this stack)`;
};
const APPSYNC_JS = { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' };

describe('ApiStack: GraphQL API', () => {
  it('deploys schema.graphql alone (AppSync has its own scalars and directives)', () => {
    // GIVEN the dev API template
    // WHEN the schema resource is read
    const schema = only('AWS::AppSync::GraphQLSchema');

    // THEN
    expect(schema.Definition).toBe(readFileSync(manifest.deploySchemaFile, 'utf8'));
    expect(schema.Definition).not.toMatch(/^scalar AWS|^directive @aws_/m);
  });

  it('authorizes with the Cognito user pool by default, plus API key and IAM', () => {
    // GIVEN the dev API template
    // WHEN the API is looked up
    template.resourceCountIs('AWS::AppSync::GraphQLApi', 1);

    // THEN
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      UserPoolConfig: { DefaultAction: 'ALLOW', UserPoolId: Match.anyValue(), AwsRegion: Match.anyValue() },
      AdditionalAuthenticationProviders: [{ AuthenticationType: 'API_KEY' }, { AuthenticationType: 'AWS_IAM' }],
    });
  });

  it('has one API key that expires within AppSync’s 365-day limit', () => {
    // GIVEN the dev API template
    // WHEN the API key is read
    const key = only('AWS::AppSync::ApiKey');

    // THEN
    const expires = (key.Expires as number) * 1000;
    expect(expires).toBeGreaterThan(synthesizedAt + 364 * 86_400_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 365 * 86_400_000);
  });

  it.each([
    ['dev', 'ENABLED'],
    ['prod', 'DISABLED'],
  ] as const)('in %s, limits query depth and resolver count, and introspection is %s', (stage, introspection) => {
    // GIVEN the API template of the stage
    // WHEN the API's protection settings are read
    const api = only('AWS::AppSync::GraphQLApi', stages[stage].api);

    // THEN (performance.md "API protection": depth ≤ 10, resolvers ≤ 500, introspection off in production)
    expect(api).toMatchObject({ QueryDepthLimit: 10, ResolverCountLimit: 500, IntrospectionConfig: introspection });
    expect(API_LIMITS).toEqual({ queryDepth: 10, resolverCount: 500 });
  });

  it.each([
    ['dev', 'ALL', false, 7],
    ['prod', 'ERROR', true, 90],
  ] as const)('in %s, logs fields at %s (verbose content excluded: %s) for %i days, and traces with X-Ray', (stage, level, excluded, days) => {
    // GIVEN the API template of the stage
    const stageTemplate = stages[stage].api;

    // WHEN the API's logging and its log group are read
    const api = only('AWS::AppSync::GraphQLApi', stageTemplate);
    const [logGroup] = Object.values(resourcesOf('AWS::Logs::LogGroup', stageTemplate)).filter((group) => group.Properties.LogGroupName);

    // THEN the API writes to a group this stack owns, named as AppSync expects, through its own role
    expect(api).toMatchObject({ XrayEnabled: true, LogConfig: { FieldLogLevel: level, ExcludeVerboseContent: excluded } });
    expect(logGroup.Properties).toMatchObject({
      LogGroupName: { 'Fn::Join': ['', ['/aws/appsync/apis/', { 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'ApiId'] }]] },
      RetentionInDays: days,
    });
    expect(resourcesOf('Custom::LogRetention', stageTemplate)).toEqual({});
  });

  it('lets AppSync write its own log group and nothing else', () => {
    // GIVEN the dev API template
    // WHEN the logs role's policy is read
    const [policy] = Object.values(resourcesOf('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes('ApiLogsRole'));

    // THEN
    expect(policy.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ApiLogs/), 'Arn'] } }],
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'appsync.amazonaws.com' } })] },
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('gives resolvers the table name and the image base URL as ctx.env', () => {
    // GIVEN the dev API template
    // WHEN the API's environment variables are read
    const api = only('AWS::AppSync::GraphQLApi');

    // THEN
    expect(api.EnvironmentVariables).toEqual({
      TABLE_NAME: { 'Fn::ImportValue': expect.stringMatching(/^Herald-dev-Data:ExportsOutputRefTable/) },
      IMAGE_BASE_URL: { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/^Herald-dev-Data:ExportsOutputFnGetAttImagesCdn.*DomainName/) }]] },
    });
  });
});

describe('ApiStack: web application firewall', () => {
  it('blocks an IP above 500 requests per 60 s and known bad IPs, in front of the API', () => {
    // GIVEN the dev API template
    // WHEN the web ACL and its association are read
    const acl = only('AWS::WAFv2::WebACL');
    const association = only('AWS::WAFv2::WebACLAssociation');

    // THEN
    expect(RATE_LIMIT).toEqual({ requests: 500, windowSeconds: 60 });
    expect(acl).toMatchObject({
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: [
        {
          Name: 'rate-per-ip',
          Action: { Block: {} },
          Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: 500, EvaluationWindowSec: 60 } },
        },
        {
          Name: 'amazon-ip-reputation',
          OverrideAction: { None: {} },
          Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesAmazonIpReputationList' } },
        },
      ],
    });
    expect(association).toEqual({ ResourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'Arn'] }, WebACLArn: { 'Fn::GetAtt': [expect.stringMatching(/^FirewallWebAcl/), 'Arn'] } });
  });
});

describe('ApiStack: mail delivery', () => {
  it('suppresses bounced and complaining addresses and tracks reputation', () => {
    // GIVEN the dev API template
    // WHEN the SES configuration set is read
    const configurationSet = only('AWS::SES::ConfigurationSet');

    // THEN
    expect(configurationSet).toMatchObject({
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
    });
  });

  it('publishes bounces, complaints and rejects to an SNS topic that only SES (this configuration set) may publish to, over TLS', () => {
    // GIVEN the dev API template
    // WHEN the event destination and the topic's policies are read
    const destination = only('AWS::SES::ConfigurationSetEventDestination');
    const [feedbackPolicy] = Object.values(resourcesOf('AWS::SNS::TopicPolicy')).filter((p) => JSON.stringify(p).includes('ses.amazonaws.com'));

    // THEN
    expect(destination.EventDestination).toEqual({
      Enabled: true,
      MatchingEventTypes: ['bounce', 'complaint', 'reject'],
      SnsDestination: { TopicARN: { Ref: expect.stringMatching(/^MailFeedback/) } },
    });
    expect(feedbackPolicy.Properties.PolicyDocument).toMatchObject({
      Statement: [
        { Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        {
          Effect: 'Allow',
          Principal: { Service: 'ses.amazonaws.com' },
          Action: 'sns:Publish',
          Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([':configuration-set/'])] } } },
        },
      ],
    });
  });
});

describe('ApiStack: operations', () => {
  const alarms = Object.values(resourcesOf('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
  const alarm = (name: string) => alarms.find((a) => a.AlarmName === `herald-dev-${name}`);

  it.each([
    ['api-5xx', '5XXError', 1, 1],
    ['announce-errors', 'Errors', 1, 1],
    ['mailer-errors', 'Errors', 1, 1],
    ['upload-url-errors', 'Errors', 1, 1],
    ['image-check-errors', 'Errors', 1, 1],
    ['unsubscribe-endpoint-errors', 'Errors', 1, 1],
    ['calendar-feed-errors', 'Errors', 1, 1],
    ['mail-feedback-errors', 'Errors', 1, 1],
    ['mail-feedback-throttles', 'Throttles', 1, 1],
    ['mail-feedback-events-dropped', 'AsyncEventsDropped', 1, 1],
    ['mail-feedback-dead-letters', 'ApproximateNumberOfMessagesVisible', 1, 1],
    ['mailer-throttles', 'Throttles', 1, 1],
    ['upload-url-throttles', 'Throttles', 1, 1],
    // Reserved concurrency queues announcements on purpose: only a backlog of 30 minutes is news.
    ['announce-throttles', 'Throttles', 1, 6],
    ['announce-events-dropped', 'AsyncEventsDropped', 1, 1],
    ['mailer-events-dropped', 'AsyncEventsDropped', 1, 1],
    ['announce-dead-letters', 'ApproximateNumberOfMessagesVisible', 1, 1],
    ['mailer-dead-letters', 'ApproximateNumberOfMessagesVisible', 1, 1],
    ['ses-bounce-rate', 'Reputation.BounceRate', SES_ALARM_RATES.bounce, 1],
    ['ses-complaint-rate', 'Reputation.ComplaintRate', SES_ALARM_RATES.complaint, 1],
  ])('alarms on %s (%s ≥ %d for %d period(s)) to the alarm topic', (name, metricName, threshold, periods) => {
    // GIVEN the dev API template
    // WHEN the alarm is looked up
    const found = alarm(name);

    // THEN
    expect(found).toMatchObject({
      MetricName: metricName,
      Threshold: threshold,
      EvaluationPeriods: periods,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: expect.stringMatching(/^OperationsAlarms/) }],
    });
  });

  it('alarms at half of SES’s review thresholds', () => {
    // GIVEN SES reviews an account at 5 % bounces or 0.1 % complaints (performance.md §1.4)
    // WHEN
    const rates = SES_ALARM_RATES;

    // THEN
    expect(rates).toEqual({ bounce: 0.05 / 2, complaint: 0.001 / 2 });
  });

  it('alarms when more than 10 % of at least 50 requests fail with client errors in 15 minutes', () => {
    // GIVEN the dev API template
    // WHEN the client-error alarm is read
    const found = alarm('api-4xx-rate');

    // THEN
    expect(found).toMatchObject({ Threshold: 10, EvaluationPeriods: 1 });
    const expression = (found?.Metrics as { Expression?: string }[]).find((m) => m.Expression)?.Expression;
    expect(expression).toBe('IF(requests >= 50, 100 * errors / requests, 0)');
  });

  it.each([
    ['dev', 0],
    ['prod', 1],
  ] as const)('in %s, mails alarms to the operator (%i subscription)', (stage, subscriptions) => {
    // GIVEN the API template of the stage (-c alarmEmail= given for prod)
    // WHEN the email subscriptions are listed (mail-feedback's Lambda subscription is another topic's)
    const found = Object.values(resourcesOf('AWS::SNS::Subscription', stages[stage].api)).filter((s) => s.Properties.Protocol === 'email');

    // THEN
    expect(found).toHaveLength(subscriptions);
    if (subscriptions) expect(found[0].Properties).toMatchObject({ Protocol: 'email', Endpoint: 'ops@herald.example.org' });
  });

  it('has one dashboard of the API, WAF, functions and SES', () => {
    // GIVEN the dev API template
    // WHEN the dashboard is read
    const dashboard = only('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.DashboardBody);

    // THEN
    expect(dashboard.DashboardName).toBe('herald-dev');
    for (const namespace of ['AWS/AppSync', 'AWS/WAFV2', 'AWS/Lambda', 'AWS/SES']) expect(body).toContain(namespace);
  });
});

describe('ApiStack: outputs', () => {
  it('outputs the client config with the keys of .herald/outputs.json, and the image base URL', () => {
    // GIVEN the dev API template
    // WHEN the outputs are read
    const outputs = template.findOutputs('*');

    // THEN
    expect(Object.keys(outputs).sort()).toEqual(
      ['apiKey', 'appUrl', 'bucket', 'calendarUrl', 'graphqlUrl', 'imageBaseUrl', 'realtimeUrl', 'region', 'userPoolClientId', 'userPoolId'].sort(),
    );
    expect(outputs.calendarUrl.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FunctionscalendarfeedFunctionFunctionUrl/), 'FunctionUrl'] });
    expect(outputs.appUrl.Value).toBe('http://127.0.0.1:5173');
    expect(outputs.graphqlUrl.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'GraphQLUrl'] });
    expect(outputs.realtimeUrl.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'RealtimeUrl'] });
    expect(outputs.region.Value).toEqual({ Ref: 'AWS::Region' });
  });
});

describe('ApiStack: data sources', () => {
  it.each(Object.values(manifest.dataSources).map((spec) => [spec.name, spec.kind]))('creates data source %s of kind %s', (name, kind) => {
    // GIVEN the dev API template
    // WHEN the data source is looked up
    const found = Object.values(dataSources).filter((ds) => ds.Properties.Name === name);

    // THEN
    expect(found).toHaveLength(1);
    expect(found[0].Properties.Type).toBe(kind);
  });

  it('points the DynamoDB data source at the data stack’s table', () => {
    // GIVEN the dev API template
    // WHEN the DynamoDB data source is read
    const [dynamo] = Object.values(dataSources).filter((ds) => ds.Properties.Type === 'AMAZON_DYNAMODB');

    // THEN
    expect(dynamo.Properties.DynamoDBConfig).toMatchObject({ TableName: { 'Fn::ImportValue': expect.stringMatching(/^Herald-dev-Data:ExportsOutputRefTable/) } });
  });

  it.each(
    Object.values(manifest.dataSources).flatMap((spec) => (spec.kind === 'AWS_LAMBDA' ? [[spec.name, spec.functionName] as const] : [])),
  )('points Lambda data source %s at function %s', (name, functionName) => {
    // GIVEN the dev API template
    // WHEN the Lambda data source is read
    const [found] = Object.values(dataSources).filter((ds) => ds.Properties.Name === name);
    const arn = (found.Properties.LambdaConfig as { LambdaFunctionArn: GetAtt }).LambdaFunctionArn;

    // THEN
    const fn = template.toJSON().Resources[arn['Fn::GetAtt'][0]];
    expect(fn.Properties.FunctionName).toBe(`herald-dev-${functionName}`);
  });
});

describe('ApiStack: parity with the manifest', () => {
  it('has exactly one AWS::AppSync::Resolver per manifest resolver', () => {
    // GIVEN the manifest and the template
    // WHEN resolvers are counted
    const fields = resolvers.map((r) => `${r.Properties.TypeName}.${r.Properties.FieldName}`).sort();

    // THEN
    expect(fields).toEqual(manifest.resolvers.map((r) => `${r.typeName}.${r.fieldName}`).sort());
  });

  it.each(manifest.resolvers.map((spec): [string, ResolverSpec] => [`${spec.typeName}.${spec.fieldName}`, spec]))(
    'wires %s as the manifest says',
    (_field, spec) => {
      // GIVEN the manifest's spec for the field
      // WHEN its resolver is found in the template
      const [resolver] = resolvers.filter((r) => r.Properties.TypeName === spec.typeName && r.Properties.FieldName === spec.fieldName);

      // THEN kind, runtime and code (byte for byte the bundle) match
      const props = resolver.Properties;
      expect(props.Kind).toBe(spec.kind);
      expect(props.Runtime).toEqual(APPSYNC_JS);
      expect(props.Code).toBe(spec.code.code);
      if (spec.kind === 'UNIT') {
        expect(dataSourceOf(resolver)).toBe(spec.dataSource);
        return;
      }
      // ...and a pipeline's functions are the manifest's, in order
      const pipeline = (props.PipelineConfig as { Functions: GetAtt[] }).Functions.map((ref) => functions[ref['Fn::GetAtt'][0]]);
      expect(
        pipeline.map((fn) => ({ name: fn.Properties.Name, dataSource: dataSourceOf(fn), runtime: fn.Properties.Runtime, code: fn.Properties.Code })),
      ).toEqual(spec.functions.map((fn) => ({ name: fn.name, dataSource: fn.dataSource, runtime: APPSYNC_JS, code: fn.code.code })));
    },
  );

  it('creates no pipeline function that no resolver uses', () => {
    // GIVEN the manifest and the template
    // WHEN functions are counted
    const expected = manifest.resolvers.flatMap((r) => (r.kind === 'PIPELINE' ? r.functions : []));

    // THEN
    expect(Object.keys(functions)).toHaveLength(expected.length);
  });

  it('sends AppSync no source map comment it cannot resolve', () => {
    // GIVEN every code unit in the template
    const codes = [...resolvers, ...Object.values(functions)].map((r) => String(r.Properties.Code));

    // WHEN they are searched for source map references
    const withMaps = codes.filter((code) => code.includes('sourceMappingURL'));

    // THEN the maps stay beside the bundles in dist/, not in the deployed code
    expect(withMaps).toEqual([]);
  });
});
