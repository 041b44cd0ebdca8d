import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/src/index';
import { CONTENT_SECURITY_POLICY } from '../lib/constructs/web-hosting';
import { addHeraldStacks } from '../lib/herald-app';
import { stageSettings } from '../lib/stage';
import { fixtureBundles, heraldTemplates, PROD_CONTEXT, settingsFor, testApp } from './support/test-app';
import type { HeraldTemplates } from './support/test-app';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; DependsOn?: string[] };
type Deployment = Resource['Properties'] & { SourceObjectKeys: string[]; SourceMarkers?: Record<string, unknown>[]; SystemMetadata: Record<string, string> };

// GIVEN (shared): dev as configured by default (Vite appUrl), and prod without -c appUrl (the hosted app is the app).
const manifest = await buildManifest({ write: false });
const { appUrl: _appUrl, ...prodWithoutAppUrl } = PROD_CONTEXT;
const stages = {
  dev: await heraldTemplates('dev', { manifest }),
  prod: await heraldTemplates('prod', { manifest, settings: stageSettings('prod', prodWithoutAppUrl) }),
};
afterAll(() => Object.values(stages).forEach(({ dispose }) => dispose()));
const { web, api } = stages.dev;

const resourcesOf = (type: string, from: Template) => Object.entries(from.findResources(type)) as [string, Resource][];
const only = (type: string, from: Template = web) => {
  const found = resourcesOf(type, from);
  expect(found).toHaveLength(1);
  return found[0][1];
};
const deployment = (name: 'Assets' | 'Site', from: HeraldTemplates = stages.dev) => {
  const [[id, resource]] = resourcesOf('Custom::CDKBucketDeployment', from.api).filter(([logicalId]) => logicalId.startsWith(`WebContent${name}`));
  return { id, resource, props: resource.Properties as Deployment };
};
/** A directory asset CDK staged into the assembly, by the key a deployment names. */
const stagedDir = (from: HeraldTemplates, objectKey: string) => join((from.stacks.api.node.root as App).outdir, `asset.${objectKey.replace(/\.zip$/, '')}`);
const webDomain = (stage: string) => ({ 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(new RegExp(`^Herald-${stage}-Web:ExportsOutputFnGetAttWebCdn\\w+DomainName`)) }]] });

describe('WebStack: hosting', () => {
  it('keeps the built app in a private, encrypted, TLS-only bucket that outlives the stack', () => {
    // GIVEN the dev web template
    // WHEN the bucket and its policy are read
    const bucket = only('AWS::S3::Bucket');
    const statements = only('AWS::S3::BucketPolicy').Properties.PolicyDocument as { Statement: Record<string, unknown>[] };

    // THEN no public access in any form, and plain HTTP or old TLS is refused
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    expect(bucket.Properties).not.toHaveProperty('WebsiteConfiguration');
    expect(statements.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      ]),
    );
  });

  it('lets its CloudFront distribution alone read objects, through origin access control', () => {
    // GIVEN the dev web template
    // WHEN the origin access control, the distribution's origin and the bucket policy's grants are read
    const oac = only('AWS::CloudFront::OriginAccessControl').Properties.OriginAccessControlConfig;
    const [[cdnId, cdn]] = resourcesOf('AWS::CloudFront::Distribution', web);
    const config = cdn.Properties.DistributionConfig as { Origins: Record<string, unknown>[] };
    const allows = (only('AWS::S3::BucketPolicy').Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement.filter((s) => s.Effect === 'Allow');

    // THEN
    expect(oac).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    expect(config.Origins).toEqual([expect.objectContaining({ OriginAccessControlId: expect.anything(), S3OriginConfig: { OriginAccessIdentity: '' } })]);
    expect(allows).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([':distribution/', { Ref: cdnId }])] } } },
      }),
    ]);
  });

  it('serves index.html at / and for every path the bucket does not have (mail links such as /events/<id>)', () => {
    // GIVEN the dev web template
    // WHEN the distribution is read
    const config = only('AWS::CloudFront::Distribution').Properties.DistributionConfig as Record<string, unknown>;

    // THEN a missing key answers 403 without s3:ListBucket, so both statuses fall back
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.CustomErrorResponses).toEqual(
      [403, 404].map((ErrorCode) => ({ ErrorCode, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 10 })),
    );
  });

  it('redirects to HTTPS, allows GET and HEAD only, and caches by the objects’ own Cache-Control', () => {
    // GIVEN the dev web template
    // WHEN the default behaviour is read
    const config = only('AWS::CloudFront::Distribution').Properties.DistributionConfig as { DefaultCacheBehavior: Record<string, unknown> };

    // THEN (658327ea-… is the managed CachingOptimized policy)
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
      Compress: true,
    });
  });

  it('answers with a content security policy and the security headers', () => {
    // GIVEN the dev web template
    // WHEN the response headers policy and its use are read
    const [[policyId, policy]] = resourcesOf('AWS::CloudFront::ResponseHeadersPolicy', web);
    const { SecurityHeadersConfig: headers } = policy.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, Record<string, unknown>> };
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const behavior = (only('AWS::CloudFront::Distribution').Properties.DistributionConfig as { DefaultCacheBehavior: Record<string, unknown> }).DefaultCacheBehavior;

    // THEN scripts and styles come from the app alone, never inline or eval'd, and no site may frame it
    expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    expect(headers).toEqual({
      ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
    });
    expect(directives).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'connect-src': ["'self'", 'https://*.amazonaws.com', 'wss://*.amazonaws.com'],
    });
  });

  it('outputs the hosted app’s URL', () => {
    // GIVEN the dev web template
    // WHEN its outputs are read
    const outputs = web.findOutputs('*');

    // THEN
    expect(outputs.webUrl.Value).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^WebCdn/), 'DomainName'] }]] });
  });
});

