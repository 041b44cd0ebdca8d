// axe-core audits of the pages an e2e run visits, against WCAG 2.1 A and AA, in the light and the dark colour
// scheme (the stylesheet has both): each audit is recorded under the name of the page state, serious and critical
// violations are what a run must not have, moderate and minor ones are listed for the output.
import { createRequire } from 'node:module';
import type { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Result = AxeResults['violations'][number];
/** The part of the in-page `axe` global used here. */
interface AxeApi {
  run(context: Document, options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] }): Promise<AxeResults>;
}

/**
 * axe-core's browser bundle, the very one @axe-core/playwright (the pinned devDependency) injects. Injected once
 * per document and run in place: AxeBuilder re-sends its 650 kB twice per call, which made the audits ~2.5× slower here.
 */
const AXE_SOURCE: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core').source;

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

export interface Finding {
  state: string;
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of what is wrong for the first. */
  targets: string[];
  summary: string;
}

function findings(state: string, violations: Result[]): Finding[] {
  return violations.map((violation) => ({
    state,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

export function describeFinding(finding: Finding): string {
  const targets = finding.targets.slice(0, 3).join(', ') + (finding.targets.length > 3 ? `, +${finding.targets.length - 3}` : '');
  return `[${finding.impact}] ${finding.state}: ${finding.rule} (${finding.help}) at ${targets}. ${finding.summary}`;
}

export class AccessibilityAudit {
  readonly audited: string[] = [];
  readonly findings: Finding[] = [];

  /** Time spent auditing, for the run's output. */
  elapsedMs = 0;

  /** Audits the page as it is now, under the name of the state it shows. */
  async check(page: Page, state: string): Promise<void> {
    const started = performance.now();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The app has no frames, so the top document is the whole page.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
      const results: AxeResults = await page.evaluate(
        (tags) => (window as unknown as { axe: AxeApi }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        WCAG_21_AA,
      );
      this.findings.push(...findings(scheme === 'light' ? state : `${state} (dark)`, results.violations));
    }
    await page.emulateMedia({ colorScheme: null });
    this.audited.push(state);
    this.elapsedMs += performance.now() - started;
  }

  blocking(): Finding[] {
    return this.findings.filter((finding) => BLOCKING.has(finding.impact));
  }

  advisory(): Finding[] {
    return this.findings.filter((finding) => !BLOCKING.has(finding.impact));
  }
}
