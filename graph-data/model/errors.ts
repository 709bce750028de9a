// Owns the error vocabulary shared by every layer: one base class, a recognisable cancellation, and turning anything thrown into a message.

/**
 * The base of the errors we throw on purpose. Subclasses set `name` themselves: class names do not survive the
 * renderer's minifier, and logs should still say which error it was.
 */
export class AtlasError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AtlasError';
  }
}

/**
 * Work that was stopped on purpose (a newer layout, an abandoned open, a cancelled search): callers check for it with
 * `isCancellation` and stay quiet instead of reporting a failure.
 */
export class CancelledError extends AtlasError {
  constructor(what = 'The operation') {
    super(`${what} was cancelled.`);
    this.name = 'CancelledError';
  }
}

export function isCancellation(error: unknown): error is CancelledError {
  return error instanceof CancelledError;
}

/** The text to show for anything thrown: an Error's message, else the value as text (a thrown string stays itself). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return String(error);
  } catch {
    // An object whose toString throws (or is not a function) still deserves a message.
    return 'Unknown error';
  }
}
