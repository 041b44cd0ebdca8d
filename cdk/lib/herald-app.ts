// Herald's stacks of one stage inside an app: the stateful data stack and the stateless API stack that uses it.
// Shared by bin/app.ts and the tests, so what is tested is what deploys.
import { Tags } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import type { Manifest } from '../../manifest/src/index';
import type { FunctionBundles } from './function-bundles';
import { ApiStack } from './stacks/api-stack';
import { DataStack } from './stacks/data-stack';
import type { StageSettings } from './stage';

export interface HeraldStacks {
  data: DataStack;
  api: ApiStack;
}

export function addHeraldStacks(app: App, props: { stage: StageSettings; manifest: Manifest; bundles: FunctionBundles }): HeraldStacks {
  const { stage, manifest, bundles } = props;
  const data = new DataStack(app, `Herald-${stage.name}-Data`, {
    stage,
    description: `Herald ${stage.name}: table, user pool and event images (stateful, retained)`,
    terminationProtection: stage.protectData,
  });
  const api = new ApiStack(app, `Herald-${stage.name}-Api`, {
    stage,
    manifest,
    bundles,
    table: data.table,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    bucket: data.images.bucket,
    bucketArnImport: data.imagesBucketArnImport,
    imageBaseUrl: data.images.baseUrl,
    description: `Herald ${stage.name}: AppSync API, functions, mail delivery and alarms (stateless)`,
  });
  // Also implied by the references, except the named bucket export.
  api.addStackDependency(data);
  Tags.of(app).add('app', 'herald');
  Tags.of(app).add('stage', stage.name);
  return { data, api };
}
