// Web stack: the address the browser app is served from (bucket and CloudFront distribution, see WebHosting).
// It comes first: the data stack's upload CORS and the API stack's mail links use its URL when no -c appUrl is
// given, and the API stack deploys the built app with its config.json into it (WebContent), so nothing cycles.
import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { WebHosting } from '../constructs/web-hosting';

export class WebStack extends Stack {
  readonly hosting: WebHosting;
  /** The bucket's ARN as Fn::ImportValue of a named export (see DataStack.imagesBucketArnImport for why). */
  readonly bucketArnImport: string;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    this.hosting = new WebHosting(this, 'Web');
    new CfnOutput(this, 'webUrl', { value: this.hosting.url, description: 'The web app this stage hosts' });
    this.bucketArnImport = this.exportValue(this.hosting.bucket.bucketArn, { name: `${this.stackName}-web-bucket-arn` });
  }
}
