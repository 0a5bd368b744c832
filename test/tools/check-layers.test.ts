import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayers, readSources } from "../../tools/check-layers.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** What check-layers reports on the repository's sources with `planted` files added. */
function problemsWith(planted: Record<string, string>): string[] {
  const files = readSources(repoRoot);
  for (const [file, source] of Object.entries(planted)) files.set(file, source);
  return checkLayers(files);
}

const cases: Array<{ title: string; planted: Record<string, string>; problems: string[] }> = [
  {
    title: "names an import that points up a layer, with its line",
    planted: { "src/text/planted.ts": '// why\nimport { noPings } from "../bot/render.js";\n' },
    problems: [
      "src/text/planted.ts:2 imports src/bot/render.ts: text may not import Discord toolkit, a layer above it.",
    ],
  },
  {
    title: "names the upward half of a two-way pair of folders, and the cycle",
    planted: {
      "src/search/a.ts": 'export { b } from "../corpus/b.js";\n',
      "src/corpus/b.ts": 'import { a } from "../search/a.js";\nexport const b = a;\n',
    },
    problems: [
      "src/corpus/b.ts:1 imports src/search/a.ts: corpus may not import search, a layer above it.",
      "import cycle: src/search/a.ts → src/corpus/b.ts → src/search/a.ts",
    ],
  },
  {
    title: "names a cycle of files within one folder, type imports included",
    planted: {
      "src/text/a.ts": 'import type { B } from "./b.js";\n',
      "src/text/b.ts": 'import { c } from "./c.js";\n',
      "src/text/c.ts": 'import "./a.js";\n',
    },
    problems: ["import cycle: src/text/a.ts → src/text/b.ts → src/text/c.ts → src/text/a.ts"],
  },
  {
    title: "lets only the dev entry points import the fake Discord from test/",
    planted: {
      "src/bot/planted.ts": 'import { FakeDiscord } from "../../test/fake-discord/index.js";\n',
    },
    problems: [
      "src/bot/planted.ts:1 imports test/fake-discord/index.ts: shipped code never imports test/.",
    ],
  },
  {
    title: "asks for a layer when a file sits in none",
    planted: { "src/extra/planted.ts": 'import { count } from "../text/count.js";\n' },
    problems: [
      "src/extra/planted.ts:1 imports src/text/count.ts: one of them is in no layer; add its folder to `layers` in tools/check-layers.ts.",
    ],
  },
  {
    title: "does not count a worker started by `new URL` as an import cycle",
    planted: {
      "src/corpus/pool.ts": 'new Worker(new URL("./worker.ts", import.meta.url));\n',
      "src/corpus/worker.ts": 'import "./pool.js";\n',
    },
    problems: [],
  },
];

describe("check-layers", () => {
  it("finds nothing in the repository as it is", () => {
    expect(checkLayers(readSources(repoRoot))).toEqual([]);
  });

  it.each(cases)("$title", ({ planted, problems }) => {
    expect(problemsWith(planted)).toEqual(problems);
  });
});
