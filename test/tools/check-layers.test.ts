import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayers, readSources } from "../../tools/check-layers.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The repository's sources with `extra` files added or replaced. */
function planted(extra: Record<string, string>): Map<string, string> {
  const files = readSources(repoRoot);
  for (const [file, source] of Object.entries(extra)) files.set(file, source);
  return files;
}

describe("check-layers", () => {
  it("finds nothing in the repository as it is", () => {
    expect(checkLayers(readSources(repoRoot))).toEqual([]);
  });

  it("names an import that points up a layer, with its line", () => {
    const files = planted({
      "src/text/planted.ts": '// why\nimport { noPings } from "../bot/render.js";\n',
    });
    expect(checkLayers(files)).toEqual([
      "src/text/planted.ts:2 imports src/bot/render.ts: text may not import Discord toolkit, a layer above it.",
    ]);
  });

  it("names the upward half of a two-way pair of folders", () => {
    const files = planted({
      "src/search/a.ts": 'export { b } from "../corpus/b.js";\n',
      "src/corpus/b.ts": 'import { a } from "../search/a.js";\nexport const b = a;\n',
    });
    expect(checkLayers(files)).toEqual([
      "src/corpus/b.ts:1 imports src/search/a.ts: corpus may not import search, a layer above it.",
      "import cycle: src/search/a.ts → src/corpus/b.ts → src/search/a.ts",
    ]);
  });

  it("names a cycle of files within one folder", () => {
    const files = planted({
      "src/text/a.ts": 'import type { B } from "./b.js";\n',
      "src/text/b.ts": 'import { c } from "./c.js";\n',
      "src/text/c.ts": 'import "./a.js";\n',
    });
    expect(checkLayers(files)).toEqual([
      "import cycle: src/text/a.ts → src/text/b.ts → src/text/c.ts → src/text/a.ts",
    ]);
  });

  it("lets only the dev entry points import the fake Discord from test/", () => {
    const files = planted({
      "src/bot/planted.ts": 'import { FakeDiscord } from "../../test/fake-discord/index.js";\n',
    });
    expect(checkLayers(files)).toEqual([
      "src/bot/planted.ts:1 imports test/fake-discord/index.ts: shipped code never imports test/.",
    ]);
  });

  it("asks for a layer when a file sits in none", () => {
    const files = planted({
      "src/extra/planted.ts": 'import { count } from "../text/count.js";\n',
    });
    expect(checkLayers(files)).toEqual([
      "src/extra/planted.ts:1 imports src/text/count.ts: one of them is in no layer; add its folder to `layers` in tools/check-layers.ts.",
    ]);
  });

  it("does not count a worker started by `new URL` as an import cycle", () => {
    const files = planted({
      "src/corpus/pool.ts": 'new Worker(new URL("./worker.ts", import.meta.url));\n',
      "src/corpus/worker.ts": 'import "./pool.js";\n',
    });
    expect(checkLayers(files)).toEqual([]);
  });
});
