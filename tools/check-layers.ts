// `npm run lint` runs this: imports point down the layers, shipped code never reaches into test/,
// and no file imports itself back through others. Exits 1 and names each offending import.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** A layer: the folders (ending in "/") and files it holds. */
export interface Layer {
  name: string;
  paths: readonly string[];
}

/** From the top: a file may import its own layer and those below it, never one above. */
export const layers: readonly Layer[] = [
  { name: "entry points", paths: ["src/app/"] },
  { name: "commands", paths: ["commands/"] },
  { name: "live corpus", paths: ["src/library/"] },
  { name: "moderator views", paths: ["src/admin/"] },
  { name: "Discord toolkit", paths: ["src/bot/"] },
  { name: "settings", paths: ["src/config.ts", "src/log.ts"] },
  { name: "search", paths: ["src/search/"] },
  { name: "corpus", paths: ["src/corpus/"] },
  { name: "text", paths: ["src/text/"] },
];

/** Dev tools run by npm scripts that drive the bot against the fake Discord kept in test/. */
export const devEntryPoints: readonly string[] = ["src/app/playground.ts", "src/app/bench/bot.ts"];

/** Folders whose files are checked, relative to the repository root. */
const CHECKED = ["src", "commands"];

/** One relative reference of a file: a static or dynamic import, or a worker's `new URL`. */
interface Reference {
  target: string;
  line: number;
  /** A `new URL(…)` names a file to run in a worker; it is no import, so it makes no cycle. */
  url: boolean;
}

const REFERENCE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)"(\.{1,2}\/[^"]+)"/g;

function referencesOf(file: string, source: string, exists: (p: string) => boolean): Reference[] {
  const out: Reference[] = [];
  for (const m of source.matchAll(REFERENCE)) {
    let target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1] as string));
    if (target.endsWith(".js") && !exists(target)) target = `${target.slice(0, -3)}.ts`;
    const line = source.slice(0, m.index).split("\n").length;
    out.push({ target, line, url: m[0].startsWith("new URL") });
  }
  return out;
}

function layerOf(file: string): number {
  return layers.findIndex((l) =>
    l.paths.some((p) => (p.endsWith("/") ? file.startsWith(p) : file === p)),
  );
}

/** Problems in `files` (repository-relative path → source); empty when the layers hold. */
export function checkLayers(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, source] of files) {
    const from = layerOf(file);
    const edges: string[] = [];
    for (const ref of referencesOf(file, source, (p) => files.has(p))) {
      const at = `${file}:${ref.line}`;
      if (!ref.url) edges.push(ref.target);
      if (ref.target.startsWith("test/")) {
        if (!devEntryPoints.includes(file))
          problems.push(`${at} imports ${ref.target}: shipped code never imports test/.`);
        continue;
      }
      const to = layerOf(ref.target);
      if (from === -1 || to === -1) {
        if (from !== to || from === -1)
          problems.push(
            `${at} imports ${ref.target}: one of them is in no layer; add its folder to \`layers\` in tools/check-layers.ts.`,
          );
        continue;
      }
      if (to < from)
        problems.push(
          `${at} imports ${ref.target}: ${layers[from]?.name} may not import ${layers[to]?.name}, a layer above it.`,
        );
    }
    graph.set(file, edges);
  }
  for (const cycle of cyclesOf(graph)) problems.push(`import cycle: ${cycle.join(" → ")}`);
  return problems;
}

/** One cycle per strongly connected group of files (Tarjan), each closed on its first file. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push([...group.reverse(), v]);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The checked files under `root`: TypeScript and worker loader modules. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of CHECKED) {
    for (const entry of readdirSync(path.join(root, dir), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile() || !/\.(ts|mjs)$/.test(entry.name)) continue;
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
    }
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = checkLayers(readSources(process.cwd()));
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(
      `${problems.length} layer problem(s); the layers are listed in tools/check-layers.ts.`,
    );
    process.exit(1);
  }
}
