// Runs test/support/rdf-oracle.py (rdflib) as an independent check of the RDF mapping's counts; null, with the reason printed, where rdflib is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface OracleCounts {
  triples: number;
  entities: number;
  relations: number;
  namedGraphs: string[];
}

/** Debian's python3-rdflib is installed for /usr/bin/python3; a python3 earlier on PATH may not have it. */
function findPython(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(candidate, ['-c', 'import rdflib'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

const python = findPython();

export const ORACLE_MISSING =
  python === null ? 'python3 with rdflib is not installed (apt-get install python3-rdflib)' : null;

/** rdflib's name of each syntax. */
export const RDFLIB_FORMAT: Record<string, string> = {
  ttl: 'turtle',
  nt: 'nt',
  nq: 'nquads',
  trig: 'trig',
  jsonld: 'json-ld',
  rdf: 'xml',
  owl: 'xml',
};

export function rdflibCounts(path: string, graph?: string): OracleCounts | null {
  if (python === null) {
    console.log(`SKIPPED rdflib oracle: ${ORACLE_MISSING}`);
    return null;
  }
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const format = RDFLIB_FORMAT[ext];
  if (!format) throw new Error(`no rdflib format for ${path}`);
  const args = [fileURLToPath(new URL('./rdf-oracle.py', import.meta.url)), path, format, ...(graph ? [graph] : [])];
  return JSON.parse(execFileSync(python, args, { encoding: 'utf8' })) as OracleCounts;
}
