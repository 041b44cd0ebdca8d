// How Herald acknowledges a cdk-nag finding: on the narrowest construct, with a written reason, and for an IAM
// wildcard resource by the exact finding id cdk-nag prints (`AwsSolutions-IAM5[Resource::…]`).
import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
// cdk-nag's own rendering of a resource in IAM5 finding ids; its index does not re-export it.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';

export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * IAM5 for one wildcard resource of a policy under `scope`. The resource must not contain an automatic cross-stack
 * reference: synthesis rewrites those into generated export names after this id is taken (use a named export).
 */
export function acknowledgeWildcardResource(scope: IConstruct, resource: string, reason: string): void {
  const flat = flattenCfnReference(Stack.of(scope).resolve(resource));
  acknowledge(scope, `AwsSolutions-IAM5[Resource::${flat}]`, reason);
}
