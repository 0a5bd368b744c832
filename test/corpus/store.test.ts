import { readdir, readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addArticle,
  cleanTempFiles,
  listTrash,
  removeArticle,
  restoreArticle,
  StoreError,
} from "../../src/corpus/store.js";
import { articleText, tempCorpus, tree } from "./corpus-dir.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const BRIDGE = articleText("Example News", "Bridge opens");

describe("addArticle", () => {
  it("when the upload is valid, it is written under its name and parsed like the loader does", async () => {
    const dir = await tempCorpus();

    const added = await addArticle(dir, "bridge.md", bytes(BRIDGE));

    expect(added.file).toBe("bridge.md");
    expect(added.previous).toBeNull();
    expect(added.article.outlet).toBe("Example News");
    expect(added.article.paragraphs).toHaveLength(2);
    expect(await tree(dir)).toEqual({ "bridge.md": BRIDGE });
  });

  it("when an article with the same name exists, its previous version is kept in .history", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });
    const update = articleText("Example News", "Bridge opens, update");

    const added = await addArticle(dir, "bridge.md", bytes(update));

    expect(added.previous).toMatch(/^\.history\/bridge\.\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{4}\.md$/);
    expect(await tree(dir)).toEqual({ "bridge.md": update, [added.previous as string]: BRIDGE });
  });

  it("when the same id exists as a .txt file, the upload replaces that file", async () => {
    const dir = await tempCorpus({ "bridge.txt": BRIDGE });
    const update = articleText("Example News", "Bridge opens, update");

    const added = await addArticle(dir, "Bridge.md", bytes(update));

    expect(added.file).toBe("bridge.txt");
    expect(Object.keys(await tree(dir)).filter((f) => !f.startsWith(".history/"))).toEqual([
      "bridge.txt",
    ]);
  });

  it("when the upload parses longer than the budget, it is refused and nothing is written", async () => {
    const dir = await tempCorpus();
    const slow = `---\noutlet: X\n---\n${'"We will not leave the city," he said. '.repeat(50_000)}`;

    const added = addArticle(
      dir,
      "slow.md",
      bytes(slow),
      {},
      {
        parseBudgetMs: 200,
        maxFileBytes: 3_000_000,
      },
    );

    await expect(added).rejects.toThrow(
      new StoreError(
        "slow.md: still parsing after 200 ms, so it was skipped; split it into shorter articles, or report it if it is an ordinary article",
      ),
    );
    expect(await tree(dir)).toEqual({});
  }, 30_000);

  it("when the name is hostile, the file lands inside the corpus directory under a clean name", async () => {
    const dir = await tempCorpus();

    const added = await addArticle(dir, "../../Evil Story!.md", bytes(BRIDGE));

    expect(added.file).toBe("evil-story.md");
    expect(await readdir(path.dirname(dir))).toEqual(["corpus"]);
    expect(Object.keys(await tree(dir))).toEqual(["evil-story.md"]);
  });

  it("whatever the name, nothing is written outside the directory and names stay plain", async () => {
    const dir = await tempCorpus();
    const nameChars = fc.constantFrom(
      ..."aZ9._-/\\ ~$:é\u0000".split(""),
      "..",
      "../",
      ".md",
      ".txt",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(nameChars, { maxLength: 12 }), async (parts) => {
        try {
          await addArticle(dir, parts.join(""), bytes(BRIDGE));
        } catch (error) {
          if (!(error instanceof StoreError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
    expect(await readdir(path.dirname(dir))).toEqual(["corpus"]);
    for (const file of Object.keys(await tree(dir))) {
      expect(file).toMatch(
        /^(?:\.history\/)?[a-z0-9][a-z0-9._-]*(?:\.[\dTZ-]+-[\da-f]{4})?\.(?:md|txt)$/,
      );
    }
  });

  it.each([
    ["a dot-file", ".bridge.md", BRIDGE, /hidden file name/],
    ["another extension", "bridge.exe", BRIDGE, /must end in \.md or \.txt/],
    ["a name with no letters", "!!!.md", BRIDGE, /no usable name/],
    ["a binary", "bridge.md", "\u0000\u0001\u0002PK", /binary/],
    [
      "broken front matter",
      "bridge.md",
      "---\noutlet: [x\n---\nText.\n",
      /front matter is not valid YAML/,
    ],
    ["no outlet", "bridge.md", "A story with no outlet at all.\n", /no outlet given/],
  ])(
    "when the upload is %s, it is refused with a reason and nothing is written",
    async (_, name, text, reason) => {
      const dir = await tempCorpus({ "old.md": BRIDGE });

      await expect(addArticle(dir, name, bytes(text))).rejects.toThrow(reason);

      expect(await tree(dir)).toEqual({ "old.md": BRIDGE });
    },
  );

  it("when the upload is over the size limit, it is refused before anything is parsed", async () => {
    const dir = await tempCorpus();

    const adding = addArticle(dir, "big.md", bytes(BRIDGE), {}, { maxFileBytes: 50 });

    await expect(adding).rejects.toThrow(
      `"big.md" is ${bytes(BRIDGE).length} bytes, over the 50-byte limit`,
    );
    expect(await tree(dir)).toEqual({});
  });

  it("when fields are given, they fill in and override the front matter, keeping its other keys", async () => {
    const dir = await tempCorpus();
    const text = "---\ntitle: Old title\nlanguage: en\n---\nThe new bridge opened on Monday.\n";

    const added = await addArticle(dir, "b.md", bytes(text), {
      outlet: "Example: News",
      title: "New title",
      published: "2010-04-15",
    });

    expect(added.article).toMatchObject({
      outlet: "Example: News",
      title: "New title",
      language: "en",
      published: "2010-04-15",
    });
    expect(await readFile(path.join(dir, "b.md"), "utf8")).toBe(
      '---\ntitle: New title\nlanguage: en\noutlet: "Example: News"\npublished: 2010-04-15\n---\nThe new bridge opened on Monday.\n',
    );
  });

  it("when the file has no front matter, the fields add one", async () => {
    const dir = await tempCorpus();

    const added = await addArticle(dir, "b.txt", bytes("The new bridge opened on Monday.\r\n"), {
      outlet: "Example News",
      url: "https://example.com/bridge",
    });

    expect(added.article.url).toBe("https://example.com/bridge");
    expect(await readFile(path.join(dir, "b.txt"), "utf8")).toBe(
      "---\noutlet: Example News\nurl: https://example.com/bridge\n---\nThe new bridge opened on Monday.\n",
    );
  });

  it.each([
    [{ url: "javascript:alert(1)" }, /url must be an http\(s\) address/],
    [{ published: "yesterday" }, /published must be a date like 2010-04-15/],
    [{ title: "two\nlines" }, /title must be one line/],
  ])("when a field is invalid (%o), the upload is refused", async (fields, reason) => {
    const dir = await tempCorpus();

    await expect(addArticle(dir, "b.md", bytes(BRIDGE), fields)).rejects.toThrow(reason);

    expect(await tree(dir)).toEqual({});
  });
});

describe("removeArticle and restoreArticle", () => {
  it("when an article is removed then restored, the directory is as before", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE, "sub/other.txt": BRIDGE });

    const removed = await removeArticle(dir, "sub/other");
    const trashed = await tree(dir);
    const trash = await listTrash(dir);
    const restored = await restoreArticle(dir, "sub/other");

    expect(removed).toEqual({ id: "sub/other", from: "sub/other.txt", to: ".trash/sub/other.txt" });
    expect(trashed).toEqual({ "bridge.md": BRIDGE, ".trash/sub/other.txt": BRIDGE });
    expect(trash).toEqual(["sub/other"]);
    expect(restored).toEqual({
      id: "sub/other",
      from: ".trash/sub/other.txt",
      to: "sub/other.txt",
    });
    expect(await tree(dir)).toEqual({ "bridge.md": BRIDGE, "sub/other.txt": BRIDGE });
  });

  it("when an article is removed twice, the older trashed copy moves to .history", async () => {
    const dir = await tempCorpus({ "bridge.md": "old" });
    await removeArticle(dir, "bridge");
    await writeFile(path.join(dir, "bridge.md"), BRIDGE);

    await removeArticle(dir, "bridge");

    const files = await tree(dir);
    expect(files[".trash/bridge.md"]).toBe(BRIDGE);
    expect(Object.entries(files).filter(([f]) => f.startsWith(".history/bridge."))).toEqual([
      [expect.stringMatching(/\.md$/), "old"],
    ]);
  });

  it("when an article with the id exists again, restore is refused and nothing moves", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE, ".trash/bridge.txt": "older" });

    await expect(restoreArticle(dir, "bridge")).rejects.toThrow(
      'an article "bridge" already exists',
    );

    expect(await tree(dir)).toEqual({ "bridge.md": BRIDGE, ".trash/bridge.txt": "older" });
  });

  it.each([
    ["an unknown id", "nothing", /there is no article "nothing"/],
    ["a path escaping the directory", "../corpus/bridge", /is not an article id/],
    ["a hidden folder", ".trash/bridge", /is not an article id/],
  ])("when remove gets %s, it is refused", async (_, id, reason) => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });

    await expect(removeArticle(dir, id)).rejects.toThrow(reason);

    expect(await tree(dir)).toEqual({ "bridge.md": BRIDGE });
  });
});

