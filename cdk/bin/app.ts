// The CDK app: builds the resolver manifest, then the stacks of one stage (`-c stage=dev|prod`,
// default dev). Env-agnostic: no account or region lookups, so it synthesizes offline.
import { App, Tags } from 'aws-cdk-lib';
import { buildManifest } from '../../manifest/src/index';
import { ApiStack } from '../lib/stacks/api-stack';
import { DataStack } from '../lib/stacks/data-stack';
import { stageSettings } from '../lib/stage';

const app = new App();
const stage = stageSettings(app.node.tryGetContext('stage'));
const manifest = await buildManifest();

const data = new DataStack(app, `Herald-${stage.name}-Data`, {
  stage,
  description: `Herald ${stage.name}: table and user pool (stateful, retained)`,
  terminationProtection: stage.protectData,
});
new ApiStack(app, `Herald-${stage.name}-Api`, {
  stage,
  manifest,
  table: data.table,
  userPool: data.userPool,
  userPoolClient: data.userPoolClient,
  description: `Herald ${stage.name}: AppSync API and resolvers (stateless)`,
});
Tags.of(app).add('app', 'herald');
Tags.of(app).add('stage', stage.name);

app.synth();
