import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { apiBasePath, type Problem } from '@/api';
import { internalProblem, maxBodyBytes } from './handlers';

/**
 * The HTTP side of `npm run mock:serve`: plain `node:http` in front of the msw handlers (msw's
 * `getResponse` resolves each request as the service worker does in the browser).
 *
 * - Every answer is `Cache-Control: no-store` (tokens, temporary passwords and codes must not
 *   be cached anywhere) and `X-Content-Type-Options: nosniff`; there is no `X-Powered-By`.
 * - Every error is `application/problem+json`, including requests the handlers never see (a
 *   path outside `/api/v1`, bytes that are not HTTP, a crash).
 * - A body over 1 MB is read to its end and thrown away, so the 413 leaves the keep-alive
 *   connection usable; past `drainLimitBytes` the answer says `Connection: close` instead.
 * - CORS is off unless origins are given (`['*']` opens it to any origin).
 * - `GET /api/v1/openapi.json` answers the OpenAPI document.
 */
export interface MockHttpOptions {
  handlers: RequestHandler[];
  /** Origins a browser may call from: none by default, `['*']` for any. */
  corsOrigins?: readonly string[];
  /** The document `GET /api/v1/openapi.json` answers (built once, on the first request). */
  openApiDocument?: () => unknown;
  /** How much of an oversize body is drained before the connection is closed instead (default 16 MB). */
  drainLimitBytes?: number;
}

const commonHeaders: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Max-Age': '600',
};

function problemBody(problem: Problem): string {
  return JSON.stringify(problem);
}

function sendProblem(response: ServerResponse, problem: Problem, extraHeaders: Record<string, string> = {}): void {
  const body = problemBody(problem);
  response.writeHead(problem.status, {
    ...extraHeaders,
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  response.end(body);
}

interface ReadBody {
  /** At most `maxBodyBytes + 1` bytes: enough for the handlers to see that it is too large. */
  bytes: Buffer;
  /** The client sent more than the drain limit: we stopped reading, the connection must close. */
  abandoned: boolean;
}

/** Reads the whole body (keeping only what the handlers need), so the socket is ready for the next request. */
function readBody(request: IncomingMessage, drainLimit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (kept <= maxBodyBytes) {
        const room = maxBodyBytes + 1 - kept;
        const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
        chunks.push(part);
        kept += part.byteLength;
      }
      if (total > drainLimit) {
        request.off('data', onData);
        request.off('end', onEnd);
        request.pause();
        resolve({ bytes: Buffer.concat(chunks), abandoned: true });
      }
    };
    const onEnd = () => resolve({ bytes: Buffer.concat(chunks), abandoned: false });
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}

/**
 * The header that tells the handlers which client (socket address) sent a request, for the
 * per-client throttles. Set here from the socket only: a client's own copy is dropped.
 */
export const clientAddressHeader = 'x-mock-serve-client';

function fetchHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headersDistinct)) {
    if (name === clientAddressHeader) continue;
    for (const item of value ?? []) headers.append(name, item);
  }
  headers.set(clientAddressHeader, request.socket.remoteAddress ?? 'unknown');
  return headers;
}

/** The client a request came from (`createHandlers`' `clientOf`), as `fetchHeaders` recorded it. */
export function clientAddressOf(request: Request): string | undefined {
  return request.headers.get(clientAddressHeader) ?? undefined;
}

const invalidHttp: Problem = { status: 400, code: 'invalid_request', title: 'The request is not valid HTTP' };