describe("cleanTempFiles", () => {
  it("removes a temp file untouched for the stale age even when its pid is alive, and keeps a fresh one", async () => {
    // Pid 1 and this process are alive: a pid says nothing once pids are reused after a restart.
    const old = [".tmp-1-abcd-a.md", `.tmp-${process.pid}-abcd-b.md`];
    const fresh = ".tmp-4194305-abcd-c.md";
    const dir = await tempCorpus({ [old[0] as string]: "partial", [old[1] as string]: "partial" });
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of old) await utimes(path.join(dir, name), hourAgo, hourAgo);
    await writeFile(path.join(dir, fresh), "partial");

    const removed = await cleanTempFiles(dir);

    expect(removed.sort()).toEqual([...old].sort());
    expect(Object.keys(await tree(dir))).toEqual([fresh]);
  });

  it("never removes the temp file of a write this process has in progress, whatever its age", async () => {
    const dir = await tempCorpus();
    let cleanedMidWrite: string[] = ["not run"];
    await addArticle(
      dir,
      "a.md",
      bytes(BRIDGE),
      {},
      {
        write: {
          onStep: async (step) => {
            if (step.step === "rename") cleanedMidWrite = await cleanTempFiles(dir, 0);
          },
        },
      },
    );

    expect(cleanedMidWrite).toEqual([]);
    expect(await tree(dir)).toEqual({ "a.md": BRIDGE });
  });
});
