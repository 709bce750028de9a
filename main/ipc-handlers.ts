// Owns registering the IPC handlers: one per contract channel, each behind a sender check and schema validation.
import {
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  invokeContract,
} from '../graph-data/host-api';
import { AtlasError } from '../graph-data/model/errors';

export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => Promise<InvokeResult<C>> | InvokeResult<C>;
};

/** The slice of Electron's IpcMainInvokeEvent we rely on; keeps this module testable without Electron. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export class IpcRejection extends AtlasError {
  constructor(channel: string, reason: string) {
    super(`IPC ${channel} rejected: ${reason}`);
    this.name = 'IpcRejection';
  }
}

/**
 * Registers exactly the contract's channels. Electron itself rejects invokes on channels without a handler, so
 * unknown channels never reach us; foreign senders and malformed arguments are rejected here before any handler runs.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  isTrustedSender: (url: string | undefined) => boolean,
): InvokeChannel[] {
  for (const channel of INVOKE_CHANNELS) {
    const schema = invokeContract[channel].args;
    const handler = handlers[channel] as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame?.url)) throw new IpcRejection(channel, 'untrusted sender');
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new IpcRejection(channel, `bad argument ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
      return handler(...(parsed.data as unknown[]));
    });
  }
  return [...INVOKE_CHANNELS];
}
