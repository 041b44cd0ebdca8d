// Stateful stack: the single DynamoDB table (design.md §3), the Cognito user pool and the event images (bucket
// and its CDN). Retained on deletion; logical ids here must never change, or CloudFormation would replace the data.
import { Aws, CrossStackReferences, Duration, ReferenceStrength, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { ImageStore } from '../constructs/image-store';
import { acknowledge } from '../nag-acknowledgments';
import { senderAddress } from '../stage';
import type { StageSettings } from '../stage';

export interface DataStackProps extends StackProps {
  stage: StageSettings;
  /** The stage's hosted web app (WebStack), which may upload images too when stage.appUrl is elsewhere. */
  webUrl?: string;
}

/** `https://host[:port]` of a URL; a deploy-time URL (`https://<token>`) has no path, so it is its own origin. */
const originOf = (url: string) => (Token.isUnresolved(url) ? url : new URL(url).origin);

/** Names the schema's @aws_cognito_user_pools(cognito_groups:) refer to; they must match exactly. */
const USER_GROUPS = { organizers: 'organizers', admins: 'admins' } as const;

/** The table's global secondary indexes (design.md §3). */
export const TABLE_INDEXES = ['gsi1', 'gsi2'] as const;

export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly images: ImageStore;
  /**
   * The images bucket's ARN as Fn::ImportValue of a named export. IAM statements on its objects use it, so their
   * wildcard resource (and its cdk-nag finding id) does not depend on a generated export name.
   */
  readonly imagesBucketArnImport: string;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const { protectData } = stage;
    // The web stack's URL (CORS) by Export/ImportValue: its distribution cannot go while uploads are allowed from it.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      // Delivery markers expire on their own (design.md §3).
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: protectData,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const indexName of TABLE_INDEXES) {
      // Sparse indexes: only items that carry gsiNpk appear in them (published events, waitlists…).
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: `${indexName}pk`, type: dynamodb.AttributeType.STRING },
        sortKey: { name: `${indexName}sk`, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed email only replaces the old one once the new one is verified.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Opt-in TOTP for those who want it; no SMS (cost, SIM swapping), and sign-up stays one step.
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      ...(stage.userPoolMailViaSes ? { email: this.sesEmail(stage.sender) } : {}),
      // Lite covers SRP sign-in, groups and email verification; nothing here needs the dearer plans.
      featurePlan: cognito.FeaturePlan.LITE,
      deletionProtection: protectData,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const groups = [
      this.userPool.addGroup('Admins', {
        groupName: USER_GROUPS.admins,
        description: 'May act on any event.',
        precedence: 0,
      }),
      this.userPool.addGroup('Organizers', {
        groupName: USER_GROUPS.organizers,
        description: 'May create, publish, edit and cancel their own events.',
        precedence: 1,
      }),
    ];
    for (const group of groups) {
      // Deleting a group would drop its memberships, which are data like the users themselves.
      group.applyRemovalPolicy(RemovalPolicy.RETAIN);
    }

    // The browser app's client: public (no secret), SRP sign-in plus refresh tokens, no hosted UI.
    this.userPoolClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    const acknowledgePool = (id: string, reason: string) => acknowledge(this.userPool, id, reason);
    acknowledgePool(
      'AwsSolutions-COG1',
      'Twelve characters with upper, lower case and digits; no symbol rule, following NIST SP 800-63B (length over composition).',
    );
    acknowledgePool('AwsSolutions-COG2', 'MFA is optional (TOTP): attendees sign up to register for events, and a mandatory second factor would turn most away.');
    acknowledgePool(
      'AwsSolutions-COG8',
      'Threat protection needs the Plus feature plan (priced per monthly active user); Lite is chosen on purpose, revisit with real traffic.',
    );

    // The app at appUrl (mail links go there) and the app this stage hosts, when they differ (dev's Vite server).
    const appOrigins = [...new Set([stage.appUrl, ...(props.webUrl ? [props.webUrl] : [])].map(originOf))];
    this.images = new ImageStore(this, 'Images', { appOrigins });
    this.imagesBucketArnImport = this.exportValue(this.images.bucket.bucketArn, { name: `${this.stackName}-images-bucket-arn` });
  }

  /** Verification mail through SES as the sender; its domain must be a verified SES identity in this region. */
  private sesEmail(sender: string): cognito.UserPoolEmail {
    const { name, address, domain } = senderAddress(sender);
    return cognito.UserPoolEmail.withSES({ fromEmail: address, fromName: name, sesVerifiedDomain: domain, sesRegion: Aws.REGION });
  }
}
