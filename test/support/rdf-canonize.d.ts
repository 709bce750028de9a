// Types for the part of rdf-canonize the tests use (the package ships none).
declare module 'rdf-canonize' {
  export function canonize(
    input: string,
    options: { algorithm: 'RDFC-1.0'; inputFormat: 'application/n-quads'; format?: 'application/n-quads' },
  ): Promise<string>;
}
