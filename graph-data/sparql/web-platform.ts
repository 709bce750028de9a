// Owns the few web-standard globals the SPARQL client uses (URL, AbortController, timers, TextDecoder): present in Node, browsers and workers, but outside graph-data's ES-only lib, so declared here once.

interface PlatformUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly hash: string;
  toString(): string;
}

interface PlatformAbortSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

interface PlatformAbortController {
  readonly signal: PlatformAbortSignal;
  abort(): void;
}

declare const URL: new (input: string) => PlatformUrl;
declare const AbortController: new () => PlatformAbortController;
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

export const WebUrl = URL;
export const WebAbortController = AbortController;
export type { PlatformAbortController, PlatformAbortSignal, PlatformUrl };
export const startTimer = (callback: () => void, ms: number): unknown => setTimeout(callback, ms);
export const stopTimer = (handle: unknown): void => clearTimeout(handle);
export const createUtf8Decoder = () => new TextDecoder('utf-8', { fatal: false });
