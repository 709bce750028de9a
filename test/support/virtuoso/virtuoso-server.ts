// Owns a throwaway Virtuoso for tests and benches: config and database in a temp folder, free loopback ports, readiness, loading RDF with isql-vt, stopping.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's virtuoso-opensource-7-bin installs these two; the paths can be overridden for other systems. */
export const VIRTUOSO_BINARY = process.env.ATLAS_VIRTUOSO_BIN ?? '/usr/bin/virtuoso-t';
export const ISQL_BINARY = process.env.ATLAS_ISQL_BIN ?? '/usr/bin/isql-vt';

export interface VirtuosoOptions {
  /** 8 KB pages of cache: ~20,000 (160 MB) is plenty for the test fixtures; the 1M-triple bench wants more. */
  buffers?: number;
  /** Seconds Virtuoso lets one query run; the server answers with an error past it. */
  maxQuerySeconds?: number;
  /** Fixed ports for a manual run (ATLAS_VIRTUOSO_HTTP_PORT / ATLAS_VIRTUOSO_ISQL_PORT); free ones are picked otherwise. */
  httpPort?: number;
  isqlPort?: number;
  /** How long to wait for the HTTP endpoint to answer after start. */
  startTimeoutMs?: number;
}

export interface VirtuosoServer {
  /** The SPARQL endpoint, `http://127.0.0.1:<port>/sparql`. */
  readonly endpoint: string;
  readonly httpPort: number;
  readonly isqlPort: number;
  /** The temp folder holding the database, the config and files to load (Virtuoso may only read files there). */
  readonly dir: string;
  /** Runs SQL through isql-vt; rejects with Virtuoso's message when a statement fails. */
  sql(statements: string): Promise<string>;
  /** Loads an RDF file (Turtle or N-Triples) into `graph` with DB.DBA.TTLP_MT; the file is copied into `dir` first when it is elsewhere. */
  loadTurtle(file: string, graph: string): Promise<void>;
  /** Bulk-loads every file matching `mask` in `folder` (inside `dir`) into `graph` with ld_dir + rdf_loader_run. */
  bulkLoad(folder: string, mask: string, graph: string): Promise<void>;
  /** Stops the server and deletes the temp folder; safe to call twice. */
  stop(): Promise<void>;
}

export function virtuosoAvailable(): boolean {
  return existsSync(VIRTUOSO_BINARY) && existsSync(ISQL_BINARY);
}

/** A port the OS says is free right now (bind to 0 and read it back); a clash between this and Virtuoso's bind is retried by the caller. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function iniText(dir: string, httpPort: number, isqlPort: number, options: VirtuosoOptions): string {
  const buffers = options.buffers ?? 20_000;
  return `; Throwaway Virtuoso for Alliance Atlas tests: loopback only, database in ${dir}.
[Database]
DatabaseFile = ${join(dir, 'virtuoso.db')}
ErrorLogFile = ${join(dir, 'virtuoso.log')}
LockFile = ${join(dir, 'virtuoso.lck')}
TransactionFile = ${join(dir, 'virtuoso.trx')}
xa_persistent_file = ${join(dir, 'virtuoso.pxa')}
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${join(dir, 'virtuoso-temp.db')}
TransactionFile = ${join(dir, 'virtuoso-temp.trx')}
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${isqlPort}
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.floor(buffers * 0.75)}
DirsAllowed = ., ${dir}
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 10
MaxClientConnections = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = ${options.maxQuerySeconds ?? 60}
DefaultQuery = ASK {}
`;
}

async function waitForEndpoint(endpoint: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`virtuoso-t exited (${exited}) before it was ready:\n${log()}`);
    try {
      const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`, {
        headers: { accept: 'application/sparql-results+json' },
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Virtuoso did not answer at ${endpoint} within ${timeoutMs} ms:\n${log()}`);
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Runs isql-vt without blocking the event loop: a synchronous spawn would freeze the caller's HTTP connections for
 * the whole load, and Node would then reuse a kept-alive socket Virtuoso closed meanwhile.
 */
