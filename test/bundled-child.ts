// Child processes of the tests run their TypeScript from an esbuild bundle (the one start-worker.mjs
// makes for worker threads, kept under node_modules/.cache while its sources are unchanged) rather
// than through tsx: tsx costs each child a loader thread and a transform of every module it loads,
// about a second of CPU, and more for a child that loads the TypeScript compiler.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { workerBundle } from "../src/corpus/start-worker.mjs";

/** The repository: this file is in test/. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Arguments for `node` that run `script` (TypeScript, relative to the repository root) with `args`
 * as `tsx script args` does: process.argv[1] is the script's absolute path, so a module that runs
 * only as the main script (`import.meta.url` equal to argv[1]'s URL) runs.
 */
export async function bundledScript(
  script: string,
  args: readonly string[] = [],
): Promise<string[]> {
  const source = path.resolve(ROOT, script);
  const bundle = pathToFileURL(await workerBundle(source)).href;
  const start = `process.argv.splice(1, 0, ${JSON.stringify(source)}); await import(${JSON.stringify(bundle)});`;
  // "--" ends node's own options: the script's (--json, …) follow.
  return ["--input-type=module", "-e", start, "--", ...args];
}

/** The file URL of a bundle of `module` (TypeScript, relative to the repository root), to import. */
export async function bundledModule(module: string): Promise<string> {
  return pathToFileURL(await workerBundle(path.resolve(ROOT, module))).href;
}
