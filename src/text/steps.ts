// Work spread over turns of the event loop: generators that pause (yield) whenever `due()` says so.

/** Never time to pause: a generator run to its end in one go. */
export const never = () => false;

/** Runs `steps` to its end at once. */
export function complete<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
