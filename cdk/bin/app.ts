// The CDK app: builds the resolver manifest and the function bundles, then the stacks of one stage
// (`-c stage=dev|prod`, default dev), checked by cdk-nag. Env-agnostic: no account or region lookups, so it
// synthesizes offline. Deploys the web app from client/dist, which `npm run synth` / `npm run deploy` build first.
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildManifest } from '../../manifest/src/index';
import { bundleLambdas } from '../lib/function-bundles';
import { addHeraldStacks } from '../lib/herald-app';
import { CONTEXT_KEYS, stageSettings } from '../lib/stage';

const app = new App();
const context = Object.fromEntries(CONTEXT_KEYS.map((key) => [key, app.node.tryGetContext(key)]));
const stage = stageSettings(app.node.tryGetContext('stage'), context);
const [manifest, bundles] = await Promise.all([
  buildManifest(),
  bundleLambdas(fileURLToPath(new URL('../../dist/functions', import.meta.url))),
]);
addHeraldStacks(app, { stage, manifest, bundles, clientDir: fileURLToPath(new URL('../../client/dist', import.meta.url)) });
// Any finding without a written acknowledgment fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
