import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { PENDING_UPLOAD_TAGGING } from '../../functions/upload-url/create-image-upload';
import { DataStack } from '../lib/stacks/data-stack';
import { settingsFor, testApp } from './support/test-app';

type Resource = { Properties: Record<string, unknown> };

// GIVEN (shared): the data stack of each stage, synthesized once for the whole file.
const apps = (['dev', 'prod'] as const).map((stage) => ({ stage, ...testApp() }));
afterAll(() => apps.forEach(({ dispose }) => dispose()));
const templates = Object.fromEntries(
  apps.map(({ stage, app }) => [stage, Template.fromStack(new DataStack(app, `Data-${stage}`, { stage: settingsFor(stage) }))]),
);
const template = templates.dev;
const only = (type: string, from = template) => {
  const found = Object.values(from.findResources(type)) as Resource[];
  expect(found).toHaveLength(1);
  return found[0].Properties;
};

describe('DataStack: table', () => {
  it('keys the single table by pk/sk strings, on demand, with TTL, PITR and AWS-managed encryption', () => {
    // GIVEN the dev template
    // WHEN the table is looked up
    template.resourceCountIs('AWS::DynamoDB::Table', 1);

    // THEN
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ]),
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // Encryption on without a customer key id: the AWS-managed key (aws/dynamodb).
      SSESpecification: Match.objectEquals({ SSEEnabled: true }),
    });
  });

  it.each(['gsi1', 'gsi2'])('has sparse index %s on <index>pk/<index>sk strings, projecting all attributes', (index) => {
    // GIVEN the dev template
    // WHEN the table's indexes are read
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table'));
    const gsi = table.Properties.GlobalSecondaryIndexes.find((g: { IndexName: string }) => g.IndexName === index);

    // THEN
    expect(gsi).toEqual({
      IndexName: index,
      KeySchema: [
        { AttributeName: `${index}pk`, KeyType: 'HASH' },
        { AttributeName: `${index}sk`, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
    expect(table.Properties.AttributeDefinitions).toEqual(
      expect.arrayContaining([
        { AttributeName: `${index}pk`, AttributeType: 'S' },
        { AttributeName: `${index}sk`, AttributeType: 'S' },
      ]),
    );
  });

  it('sets no physical table name (CloudFormation generates one)', () => {
    // GIVEN the dev template
    // WHEN the table is looked up
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table'));

    // THEN
    expect(table.Properties.TableName).toBeUndefined();
  });
});

describe('DataStack: user pool', () => {
  it('lets anyone sign up and sign in with a verified email, under a password policy', () => {
    // GIVEN the dev template
    // WHEN the user pool is looked up
    template.resourceCountIs('AWS::Cognito::UserPool', 1);

    // THEN
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true }),
      },
    });
  });

  it.each([
    ['organizers', 1],
    ['admins', 0],
  ])('has group %s (the name the schema directives use)', (groupName, precedence) => {
    // GIVEN the dev template
    // WHEN the groups are looked up
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 2);

    // THEN
    template.hasResource('AWS::Cognito::UserPoolGroup', {
      Properties: Match.objectLike({ GroupName: groupName, Precedence: precedence }),
      DeletionPolicy: 'Retain',
    });
  });

  it('offers TOTP as an opt-in second factor, never SMS', () => {
    // GIVEN the dev template
    // WHEN the user pool is read
    const pool = only('AWS::Cognito::UserPool');

    // THEN
    expect(pool).toMatchObject({ MfaConfiguration: 'OPTIONAL', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] });
  });

  it.each([
    ['dev', undefined],
    [
      'prod',
      {
        EmailSendingAccount: 'DEVELOPER',
        From: 'Herald <no-reply@herald.example.org>',
        SourceArn: { 'Fn::Join': ['', Match.arrayWith([':identity/herald.example.org'])] },
      },
    ],
  ] as const)('in %s, sends Cognito mail %j', (stage, emailConfiguration) => {
    // GIVEN the template of the stage (Cognito's own mailer allows 50 mails a day)
    // WHEN the user pool's email configuration is read
    const pool = only('AWS::Cognito::UserPool', templates[stage]);

    // THEN prod sends through SES as the sender's verified domain
    if (emailConfiguration === undefined) expect(pool.EmailConfiguration).toBeUndefined();
    else templates[stage].hasResourceProperties('AWS::Cognito::UserPool', { EmailConfiguration: emailConfiguration });
  });

  it('has one public app client with SRP and refresh tokens and no OAuth', () => {
    // GIVEN the dev template
    // WHEN the app client is looked up
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);

    // THEN
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('DataStack: stateful resources', () => {
  it.each(['AWS::DynamoDB::Table', 'AWS::Cognito::UserPool', 'AWS::S3::Bucket'])('retains %s on deletion and replacement', (type) => {
    // GIVEN the dev template
    // WHEN the resource is looked up
    const resources = Object.values(template.findResources(type));

    // THEN
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it.each([
    ['dev', false, 'INACTIVE'],
    ['prod', true, 'ACTIVE'],
  ] as const)('in %s, deletion protection is %s', (stage, tableProtected, poolProtection) => {
    // GIVEN the template of the stage
    const stageTemplate = templates[stage];

    // WHEN the stateful resources are looked up
    const [table] = Object.values(stageTemplate.findResources('AWS::DynamoDB::Table'));
    const [pool] = Object.values(stageTemplate.findResources('AWS::Cognito::UserPool'));

    // THEN
    expect(table.Properties.DeletionProtectionEnabled).toBe(tableProtected);
    expect(pool.Properties.DeletionProtection).toBe(poolProtection);
  });
});

describe('DataStack: event images', () => {
  it('keeps images in a private, encrypted, TLS-only bucket', () => {
    // GIVEN the dev template
    // WHEN the bucket and its policy are read
    const bucket = only('AWS::S3::Bucket');
    const policy = only('AWS::S3::BucketPolicy');

    // THEN public access is blocked, ACLs are off, objects are encrypted, and plain HTTP is denied
    expect(bucket).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    expect(policy.PolicyDocument).toMatchObject({
      Statement: expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      ]),
    });
  });

  it.each([
    ['dev', 'http://127.0.0.1:5173'],
    ['prod', 'https://herald.example.org'],
  ] as const)('in %s, accepts presigned POST uploads from the app origin %s only', (stage, origin) => {
    // GIVEN the template of the stage
    // WHEN the bucket's CORS rules are read
    const bucket = only('AWS::S3::Bucket', templates[stage]);

    // THEN
    expect(bucket.CorsConfiguration).toEqual({
      CorsRules: [{ AllowedMethods: ['POST'], AllowedOrigins: [origin], AllowedHeaders: ['*'], ExposedHeaders: ['ETag', 'Location'], MaxAge: 3600 }],
    });
  });

  it('expires uploads no event took after a day, and incomplete multipart uploads', () => {
    // GIVEN the dev template
    // WHEN the bucket's lifecycle is read
    const bucket = only('AWS::S3::Bucket');

    // THEN
    expect(bucket.LifecycleConfiguration).toEqual({
      Rules: [
        { Id: 'abandoned-uploads', Status: 'Enabled', ExpirationInDays: 1, TagFilters: [{ Key: 'herald-upload', Value: 'pending' }] },
        { Id: 'incomplete-multipart-uploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
      ],
    });
  });

  it('expires exactly the tag set upload-url pins on every upload (its POST `tagging` field)', () => {
    // GIVEN the dev template
    // WHEN the abandoned-uploads rule's tag filter is read
    const rules = (only('AWS::S3::Bucket').LifecycleConfiguration as { Rules: { Id: string; TagFilters?: { Key: string; Value: string }[] }[] }).Rules;
    const [filter] = rules.find((rule) => rule.Id === 'abandoned-uploads')?.TagFilters ?? [];

    // THEN
    expect(PENDING_UPLOAD_TAGGING).toBe(`<Tagging><TagSet><Tag><Key>${filter.Key}</Key><Value>${filter.Value}</Value></Tag></TagSet></Tagging>`);
  });

  it('serves images over HTTPS from CloudFront, which alone may read the bucket (origin access control)', () => {
    // GIVEN the dev template
    // WHEN the distribution, its origin access control and the bucket policy are read
    const distribution = only('AWS::CloudFront::Distribution').DistributionConfig as Record<string, unknown>;
    const oac = only('AWS::CloudFront::OriginAccessControl').OriginAccessControlConfig;
    const policy = only('AWS::S3::BucketPolicy').PolicyDocument as { Statement: Record<string, unknown>[] };

    // THEN
    expect(oac).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    expect(distribution).toMatchObject({
      Enabled: true,
      HttpVersion: 'http2and3',
      PriceClass: 'PriceClass_100',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] },
      Origins: [expect.objectContaining({ OriginAccessControlId: expect.anything(), S3OriginConfig: { OriginAccessIdentity: '' } })],
    });
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    );
    expect(policy.Statement.filter((statement) => statement.Effect === 'Allow')).toHaveLength(1);
  });

  it('exports the bucket ARN under a fixed name, for the API stack’s IAM statements', () => {
    // GIVEN the dev template
    // WHEN its exports are listed
    const exports = Object.values(template.findOutputs('*')).map((output) => output.Export?.Name);

    // THEN
    expect(exports).toContain('Data-dev-images-bucket-arn');
  });
});