function runIsql(isqlPort: number, statements: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(ISQL_BINARY, [`127.0.0.1:${isqlPort}`, 'dba', 'dba', `exec=${statements}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (status) => {
      // isql-vt exits 0 even when a statement fails; its errors go to stderr as "*** Error".
      if (status !== 0 || /\*\*\* Error/.test(stderr)) {
        reject(new Error(`isql-vt failed (${status}): ${stderr.trim() || stdout.trim()}`));
      } else {
        resolve(`${stdout}${stderr}`);
      }
    });
  });
}

async function startOnce(options: VirtuosoOptions): Promise<VirtuosoServer> {
  const httpPort = options.httpPort ?? (await freePort());
  let isqlPort = options.isqlPort ?? (await freePort());
  while (isqlPort === httpPort) isqlPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-virtuoso-'));
  const ini = join(dir, 'virtuoso.ini');
  writeFileSync(ini, iniText(dir, httpPort, isqlPort, options));
  const child = spawn(VIRTUOSO_BINARY, ['+configfile', ini, '+foreground'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const log = () => {
    const file = join(dir, 'virtuoso.log');
    return existsSync(file) ? readFileSync(file, 'utf8').slice(-4000) : output;
  };
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForEndpoint(endpoint, child, log, options.startTimeoutMs ?? 60_000);
    // CORS on /sparql, so the web build (another origin) can query it from the browser like any public endpoint.
    await runIsql(
      isqlPort,
      "DB.DBA.VHOST_REMOVE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql'); " +
        "DB.DBA.VHOST_DEFINE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql', ppath=>'/!sparql/', is_dav=>1, " +
        "vsp_user=>'dba', opts=>vector('cors', '*', 'noinherit', 1));",
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const localCopy = (file: string) => {
    if (file.startsWith(`${dir}/`)) return file;
    const copy = join(dir, `load-${Date.now()}-${Math.random().toString(36).slice(2)}.ttl`);
    writeFileSync(copy, readFileSync(file));
    return copy;
  };
  return {
    endpoint,
    httpPort,
    isqlPort,
    dir,
    sql: (statements) => runIsql(isqlPort, statements),
    async loadTurtle(file, graph) {
      const path = localCopy(file);
      await runIsql(
        isqlPort,
        `DB.DBA.TTLP_MT(file_to_string_output(${sqlString(path)}), '', ${sqlString(graph)}, 0); checkpoint;`,
      );
    },
    async bulkLoad(folder, mask, graph) {
      await runIsql(
        isqlPort,
        `ld_dir(${sqlString(folder)}, ${sqlString(mask)}, ${sqlString(graph)}); rdf_loader_run(); checkpoint;`,
      );
      const failed = await runIsql(isqlPort, 'select count(*) from DB.DBA.LOAD_LIST where ll_error is not null;');
      if (!/\n0\n/.test(failed)) throw new Error(`the bulk load of ${folder}/${mask} reported errors:\n${failed}`);
    },
    stop,
  };
}

/**
 * Starts Virtuoso on loopback with a fresh database. Ports come from the OS; if another process takes one between
 * the check and Virtuoso's bind, the start is retried on new ports.
 */
export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<VirtuosoServer> {
  const fixed = {
    ...options,
    httpPort: options.httpPort ?? envPort('ATLAS_VIRTUOSO_HTTP_PORT'),
    isqlPort: options.isqlPort ?? envPort('ATLAS_VIRTUOSO_ISQL_PORT'),
  };
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(fixed);
    } catch (error) {
      lastError = error;
      if (fixed.httpPort !== undefined && fixed.isqlPort !== undefined) break;
    }
  }
  throw lastError;
}

function envPort(name: string): number | undefined {
  const value = process.env[name];
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
