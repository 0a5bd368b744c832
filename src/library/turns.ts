// One slice of library work per turn of the event loop. Each sliced task (a change's steps, a merge,
// the passes after start-up) used to yield with a setImmediate of its own, so the slices of every
// task waiting ran in the same turn, one after the other, beside the question answered in it.

/** Whose slice runs first: a change's (someone waits for its reply) or work in the background (merges, the passes after start-up). */
export type Priority = "change" | "background";

/** Slices of library work waiting for a turn, of every library of the process. */
const waiting: Record<Priority, Array<() => void>> = { change: [], background: [] };
let pumping = false;

/**
 * Settles in a later turn of the event loop in which no other slice waiting this way runs: a
 * change's slices first, then background ones in the order they asked.
 */
export function libraryTurn(priority: Priority): Promise<void> {
  return new Promise((resolve) => {
    waiting[priority].push(resolve);
    if (!pumping) {
      pumping = true;
      setImmediate(nextSlice);
    }
  });
}

/** Lets the first slice waiting run (in this turn, once this callback returns) and calls itself again in the next turn while any waits. */
function nextSlice(): void {
  (waiting.change.shift() ?? waiting.background.shift())?.();
  pumping = waiting.change.length + waiting.background.length > 0;
  if (pumping) setImmediate(nextSlice);
}

/**
 * Library work cut by time rather than by count, for steps whose cost per unit varies with the
 * machine (hashing, JSON): `start` waits for a library turn, then `due` says when the slice has
 * held it for `sliceMs`.
 */
export class TimeSlice {
  #since = 0;
  #started = false;

  constructor(
    readonly priority: Priority,
    readonly sliceMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Waits for a library turn of its own (libraryTurn) and starts the slice's clock. */
  async start(): Promise<void> {
    await libraryTurn(this.priority);
    this.#since = this.now();
    this.#started = true;
  }

  /** Whether the slice has run its time. */
  due(): boolean {
    return this.now() - this.#since > this.sliceMs;
  }

  /** Runs the steps `make` gives (pausing whenever `due` says so) to their end, a slice per library turn. */
  async run<T>(make: (due: () => boolean) => Generator<void, T>): Promise<T> {
    await this.start();
    return this.#finish(make);
  }

  /**
   * `run`, going on in the slice under way while it has time left: for steps that follow others of
   * this slice with nothing awaited between them but those steps (no I/O, whose callback would run
   * outside the library's turns), so that a change's steps share turns instead of one turn each.
   */
  async goOn<T>(make: (due: () => boolean) => Generator<void, T>): Promise<T> {
    if (!this.#started || this.due()) await this.start();
    return this.#finish(make);
  }

  async #finish<T>(make: (due: () => boolean) => Generator<void, T>): Promise<T> {
    const steps = make(() => this.due());
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await this.start();
    }
  }

  /** Starts a new slice when this one has run its time; else goes on in this one. */
  async pause(): Promise<void> {
    if (this.due()) await this.start();
  }
}

/** Runs the steps `make` gives to their end, a slice of `sliceMs` per turn (libraryTurn). */
export function inSlices<T>(
  make: (due: () => boolean) => Generator<void, T>,
  sliceMs: number,
  priority: Priority,
): Promise<T> {
  return new TimeSlice(priority, sliceMs).run(make);
}
