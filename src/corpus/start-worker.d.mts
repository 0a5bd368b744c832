/** Imports the worker module at `entry` (a file URL), from its bundle when one can be had. */
export function startWorker(entry: URL): Promise<unknown>;

/**
 * The path of a bundle of `source` made from its sources as they are now (written when there is
 * none, or when one of them changed), in `root`/node_modules/.cache/worker-bundles.
 */
export function workerBundle(source: string, root?: string): Promise<string>;
