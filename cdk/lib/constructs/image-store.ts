// ImageStore: the event cover images. A private, encrypted, TLS-only bucket that browsers upload to with
// presigned POSTs from the app's origin, and a CloudFront distribution that alone may read it (origin access control).
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PENDING_UPLOAD_TAG } from '../../../functions/lib/image-rules';
import { acknowledge } from '../nag-acknowledgments';

export interface ImageStoreProps {
  /** The web app's origins (`https://host[:port]`, or a deploy-time value such as a distribution's); they alone may POST uploads from a browser. */
  appOrigins: readonly string[];
}

export class ImageStore extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** https://<distribution domain>: image URLs are <baseUrl>/<key>. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: ImageStoreProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      cors: [
        {
          // Presigned POST only; reads go through CloudFront, which needs no CORS for <img>.
          allowedMethods: [s3.HttpMethods.POST],
          allowedOrigins: [...props.appOrigins],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag', 'Location'],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        // Uploads no event took: upload-url's POST policy pins this tag on every upload, image-check removes it when
        // an event takes the image. Imported from functions/, so the rule cannot drift from what the functions do.
        { id: 'abandoned-uploads', tagFilters: { [PENDING_UPLOAD_TAG.key]: PENDING_UPLOAD_TAG.value }, expiration: Duration.days(1) },
        { id: 'incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      // Uploaded images are user data, like the table.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'Writes happen only through presigned POSTs the API issues (logged by AppSync and the upload-url function) and reads only ' +
        'through CloudFront; server access logs would add a second bucket and add nothing an incident needs.',
    );

    this.distribution = new cloudfront.Distribution(this, 'Cdn', {
      comment: 'Herald event images',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        // Keys are never reused (a fresh UUID per upload), so objects can be cached for as long as CloudFront likes.
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        // nosniff among them: user uploads must never be rendered as anything but the image type they declared.
        responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
    });
    this.baseUrl = `https://${this.distribution.distributionDomainName}`;
    const cdn = (id: string, reason: string) => acknowledge(this.distribution, id, reason);
    cdn('AwsSolutions-CFR1', 'Herald is public and worldwide: event images are meant for every country.');
    cdn(
      'AwsSolutions-CFR2',
      'Only cached, public images behind it (GET/HEAD); a CloudFront web ACL lives in us-east-1 and costs $5+/month. The API has its own.',
    );
    cdn('AwsSolutions-CFR3', 'Image reads carry no personal data worth a log bucket; CloudFront metrics cover traffic.');
    cdn(
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate cannot pin a minimum TLS version; a custom domain would use TLSv1.2_2021.',
    );
  }
}
