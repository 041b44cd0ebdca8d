// WebContent: puts the built web app (vite build output) and its config.json into the web bucket on every deploy.
// config.json is written from the API stack's own values at deploy time, so the same build runs against any stack.
// BucketDeployment's custom resource (a Python Lambda with the AWS CLI layer) copies the files: no Docker involved.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, acknowledgeWildcardResource } from '../nag-acknowledgments';

export interface WebContentProps {
  /** The built client: index.html and assets/ (client/dist after `vite build --config client/vite.config.ts`). */
  clientDir: string;
  bucket: s3.IBucket;
  /** Written as config.json beside index.html: what client/src/app/load-config.ts fetches. */
  config: Readonly<Record<string, string>>;
  logRetention: logs.RetentionDays;
  logRemovalPolicy: RemovalPolicy;
}

export class WebContent extends Construct {
  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    const { clientDir } = props;
    if (!existsSync(join(clientDir, 'index.html')) || !existsSync(join(clientDir, 'assets'))) {
      throw new Error(`${clientDir} holds no built web app (index.html, assets/): run \`npx vite build --config client/vite.config.ts\` (npm run synth and npm run deploy do)`);
    }
    // Not the construct's default role, whose AWSLambdaBasicExecutionRole may write every log group in the account.
    const role = new iam.Role(this, 'DeployRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: 'Copies the web app into its bucket' });
    const logGroup = new logs.LogGroup(this, 'DeployLogs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    logGroup.grantWrite(role);
    const common = { destinationBucket: props.bucket, role, logGroup };

    const assets = new s3deploy.BucketDeployment(this, 'Assets', {
      ...common,
      sources: [s3deploy.Source.asset(join(clientDir, 'assets'))],
      destinationKeyPrefix: 'assets/',
      // Content-hashed names never change; earlier ones stay for pages still open on the previous release.
      prune: false,
      cacheControl: [s3deploy.CacheControl.setPublic(), s3deploy.CacheControl.maxAge(Duration.days(365)), s3deploy.CacheControl.immutable()],
    });
    const site = new s3deploy.BucketDeployment(this, 'Site', {
      ...common,
      // A config.json a local build copied from .herald/outputs.json (local endpoints, demo passwords) never ships.
      sources: [s3deploy.Source.asset(clientDir, { exclude: ['assets', 'config.json'] }), s3deploy.Source.jsonData('config.json', props.config)],
      // Neither copied nor pruned here: the deployment above owns assets/.
      exclude: ['assets/*'],
      // Revalidated on every load, so a release and a changed config show at once.
      cacheControl: [s3deploy.CacheControl.noCache()],
    });
    // index.html names the new assets only once they are there.
    site.node.addDependency(assets);

    const sync = 'BucketDeployment copies the build with `aws s3 sync`, which lists, reads, writes and prunes keys it cannot know in advance';
    for (const family of ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
      acknowledge(role, `AwsSolutions-IAM5[Action::${family}]`, `${sync}; the statements name the CDK assets bucket and the web bucket only.`);
    }
    const staged = assets.node.children.find((child): child is Asset => child instanceof Asset);
    if (staged) acknowledgeWildcardResource(role, staged.bucket.arnForObjects('*'), `${sync}: here the zipped builds CDK staged for this deploy.`);
    acknowledgeWildcardResource(role, props.bucket.arnForObjects('*'), `${sync}: here every object of the web bucket, which holds nothing but the app.`);
    const handler = Stack.of(this).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler) {
      acknowledge(handler, 'AwsSolutions-L1', 'The runtime of BucketDeployment’s own Python handler is chosen by aws-cdk-lib; it runs only during deploys.');
    }
  }
}
