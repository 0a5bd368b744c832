import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReloadReport } from "../../src/corpus/diff.js";
import { watchCorpus } from "../../src/library/watch.js";
import { createLogger } from "../../src/log.js";
import { tempCorpus } from "../corpus/corpus-dir.js";

const report: ReloadReport = {
  added: ["a"],
  removed: [],
  changed: [],
  articles: 1,
  paragraphs: 1,
  quotes: 0,
  warnings: 0,
  errors: [],
  ms: 5,
  kept: false,
};

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line !== "") lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "info", destination }) };
}

const closers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const c of closers.splice(0)) c.close();
});

describe("watchCorpus", () => {
  it("when several files change, it reloads once, ignoring the trash, the history and temp files", async () => {
    const dir = await tempCorpus();
    await mkdir(path.join(dir, ".trash"));
    await mkdir(path.join(dir, "news"));
    const reload = vi.fn(async () => report);
    const { lines, logger } = capture();
    closers.push(watchCorpus({ dir, reload }, logger, { debounceMs: 200 }));

    await writeFile(path.join(dir, ".trash", "x.md"), "x");
    await writeFile(path.join(dir, ".tmp-1-abcd-y.md"), "y");
    await writeFile(path.join(dir, "a.md"), "a");
    await writeFile(path.join(dir, "news", "b.md"), "b");
    await vi.waitFor(() => expect(lines.some((l) => l.action === "auto-reload")).toBe(true), {
      timeout: 5_000,
    });

    const line = lines.find((l) => l.action === "auto-reload");
    expect(reload).toHaveBeenCalledTimes(1);
    expect(line).toMatchObject({ added: ["a"], kept: false });
    // Linux may or may not report the folder itself as changed; the files always are.
    expect(((line?.files ?? []) as string[]).filter((f) => f !== "news")).toEqual([
      "a.md",
      "news/b.md",
    ]);
  });

  it("when a file changes outside the corpus, behind a symbolic link in it, nothing reloads", async () => {
    const dir = await tempCorpus();
    const outside = await mkdtemp(path.join(tmpdir(), "outside-"));
    await symlink(outside, path.join(dir, "ext"));
    const reload = vi.fn(async () => report);
    const { lines, logger } = capture();
    closers.push(watchCorpus({ dir, reload }, logger, { debounceMs: 100 }));

    await writeFile(path.join(outside, "x.md"), "x");
    await new Promise((r) => setTimeout(r, 1_000));

    expect(reload).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });
});
