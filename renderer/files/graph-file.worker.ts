// Owns the graph-file Web Worker: parses files off the UI thread and posts back stages and a cloneable result.
// First: configures zod before any module builds a schema.
import '../strict-csp-zod';
import type { WorkerMessage, WorkerRequest } from './graph-file-protocol';
import { parseGraphFiles } from './parse-graph-files';

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  post({ id, kind: 'progress', stage: 'decoding' });
  const result = parseGraphFiles(request, (stage) => post({ id, kind: 'progress', stage }));
  post({ id, kind: 'result', result });
};
