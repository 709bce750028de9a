// Owns the one error type every reader throws: it names the file and, where known, the line, column and element.
import { AtlasError } from './errors';
export interface GraphErrorLocation {
  line?: number;
  column?: number;
  /** The offending element, e.g. `nodes[3] "nato".attributes.label` or `<edge id="e1">`. */
  element?: string;
}

export class GraphFileError extends AtlasError {
  readonly fileName: string;
  readonly location: GraphErrorLocation;
  readonly detail: string;

  constructor(fileName: string, detail: string, location: GraphErrorLocation = {}) {
    super(formatGraphError(fileName, detail, location));
    this.name = 'GraphFileError';
    this.fileName = fileName;
    this.detail = detail;
    this.location = location;
  }
}

export function formatGraphError(fileName: string, detail: string, location: GraphErrorLocation): string {
  let where = fileName;
  if (location.line !== undefined) {
    where += `:${location.line}`;
    if (location.column !== undefined) where += `:${location.column}`;
  }
  const element = location.element ? ` at ${location.element}` : '';
  return `${where}${element}: ${detail}`;
}
