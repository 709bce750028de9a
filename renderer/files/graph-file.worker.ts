// Owns the graph-file Web Worker: parses files off the UI thread and posts back stages and a cloneable result, in runs.
// First: configures zod before any module builds a schema.
import '../strict-csp-zod';
import { resultMessages, type WorkerMessage, type WorkerRequest } from './graph-file-protocol';
import { parseGraphFiles } from './parse-graph-files';

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  post({ id, kind: 'progress', stage: 'decoding' });
  const result = await parseGraphFiles(request, (stage, fraction) =>
    post(fraction === undefined ? { id, kind: 'progress', stage } : { id, kind: 'progress', stage, fraction }),
  );
  for (const message of resultMessages(id, result)) post(message);
};
