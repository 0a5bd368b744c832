// Starts the TypeScript module of a worker thread. A worker does not inherit the tsx loader (under
// vitest there is none to inherit), and registering tsx in a thread costs about half a second of
// CPU (a loader thread of its own, then esbuild), which a corpus load pays once per parsing thread.
// So the module is bundled to plain JavaScript with esbuild, the compiler tsx itself runs on, and
// kept under node_modules/.cache with a hash of every source file in it: a thread whose sources are
// unchanged imports that bundle; a changed source means a new bundle. Bundles are kept apart by
// checkout (a hash of its path), since checkouts may share one node_modules through a symlink and
// each must run its own sources. When no bundle can be made or written, the thread registers tsx
// and imports the module as before.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository: this file is in src/corpus/. */
const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../..");
/** First line of a bundle: this prefix, then the JSON of { absolute source path: SHA-1 of its text }. */
const HEADER = "// sources: ";

/** Imports the worker module at `entry` (a file URL), from its bundle when one can be had. */
export async function startWorker(entry) {
  const source = fileURLToPath(entry);
  let bundle = null;
  try {
    bundle = await workerBundle(source);
  } catch {
    bundle = null;
  }
  if (bundle !== null) return import(pathToFileURL(bundle).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(entry.href);
}

/**
 * The path of a bundle of `source` made from its sources as they are now (written when there is
 * none, or when one of them changed), in `root`/node_modules/.cache/worker-bundles/<hash of root>.
 */
export async function workerBundle(source, root = ROOT) {
  const file = path.join(
    root,
    "node_modules",
    ".cache",
    "worker-bundles",
    sha1(root).slice(0, 16),
    `${path.relative(root, source).replaceAll(path.sep, "~")}.mjs`,
  );
  if (isFresh(file)) return file;
  await writeBundle(source, file);
  return file;
}

function sha1(text) {
  return createHash("sha1").update(text).digest("hex");
}

/** Whether the bundle `file` exists and every source file in it is as it was bundled. */
function isFresh(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  const header = text.slice(0, text.indexOf("\n"));
  if (!header.startsWith(HEADER)) return false;
  const sources = JSON.parse(header.slice(HEADER.length));
  for (const [source, hash] of Object.entries(sources)) {
    let now;
    try {
      now = sha1(readFileSync(source, "utf8"));
    } catch {
      return false;
    }
    if (now !== hash) return false;
  }
  return true;
}

/** Bundles `source` (packages stay imports) and writes it atomically to `file`. */
async function writeBundle(source, file) {
  const esbuild = await import("esbuild");
  const sources = {};
  // Each module keeps its own import.meta.url: workers started by `new URL(…, import.meta.url)`
  // and packages found by createRequire resolve from the source file, not from the bundle.
  const ownUrl = {
    name: "own-import-meta-url",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        sources[args.path] = sha1(text);
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
      });
    },
  };
  try {
    const result = await esbuild.build({
      entryPoints: [source],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      write: false,
      logLevel: "silent",
      plugins: [ownUrl],
    });
    const code = result.outputFiles[0].text;
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, `${HEADER}${JSON.stringify(sources)}\n${code}`);
    renameSync(temp, file);
  } finally {
    await esbuild.stop();
  }
}
