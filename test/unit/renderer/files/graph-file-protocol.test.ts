// Checks that a parsed graph crosses from the file worker in runs and is put back together whole and in order, and that a failure crosses as one message.
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import {
  type ParseResult,
  ResultAssembler,
  resultMessages,
  type WorkerMessage,
} from '../../../../renderer/files/graph-file-protocol';

function success(): ParseResult {
  const g = createAtlasGraph();
  g.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  for (let i = 0; i < 7; i++) {
    g.addNode(`n${i}`, { label: `n${i}`, type: 't', description: '', aliases: [], provenance: [] });
  }
  for (let i = 0; i < 5; i++)
    g.addEdgeWithKey(`e${i}`, `n${i}`, `n${i + 1}`, { type: 'r', description: '', provenance: [] });
  return {
    ok: true,
    graph: g.export(),
    fileName: 'g.json',
    inferredTypes: false,
    typeAttribute: 'type',
    typeAttributes: [],
    workspace: null,
  };
}

const reassemble = (messages: WorkerMessage[]) => {
  const assembler = new ResultAssembler();
  const results = messages.map((message) => (message.kind === 'progress' ? null : assembler.take(message)));
  return { last: results.at(-1), early: results.slice(0, -1) };
};

describe('resultMessages and ResultAssembler', () => {
  it('send entities and relations in runs, then the rest, and put the same result back together', () => {
    const result = success();
    const messages = resultMessages(1, result, 3);
    // 7 entities in runs of 3, 5 relations in runs of 3, then the result.
    expect(messages.map((m) => m.kind)).toEqual(['nodes', 'nodes', 'nodes', 'edges', 'edges', 'result']);
    const last = messages.at(-1);
    expect(last?.kind === 'result' && last.result.ok && last.result.graph.nodes.length).toBe(0);
    const { last: rebuilt, early } = reassemble(structuredClone(messages));
    expect(early.every((r) => r === null)).toBe(true);
    expect(rebuilt).toEqual(result);
  });

  it('send a failure as one message', () => {
    const failure: ParseResult = {
      ok: false,
      fileName: 'bad.gexf',
      message: 'bad.gexf: line 3: unclosed tag',
      line: 3,
    };
    const messages = resultMessages(2, failure);
    expect(messages).toEqual([{ id: 2, kind: 'result', result: failure }]);
    expect(reassemble(messages).last).toEqual(failure);
  });
});
