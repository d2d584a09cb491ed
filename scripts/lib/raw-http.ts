import { connect, type Socket } from 'node:net';

/**
 * A tiny HTTP/1.1 client over one socket, for what `fetch` hides: several requests on the same
 * keep-alive connection, a body that is sent whatever its size, and telling a hang (no answer in
 * time) from a reset (the socket closed first). Used by the fuzzer, the conformance kit and tests.
 */
export interface RawRequest {
  method: string;
  /** The request target as sent, not re-encoded: `/api/v1/reset/%` stays as it is. */
  target: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Send the body with `Transfer-Encoding: chunked` instead of a Content-Length. */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export class RawHttpError extends Error {
  constructor(
    readonly kind: 'hang' | 'reset',
    message: string,
  ) {
    super(message);
  }
}

function parseHead(head: string): { status: number; headers: Record<string, string> } {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers };
}

/** A complete response at the start of `buffer`, and how many bytes it took; null while incomplete. */
function parseResponse(buffer: Buffer, ended: boolean): { response: RawResponse; length: number } | null {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const { status, headers } = parseHead(buffer.subarray(0, headEnd).toString('latin1'));
  const start = headEnd + 4;
  if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
    const parts: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', at);
      if (lineEnd < 0) return null;
      const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) return null;
      if (size === 0) {
        const trailerEnd = buffer.indexOf('\r\n\r\n', lineEnd);
        if (trailerEnd < 0) return null;
        return { response: { status, headers, body: Buffer.concat(parts).toString('utf8') }, length: trailerEnd + 4 };
      }
      if (buffer.byteLength < lineEnd + 2 + size + 2) return null;
      parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  const declared = headers['content-length'];
  if (declared !== undefined) {
    const size = Number(declared);
    if (buffer.byteLength < start + size) return null;
    return { response: { status, headers, body: buffer.subarray(start, start + size).toString('utf8') }, length: start + size };
  }
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) return { response: { status, headers, body: '' }, length: start };
  // No length: the body runs to the end of the connection.
  return ended ? { response: { status, headers, body: buffer.subarray(start).toString('utf8') }, length: buffer.byteLength } : null;
}

export class RawConnection {
  private buffer = Buffer.alloc(0);
  private ended = false;
  private failure: Error | null = null;
  private waiter: (() => void) | null = null;

  private constructor(
    private readonly socket: Socket,
    private readonly host: string,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiter?.();
    });
    socket.on('end', () => {
      this.ended = true;
      this.waiter?.();
    });
    socket.on('close', () => {
      this.ended = true;
      this.waiter?.();
    });
    socket.on('error', (error) => {
      this.failure = error;
      this.waiter?.();
    });
  }

  static open(baseUrl: string, timeoutMs = 5000): Promise<RawConnection> {
    const url = new URL(baseUrl);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: url.hostname, port: Number(url.port || 80) });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new RawHttpError('hang', `No connection to ${url.host} in ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new RawConnection(socket, url.host));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new RawHttpError('reset', `Could not connect to ${url.host}: ${error.message}`));
      });
    });
  }

  /** Whether the server closed (or was asked to close) this connection. */
  get closed(): boolean {
    return this.ended || this.socket.destroyed;
  }

  /** Sends one request and waits for its whole answer (a `hang` after `timeoutMs`). */
  async send(request: RawRequest, timeoutMs = 5000): Promise<RawResponse> {
    const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body ? Buffer.from(request.body) : null;
    const headers: Record<string, string> = { Host: this.host, ...request.headers };
    if (body && request.chunked) headers['Transfer-Encoding'] = 'chunked';
    else if (body) headers['Content-Length'] = String(body.byteLength);
    const head = `${request.method} ${request.target} HTTP/1.1\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n`;
    const write = (data: Buffer | string) => {
      if (!this.socket.destroyed && this.socket.writable) this.socket.write(data);
    };
    write(head);
    if (body && request.chunked) {
      const chunkSize = 64 * 1024;
      for (let at = 0; at < body.byteLength; at += chunkSize) {
        const chunk = body.subarray(at, at + chunkSize);
        write(`${chunk.byteLength.toString(16)}\r\n`);
        write(chunk);
        write('\r\n');
      }
      write('0\r\n\r\n');
    } else if (body) {
      write(body);
    }
    return this.read(timeoutMs, `${request.method} ${request.target.slice(0, 80)}`);
  }

  private read(timeoutMs: number, what: string): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new RawHttpError('hang', `${what}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        const parsed = parseResponse(this.buffer, this.ended);
        if (parsed) {
          clearTimeout(timer);
          this.waiter = null;
          this.buffer = this.buffer.subarray(parsed.length);
          resolve(parsed.response);
          return;
        }
        if (this.failure || this.ended) {
          clearTimeout(timer);
          this.waiter = null;
          reject(new RawHttpError('reset', `${what}: the connection closed before an answer (${this.failure?.message ?? 'end'})`));
        }
      };
      this.waiter = check;
      check();
    });
  }

  close(): void {
    this.socket.destroy();
  }
}
