import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCorpusAdmin } from "../../../src/app/cli/corpus-admin.js";
import { articleText, tempCorpus, tree } from "../../corpus/corpus-dir.js";

const BRIDGE = articleText("Example News", "Bridge opens");

function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, "write").mockImplementation((s) => err.push(String(s)) > 0);
  return { out, err };
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe("npm run corpus -- add/remove/restore", () => {
  it("when a file is added with flags, then removed and restored, the directory follows each step", async () => {
    const dir = await tempCorpus();
    const upload = path.join(path.dirname(dir), "Bridge Story.md");
    await writeFile(upload, "The new bridge opened on Monday.\n");
    const { out } = captureOutput();

    const added = await runCorpusAdmin([
      "add",
      upload,
      "--outlet",
      "Example News",
      "--corpus",
      dir,
    ]);
    const afterAdd = await tree(dir);
    const removed = await runCorpusAdmin(["remove", "bridge-story", "--corpus", dir]);
    const trash = await runCorpusAdmin(["trash", "--corpus", dir]);
    const restored = await runCorpusAdmin(["restore", "bridge-story", "--corpus", dir]);

    expect([added, removed, trash, restored]).toEqual([0, 0, 0, 0]);
    expect(afterAdd).toEqual({
      "bridge-story.md": "---\noutlet: Example News\n---\nThe new bridge opened on Monday.\n",
    });
    expect(await tree(dir)).toEqual(afterAdd);
    expect(out.join("")).toContain("Added bridge-story (");
    expect(out.join("")).toContain("outlet: Example News; title: none; 1 paragraphs; 0 quotes");
    expect(out).toContain("bridge-story\n");
  });

  it("when the store refuses, the reason goes to stderr and the exit code is 1", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });
    const { err } = captureOutput();

    const code = await runCorpusAdmin(["restore", "bridge", "--corpus", dir]);

    expect(code).toBe(1);
    expect(err.join("")).toBe(
      '"bridge" is not in the trash (listed by /corpus restore and npm run corpus -- trash)\n',
    );
  });

  it.each([
    [["move", "x"], 'unknown subcommand "move"'],
    [["add"], "add needs a FILE"],
    [["remove", "x", "--outlet", "Y"], "go with add only"],
    [["add", "a.md", "--colour", "red"], "Unknown option '--colour'"],
  ])("when the command line is %j, usage is shown and the exit code is 2", async (argv, reason) => {
    const { err } = captureOutput();

    const code = await runCorpusAdmin(argv);

    expect(code).toBe(2);
    expect(err.join("")).toContain(reason);
    expect(err.join("")).toContain("usage:");
  });
});
