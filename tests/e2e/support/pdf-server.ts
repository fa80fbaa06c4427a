import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * Serves the corpus PDFs on 127.0.0.1 under two paths each (`/plans/<name>` and `/mirror/<name>`), the
 * way one plan is published at several addresses, and the bad answers a viewer must survive: a 404, a
 * redirect loop, an HTML page named .pdf, and a damaged PDF.
 */
export class PdfServer {
  readonly #server: Server;
  origin = '';

  constructor(plansDir: string) {
    this.#server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (path === '/loop.pdf') {
        response.writeHead(302, { location: '/loop.pdf' }).end();
        return;
      }
      if (path === '/not-a-pdf.pdf') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Moved.</p>');
        return;
      }
      if (path === '/corrupt.pdf') {
        response
          .writeHead(200, { 'content-type': 'application/pdf' })
          .end('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n');
        return;
      }
      const match = /^\/(?:plans|mirror)\/([\w.-]+\.pdf)$/.exec(path);
      if (!match?.[1]) {
        response.writeHead(404).end('not found');
        return;
      }
      readFile(join(plansDir, match[1])).then(
        (body) => response.writeHead(200, { 'content-type': 'application/pdf' }).end(body),
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

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
