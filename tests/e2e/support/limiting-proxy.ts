import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy with a request body limit in front of the sync server, as a deployment behind nginx
 * (`client_max_body_size`) has: it reads each request whole, answers 413 with its own words above the
 * limit, and passes everything else through, streamed answers (the event stream) included.
 */
export class LimitingProxy {
  #server: Server | null = null;
  /** How many requests over the limit it refused. */
  refusals = 0;

  constructor(
    private readonly upstream: string,
    readonly limitBytes: number,
  ) {}

  get message(): string {
    return `request body is larger than ${this.limitBytes} bytes`;
  }

  get origin(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('the proxy is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        if (body.length > this.limitBytes) {
          this.refusals += 1;
          response.writeHead(413, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: this.message }));
          return;
        }
        void this.#pass(request.method ?? 'GET', request.url ?? '/', request.headers, body, response);
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async #pass(
    method: string,
    path: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
    response: import('node:http').ServerResponse,
  ): Promise<void> {
    const forwarded = new Headers();
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || ['host', 'connection', 'content-length'].includes(name)) continue;
      forwarded.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const abort = new AbortController();
    response.on('close', () => abort.abort());
    try {
      const answer = await fetch(new URL(path, this.upstream), {
        method,
        headers: forwarded,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
        signal: abort.signal,
      });
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) {
          out[name] = value;
        }
      });
      response.writeHead(answer.status, out);
      const reader = answer.body?.getReader();
      for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
        response.write(part.value);
      }
      response.end();
    } catch {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    }
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => (this.#server ? this.#server.close(resolve) : resolve(undefined)));
    this.#server = null;
  }
}
