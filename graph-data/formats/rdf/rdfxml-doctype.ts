// Owns the safety checks of RDF/XML before parsing (DOCTYPE: only plain internal entities, bounded expansion; a nesting limit) and the xmlns prefixes of its root element.
import { GraphFileError } from '../../model/graph-errors';

/** OWL files declare entities for namespaces (`<!ENTITY owl "http://…#">`); nothing legitimate needs more. */
const MAX_ENTITIES = 256;
const MAX_ENTITY_LENGTH = 4096;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * RDF/XML tools write a DOCTYPE whose internal subset declares namespace entities (`&owl;`), which the parser expands.
 * Anything else there is refused before parsing: external DTDs and entities (they would read other files or the
 * network), parameter entities, and entity values that contain markup or other references (the "billion laughs"
 * expansion). The total expansion (declared length × references) must also stay under the file size cap, so a
 * short entity repeated a million times cannot blow up memory either.
 */
export function checkRdfXmlDoctype(text: string, fileName: string, maxBytes: number): void {
  const start = text.search(/<!DOCTYPE/i);
  if (start < 0) return;
  const line = lineAt(text, start);
  const refuse = (detail: string) => {
    throw new GraphFileError(fileName, `unsafe DOCTYPE: ${detail}`, { line, element: '<!DOCTYPE>' });
  };
  const open = text.indexOf('[', start);
  const close = text.indexOf('>', start);
  const header = text.slice(start, open >= 0 && open < close ? open : close);
  if (/\b(SYSTEM|PUBLIC)\b/.test(header)) refuse('an external DTD is not read');
  if (!(open >= 0 && open < close)) return;
  const end = text.indexOf(']', open);
  if (end < 0) refuse('the internal subset is not closed');
  const subset = text.slice(open + 1, end);
  const entities = new Map<string, string>();
  const declaration = /<!ENTITY\s+(%\s+)?([^\s"']+)\s+(?:(SYSTEM|PUBLIC)\b|"([^"]*)"|'([^']*)')/g;
  for (let m = declaration.exec(subset); m; m = declaration.exec(subset)) {
    const name = m[2] ?? '';
    if (m[1]) refuse(`parameter entity %${name} is not allowed`);
    if (m[3]) refuse(`external entity ${name} is not read`);
    const value = m[4] ?? m[5] ?? '';
    if (/[&%<]/.test(value)) refuse(`entity ${name} contains markup or another reference`);
    if (value.length > MAX_ENTITY_LENGTH) refuse(`entity ${name} is longer than ${MAX_ENTITY_LENGTH} characters`);
    entities.set(name, value);
    if (entities.size > MAX_ENTITIES) refuse(`more than ${MAX_ENTITIES} entities`);
  }
  if (/<!ENTITY/.test(subset.replace(declaration, ''))) refuse('an entity declaration could not be read');
  let expansion = 0;
  const body = text.slice(end);
  for (const [name, value] of entities) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const count = body.match(new RegExp(`&${escaped};`, 'g'))?.length ?? 0;
    expansion += count * value.length;
    if (expansion > maxBytes) refuse('its entities would expand beyond the file size limit');
  }
}

/** `xmlns:prefix="namespace"` declarations of the root element, kept as the graph's display prefixes. */
export function rdfXmlPrefixes(text: string): Record<string, string> {
  const root = /<([A-Za-z_][\w.-]*:)?RDF\b([^>]*)>/.exec(text.slice(0, 1 << 16));
  const prefixes: Record<string, string> = {};
  if (!root) return prefixes;
  const attribute = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = attribute.exec(root[2] ?? ''); m; m = attribute.exec(root[2] ?? '')) {
    const ns = m[3] ?? m[4] ?? '';
    // Entity references in namespaces (`&owl;`) are left to the parser; only plain IRIs are display prefixes.
    if (m[1] && m[1] !== '__proto__' && !ns.includes('&')) prefixes[m[1]] = ns;
  }
  return prefixes;
}

/** Far deeper than any RDF/XML a tool writes; the parser's time grows with the square of the depth, so a cap matters. */
export const MAX_RDFXML_DEPTH = 256;

/**
 * rdfxml-streaming-parser takes time quadratic in element depth (20,000 levels: minutes), so depth is checked first
 * with a linear scan of the tags (comments, CDATA, processing instructions and quoted attribute values skipped).
 */
export function checkRdfXmlDepth(text: string, fileName: string, limit = MAX_RDFXML_DEPTH): void {
  const tag =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)[^\s/>!?]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g;
  let depth = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[0].startsWith('<!') || m[0].startsWith('<?')) continue;
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') {
      depth++;
      if (depth > limit) {
        throw new GraphFileError(fileName, `XML is nested deeper than ${limit} levels`, {
          line: lineAt(text, m.index),
        });
      }
    }
  }
}
