// WebHosting: where the browser app is served from (WebContent fills it). A private, encrypted, TLS-only bucket only
// its CloudFront distribution may read (origin access control); unknown paths such as mail links' /events/<id> answer
// index.html; every response carries a content security policy and the usual security headers.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgments';

/**
 * What the app may load. Scripts and styles from itself only; event images from the images CDN (any
 * *.cloudfront.net: that distribution lives in the data stack, which comes after this one), upload previews (blob:)
 * and the inline favicon (data:); API, realtime, Cognito and S3 uploads all live under amazonaws.com.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://*.cloudfront.net",
  "connect-src 'self' https://*.amazonaws.com wss://*.amazonaws.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

/** How long CloudFront keeps answering a path with index.html before asking the bucket again. */
const FALLBACK_TTL = Duration.seconds(10);

export class WebHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** https://<distribution domain>: the app's URL unless the deployer names another (-c appUrl). */
  readonly url: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // Only build output, but CloudFormation cannot delete a bucket with objects in it: README "Tear down".
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'Holds only the built web app, written by the deployment alone and read by CloudFront alone; access logs would record nothing but CloudFront fetching public files.',
    );

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      comment: 'Herald web app: content security policy and security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        // Confirmation links carry their token in the URL until the app moves it into the hash.
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
      },
    });

    this.distribution = new cloudfront.Distribution(this, 'Cdn', {
      comment: 'Herald web app',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        // Honours the objects' Cache-Control: hashed assets for a year, index.html and config.json revalidated.
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
      },
      // Without s3:ListBucket a missing key answers 403, not 404: both mean "a path of the app".
      errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, responseHttpStatus: 200, responsePagePath: '/index.html', ttl: FALLBACK_TTL })),
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    const cdn = (rule: string, reason: string) => acknowledge(this.distribution, rule, reason);
    cdn('AwsSolutions-CFR1', 'Herald is public and worldwide: the web app is meant for every country.');
    cdn(
      'AwsSolutions-CFR2',
      'Static files only (GET/HEAD, cached); a CloudFront web ACL lives in us-east-1 and costs $5+/month. The API behind the app has its own.',
    );
    cdn('AwsSolutions-CFR3', 'The same public files for everyone, with no personal data in their paths worth a log bucket; CloudFront metrics cover traffic.');
    cdn(
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate cannot pin a minimum TLS version; a custom domain would use TLSv1.2_2021.',
    );
  }
}
