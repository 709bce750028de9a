// Owns reading an endpoint's answer: HTTP status and content type, then SPARQL 1.1 JSON results checked strictly with zod and turned into RDF/JS terms.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { z } from 'zod';
import { SparqlError, summariseServerMessage } from './sparql-errors';
import type { SparqlHttpResponse } from './sparql-transport';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const termSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('uri'), value: z.string().min(1) }),
  z.object({ type: z.literal('bnode'), value: z.string().min(1) }),
  z.object({
    type: z.literal('literal'),
    value: z.string(),
    'xml:lang': z
      .string()
      .regex(/^[a-zA-Z]+(-[a-zA-Z0-9]+)*$/, 'is not a language tag')
      .optional(),
    datatype: z.string().min(1).optional(),
  }),
  // SPARQL 1.0's JSON draft (still sent by Virtuoso) spells a typed literal this way.
  z.object({ type: z.literal('typed-literal'), value: z.string(), datatype: z.string().min(1) }),
]);

export type SparqlJsonTerm = z.infer<typeof termSchema>;

const selectSchema = z.object({
  head: z.object({ vars: z.array(z.string().min(1)) }),
  results: z.object({ bindings: z.array(z.record(z.string(), termSchema)) }),
});

const askSchema = z.object({ head: z.object({}).optional(), boolean: z.boolean() });

export type SparqlRow = Record<string, RDF.Term | undefined>;

export interface SelectResult {
  vars: string[];
  rows: SparqlRow[];
}

export function jsonTermToRdf(term: SparqlJsonTerm): RDF.NamedNode | RDF.BlankNode | RDF.Literal {
  switch (term.type) {
    case 'uri':
      return DataFactory.namedNode(term.value);
    case 'bnode':
      return DataFactory.blankNode(term.value);
    case 'typed-literal':
      return DataFactory.literal(term.value, DataFactory.namedNode(term.datatype));
    case 'literal': {
      const lang = term['xml:lang'];
      if (lang !== undefined) return DataFactory.literal(term.value, lang);
      const datatype = term.datatype;
      return datatype === undefined || datatype === XSD_STRING
        ? DataFactory.literal(term.value)
        : DataFactory.literal(term.value, DataFactory.namedNode(datatype));
    }
  }
}

function describeZodIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the top level';
  return `${path}: ${issue.message}`;
}

/** 2xx with a JSON media type, or a SparqlError carrying the server's own words. */
function checkedBody(response: SparqlHttpResponse, endpoint: string): string {
  if (response.status < 200 || response.status > 299) {
    const message = summariseServerMessage(response.body);
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new SparqlError('http', endpoint, message ? `${status}: ${message}` : status, response.status);
  }
  const mediaType = response.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== '' && !/^application\/([a-z.+-]+\+)?json$/.test(mediaType)) {
    const sample = summariseServerMessage(response.body, 120);
    throw new SparqlError(
      'malformed',
      endpoint,
      `the answer is ${mediaType}, not SPARQL JSON results${sample ? ` ("${sample}")` : ''}; is this the SPARQL endpoint URL?`,
    );
  }
  return response.body;
}

function parseJson(text: string, endpoint: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SparqlError('malformed', endpoint, `the answer is not valid JSON (${reason})`);
  }
}

/** A SELECT answer: every binding's variable must be one the head declares; literals keep language and datatype. */
export function parseSelectResponse(response: SparqlHttpResponse, endpoint: string): SelectResult {
  const data = parseJson(checkedBody(response, endpoint), endpoint);
  const parsed = selectSchema.safeParse(data);
  if (!parsed.success) {
    throw new SparqlError('malformed', endpoint, `not SPARQL JSON results (${describeZodIssue(parsed.error)})`);
  }
  const vars = parsed.data.head.vars;
  const declared = new Set(vars);
  const rows = parsed.data.results.bindings.map((binding, index) => {
    const row: SparqlRow = {};
    for (const [name, term] of Object.entries(binding)) {
      if (!declared.has(name)) {
        throw new SparqlError(
          'malformed',
          endpoint,
          `not SPARQL JSON results (results.bindings.${index} binds ?${name}, which the head does not declare)`,
        );
      }
      if (term.type === 'literal' && term['xml:lang'] !== undefined && term.datatype !== undefined) {
        if (term.datatype !== RDF_LANG_STRING) {
          throw new SparqlError(
            'malformed',
            endpoint,
            `not SPARQL JSON results (results.bindings.${index}.${name} has both a language and a datatype)`,
          );
        }
      }
      row[name] = jsonTermToRdf(term);
    }
    return row;
  });
  return { vars, rows };
}

export function parseAskResponse(response: SparqlHttpResponse, endpoint: string): boolean {
  const data = parseJson(checkedBody(response, endpoint), endpoint);
  const parsed = askSchema.safeParse(data);
  if (!parsed.success) {
    throw new SparqlError('malformed', endpoint, `not a SPARQL ASK answer (${describeZodIssue(parsed.error)})`);
  }
  return parsed.data.boolean;
}
