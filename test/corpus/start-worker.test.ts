import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerBundle } from "../../src/corpus/start-worker.mjs";

describe("worker bundles", () => {
  let root = "";
  let entry = "";
  let part = "";
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "worker-bundle-"));
    await mkdir(path.join(root, "src", "a"), { recursive: true });
    await mkdir(path.join(root, "src", "b"));
    entry = path.join(root, "src", "a", "entry.ts");
    part = path.join(root, "src", "b", "part.ts");
    await writeFile(entry, 'import { part } from "../b/part.js";\nexport const value = part;\n');
    await writeFile(part, "export const part: string[] = [import.meta.url, 'one'];\n");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** The bundle's `value`, imported afresh. */
  async function bundled(file: string): Promise<unknown> {
    const module = await import(`${pathToFileURL(file).href}?${Math.random()}`);
    return (module as { value: unknown }).value;
  }

  it("runs the module as plain JavaScript, each file keeping its own import.meta.url", async () => {
    const file = await workerBundle(entry, root);

    expect(path.relative(root, file)).toBe(
      path.join("node_modules", ".cache", "worker-bundles", "src~a~entry.ts.mjs"),
    );
    expect(await bundled(file)).toEqual([pathToFileURL(part).href, "one"]);
  });

  it("is kept while its sources are unchanged, and made again when one changes", async () => {
    const first = await workerBundle(entry, root);
    const written = (await stat(first)).mtimeMs;
    const text = await readFile(first, "utf8");

    expect(await workerBundle(entry, root)).toBe(first);
    expect((await stat(first)).mtimeMs).toBe(written);

    await writeFile(part, "export const part: string[] = [import.meta.url, 'two'];\n");
    const again = await workerBundle(entry, root);

    expect(await readFile(again, "utf8")).not.toBe(text);
    expect(await bundled(again)).toEqual([pathToFileURL(part).href, "two"]);
  });
});
