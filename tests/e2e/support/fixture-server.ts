import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/**
 * Serves tests/fixtures/pages on 127.0.0.1. `serveAs(path, file)` makes an address answer with
 * another fixture, the way a publisher republishes a page at the same address.
 */
export class FixtureServer {
  readonly #server: Server;
  readonly #aliases = new Map<string, string>();
  readonly #generated = new Map<string, string>();
  origin = '';

  constructor() {
    this.#server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const generated = this.#generated.get(path);
      if (generated !== undefined) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(generated);
        return;
      }
      const file = this.#aliases.get(path) ?? path.slice(1);
      if (!/^[\w.-]+\.html$/.test(file)) {
        response.writeHead(404).end('not found');
        return;
      }
      readFile(PAGES + file).then(
        (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
        () => response.writeHead(404).end('not found'),
      );
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  serveAs(path: string, file: string): void {
    this.#aliases.set(path, file);
  }

  /** Makes an address answer with a page generated in memory (a long plan built by a test). */
  serveContent(path: string, html: string): void {
    this.#generated.set(path, html);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
