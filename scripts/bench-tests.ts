/**
 * `npm run bench:tests`: runs the whole Vitest suite once and prints its wall time, Vitest's own
 * duration, the machine's load and the ten slowest files. A figure to read, not a timed test:
 * the machine is shared, so the load average is printed next to it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

interface FileResult {
  name: string;
  startTime: number;
  endTime: number;
}

interface JsonReport {
  success: boolean;
  startTime: number;
  numTotalTests: number;
  numFailedTests: number;
  testResults: FileResult[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFileResult(value: unknown): value is FileResult {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.startTime === 'number' &&
    typeof value.endTime === 'number'
  );
}

function parseReport(text: string): JsonReport {
  const report: unknown = JSON.parse(text);
  if (!isRecord(report)) throw new Error('Vitest wrote no JSON report');
  const files = Array.isArray(report.testResults) ? report.testResults.filter(isFileResult) : [];
  return {
    success: report.success === true,
    startTime: typeof report.startTime === 'number' ? report.startTime : Number.NaN,
    numTotalTests: typeof report.numTotalTests === 'number' ? report.numTotalTests : 0,
    numFailedTests: typeof report.numFailedTests === 'number' ? report.numFailedTests : 0,
    testResults: files,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * CPU time (user + system) of the finished child processes, from /proc on Linux: what the run
 * itself cost. Other load sways it much less than the wall time (it still grows some when the
 * cores are contended). Null elsewhere.
 */
function childrenCpuMs(): number | null {
  try {
    // Fields after the command name; cutime and cstime are the 14th and 15th of them, in ticks.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[13]) + Number(fields[14]);
    // Linux counts them at 100 per second (USER_HZ).
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const outDir = mkdtempSync(join(tmpdir(), 'bench-tests-'));
const outFile = join(outDir, 'report.json');
const args = [
  'vitest',
  'run',
  '--reporter=dot',
  '--reporter=json',
  `--outputFile.json=${outFile}`,
  ...process.argv.slice(2),
];
const loadBefore = load();
const started = performance.now();

const child = spawn('npx', args, { stdio: 'inherit' });
const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
const wall = performance.now() - started;

try {
  const report = parseReport(readFileSync(outFile, 'utf8'));
  const end = Math.max(...report.testResults.map((file) => file.endTime));
  const busy = report.testResults.reduce((sum, file) => sum + (file.endTime - file.startTime), 0);
  console.log('');
  console.log(`wall time            ${seconds(wall)}   (target < 90 s)`);
  console.log(
    `Vitest duration      ${seconds(end - report.startTime)}   (first file start to last file end)`,
  );
  console.log(
    `sum of file times    ${seconds(busy)}   over ${report.testResults.length} files, ${report.numTotalTests} tests, ${report.numFailedTests} failed`,
  );
  const cpu = childrenCpuMs();
  if (cpu !== null) console.log(`CPU time             ${seconds(cpu)}   (user + system of the run: less swayed by the load than wall time, not immune)`);
  console.log(`load average         before ${loadBefore}, after ${load()}   (${cpus().length} cores)`);
  console.log('slowest files:');
  const slowest = [...report.testResults]
    .sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime))
    .slice(0, 10);
  for (const file of slowest) {
    console.log(
      `  ${seconds(file.endTime - file.startTime).padStart(8)}  ${relative(process.cwd(), file.name)}`,
    );
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exitCode = exitCode;
