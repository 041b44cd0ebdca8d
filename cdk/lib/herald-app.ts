// Herald's stacks of one stage inside an app: the web app's address, the stateful data stack, and the stateless API
// stack that uses both. Shared by bin/app.ts and the tests, so what is tested is what deploys.
import { Tags } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import type { Manifest } from '../../manifest/src/index';
import type { FunctionBundles } from './function-bundles';
import { ApiStack } from './stacks/api-stack';
import { DataStack } from './stacks/data-stack';
import { WebStack } from './stacks/web-stack';
import type { StageChoice, StageSettings } from './stage';

export interface HeraldStacks {
  /** The stage as deployed: appUrl is the hosted app's (a deploy-time value) unless -c appUrl named one. */
  stage: StageSettings;
  web: WebStack;
  data: DataStack;
  api: ApiStack;
}

export interface HeraldAppProps {
  stage: StageChoice;
  manifest: Manifest;
  bundles: FunctionBundles;
  /** The built client (vite build output) the API stack deploys to the web bucket. */
  clientDir: string;
}

export function addHeraldStacks(app: App, props: HeraldAppProps): HeraldStacks {
  const { manifest, bundles } = props;
  const name = props.stage.name;
  // First: without -c appUrl its URL is the app's, which the data stack (upload CORS) and the API (mail links) need.
  const web = new WebStack(app, `Herald-${name}-Web`, {
    description: `Herald ${name}: where the web app is served from (bucket and CloudFront; content deployed by the API stack)`,
  });
  const stage: StageSettings = { ...props.stage, appUrl: props.stage.appUrl ?? web.hosting.url };
  const data = new DataStack(app, `Herald-${name}-Data`, {
    stage,
    webUrl: web.hosting.url,
    description: `Herald ${name}: table, user pool and event images (stateful, retained)`,
    terminationProtection: stage.protectData,
  });
  const api = new ApiStack(app, `Herald-${name}-Api`, {
    stage,
    manifest,
    bundles,
    table: data.table,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
    bucket: data.images.bucket,
    bucketArnImport: data.imagesBucketArnImport,
    imageBaseUrl: data.images.baseUrl,
    webBucketArnImport: web.bucketArnImport,
    clientDir: props.clientDir,
    description: `Herald ${name}: AppSync API, functions, mail delivery, alarms and the web app's content (stateless)`,
  });
  // Also implied by the references, except the named bucket exports.
  data.addStackDependency(web);
  api.addStackDependency(data);
  api.addStackDependency(web);
  Tags.of(app).add('app', 'herald');
  Tags.of(app).add('stage', stage.name);
  return { stage, web, data, api };
}
