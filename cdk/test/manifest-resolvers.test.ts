import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import type { CodeUnit, Manifest } from '../../manifest/src/index';
import { ManifestResolvers } from '../lib/constructs/manifest-resolvers';

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
};

function givenStack() {
  // A scaffold stack, not a deployed one: the real stacks' tests keep CloudFormation validation on.
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Test');
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
    new ManifestResolvers(stack, 'Resolvers', { api, manifest, tables: { main: table }, functions: { announce } });

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
    const attempt = () => new ManifestResolvers(stack, 'Resolvers', { api, manifest, tables: { main: table } });

    // THEN
    expect(attempt).toThrow('Data source announcer needs function announce, which was not passed in props.functions');
  });
});
