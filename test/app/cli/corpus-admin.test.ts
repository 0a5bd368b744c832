import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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
    expect(out.join("")).toContain(
      "outlet: Example News; title: none; published: unknown; 1 paragraphs; 0 quotes",
    );
    expect(out).toContain("bridge-story\n");
  });

  it("with --url and no FILE, downloads the page; a loopback link needs FETCH_ALLOW_HOSTS", async () => {
    const words =
      "The new bridge opened on Monday after three years of work on the river crossing.";
    const page = `<html><head><meta property="og:site_name" content="Example News"></head><body><article><h1>Bridge opens</h1><p>${words}</p><p>Traffic was light on the first morning, and the old ferry made its last crossing at noon.</p></article></body></html>`;
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const link = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/bridge-opens`;
    const dir = await tempCorpus();
    const { out, err } = captureOutput();
    try {
      const refused = await runCorpusAdmin(["add", "--url", link, "--corpus", dir]);
      const refusedTree = await tree(dir);
      vi.stubEnv("FETCH_ALLOW_HOSTS", "127.0.0.1");
      const added = await runCorpusAdmin(["add", "--url", link, "--corpus", dir]);
      expect([refused, refusedTree, added]).toEqual([1, {}, 0]);
      expect(err.join("")).toContain("127.0.0.1 is a private or local address");
      expect(out.join("")).toContain("Added 127.0.0.1-bridge-opens (");
      expect(out.join("")).toContain(
        "outlet: Example News; title: Bridge opens; published: unknown; 2 paragraphs",
      );
      expect(Object.keys(await tree(dir)).sort()).toEqual([
        ".originals/127.0.0.1-bridge-opens.html",
        "127.0.0.1-bridge-opens.md",
      ]);
    } finally {
      vi.unstubAllEnvs();
      server.close();
    }
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
