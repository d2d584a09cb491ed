import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * What the fuzzer and the conformance checks share: plain `fetch` calls that answer status,
 * headers and the parsed body (never throwing on a problem), and starting `mock:serve`.
 */
export interface Answer {
  status: number;
  headers: Headers;
  /** The JSON body, or undefined when there was none or it was not JSON. */
  body: unknown;
  text: string;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is (no JSON encoding), with this Content-Type. */
  rawBody?: { type: string; text: string };
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody) {
    headers['Content-Type'] = options.rawBody.type;
    body = options.rawBody.text;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field of a JSON object, or null. */
export function field(value: unknown, name: string): string | null {
  if (!isRecord(value)) return null;
  const item = value[name];
  return typeof item === 'string' ? item : null;
}

/** `--name=value` or `--name value` from argv. */
export function argument(args: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg.startsWith(prefix)) return arg.slice(prefix.length);
    if (arg === `--${name}`) return args[i + 1];
  }
  return undefined;
}

export interface StartedServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `npm run mock:serve` as a child process on a free port; answers once it listens. */
export function startMockServe(timeoutMs = 60_000): Promise<StartedServer> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mock:serve did not start in ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ baseUrl: match[1], stop });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mock:serve exited with ${code}: ${output}`));
    });
  });
}

/**
 * A reset flow for a person through the dev API (the CAPTCHA's answer, the code sent), the way
 * the portal walks it; null when the server has no dev API.
 */
export class DevApiReset {
  constructor(private readonly baseUrl: string) {}

  async start(userId: string): Promise<Answer> {
    const captcha = await call(this.baseUrl, 'GET', '/captcha');
    const challengeId = field(captcha.body, 'challengeId');
    if (!isRecord(captcha.body) || captcha.body.enabled !== true || challengeId === null) {
      return call(this.baseUrl, 'POST', '/reset', { body: { userId } });
    }
    const solved = await call(this.baseUrl, 'GET', `/dev/captcha/${encodeURIComponent(challengeId)}`);
    return call(this.baseUrl, 'POST', '/reset', { body: { userId, captcha: { challengeId, answer: field(solved.body, 'answer') ?? '' } } });
  }

  /** The methodId of a method kind in a flow answer. */
  static methodId(flow: unknown, kind: string): string | null {
    if (!isRecord(flow) || !Array.isArray(flow.methods)) return null;
    const method = flow.methods.find((candidate) => field(candidate, 'kind') === kind);
    return field(method, 'methodId');
  }

  /** The newest code sent to an address (GET /dev/outbox?to=…). */
  async lastCode(to: string): Promise<string | null> {
    const outbox = await call(this.baseUrl, 'GET', `/dev/outbox?to=${encodeURIComponent(to)}`);
    if (!isRecord(outbox.body) || !Array.isArray(outbox.body.items)) return null;
    for (const message of outbox.body.items) {
      const code = field(message, 'code');
      if (code !== null) return code;
    }
    return null;
  }

  /** A flow with an e-mail challenge sent: its ids and the code, or null when a step failed. */
  async emailChallenge(userId: string, address: string): Promise<{ flowId: string; challengeId: string; code: string } | null> {
    const flow = await this.start(userId);
    const flowId = field(flow.body, 'flowId');
    const methodId = DevApiReset.methodId(flow.body, 'email');
    if (flowId === null || methodId === null) return null;
    const challenge = await call(this.baseUrl, 'POST', `/reset/${flowId}/challenges`, { body: { methodId } });
    const challengeId = field(challenge.body, 'challengeId');
    const code = await this.lastCode(address);
    return challengeId === null || code === null ? null : { flowId, challengeId, code };
  }
}

/** Whether the server offers the mock's dev API (GET /dev/clock answers 200). */
export async function hasDevApi(baseUrl: string): Promise<boolean> {
  try {
    return (await call(baseUrl, 'GET', '/dev/clock')).status === 200;
  } catch {
    return false;
  }
}
