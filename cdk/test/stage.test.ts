import { Duration } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { stageSettings } from '../lib/stage';

describe('stageSettings', () => {
  it.each([
    [undefined, 'dev', false],
    ['dev', 'dev', false],
    ['prod', 'prod', true],
  ])('reads stage %s as %s (data protected: %s)', (value, name, protectData) => {
    // GIVEN a -c stage value
    const context = value;

    // WHEN
    const settings = stageSettings(context);

    // THEN
    expect(settings).toMatchObject({ name, protectData });
    expect(settings.apiKeyLifetime.toDays()).toBeLessThanOrEqual(Duration.days(365).toDays());
  });

  it.each(['staging', '', 42])('rejects stage %j', (value) => {
    // GIVEN an unknown stage
    const context = value;

    // WHEN
    const attempt = () => stageSettings(context);

    // THEN
    expect(attempt).toThrow('use -c stage=dev or -c stage=prod');
  });
});
