import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type AxeCore from 'axe-core';

declare global {
  interface Window {
    axe: typeof AxeCore;
  }
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules, and best practices) in the page and returns its violations. It waits for
 * CSS transitions to end first: a button fading back from its busy colour after an action is
 * measured half-way otherwise (infinite animations, like spinners, are not waited for).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'));
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    // Fluent's focus guards (tabster's `<i data-tabster-dummy aria-hidden tabindex=0>`) exist to
    // bounce focus on; axe's aria-hidden-focus flags them, a known false positive (microsoft/tabster#288).
    const isFocusGuard = (id: string, html: string) => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
    return result.violations
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.filter((node) => !isFocusGuard(violation.id, node.html)).map((node) => node.target.map(String).join(' ')),
      }))
      .filter((violation) => violation.targets.length > 0);
  });
}
