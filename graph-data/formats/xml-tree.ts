// Owns the strict XML pass for GEXF and GraphML: saxes well-formedness with line/column, no DOCTYPE or entities, into a small element tree.
import { SaxesParser } from 'saxes';
import { GraphFileError } from '../model/graph-errors';

/**
 * One element with its raw (prefixed) name, attributes, text and position. We build this instead of a DOM because
 * the mappers need the line of every node/edge for their errors, which DOMParser implementations do not give.
 */
export interface XmlElement {
  name: string;
  /** Name without a namespace prefix: `viz:color` → `color`. */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data (text and CDATA) inside this element before its first child element, verbatim. */
  text: string;
  line: number;
  column: number;
}

const MAX_XML_DEPTH = 64;

/** Shared by every element until it gets a child: most elements are leaves, and large files have hundreds of thousands. */
const NO_CHILDREN: XmlElement[] = [];

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Describes an element for error messages: `<node id="x">`. */
export function describeElement(element: XmlElement): string {
  const id = element.attributes.id;
  return id === undefined ? `<${element.name}>` : `<${element.name} id="${id}">`;
}

export function elementError(fileName: string, element: XmlElement, detail: string): GraphFileError {
  return new GraphFileError(fileName, detail, {
    line: element.line,
    column: element.column,
    element: describeElement(element),
  });
}

/**
 * Parses `text` strictly. A DOCTYPE is refused outright: it is the only way to declare entities, so refusing it
 * closes entity-expansion bombs and external entities (XXE); saxes then rejects any undefined entity reference.
 */
export function parseXmlTree(text: string, fileName: string): XmlElement {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (detail: string): never => {
    throw new GraphFileError(fileName, detail, { line: parser.line, column: parser.column });
  };
  parser.on('error', (error) => {
    // saxes prefixes its message with the position; we report position separately.
    fail(`malformed XML: ${error.message.replace(/^\d+:\d+: /, '')}`);
  });
  parser.on('doctype', () => {
    // saxes reports the doctype at its end; point at its start, where a reader of the file would look.
    const start = text.indexOf('<!DOCTYPE');
    const before = text.slice(0, Math.max(start, 0));
    const line = before.split('\n').length;
    throw new GraphFileError(
      fileName,
      'DOCTYPE declarations are not allowed (they can declare entities: entity bombs, external entities)',
      { line, column: start - before.lastIndexOf('\n') },
    );
  });
  let startLine = 1;
  let startColumn = 0;
  parser.on('opentagstart', () => {
    // The start of the tag, not its end: a start tag may span lines.
    startLine = parser.line;
    startColumn = parser.column;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      // saxes builds each tag's attributes on Object.create(null), so a "__proto__" attribute name is a plain key;
      // kept by reference because copying costs more than the whole parse on large files.
      attributes: tag.attributes,
      children: NO_CHILDREN,
      text: '',
      line: startLine,
      column: startColumn,
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [];
      parent.children.push(element);
    } else root = element;
    stack.push(element);
    if (stack.length > MAX_XML_DEPTH) fail(`XML is nested deeper than ${MAX_XML_DEPTH} levels`);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (chunk: string) => {
    const current = stack[stack.length - 1];
    // Only text before an element's first child is kept: values live in leaf elements, and skipping the
    // indentation between thousands of <node>s saves real time and memory on large files.
    if (current && current.children.length === 0) current.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  if (!root) return fail('the file contains no XML element');
  return root;
}
