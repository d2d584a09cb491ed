import { call, field, hasDevApi, isRecord } from '../lib/http-calls';
import { CheckFailure, checks, SkipCheck, type Check, type ConformanceContext } from './checks';

export interface CheckResult {
  check: Check;
  outcome: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  message?: string;
}

export interface ConformanceReport {
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
  /** `conformance: N passed, M failed, K skipped`. */
  summary: string;
}

async function devSignIn(baseUrl: string, userId: string): Promise<string | null> {
  const answer = await call(baseUrl, 'POST', '/dev/session', { body: { userId } });
  return answer.status < 300 ? field(answer.body, 'token') : null;
}

/** Who to be, from the dev personas: the global admin and the happy-path person. */
async function personas(baseUrl: string): Promise<{ admin: string | null; happy: string | null }> {
  const answer = await call(baseUrl, 'GET', '/dev/personas');
  const items = isRecord(answer.body) && Array.isArray(answer.body.items) ? answer.body.items : [];
  const byRole = (pattern: RegExp) => field(items.find((item) => pattern.test(field(item, 'role') ?? '')), 'userId');
  return { admin: byRole(/global admin/i), happy: byRole(/happy path/i) };
}

export async function detectContext(baseUrl: string, options: { knownUser?: string } = {}): Promise<ConformanceContext> {
  const dev = await hasDevApi(baseUrl);
  const found = dev ? await personas(baseUrl) : { admin: null, happy: null };
  const knownUser = options.knownUser ?? found.happy;
  return {
    baseUrl,
    dev,
    knownUser,
    adminToken: dev && found.admin ? await devSignIn(baseUrl, found.admin) : null,
    userToken: dev && knownUser ? await devSignIn(baseUrl, knownUser) : null,
  };
}

/** Runs every check in order; `log` gets one line per check and the summary. */
export async function runConformance(
  baseUrl: string,
  options: { knownUser?: string; log?: (line: string) => void } = {},
): Promise<ConformanceReport> {
  const log = options.log ?? (() => undefined);
  const base = baseUrl.replace(/\/$/, '');
  const context = await detectContext(base, options);
  log(`conformance against ${base}: dev API ${context.dev ? 'found (codes and the clock come from it)' : 'absent (checks that need it are skipped)'}`);
  const results: CheckResult[] = [];
  for (const check of checks) {
    let result: CheckResult;
    try {
      await check.run(context);
      result = { check, outcome: 'passed' };
    } catch (error) {
      if (error instanceof SkipCheck) result = { check, outcome: 'skipped', message: error.message };
      else if (error instanceof CheckFailure) result = { check, outcome: 'failed', message: error.message };
      else result = { check, outcome: 'failed', message: `the check could not finish: ${error instanceof Error ? error.message : String(error)}` };
    }
    results.push(result);
    const mark = result.outcome === 'passed' ? 'ok  ' : result.outcome === 'failed' ? 'FAIL' : 'skip';
    log(`${mark} [${check.area}] ${check.name}${result.message ? `\n       ${result.message}` : ''}`);
  }
  const count = (outcome: CheckResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  const passed = count('passed');
  const failed = count('failed');
  const skipped = count('skipped');
  const summary = `conformance: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  log(summary);
  return { results, passed, failed, skipped, summary };
}
