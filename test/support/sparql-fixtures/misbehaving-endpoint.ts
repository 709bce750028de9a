// Owns a loopback HTTP server that answers like a broken SPARQL endpoint (never, slowly, junk, errors, redirects), for the client's error tests.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MisbehavingEndpoint {
  /** `http://127.0.0.1:<port>` + a path below picks the behaviour. */
  url(path: Behaviour): string;
  /** Requests received so far (path and decoded query), to check what the client sent. */
  requests: { path: string; query: string | null; contentType: string | undefined }[];
  close(): Promise<void>;
}

export type Behaviour =
  | '/hang'
  | '/stall-body'
  | '/html'
  | '/not-json'
  | '/wrong-shape'
  | '/undeclared-variable'
  | '/lang-and-datatype'
  | '/server-error'
  | '/not-found'
  | '/redirect'
  | '/big'
  | '/reset'
  | '/reset-once'
  | '/ok';

const JSON_TYPE = 'application/sparql-results+json';

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

export async function startMisbehavingEndpoint(): Promise<MisbehavingEndpoint> {
  const requests: MisbehavingEndpoint['requests'] = [];
  const hanging = new Set<ServerResponse>();
  let resets = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] as Behaviour;
      requests.push({ path, query: new URLSearchParams(body).get('query'), contentType: req.headers['content-type'] });
      switch (path) {
        case '/hang':
          hanging.add(res);
          return;
        case '/reset':
          req.socket.destroy();
          return;
        case '/reset-once':
          // The first request finds its connection closed (as a stale kept-alive socket would be); later ones succeed.
          if (resets++ === 0) {
            req.socket.destroy();
            return;
          }
          break;
        case '/stall-body':
          res.writeHead(200, { 'content-type': JSON_TYPE });
          res.write('{ "head": { "vars": ["s"] }, "results": { "bindings": [');
          hanging.add(res);
          return;
        case '/html':
          return send(
            res,
            200,
            'text/html',
            '<!DOCTYPE html><html><body><h1>Welcome</h1><p>Our home page</p></body></html>',
          );
        case '/not-json':
          return send(res, 200, JSON_TYPE, '{ "head": { "vars": ["s"] }, "results": ');
        case '/wrong-shape':
          return send(res, 200, JSON_TYPE, '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri"}}]}}');
        case '/undeclared-variable':
          return send(
            res,
            200,
            JSON_TYPE,
            '{"head":{"vars":["s"]},"results":{"bindings":[{"x":{"type":"uri","value":"http://example.org/a"}}]}}',
          );
        case '/lang-and-datatype':
          return send(
            res,
            200,
            JSON_TYPE,
            '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"a","xml:lang":"en","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}',
          );
        case '/server-error':
          return send(res, 503, 'text/plain', 'Service temporarily unavailable: the store is reindexing\n');
        case '/not-found':
          return send(
            res,
            404,
            'text/html',
            '<html><head><title>404</title></head><body><p>No such <b>page</b></p></body></html>',
          );
        case '/redirect':
          return send(res, 302, 'text/plain', '', { location: 'http://elsewhere.example/sparql' });
        case '/big':
          return send(
            res,
            200,
            JSON_TYPE,
            JSON.stringify({ head: { vars: ['s'] }, results: { bindings: [] }, pad: 'x'.repeat(200_000) }),
          );
      }
      // '/ok', and '/reset-once' after its first request.
      send(
        res,
        200,
        JSON_TYPE,
        '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://example.org/a"}}]}}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL whose server has stopped: a port that was listening and is closed again. */
export async function stoppedEndpointUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/sparql`;
}
