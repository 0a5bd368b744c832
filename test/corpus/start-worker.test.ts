import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
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

    expect(path.basename(file)).toBe("src~a~entry.ts.mjs");
    expect(path.dirname(path.dirname(file))).toBe(
      path.join(root, "node_modules", ".cache", "worker-bundles"),
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

describe("worker bundles of checkouts sharing one node_modules", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "worker-bundle-shared-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A checkout under `dir` whose src/entry.ts exports `value`. */
  async function checkout(name: string, value: string): Promise<string> {
    const root = path.join(dir, name);
    await mkdir(path.join(root, "src"), { recursive: true });
    await writeFile(path.join(root, "src", "entry.ts"), `export const value = "${value}";\n`);
    return root;
  }

  it("runs each checkout's own sources", async () => {
    const one = await checkout("one", "first");
    const two = await checkout("two", "second");
    await mkdir(path.join(one, "node_modules"));
    await symlink(path.join(one, "node_modules"), path.join(two, "node_modules"), "dir");

    const first = await workerBundle(path.join(one, "src", "entry.ts"), one);
    const second = await workerBundle(path.join(two, "src", "entry.ts"), two);

    expect(await import(pathToFileURL(first).href)).toMatchObject({ value: "first" });
    expect(await import(pathToFileURL(second).href)).toMatchObject({ value: "second" });
  });
});
