import { argument } from '../lib/http-calls';
import { runConformance } from './run';

/**
 * `npm run conformance -- --base-url http://127.0.0.1:4010/api/v1 [--known-user someone@org]`:
 * the contract's behaviour over HTTP against any backend. Prints a line per check and
 * `conformance: N passed, M failed, K skipped`; exits 1 when a check failed.
 */
const args = process.argv.slice(2);
const baseUrl = argument(args, 'base-url');
if (!baseUrl) {
  console.error('Usage: npm run conformance -- --base-url http://127.0.0.1:4010/api/v1 [--known-user user@contoso.com]');
  process.exit(2);
}
const knownUser = argument(args, 'known-user');
runConformance(baseUrl, { log: (line) => console.log(line), ...(knownUser ? { knownUser } : {}) }).then(
  (report) => process.exit(report.failed > 0 ? 1 : 0),
  (error: unknown) => {
    console.error(`conformance: could not run against ${baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
