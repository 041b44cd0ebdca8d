// ManifestResolvers: creates an API's data sources and resolvers from the manifest, and nothing else.
// Nobody lists resolvers by hand here: the resolver files' names are the wiring (style.md §4.2), plus
// the direct Lambda resolvers the manifest declares.
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { CodeUnit, DataSourceSpec, Manifest } from '../../../manifest/src/index';
import { acknowledgeWildcardResource } from '../nag-acknowledgments';

export interface ManifestTable {
  table: dynamodb.ITable;
  /** Its global secondary indexes, which resolvers may query. */
  indexes: readonly string[];
}

export interface ManifestResolversProps {
  api: appsync.IGraphqlApi;
  manifest: Manifest;
  /** Tables that AMAZON_DYNAMODB data sources name. */
  tables: Readonly<Record<'main', ManifestTable>>;
  /** Functions that AWS_LAMBDA data sources name, by functionName. */
  functions?: Readonly<Record<string, lambda.IFunction>>;
}

/** The bundle itself goes into the template: byte for byte what the local server runs. */
function codeOf(unit: CodeUnit): appsync.Code {
  return appsync.Code.fromInline(unit.code);
}

export class ManifestResolvers extends Construct {
  readonly dataSources: Readonly<Record<string, appsync.BaseDataSource>>;

  constructor(scope: Construct, id: string, props: ManifestResolversProps) {
    super(scope, id);
    const { api, manifest } = props;
    const dataSources: Record<string, appsync.BaseDataSource> = {};
    for (const spec of Object.values(manifest.dataSources)) {
      dataSources[spec.name] = this.createDataSource(spec, props);
    }
    this.dataSources = dataSources;

    const runtime = appsync.FunctionRuntime.JS_1_0_0;
    for (const resolver of manifest.resolvers) {
      const { typeName, fieldName } = resolver;
      const id = `${typeName}.${fieldName}`;
      if (resolver.kind === 'UNIT') {
        const dataSource = dataSources[resolver.dataSource];
        new appsync.Resolver(this, id, { api, typeName, fieldName, dataSource, runtime, code: codeOf(resolver.code) });
        continue;
      }
      const pipelineConfig = resolver.functions.map(
        (fn) =>
          new appsync.AppsyncFunction(this, fn.name, {
            api,
            name: fn.name,
            dataSource: dataSources[fn.dataSource],
            runtime,
            code: codeOf(fn.code),
          }),
      );
      new appsync.Resolver(this, id, { api, typeName, fieldName, runtime, code: codeOf(resolver.code), pipelineConfig });
    }
    // No code and no runtime: AppSync then sends the Lambda the whole context (a direct Lambda resolver).
    for (const { typeName, fieldName, dataSource, maxBatchSize } of manifest.directLambdaResolvers) {
      new appsync.Resolver(this, `${typeName}.${fieldName}`, { api, typeName, fieldName, dataSource: dataSources[dataSource], maxBatchSize });
    }
  }

  private createDataSource(spec: DataSourceSpec, props: ManifestResolversProps): appsync.BaseDataSource {
    const { api } = props;
    switch (spec.kind) {
      case 'AMAZON_DYNAMODB': {
        const { table, indexes } = props.tables[spec.table];
        // The construct grants read/write on what it is given: the table alone, not `index/*`.
        const tableOnly = dynamodb.Table.fromTableName(this, `${spec.name}Table`, table.tableName);
        const dataSource = new appsync.DynamoDbDataSource(this, spec.name, { api, name: spec.name, table: tableOnly });
        if (indexes.length > 0) {
          dataSource.grantPrincipal.addToPrincipalPolicy(
            new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: indexes.map((index) => `${table.tableArn}/index/${index}`) }),
          );
        }
        return dataSource;
      }
      case 'NONE':
        return new appsync.NoneDataSource(this, spec.name, { api, name: spec.name });
      case 'AWS_LAMBDA': {
        const lambdaFunction = props.functions?.[spec.functionName];
        if (!lambdaFunction) {
          throw new Error(`Data source ${spec.name} needs function ${spec.functionName}, which was not passed in props.functions`);
        }
        const dataSource = new appsync.LambdaDataSource(this, spec.name, { api, name: spec.name, lambdaFunction });
        acknowledgeWildcardResource(
          dataSource,
          `${lambdaFunction.functionArn}:*`,
          'grantInvoke also allows the function’s versions and aliases (`:*`); it is still the one function the manifest names.',
        );
        return dataSource;
      }
    }
  }
}
