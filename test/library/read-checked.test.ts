import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FileRecord } from "../../src/library/index-manifest.js";
import { readChecked } from "../../src/library/read-checked.js";
import { tempCorpus } from "../corpus/corpus-dir.js";

const BYTES = Buffer.from("saved bytes");
const record = (): FileRecord => ({
  name: "seg.bin",
  bytes: BYTES.length,
  sha256: createHash("sha256").update(BYTES).digest("hex"),
});
/** A manifest written after every file here. */
const LATER = 1n << 62n;

describe("a saved file read and checked against its record", () => {
  it("a file matching its record is read whole, and its stamp is recorded", async () => {
    const dir = await tempCorpus({ "seg.bin": BYTES.toString() });
    const r = record();
    const read = await readChecked(dir, r, LATER);
    expect(typeof read === "string" ? read : Buffer.concat(read.parts).toString()).toBe(
      "saved bytes",
    );
    expect(typeof r.stamp).toBe("string");
  });

  it("a file whose bytes changed is reported damaged, never returned", async () => {
    const dir = await tempCorpus({ "seg.bin": BYTES.toString() });
    await writeFile(path.join(dir, "seg.bin"), "saved bytez");
    expect(await readChecked(dir, record(), LATER)).toBe("seg.bin is damaged (checksum)");
  });

  it("a file that is gone is reported missing", async () => {
    const dir = await tempCorpus({});
    expect(await readChecked(dir, record(), LATER)).toBe("seg.bin is missing");
  });
});
