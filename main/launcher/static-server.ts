// Owns the loopback static server that serves the built renderer when Electron is absent, and for the web end-to-end tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mimeTypeFor, resolveStaticAsset } from '../static-assets';
import { WEB_CONTENT_SECURITY_POLICY_HEADER } from '../web-security';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The Host headers the server answers: its own loopback address. Anything else is a page on another origin that
 * resolved its own name to 127.0.0.1 (DNS rebinding) to read our responses, and gets 421.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Serves `root` on 127.0.0.1 only (never other interfaces), with the web build's CSP on every response. */
export function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const { port: actual } = server.address() as AddressInfo;
    if (!isOwnHost(request.headers.host, actual)) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveStaticAsset(root, pathname);
    let isFile = false;
    try {
      isFile = file !== null && statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (!file || !isFile) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': mimeTypeFor(file),
      'content-security-policy': WEB_CONTENT_SECURITY_POLICY_HEADER,
      'x-content-type-options': 'nosniff',
      // For browsers without frame-ancestors: never shown inside another page's frame.
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
