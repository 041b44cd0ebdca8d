// Deployment stages and what differs between them. The only place that knows `dev` from `prod`;
// stacks receive a StageSettings through props, never read context or the environment themselves.
import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export type Stage = 'dev' | 'prod';

export interface StageSettings {
  name: Stage;
  /** Deletion protection on the table and user pool, termination protection on the data stack. */
  protectData: boolean;
  logRetention: RetentionDays;
  /** AppSync accepts 1 to 365 days; each deploy pushes the expiry forward again. */
  apiKeyLifetime: Duration;
}

const SETTINGS: Record<Stage, StageSettings> = {
  dev: { name: 'dev', protectData: false, logRetention: RetentionDays.ONE_WEEK, apiKeyLifetime: Duration.days(365) },
  prod: { name: 'prod', protectData: true, logRetention: RetentionDays.THREE_MONTHS, apiKeyLifetime: Duration.days(365) },
};

/** Settings for `-c stage=<value>`; no value means dev. */
export function stageSettings(value: unknown): StageSettings {
  const stage = value ?? 'dev';
  if (stage !== 'dev' && stage !== 'prod') {
    throw new Error(`Unknown stage ${JSON.stringify(stage)}: use -c stage=dev or -c stage=prod`);
  }
  return SETTINGS[stage];
}
