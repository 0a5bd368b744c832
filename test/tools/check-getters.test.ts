import path from "node:path";
import { describe, expect, it } from "vitest";
import { literalGetters } from "../../tools/check-getters.js";
import { readSources } from "../../tools/check-layers.js";

describe("literalGetters", () => {
  it("names each getter written in an object literal, with its line", () => {
    const files = new Map([
      [
        "src/search/planted.ts",
        "export const a = {\n  get held() {\n    return 1;\n  },\n};\nexport const b = { c: { get ['d']() { return 2; } } };\n",
      ],
    ]);
    expect(literalGetters(files)).toEqual([
      "src/search/planted.ts:2 get held()",
      "src/search/planted.ts:6 get ['d']()",
    ]);
  });

  it("leaves class getters, setters, methods and values alone", () => {
    const files = new Map([
      [
        "src/search/planted.ts",
        "class A { get held() { return 1; } }\nexport const b = { set x(v: number) {}, m() { return 2; }, held: 3 };\nexport { A };\n",
      ],
    ]);
    expect(literalGetters(files)).toEqual([]);
  });

  it("finds none in the repository's sources", () => {
    expect(literalGetters(readSources(path.resolve(import.meta.dirname, "../..")))).toEqual([]);
  });
});
