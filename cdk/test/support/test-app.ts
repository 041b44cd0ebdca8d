// CDK test scaffolding: apps with cdk.json's feature flags, synthesized into a temp dir that dispose() removes,
// and Herald's stacks built from the real manifest with a stand-in bundle for every function.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { buildManifest } from '../../../manifest/src/index';
import type { Manifest } from '../../../manifest/src/index';
import type { FunctionBundles } from '../../lib/function-bundles';
import { addHeraldStacks } from '../../lib/herald-app';
import type { HeraldStacks } from '../../lib/herald-app';
import { stageSettings } from '../../lib/stage';
import type { Stage, StageChoice, StageContext, StageSettings } from '../../lib/stage';

/** The feature flags `cdk synth` runs with. */
export const CDK_CONTEXT: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')).context;

/** What a deployer passes for prod (prod has no defaults for them). */
export const PROD_CONTEXT: StageContext = {
  appUrl: 'https://herald.example.org',
  sender: 'Herald <no-reply@herald.example.org>',
  alarmEmail: 'ops@herald.example.org',
};

export const HERALD_FUNCTIONS = ['announce', 'calendar-feed', 'image-check', 'mail-feedback', 'mailer', 'unsubscribe-endpoint', 'upload-url'] as const;

const FIXTURE_DIR = fileURLToPath(new URL('./fixture-handler', import.meta.url));

/** A stand-in for client/dist: index.html, one asset, and a local config.json that must never ship; no vite build needed. */
export const FIXTURE_CLIENT_DIR = fileURLToPath(new URL('./fixture-client', import.meta.url));

/** Every named function "bundled" as the same stand-in handler. */
export function fixtureBundles(names: readonly string[] = HERALD_FUNCTIONS): FunctionBundles {
  return { dirs: Object.fromEntries(names.map((name) => [name, FIXTURE_DIR])) };
}

/**
 * `cfnValidation`: CDK's built-in CloudFormation validation (as `cdk synth` runs it) costs about 4 s of CPU per
 * app; the suite that synthesizes the app as deployed (cdk-nag.test.ts) keeps it, template assertions skip it.
 */
export function testApp(options: { cfnValidation?: boolean } = {}): { app: App; dispose(): void } {
  const outdir = mkdtempSync(join(tmpdir(), 'herald-cdk-test-'));
  const app = new App({ context: CDK_CONTEXT, outdir, builtinCloudFormationValidation: options.cfnValidation ?? false });
  return { app, dispose: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** A stage with the deployer's context (PROD_CONTEXT names an appUrl for prod, so the result is fully settled). */
export function settingsFor(stage: Stage): StageSettings {
  const settings = stageSettings(stage, stage === 'prod' ? PROD_CONTEXT : {});
  if (!settings.appUrl) throw new Error(`stage ${stage} has no appUrl in the test context`);
  return { ...settings, appUrl: settings.appUrl };
}

export interface HeraldTemplates {
  stage: StageSettings;
  manifest: Manifest;
  stacks: HeraldStacks;
  web: Template;
  data: Template;
  api: Template;
  dispose(): void;
}

/** Herald's stacks of one stage, synthesized once; `settings` replaces settingsFor(stage) (e.g. prod without appUrl). */
export async function heraldTemplates(
  stage: Stage,
  options: { manifest?: Manifest; bundles?: FunctionBundles; settings?: StageChoice } = {},
): Promise<HeraldTemplates> {
  const manifest = options.manifest ?? (await buildManifest({ write: false }));
  const { app, dispose } = testApp();
  const stacks = addHeraldStacks(app, {
    stage: options.settings ?? settingsFor(stage),
    manifest,
    bundles: options.bundles ?? fixtureBundles(),
    clientDir: FIXTURE_CLIENT_DIR,
  });
  const [web, data, api] = [stacks.web, stacks.data, stacks.api].map((stack) => Template.fromStack(stack));
  return { stage: stacks.stage, manifest, stacks, web, data, api, dispose };
}

/** The cdk-nag acknowledgments recorded under `scope`: where, which finding, and why. */
export function acknowledgedRules(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          // aws-cdk-lib records ids as 'Annotation::<id>' (older releases: lower case), as cdk-nag strips it.
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}
