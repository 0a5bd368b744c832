import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { corpusJson, main, parseCorpusArgs } from "../../../src/app/cli/corpus.js";
import { cliConfig } from "../../../src/app/cli/settings.js";
import { ConfigError } from "../../../src/config.js";
import { loadCorpus } from "../../../src/corpus/load.js";
import { bundledScript } from "../../bundled-child.js";

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, "../../..");

describe("corpus command arguments", () => {
  it("reads --json, --corpus DIR and a first word as the subcommand", () => {
    expect(parseCorpusArgs(["add", "--json", "--corpus", "x", "f.md"])).toEqual({
      json: true,
      dir: "x",
      command: "add",
      rest: ["f.md"],
    });
  });

  it("leaves the directory to the configuration without --corpus", () => {
    expect(parseCorpusArgs(["--json"]).dir).toBe(undefined);
  });

  it("rejects an unknown option by name", () => {
    expect(() => parseCorpusArgs(["--jsn"])).toThrow(
      "unknown option --jsn; use --json or --corpus DIR",
    );
  });
});

describe("command-line settings", () => {
  it("take --corpus, then CORPUS_DIR, then corpus/, as an absolute path", () => {
    expect(cliConfig("x", { CORPUS_DIR: "/data" }).corpusDir).toBe(path.resolve("x"));
    expect(cliConfig(undefined, { CORPUS_DIR: "/data" }).corpusDir).toBe(path.resolve("/data"));
    expect(cliConfig(undefined, {}).corpusDir).toBe(path.resolve("corpus"));
  });

  it("validate the environment as the bot does", () => {
    expect(cliConfig(undefined, { MAX_FILE_BYTES: "2000" }).maxFileBytes).toBe(2000);
    expect(() => cliConfig(undefined, { MAX_FILE_BYTES: "big" })).toThrow(ConfigError);
    expect(() => cliConfig(undefined, { MAX_FILE_BYTES: "big" })).toThrow(
      'MAX_FILE_BYTES must be a whole number ≥ 1, got "big"',
    );
  });
});

describe("npm run corpus", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "corpus-cli-"));
    await writeFile(
      path.join(dir, "a.md"),
      '---\noutlet: Example News\n---\n"We will build it this year," the mayor said.\n',
    );
    await writeFile(path.join(dir, "b.md"), "");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints exactly the JSON shape and exits 1 when a file is rejected", async () => {
    const args = await bundledScript("src/app/cli/corpus.ts", ["--json", "--corpus", dir]);
    const err = await run(process.execPath, args, { cwd: repoRoot }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect("code" in err ? err.code : 0).toBe(1);
    expect(JSON.parse(err.stdout)).toEqual({
      articles: [
        {
          id: "a",
          file: "a.md",
          outlet: "Example News",
          title: null,
          url: null,
          published: null,
          paragraphs: ['"We will build it this year," the mayor said.'],
          quotes: [{ text: "We will build it this year", speaker: "the mayor", paragraph: 0 }],
          warnings: [],
        },
      ],
      errors: [
        {
          file: "b.md",
          message: "b.md: the file is empty; put the article text in it or remove it",
        },
      ],
    });
  }, 30_000);

  // The command line runs once above, for its exit code; the report comes from the same main().
  it("exits 0 on the seed corpus and names articles, outlets and counts", async () => {
    let stdout = "";
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    let code: number;
    try {
      code = await main([]);
    } finally {
      write.mockRestore();
    }
    expect(code).toBe(0);
    expect(stdout).toContain(
      "3 articles from 3 outlets (The Independent, RFE/RL, RIA Novosti); 62 paragraphs; 17 quotes; 1 warning; 0 errors",
    );
    expect(stdout).toContain(
      "RFE/RL — Kyrgyz President Bakiev 'Resigns': 24 paragraphs, 7 quotes (7 attributed), 1 warning\n",
    );
  }, 30_000);

  it("gives the same JSON as the library", async () => {
    const corpus = await loadCorpus(path.join(repoRoot, "corpus"));
    const json = corpusJson(corpus) as { articles: Array<{ paragraphs: string[] }> };
    expect(json.articles.map((a) => a.paragraphs.length)).toEqual([22, 24, 16]);
  });
});
