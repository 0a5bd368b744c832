import { mkdtemp, open, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OpenFile } from "../../src/library/open-file.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function fileWith(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsquote-open-file-"));
  dirs.push(dir);
  const file = path.join(dir, "seg-a-0.art");
  await writeFile(file, text);
  return file;
}

describe("an open saved file", () => {
  it("reads the bytes at the offsets asked, also once the file is deleted", async () => {
    const file = await fileWith("0123456789");
    const opened = new OpenFile(await open(file, "r"), "seg-a-0.art");

    expect(opened.read(2, 5).toString()).toBe("234");
    await rm(file);
    expect(opened.read(7, 10).toString()).toBe("789");
    expect(opened.read(4, 4).length).toBe(0);
  });

  it("says which file was cut short when the bytes asked are no longer there", async () => {
    const file = await fileWith("0123456789");
    const opened = new OpenFile(await open(file, "r"), "seg-a-0.art");
    await truncate(file, 6);

    expect(() => opened.read(4, 8)).toThrow(
      "seg-a-0.art ends before the quotes it lists: it was cut short on disk while in use; restart to rebuild the saved index",
    );
  });
});
