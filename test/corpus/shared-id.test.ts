import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { addArticle, removeArticle, restoreArticle, StoreError } from "../../src/corpus/store.js";
import { articleText, tempCorpus, tree } from "./corpus-dir.js";

const MD = articleText("Outlet One", "From the md file");
const TXT = articleText("Outlet Two", "From the txt file");
const OTHER = articleText("Outlet Three", "Another story");

describe("two files with one article id", () => {
  it("when dup.md and dup.txt both exist, neither loads and each is reported naming the other", async () => {
    const dir = await tempCorpus({ "dup.md": MD, "dup.txt": TXT, "other.md": OTHER });

    const corpus = await loadCorpus(dir, {}, { minFiles: 0, threads: 1 });

    expect(corpus.articles.map((a) => a.id)).toEqual(["other"]);
    expect(corpus.errors).toEqual([
      {
        file: "dup.md",
        message:
          'dup.md: dup.txt has the same article id "dup", so neither is loaded; rename or remove one of them',
      },
      {
        file: "dup.txt",
        message:
          'dup.txt: dup.md has the same article id "dup", so neither is loaded; rename or remove one of them',
      },
    ]);
  });

  it("when the id is shared, remove by id refuses naming both files, and remove by file name takes that one", async () => {
    const dir = await tempCorpus({ "dup.md": MD, "dup.txt": TXT });

    await expect(removeArticle(dir, "dup")).rejects.toThrow(
      new StoreError(
        'dup.md and dup.txt share the article id "dup"; give the file name instead, like "dup.txt"',
      ),
    );
    const moved = await removeArticle(dir, "dup.txt");

    expect(moved).toEqual({ id: "dup.txt", from: "dup.txt", to: ".trash/dup.txt" });
    expect(await tree(dir)).toEqual({ "dup.md": MD, ".trash/dup.txt": TXT });
  });

  it("when the id is shared, an upload with that id is refused instead of replacing one of them", async () => {
    const dir = await tempCorpus({ "dup.md": MD, "dup.txt": TXT });

    await expect(addArticle(dir, "dup.md", new TextEncoder().encode(OTHER))).rejects.toThrow(
      StoreError,
    );

    expect(await tree(dir)).toEqual({ "dup.md": MD, "dup.txt": TXT });
  });

  it("when both files of one id are in the trash, restore by file name brings back that one", async () => {
    const dir = await tempCorpus({ ".trash/dup.md": MD, ".trash/dup.txt": TXT });

    await expect(restoreArticle(dir, "dup")).rejects.toThrow(StoreError);
    await restoreArticle(dir, "dup.md");

    expect(await tree(dir)).toEqual({ "dup.md": MD, ".trash/dup.txt": TXT });
    await expect(restoreArticle(dir, "dup.txt")).rejects.toThrow(
      new StoreError('an article "dup" already exists; remove it first to restore the trashed one'),
    );
  });
});
