import { mkdtemp, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIST_LIMITS } from "../../src/corpus/confine.js";
import {
  addArticle,
  listTrash,
  removeArticle,
  restoreArticle,
  StoreError,
} from "../../src/corpus/store.js";
import { articleText, tempCorpus, tree } from "./corpus-dir.js";

const ARTICLE = articleText("Example News", "Bridge opens");

/** A folder outside the corpus holding victim.md; the corpus sits beside it. */
async function outsideAndCorpus(files: Record<string, string> = {}) {
  const outside = await mkdtemp(path.join(tmpdir(), "outside-"));
  await writeFile(path.join(outside, "victim.md"), ARTICLE);
  return { outside, dir: await tempCorpus(files) };
}

const linkError = (rel: string) =>
  new StoreError(
    `"${rel}" in the corpus directory is a symbolic link; the corpus only changes real files and folders inside it`,
  );

describe("store confinement", () => {
  it("when a corpus folder is a link to a folder outside, remove does not reach through it", async () => {
    const { outside, dir } = await outsideAndCorpus({ "a.md": ARTICLE });
    await symlink(outside, path.join(dir, "ext"));

    await expect(removeArticle(dir, "ext/victim")).rejects.toThrow(StoreError);

    expect(await readdir(outside)).toEqual(["victim.md"]);
    expect(await tree(dir)).toEqual({ "a.md": ARTICLE });
  });

  it("when a trash folder is a link to a folder outside, restore refuses and the listing skips it", async () => {
    const { outside, dir } = await outsideAndCorpus({ ".trash/kept.md": ARTICLE });
    await symlink(outside, path.join(dir, ".trash", "ext2"));

    expect(await listTrash(dir)).toEqual(["kept"]);
    await expect(restoreArticle(dir, "ext2/victim")).rejects.toThrow(StoreError);

    expect(await readdir(outside)).toEqual(["victim.md"]);
    expect(await tree(dir)).toEqual({ ".trash/kept.md": ARTICLE });
  });

  it("when the trash itself is a link outside, nothing is listed, restored or removed into it", async () => {
    const { outside, dir } = await outsideAndCorpus({ "a.md": ARTICLE });
    await symlink(outside, path.join(dir, ".trash"));

    expect(await listTrash(dir)).toEqual([]);
    await expect(restoreArticle(dir, "victim")).rejects.toThrow(StoreError);
    await expect(removeArticle(dir, "a")).rejects.toThrow(linkError(".trash"));

    expect(await readdir(outside)).toEqual(["victim.md"]);
    expect(await tree(dir)).toEqual({ "a.md": ARTICLE });
  });

  it("when the trash holds a link loop and links to outside folders, listing ends and shows real files only", async () => {
    const { outside, dir } = await outsideAndCorpus({ ".trash/kept.md": ARTICLE });
    await symlink("..", path.join(dir, ".trash", "loop"));
    await symlink(outside, path.join(dir, ".trash", "etc"));
    await symlink(path.join(outside, "victim.md"), path.join(dir, ".trash", "file-link.md"));

    expect(await listTrash(dir)).toEqual(["kept"]);
  });

  it("when the trash is deeper than the listing limit, the listing stops at the limit", async () => {
    const deep = Array.from({ length: LIST_LIMITS.depth + 2 }, (_, i) => `d${i}`).join("/");
    const shallow = Array.from({ length: LIST_LIMITS.depth }, (_, i) => `d${i}`).join("/");
    const dir = await tempCorpus({
      [`.trash/${shallow}/near.md`]: ARTICLE,
      [`.trash/${deep}/far.md`]: ARTICLE,
    });

    expect(await listTrash(dir)).toEqual([`${shallow}/near`]);
  });

  it("when the article to replace is a link to a file outside, add refuses and the file outside is unchanged", async () => {
    const { outside, dir } = await outsideAndCorpus();
    await symlink(path.join(outside, "victim.md"), path.join(dir, "victim.md"));
    const update = new TextEncoder().encode(articleText("Example News", "Changed"));

    await expect(addArticle(dir, "victim.md", update)).rejects.toThrow(linkError("victim.md"));

    expect(await tree(outside)).toEqual({ "victim.md": ARTICLE });
  });
});
