// Owns the path Web Worker's entry: wires messages to the handler so searches never block the window.
// First: configures zod before any module builds a schema.
import '../strict-csp-zod';
import type { ToWorker } from './path-protocol';
import { createPathWorkerHandler } from './path-worker-handler';

const handle = createPathWorkerHandler({
  post: (message) => self.postMessage(message),
  // A macrotask, not a microtask: only then does the worker read the next message (a cancel) from its queue.
  yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
};
