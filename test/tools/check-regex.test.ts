import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { findRegexes } from "../../tools/check-regex.js";
import { bundledScript } from "../bundled-child.js";

const run = promisify(execFile);

describe("npm run lint:regex", () => {
  it("finds each regex literal with its flags, line and bounded-input reason", () => {
    const found = findRegexes(
      "x.ts",
      [
        "const a = /a+b/gi;",
        "// redos-bounded: lines of at most 400 characters",
        "const b = [/\\s*,\\s*/, (s: string) => s.split(/x/)];",
        "function f() {",
        "  return /y/;",
        "}",
      ].join("\n"),
    );
    expect(found.map((f) => [f.line, f.source, f.flags, f.bounded])).toEqual([
      [1, "a+b", "gi", null],
      [3, "\\s*,\\s*", "", "lines of at most 400 characters"],
      [3, "x", "", "lines of at most 400 characters"],
      [5, "y", "", null],
    ]);
  });

  it("fails on a planted vulnerable regex and names it, and passes a safe file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "check-regex-"));
    try {
      const bad = path.join(dir, "bad.ts");
      const good = path.join(dir, "good.ts");
      await writeFile(bad, "export const ok = /^\\d+$/;\nexport const planted = /^(a+)+$/;\n");
      await writeFile(good, "export const ok = /^\\d+$/;\n");
      // The command line once, on both files: its exit code and everything it prints.
      const args = await bundledScript("tools/check-regex.ts", [bad, good]);
      const failed = await run(process.execPath, args).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain(`${bad}:2 /^(a+)+$/`);
      expect(failed?.stderr).toContain("ReDoS: exponential");
      expect(failed?.stderr).not.toContain(good);
      expect(failed?.stdout).toBe("3 regular expressions checked in 2 files; 1 failed\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
