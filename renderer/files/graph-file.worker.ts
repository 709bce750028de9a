// Owns the graph-file Web Worker: parses files off the UI thread and posts back stages and a cloneable result.
import type { WorkerMessage, WorkerRequest } from './graph-file-protocol';
import { parseGraphFiles } from './parse-graph-files';

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  post({ id, kind: 'progress', stage: 'decoding' });
  const result = await parseGraphFiles(request, (stage, fraction) =>
    post(fraction === undefined ? { id, kind: 'progress', stage } : { id, kind: 'progress', stage, fraction }),
  );
  post({ id, kind: 'result', result });
};
