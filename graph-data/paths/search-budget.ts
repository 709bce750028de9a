// Owns the caps of a search (path count, time, cancellation): checked between steps so a runaway enumeration stops cleanly.
import {
  DEFAULT_MAX_PATHS,
  DEFAULT_TIME_BUDGET_MS,
  type GraphPath,
  type PathSearchOptions,
  type Truncation,
} from './path-types';

/** The clock and the cancel flag are read only every CHECK_EVERY steps: Date.now() in the inner loop would dominate. */
const CHECK_EVERY = 256;

export class SearchBudget {
  readonly maxPaths: number;
  private readonly deadline: number;
  private readonly now: () => number;
  private readonly options: PathSearchOptions;
  private steps = 0;
  found = 0;
  stopped: Truncation = null;

  constructor(options: PathSearchOptions = {}) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.maxPaths = Math.max(1, options.maxPaths ?? DEFAULT_MAX_PATHS);
    this.deadline = this.now() + Math.max(0, options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    this.checkNow();
  }

  private checkNow(): boolean {
    if (this.stopped) return false;
    if (this.options.signal?.aborted || this.options.isCancelled?.()) this.stopped = 'cancelled';
    else if (this.now() > this.deadline) this.stopped = 'time';
    return this.stopped === null;
  }

  /** Call once per elementary step; returns false once the search must stop. */
  tick(): boolean {
    if (this.stopped) return false;
    this.steps++;
    if (this.steps % CHECK_EVERY !== 0) return true;
    return this.checkNow();
  }

  /**
   * Records a reported path; returns false when the search must stop. Reaching the path cap returns false without
   * marking truncation: the caller asks the search for one more path and calls `capped()` only if there is one,
   * so a result with exactly `maxPaths` paths is not reported as truncated.
   */
  accept(path: GraphPath): boolean {
    this.found++;
    this.options.onPath?.(path);
    if (this.found >= this.maxPaths) return false;
    return this.checkNow();
  }

  capped(): void {
    if (!this.stopped) this.stopped = 'max-paths';
  }

  get ok(): boolean {
    return this.stopped === null;
  }
}
