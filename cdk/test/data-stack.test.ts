import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DataStack } from '../lib/stacks/data-stack';
import { stageSettings } from '../lib/stage';

// GIVEN (shared): the data stack of each stage, synthesized once for the whole file.
const templates = Object.fromEntries(
  (['dev', 'prod'] as const).map((stage) => {
    const stack = new DataStack(new App(), `Data-${stage}`, { stage: stageSettings(stage) });
    return [stage, Template.fromStack(stack)];
  }),
);
const template = templates.dev;

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
  it.each(['AWS::DynamoDB::Table', 'AWS::Cognito::UserPool'])('retains %s on deletion and replacement', (type) => {
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
