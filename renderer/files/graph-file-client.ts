// Owns talking to the graph-file worker: one worker per parse, terminated on cancel, so an abandoned parse never lands.
import { CancelledError } from '../../graph-data/model/errors';
import {
  type ParseFailure,
  type ParseRequest,
  type ParseResult,
  type ParseStage,
  ResultAssembler,
  type WorkerMessage,
} from './graph-file-protocol';

/** What the open flow needs from a parser; tests pass a fake that answers synchronously. */
export interface GraphFileParser {
  parse(request: ParseRequest, onProgress: (stage: ParseStage, fraction?: number) => void): Promise<ParseResult>;
  /** Stops the parse in flight; its promise resolves to a cancelled failure. */
  cancel(): void;
}

/** The failure a cancelled parse resolves to: flagged, so callers recognise it without comparing texts. */
export function cancelledParse(): ParseFailure {
  return { ok: false, fileName: '', message: new CancelledError('Opening').message, cancelled: true };
}

export function createWorkerParser(): GraphFileParser {
  let current: { worker: Worker; finish(result: ParseResult): void } | null = null;
  let nextId = 1;
  return {
    parse(request, onProgress) {
      this.cancel();
      const id = nextId++;
      const worker = new Worker(new URL('./graph-file.worker.ts', import.meta.url), { type: 'module' });
      const fileName = request.files.map((f) => f.name).join(' + ');
      return new Promise<ParseResult>((resolve) => {
        const finish = (result: ParseResult) => {
          worker.terminate();
          if (current?.worker === worker) current = null;
          resolve(result);
        };
        current = { worker, finish };
        const assembler = new ResultAssembler();
        worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.kind === 'progress') {
            onProgress(message.stage, message.fraction);
            return;
          }
          const result = assembler.take(message);
          if (result) finish(result);
        };
        worker.onerror = (event) => {
          finish({
            ok: false,
            fileName,
            message: `${fileName}: the reader failed (${event.message || 'worker error'})`,
          });
        };
        // The bytes are copied, not transferred: the caller keeps them to re-import with another type attribute.
        worker.postMessage({ id, request });
      });
    },
    cancel() {
      current?.finish(cancelledParse());
    },
  };
}