/** Raw bytes for a socket the HTTP parser gave up on (node would write a bare 400 otherwise). */
function clientErrorAnswer(): string {
  const body = problemBody(invalidHttp);
  return [
    'HTTP/1.1 400 Bad Request',
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

export function createMockHttpServer(options: MockHttpOptions): Server {
  const origins = new Set(options.corsOrigins ?? []);
  const anyOrigin = origins.has('*');
  const drainLimit = options.drainLimitBytes ?? 16 * 1024 * 1024;
  let openApiText: string | null = null;

  function corsFor(origin: string | undefined): Record<string, string> | null {
    if (origin === undefined || !(anyOrigin || origins.has(origin))) return null;
    return {
      'Access-Control-Allow-Origin': anyOrigin ? '*' : origin,
      'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition, Allow',
      ...(anyOrigin ? {} : { Vary: 'Origin' }),
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(commonHeaders)) response.setHeader(name, value);
    const cors = corsFor(request.headers.origin);
    if (cors) for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);

    // Preflights never reach the API: CORS is the server's business, not the contract's.
    if (request.method === 'OPTIONS') {
      request.resume();
      if (request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined) {
        if (!cors) {
          sendProblem(response, { status: 403, code: 'forbidden', title: 'This origin may not call the API (start mock:serve with --cors)' });
          return;
        }
        response.writeHead(204, corsHeaders).end();
        return;
      }
      response.writeHead(204, { Allow: corsHeaders['Access-Control-Allow-Methods'] ?? '' }).end();
      return;
    }

    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://mock-serve.invalid');
    } catch {
      request.resume();
      sendProblem(response, { ...invalidHttp, title: 'The request target is not a valid URL' });
      return;
    }

    const method = request.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const body = hasBody ? await readBody(request, drainLimit) : null;
    if (!hasBody) request.resume();
    if (body?.abandoned) {
      response.once('finish', () => request.socket.destroySoon());
      sendProblem(response, { status: 413, code: 'payload_too_large', title: 'The body is larger than 1 MB' }, { Connection: 'close' });
      return;
    }

    if (method === 'GET' && url.pathname === `${apiBasePath}/openapi.json` && options.openApiDocument) {
      openApiText ??= JSON.stringify(options.openApiDocument(), null, 2);
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(openApiText)) });
      response.end(openApiText);
      return;
    }

    let fetchRequest: Request;
    try {
      fetchRequest = new Request(url, { method, headers: fetchHeaders(request), body: body && body.bytes.byteLength > 0 ? new Uint8Array(body.bytes) : null });
    } catch {
      sendProblem(response, { ...invalidHttp, title: 'The request method or headers are not valid' });
      return;
    }

    let answer: Response | undefined;
    try {
      answer = await getResponse(options.handlers, fetchRequest);
    } catch (error) {
      // msw's path matching throws on a path that doesn't percent-decode (the handlers catch those under the API).
      if (!(error instanceof URIError)) throw error;
      sendProblem(response, { ...invalidHttp, title: 'The path is not valid percent-encoding' });
      return;
    }
    if (!answer) {
      sendProblem(response, { status: 404, code: 'not_found', title: `There is nothing here: the API is under ${apiBasePath}` });
      return;
    }
    const bytes = Buffer.from(await answer.arrayBuffer());
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name] = value;
    });
    response.writeHead(answer.status, { ...headers, 'Content-Length': String(bytes.byteLength) });
    response.end(bytes);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // A bug of the server itself: a generic problem, never its message or stack.
      if (!response.headersSent) sendProblem(response, internalProblem);
      else response.destroy();
    });
  });
  // A slow or stalled client gets 30 s for its request, not the default 5 minutes.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  server.on('clientError', (_error: Error, socket: Duplex) => {
    if (socket.writable) socket.end(clientErrorAnswer());
    else socket.destroy();
  });
  return server;
}

/** Listens and answers the base URL of the API (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve(`http://${host}:${actualPort}${apiBasePath}`);
    });
  });
}

/** `--cors=https://a.example,https://b.example` or `--cors=*` → the allowed origins. */
export function corsOriginsFromArgs(args: readonly string[]): string[] {
  return args
    .filter((arg) => arg.startsWith('--cors='))
    .flatMap((arg) => arg.slice('--cors='.length).split(','))
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
}
