import { Duration } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { senderAddress, stageSettings } from '../lib/stage';
import { PROD_CONTEXT } from './support/test-app';

describe('stageSettings', () => {
  it.each([
    [undefined, {}, 'dev', false, true],
    ['dev', {}, 'dev', false, true],
    ['prod', PROD_CONTEXT, 'prod', true, false],
  ])('reads stage %s as %s (data protected: %s, introspection: %s)', (value, context, name, protectData, introspection) => {
    // GIVEN a -c stage value and the deployer's context
    const stage = value;

    // WHEN
    const settings = stageSettings(stage, context);

    // THEN
    expect(settings).toMatchObject({ name, protectData, introspection });
    expect(settings.apiKeyLifetime.toDays()).toBeLessThanOrEqual(Duration.days(365).toDays());
  });

  it('runs dev against the local Vite server with SES sandbox limits, and prod on what the deployer passed', () => {
    // GIVEN no context for dev, and the deployer's for prod
    // WHEN
    const dev = stageSettings('dev');
    const prod = stageSettings('prod', { ...PROD_CONTEXT, sesSendRate: '50' });

    // THEN
    expect(dev).toMatchObject({ appUrl: 'http://127.0.0.1:5173', sesSendRate: 1, fieldLogLevel: 'ALL', userPoolMailViaSes: false });
    expect(prod).toMatchObject({
      appUrl: 'https://herald.example.org',
      sender: 'Herald <no-reply@herald.example.org>',
      sesSendRate: 50,
      alarmEmail: 'ops@herald.example.org',
      fieldLogLevel: 'ERROR',
      userPoolMailViaSes: true,
    });
  });

  it('leaves prod’s appUrl open without -c appUrl: the stage’s own web distribution becomes the app', () => {
    // GIVEN prod context without appUrl
    const { appUrl: _appUrl, ...context } = PROD_CONTEXT;

    // WHEN
    const prod = stageSettings('prod', context);

    // THEN (addHeraldStacks fills it in with the web stack's URL)
    expect(prod.appUrl).toBeUndefined();
    expect(prod.sender).toBe('Herald <no-reply@herald.example.org>');
  });

  it.each(['staging', '', 42])('rejects stage %j', (value) => {
    // GIVEN an unknown stage
    const stage = value;

    // WHEN
    const attempt = () => stageSettings(stage);

    // THEN
    expect(attempt).toThrow('use -c stage=dev or -c stage=prod');
  });

  it.each([
    [{}, 'Stage prod needs -c sender='],
    [{ ...PROD_CONTEXT, appUrl: 'http://herald.example.org' }, 'prod needs https'],
    [{ ...PROD_CONTEXT, appUrl: 'herald.example.org' }, 'is not an absolute URL'],
    [{ ...PROD_CONTEXT, sender: 'Herald' }, 'is not "Name <address>" or an address'],
    [{ ...PROD_CONTEXT, sesSendRate: 'fast' }, '-c sesSendRate must be a number'],
    [{ ...PROD_CONTEXT, alarmEmail: 'ops' }, 'is not an email address'],
  ])('refuses prod context %j', (context, message) => {
    // GIVEN prod with missing or malformed context
    // WHEN
    const attempt = () => stageSettings('prod', context);

    // THEN
    expect(attempt).toThrow(message);
  });
});

describe('senderAddress', () => {
  it.each([
    ['Herald <no-reply@Herald.Example.org>', { name: 'Herald', address: 'no-reply@Herald.Example.org', domain: 'herald.example.org' }],
    ['no-reply@example.org', { address: 'no-reply@example.org', domain: 'example.org' }],
    ['"Herald Events" <news@mail.example.org>', { name: '"Herald Events"', address: 'news@mail.example.org', domain: 'mail.example.org' }],
  ])('reads %s', (sender, expected) => {
    // GIVEN a sender
    // WHEN
    const parsed = senderAddress(sender);

    // THEN
    expect(parsed).toEqual(expected);
  });
});
