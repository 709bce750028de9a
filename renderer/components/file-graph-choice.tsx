// Owns the "Graph" choice shown after opening an RDF dataset (N-Quads, TriG, JSON-LD) with named graphs; changing it re-reads the file with that graph.
import type { GraphChoice } from '../files/open-flow';

export function FileGraphChoice({
  choice,
  choose,
  dismiss,
}: {
  choice: GraphChoice | null;
  choose(graph: string): void;
  dismiss(): void;
}) {
  if (!choice) return null;
  return (
    <section class="file-type-choice" aria-label="Named graphs">
      <label>
        {`${choice.fileName} holds ${choice.graphs.length - 1} named graph(s). Show: `}
        <select
          aria-label="RDF graph"
          value={choice.current}
          onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
        >
          {choice.graphs.map((graph) => (
            <option key={graph} value={graph}>
              {graph === 'default' ? 'the default graph' : graph}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-label="Dismiss graph choice" onClick={dismiss}>
        ×
      </button>
    </section>
  );
}