describe('ApiStack: the web app’s content', () => {
  it('deploys the hashed assets under assets/ for a year, keeping earlier ones for pages still open', () => {
    // GIVEN the dev API template
    // WHEN the assets deployment is read
    const { props } = deployment('Assets');

    // THEN
    expect(props).toMatchObject({ DestinationBucketKeyPrefix: 'assets/', Prune: false, SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' } });
    expect(props.DestinationBucketName).toEqual(expect.objectContaining({ 'Fn::Select': [0, expect.anything()] }));
    expect(JSON.stringify(props.DestinationBucketName)).toContain('Herald-dev-Web-web-bucket-arn');
  });

  it('deploys index.html and config.json after the assets, revalidated on every load, pruning stale files outside assets/', () => {
    // GIVEN the dev API template
    // WHEN the site deployment is read
    const assets = deployment('Assets');
    const { resource, props } = deployment('Site');
    const staged = stagedDir(stages.dev, props.SourceObjectKeys[0]);

    // THEN a local build's config.json (local endpoints, demo passwords) is not among the files
    expect(props).toMatchObject({ Prune: true, Exclude: ['assets/*'], SystemMetadata: { 'cache-control': 'no-cache' } });
    expect(resource.DependsOn).toContain(assets.id);
    expect(readdirSync(staged).sort()).toEqual(['index.html']);
  });

  it.each(['dev', 'prod'] as const)('in %s, writes config.json with exactly the API stack’s outputs, keys and values', (stage) => {
    // GIVEN the API template of the stage
    const from = stages[stage];
    const { props } = deployment('Site', from);
    const outputs = from.api.findOutputs('*');

    // WHEN the staged config.json is read with its deploy-time values put in
    const file = join(stagedDir(from, props.SourceObjectKeys[1]), 'config.json');
    const markers = Object.assign({}, ...(props.SourceMarkers ?? [])) as Record<string, unknown>;
    const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const render = (value: string) => {
      const parts = value.split(/(<<marker:0xbaba:\d+>>)/).filter((part) => part !== '').map((part) => (part in markers ? markers[part] : part));
      return parts.length === 1 ? parts[0] : { 'Fn::Join': ['', parts] };
    };
    const rendered = Object.fromEntries(Object.entries(config).map(([key, value]) => [key, render(value)]));

    // THEN the browser gets what `cdk deploy --outputs-file` shows, and parseOutputs' required keys are there
    expect(Object.keys(config).sort()).toEqual(Object.keys(outputs).sort());
    expect(rendered).toEqual(Object.fromEntries(Object.entries(outputs).map(([key, output]) => [key, output.Value])));
    expect(Object.keys(config)).toEqual(expect.arrayContaining(['graphqlUrl', 'region', 'userPoolId', 'userPoolClientId']));
  });

  it('copies with BucketDeployment’s handler under a role of its own, logging to a group with retention, and needs no Docker', () => {
    // GIVEN the dev API template and its asset manifest
    const handlers = resourcesOf('AWS::Lambda::Function', api).filter(([id]) => id.startsWith('CustomCDKBucketDeployment'));
    const assetsManifest = JSON.parse(readFileSync(join((stages.dev.stacks.api.node.root as App).outdir, `${stages.dev.stacks.api.artifactId}.assets.json`), 'utf8'));

    // WHEN the handler and its role are read
    const [[, handler]] = handlers;
    const roleId = (handler.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const logsId = (handler.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    const role = api.toJSON().Resources[roleId];

    // THEN one handler for both deployments; every asset is a file (the AWS CLI layer is prebuilt), none a Docker image
    expect(handlers).toHaveLength(1);
    expect(roleId).toMatch(/^WebContentDeployRole/);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(api.toJSON().Resources[logsId].Properties.RetentionInDays).toBe(7);
    expect(assetsManifest.dockerImages ?? {}).toEqual({});
    expect(existsSync(join(stagedDir(stages.dev, deployment('Assets').props.SourceObjectKeys[0]), 'index-fixture.js'))).toBe(true);
  });

  it('lets the handler read the staged build and write the web bucket, and nothing else', () => {
    // GIVEN the dev API template
    // WHEN the deploy role's policy is read, resources flattened as cdk-nag prints them
    const [[, policy]] = resourcesOf('AWS::IAM::Policy', api).filter(([id]) => id.startsWith('WebContentDeployRole'));
    const statements = (policy.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown[] | unknown }[] }).Statement.map(
      ({ Action, Resource }) => ({ Action, Resource: ([] as unknown[]).concat(Resource).map((r) => flattenCfnReference(r)) }),
    );
    const assetsBucket = 'arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>';

    // THEN
    expect(statements).toEqual([
      { Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [expect.stringMatching(/^<WebContentDeployLogs\w+\.Arn>$/)] },
      { Action: ['s3:GetBucket*', 's3:GetObject*', 's3:List*'], Resource: [`${assetsBucket}/*`, assetsBucket] },
      {
        Action: expect.arrayContaining(['s3:Abort*', 's3:DeleteObject*', 's3:GetObject*', 's3:List*', 's3:PutObject']),
        Resource: ['Herald-dev-Web-web-bucket-arn', 'Herald-dev-Web-web-bucket-arn/*'],
      },
    ]);
  });
});

describe('ApiStack: without a client build', () => {
  it('refuses to synthesize, saying how to build the client', () => {
    // GIVEN a client directory with no vite build in it
    const empty = mkdtempSync(join(tmpdir(), 'herald-no-client-'));
    const { app, dispose } = testApp();
    try {
      // WHEN the stacks are built from it
      const attempt = () => addHeraldStacks(app, { stage: settingsFor('dev'), manifest, bundles: fixtureBundles(), clientDir: empty });

      // THEN
      expect(attempt).toThrow(/holds no built web app \(index\.html, assets\/\): run `npx vite build --config client\/vite\.config\.ts`/);
    } finally {
      dispose();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('Herald stacks: the app URL', () => {
  it('orders the stacks web → data → API, so the hosted URL is known to both', () => {
    // GIVEN the dev stacks
    const { web: webStack, data, api: apiStack } = stages.dev.stacks;

    // WHEN their dependencies are read
    const dependsOn = (stack: Stack) => stack.dependencies.map((d) => d.stackName).sort();

    // THEN
    expect(dependsOn(webStack)).toEqual([]);
    expect(dependsOn(data)).toEqual(['Herald-dev-Web']);
    expect(dependsOn(apiStack)).toEqual(['Herald-dev-Data', 'Herald-dev-Web']);
  });

  it('in prod without -c appUrl, mails links to, allows uploads from and outputs the hosted app', () => {
    // GIVEN prod's templates
    const { data, api: prodApi } = stages.prod;

    // WHEN the image bucket's CORS origins, the appUrl output and the mail links' base are read
    const bucket = data.findResources('AWS::S3::Bucket');
    const [cors] = Object.values(bucket).flatMap((b) => (b.Properties.CorsConfiguration ? [b.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins] : []));
    const mailer = Object.values(prodApi.findResources('AWS::Lambda::Function', { Properties: { FunctionName: 'herald-prod-mailer' } }))[0];

    // THEN
    expect(cors).toEqual([webDomain('prod')]);
    expect(prodApi.findOutputs('appUrl').appUrl.Value).toEqual(webDomain('prod'));
    expect(mailer.Properties.Environment.Variables.PUBLIC_BASE_URL).toEqual(webDomain('prod'));
  });

  it('in dev, keeps the Vite dev server as appUrl and lets the hosted app upload too', () => {
    // GIVEN dev's templates
    const { data } = stages.dev;

    // WHEN the image bucket's CORS origins and the appUrl output are read
    const [cors] = Object.values(data.findResources('AWS::S3::Bucket')).flatMap((b) =>
      b.Properties.CorsConfiguration ? [b.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins] : [],
    );

    // THEN
    expect(cors).toEqual(['http://127.0.0.1:5173', webDomain('dev')]);
    expect(api.findOutputs('appUrl').appUrl.Value).toBe('http://127.0.0.1:5173');
  });
});
