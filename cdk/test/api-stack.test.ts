import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/src/index';
import type { ResolverSpec } from '../../manifest/src/index';
import { ApiStack } from '../lib/stacks/api-stack';
import { DataStack } from '../lib/stacks/data-stack';
import { stageSettings } from '../lib/stage';

type Resource = { Properties: Record<string, unknown>; DependsOn?: string[] };
type GetAtt = { 'Fn::GetAtt': [string, string] };

// GIVEN (shared): the real manifest and the dev stacks built from it, synthesized once for the file.
const manifest = await buildManifest({ write: false });
const app = new App();
const stage = stageSettings('dev');
const data = new DataStack(app, 'Data', { stage });
const synthesizedAt = Date.now();
const stack = new ApiStack(app, 'Api', {
  stage,
  manifest,
  table: data.table,
  userPool: data.userPool,
  userPoolClient: data.userPoolClient,
});
const template = Template.fromStack(stack);

const resolvers = Object.values(template.findResources('AWS::AppSync::Resolver')) as Resource[];
const functions = template.findResources('AWS::AppSync::FunctionConfiguration') as Record<string, Resource>;
const dataSources = template.findResources('AWS::AppSync::DataSource') as Record<string, Resource>;
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
    const [schema] = Object.values(template.findResources('AWS::AppSync::GraphQLSchema')) as Resource[];

    // THEN
    expect(schema.Properties.Definition).toBe(readFileSync(manifest.deploySchemaFile, 'utf8'));
    expect(schema.Properties.Definition).not.toMatch(/^scalar AWS|^directive @aws_/m);
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
    const keys = Object.values(template.findResources('AWS::AppSync::ApiKey')) as Resource[];

    // THEN
    expect(keys).toHaveLength(1);
    const expires = (keys[0].Properties.Expires as number) * 1000;
    expect(expires).toBeGreaterThan(synthesizedAt + 364 * 86_400_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 365 * 86_400_000);
  });

  it('logs field errors and traces with X-Ray', () => {
    // GIVEN the dev API template
    // WHEN the API's logging and tracing are read
    // THEN
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      LogConfig: { FieldLogLevel: 'ERROR', ExcludeVerboseContent: true, CloudWatchLogsRoleArn: Match.anyValue() },
      XrayEnabled: true,
    });
    template.hasResourceProperties('Custom::LogRetention', { RetentionInDays: 7 });
  });

  it('outputs the client config keys', () => {
    // GIVEN the dev API template
    // WHEN the outputs are listed
    const outputs = Object.keys(template.findOutputs('*'));

    // THEN
    expect(outputs.sort()).toEqual(['apiKey', 'graphqlUrl', 'region', 'userPoolClientId', 'userPoolId']);
  });
});

describe('ApiStack: data sources', () => {
  it.each(Object.values(manifest.dataSources).map((spec) => [spec.name, spec.kind]))(
    'creates data source %s of kind %s',
    (name, kind) => {
      // GIVEN the dev API template
      // WHEN the data source is looked up
      const found = Object.values(dataSources).filter((ds) => ds.Properties.Name === name);

      // THEN
      expect(found).toHaveLength(1);
      expect(found[0].Properties.Type).toBe(kind);
    },
  );

  it('points the DynamoDB data source at the data stack’s table', () => {
    // GIVEN the dev API template
    // WHEN the DynamoDB data source is read
    const [dynamo] = Object.values(dataSources).filter((ds) => ds.Properties.Type === 'AMAZON_DYNAMODB');

    // THEN
    expect(JSON.stringify(dynamo.Properties.DynamoDBConfig)).toContain('Data:ExportsOutputRefTable');
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
      const [resolver] = resolvers.filter(
        (r) => r.Properties.TypeName === spec.typeName && r.Properties.FieldName === spec.fieldName,
      );

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
      const pipeline = (props.PipelineConfig as { Functions: GetAtt[] }).Functions.map(
        (ref) => functions[ref['Fn::GetAtt'][0]],
      );
      expect(
        pipeline.map((fn) => ({
          name: fn.Properties.Name,
          dataSource: dataSourceOf(fn),
          runtime: fn.Properties.Runtime,
          code: fn.Properties.Code,
        })),
      ).toEqual(
        spec.functions.map((fn) => ({ name: fn.name, dataSource: fn.dataSource, runtime: APPSYNC_JS, code: fn.code.code })),
      );
    },
  );

  it('creates no pipeline function that no resolver uses', () => {
    // GIVEN the manifest and the template
    // WHEN functions are counted
    const expected = manifest.resolvers.flatMap((r) => (r.kind === 'PIPELINE' ? r.functions : []));

    // THEN
    expect(Object.keys(functions)).toHaveLength(expected.length);
  });
});
