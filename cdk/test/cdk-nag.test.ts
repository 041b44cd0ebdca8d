import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/src/index';
import { bundleLambdas } from '../lib/function-bundles';
import { addHeraldStacks } from '../lib/herald-app';
import type { HeraldStacks } from '../lib/herald-app';
import { acknowledgedRules, FIXTURE_CLIENT_DIR, HERALD_FUNCTIONS, settingsFor, testApp } from './support/test-app';

// GIVEN (shared): the app exactly as `npm run synth` builds it — real manifest, real esbuild bundles — for both
// stages, synthesized once for the file. (bin/app.ts also registers cdk-nag as a synth-time validation plugin.)
// CloudFormation's own validation runs on prod only: it has every resource type dev has, and costs ~4 s a stage.
const bundleDir = mkdtempSync(join(tmpdir(), 'herald-cdk-bundles-'));
const [manifest, bundles] = await Promise.all([buildManifest({ write: false }), bundleLambdas(bundleDir, [...HERALD_FUNCTIONS, 'not-written-yet'])]);
const apps = (['dev', 'prod'] as const).map((stage) => {
  const { app, dispose } = testApp({ cfnValidation: stage === 'prod' });
  const stacks = addHeraldStacks(app, { stage: settingsFor(stage), manifest, bundles, clientDir: FIXTURE_CLIENT_DIR });
  // Findings are read after synthesis, as the CLI's validation does: cross-stack references are exports by then.
  return { stage, app, stacks, assembly: app.synth(), dispose };
});
afterAll(() => {
  apps.forEach(({ dispose }) => dispose());
  rmSync(bundleDir, { recursive: true, force: true });
});

/** Every finding, acknowledged or not. */
function allFindings(app: App) {
  const pack = new AwsSolutionsChecks(app);
  (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
  return pack.validateScope(app).violations;
}

describe('cdk-nag (AwsSolutions)', () => {
  it.each(apps.map(({ stage, app }) => [stage, app] as const))('finds nothing unacknowledged in %s', (_stage, app) => {
    // GIVEN the synthesized app of the stage
    // WHEN the AwsSolutions pack checks it
    const report = new AwsSolutionsChecks(app).validateScope(app);

    // THEN
    expect(report.violations.map((violation) => `${violation.ruleName} on ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  const acknowledgments = apps.flatMap(({ stage, app }) => acknowledgedRules(app).map((rule) => ({ stage, app, ...rule })));

  it('acknowledges on resources, never on a whole stack or app', () => {
    // GIVEN every acknowledgment in both stages
    // WHEN their scopes are listed
    const scopes = acknowledgments.filter(({ path }) => !path.includes('/'));

    // THEN
    expect(acknowledgments.length).toBeGreaterThan(0);
    expect(scopes).toEqual([]);
  });

  it.each(acknowledgments.map(({ stage, path, id, reason }) => [stage, id, path, reason]))('%s: %s on %s has a written reason', (_stage, _id, _path, reason) => {
    // GIVEN an acknowledgment
    // WHEN its reason is read
    const words = reason.trim().split(/\s+/);

    // THEN it explains, rather than restates the rule
    expect(words.length).toBeGreaterThanOrEqual(10);
  });

  it.each(apps.map(({ stage, app }) => [stage, app] as const))('in %s, every acknowledgment still silences a real finding', (stage, app) => {
    // GIVEN every finding the pack would report without acknowledgments
    const findings = allFindings(app);

    // WHEN each acknowledgment of the stage is matched against them
    const stale = acknowledgments
      .filter((ack) => ack.stage === stage)
      .filter(
        (ack) =>
          !findings.some(
            (finding) =>
              finding.ruleName === ack.id &&
              finding.violatingResources.some(({ constructPath = '' }) => constructPath === ack.path || constructPath.startsWith(`${ack.path}/`)),
          ),
      )
      .map((ack) => `${ack.id} on ${ack.path}`);

    // THEN none is left over from code that changed
    expect(stale).toEqual([]);
  });
});

describe('function bundles', () => {
  it('bundles every existing handler with the local esbuild and skips names without a handler', () => {
    // GIVEN bundling was asked for every Herald function and one that has no handler
    // WHEN the bundles are listed
    const names = Object.keys(bundles.dirs).sort();

    // THEN
    expect(names).toEqual([...HERALD_FUNCTIONS]);
    for (const dir of Object.values(bundles.dirs)) expect(readFileSync(join(dir, 'index.mjs')).byteLength).toBeGreaterThan(10_000);
  });

  it.each(HERALD_FUNCTIONS)('deploys %s from its bundle, byte for byte', (name) => {
    // GIVEN the dev app's cloud assembly
    const { stacks, assembly } = apps[0] as { stacks: HeraldStacks; assembly: ReturnType<App['synth']> };
    const artifact = assembly.getStackArtifact(stacks.api.artifactId);

    // WHEN the function's code asset is located in the assembly
    const fn = Object.values(artifact.template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>).find(
      (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.FunctionName === `herald-dev-${name}`,
    );
    const hash = String((fn?.Properties.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '');
    const assets = JSON.parse(readFileSync(join(assembly.directory, `${stacks.api.artifactId}.assets.json`), 'utf8'));
    const staged = join(assembly.directory, assets.files[hash].source.path, 'index.mjs');

    // THEN it is the esbuild output, not something built elsewhere (no Docker is involved)
    expect(existsSync(staged)).toBe(true);
    expect(readFileSync(staged)).toEqual(readFileSync(join(bundles.dirs[name], 'index.mjs')));
  });
});
