import { fileURLToPath } from 'node:url';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeUnit, Manifest } from '../../manifest/src/index';
import { ManifestResolvers } from '../lib/constructs/manifest-resolvers';
import { acknowledgedRules, testApp } from './support/test-app';

const unit = (name: string): CodeUnit => ({
  sourceFile: `resolvers/${name}.ts`,
  bundleFile: `dist/resolvers/${name}.js`,
  code: `// ${name}\nexport function request() { return {}; }\nexport function response(ctx) { return ctx.result; }\n`,
});

const deploySchemaFile = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

/** A hand-written manifest with a Lambda data source, which the real one does not have yet. */
const manifest: Manifest = {
  root: '/repo',
  deploySchemaFile,
  localSchemaSdl: '',
  dataSources: {
    table: { name: 'table', kind: 'AMAZON_DYNAMODB', table: 'main' },
    announcer: { name: 'announcer', kind: 'AWS_LAMBDA', functionName: 'announce' },
  },
  resolvers: [
    {
      kind: 'PIPELINE',
      typeName: 'Mutation',
      fieldName: 'publishEvent',
      code: unit('Mutation.publishEvent/index'),
      functions: [
        { name: 'Mutation_publishEvent_1_mark', order: 1, step: 'mark', dataSource: 'table', code: unit('1.mark') },
        { name: 'Mutation_publishEvent_2_announce', order: 2, step: 'announce', dataSource: 'announcer', code: unit('2.announce') },
      ],
    },
  ],
  directLambdaResolvers: [],
};

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

function givenStack() {
  const { app, dispose } = testApp();
  disposers.push(dispose);
  const stack = new Stack(app, 'Test');
  const api = new appsync.GraphqlApi(stack, 'Api', { name: 'test', definition: appsync.Definition.fromFile(deploySchemaFile) });
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
  const announce = new lambda.Function(stack, 'Announce', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => null;'),
  });
  return { stack, api, table, announce };
}

describe('ManifestResolvers', () => {
  it('wires a Lambda data source to the function passed for its functionName', () => {
    // GIVEN
    const { stack, api, table, announce } = givenStack();

    // WHEN
    new ManifestResolvers(stack, 'Resolvers', { api, manifest, tables: { main: { table, indexes: [] } }, functions: { announce } });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::AppSync::DataSource', {
      Name: 'announcer',
      Type: 'AWS_LAMBDA',
      LambdaConfig: { LambdaFunctionArn: stack.resolve(announce.functionArn) },
    });
    template.hasResourceProperties('AWS::AppSync::FunctionConfiguration', {
      Name: 'Mutation_publishEvent_2_announce',
      DataSourceName: 'announcer',
      Code: unit('2.announce').code,
    });
  });

  it('fails when a Lambda data source has no function', () => {
    // GIVEN
    const { stack, api, table } = givenStack();

    // WHEN
    const attempt = () => new ManifestResolvers(stack, 'Resolvers', { api, manifest, tables: { main: { table, indexes: [] } } });

    // THEN
    expect(attempt).toThrow('Data source announcer needs function announce, which was not passed in props.functions');
  });

  it('grants the DynamoDB data source its table and the named indexes, never index/*', () => {
    // GIVEN a table with two indexes
    const { stack, api, table, announce } = givenStack();

    // WHEN
    new ManifestResolvers(stack, 'Resolvers', { api, manifest, tables: { main: { table, indexes: ['gsi1', 'gsi2'] } }, functions: { announce } });

    // THEN the table grant names the table alone, and the indexes one by one
    const template = Template.fromStack(stack);
    const [policy] = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ResolverstableServiceRole') }] } }));
    const statements = policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[];
    const tableArn = stack.resolve(table.tableArn);
    expect(statements).toContainEqual({
      Action: 'dynamodb:Query',
      Effect: 'Allow',
      Resource: ['gsi1', 'gsi2'].map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index}`]] })),
    });
    expect(statements.find((statement) => statement.Action.includes('dynamodb:PutItem'))?.Resource).toEqual({
      'Fn::Join': ['', expect.arrayContaining([':table/', stack.resolve(table.tableName)])],
    });
    expect(JSON.stringify(statements)).not.toContain('/index/*');
  });

  it('acknowledges only the Lambda data source’s `:*` grant, by its exact finding', () => {
    // GIVEN
    const { stack, api, table, announce } = givenStack();
    new ManifestResolvers(stack, 'Resolvers', { api, manifest, tables: { main: { table, indexes: ['gsi1'] } }, functions: { announce } });

    // WHEN cdk-nag checks the resolvers
    const report = new AwsSolutionsChecks(stack).validateScope(stack.node.findChild('Resolvers'));

    // THEN nothing is left, and the acknowledgment names the function
    expect(report.violations).toEqual([]);
    expect(acknowledgedRules(stack).map((rule) => rule.id)).toEqual([expect.stringMatching(/^AwsSolutions-IAM5\[Resource::<Announce[0-9A-F]+\.Arn>:\*\]$/)]);
  });

  it('deploys a direct Lambda resolver as a UNIT resolver on its data source with no code or runtime', () => {
    // GIVEN the manifest's spec of two direct resolvers, one batching
    const { stack, api, table, announce } = givenStack();
    const direct: Manifest = {
      ...manifest,
      directLambdaResolvers: [
        { kind: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'getEvent', dataSource: 'announcer' },
        { kind: 'DIRECT_LAMBDA', typeName: 'Event', fieldName: 'venue', dataSource: 'announcer', maxBatchSize: 5 },
      ],
    };

    // WHEN
    new ManifestResolvers(stack, 'Resolvers', { api, manifest: direct, tables: { main: { table, indexes: [] } }, functions: { announce } });

    // THEN each is what AppSync calls a direct Lambda resolver: no Code, no Runtime, no templates
    const template = Template.fromStack(stack);
    const resolvers = template.findResources('AWS::AppSync::Resolver', { Properties: { DataSourceName: 'announcer' } });
    const properties = Object.values(resolvers).map((resource) => resource.Properties as Record<string, unknown>);
    expect(properties.map(({ ApiId: _api, ...rest }) => rest).sort((a, b) => String(a.FieldName).localeCompare(String(b.FieldName)))).toEqual([
      { TypeName: 'Query', FieldName: 'getEvent', DataSourceName: 'announcer', Kind: 'UNIT' },
      { TypeName: 'Event', FieldName: 'venue', DataSourceName: 'announcer', Kind: 'UNIT', MaxBatchSize: 5 },
    ]);
    for (const resource of Object.values(resolvers)) {
      expect(resource.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^Resolversannouncer/)]));
    }
  });
});
