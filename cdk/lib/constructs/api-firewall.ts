// ApiFirewall: the AWS WAF web ACL in front of the GraphQL API: a per-IP rate limit and Amazon's IP reputation
// list. GraphQL-level limits (depth, resolver count, introspection) are set on the API itself.
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface ApiFirewallProps {
  api: appsync.IGraphqlApi;
  /** CloudWatch metric names start with it (unique per account and region). */
  metricPrefix: string;
}

/** performance.md "API protection": at most 500 requests per IP per 60 s, to tune after launch. */
export const RATE_LIMIT = { requests: 500, windowSeconds: 60 } as const;

export class ApiFirewall extends Construct {
  readonly webAcl: wafv2.CfnWebACL;
  /** The web ACL's metric name (dimension `WebACL` of AWS/WAFV2). */
  readonly metricName: string;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    const visibility = (name: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `${props.metricPrefix}-${name}` });
    this.metricName = `${props.metricPrefix}-api`;
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('api'),
      rules: [
        {
          name: 'rate-per-ip',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit: RATE_LIMIT.requests, evaluationWindowSec: RATE_LIMIT.windowSeconds, aggregateKeyType: 'IP' },
          },
          visibilityConfig: visibility('rate-per-ip'),
        },
        {
          // Known bots, scanners and reconnaissance sources; 25 WCU and no false positives on GraphQL bodies.
          name: 'amazon-ip-reputation',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesAmazonIpReputationList' } },
          visibilityConfig: visibility('amazon-ip-reputation'),
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', { resourceArn: props.api.arn, webAclArn: this.webAcl.attrArn });
  }
}
