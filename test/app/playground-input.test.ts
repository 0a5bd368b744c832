import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CommandShape, parseInput, terminalText } from "../../src/app/playground-input.js";

const shapes: CommandShape[] = [
  {
    name: "ask",
    options: [
      { name: "question", type: 3, required: true },
      { name: "outlet", type: 3 },
    ],
  },
  { name: "sources", options: [] },
  {
    name: "corpus",
    options: [
      { name: "remove", type: 1, options: [{ name: "article", type: 3 }] },
      { name: "list", type: 1, options: [] },
    ],
  },
];

describe("parseInput", () => {
  it("gives the text after a command to its first option", () => {
    expect(parseInput("/ask who mediated the departure", shapes)).toEqual({
      kind: "command",
      name: "ask",
      options: { question: "who mediated the departure" },
    });
  });

  it("reads named options", () => {
    expect(parseInput("/ask question: where did he land outlet: RFE/RL", shapes)).toEqual({
      kind: "command",
      name: "ask",
      options: { question: "where did he land", outlet: "RFE/RL" },
    });
  });

  it("reads sub-commands", () => {
    expect(parseInput("/corpus remove article: 000_x", shapes)).toEqual({
      kind: "command",
      name: "corpus remove",
      options: { article: "000_x" },
    });
    expect(parseInput("/corpus", shapes)).toEqual({
      kind: "error",
      message: "/corpus needs one of: remove, list",
    });
  });

  it("reads button presses, menu choices and Find sources", () => {
    expect(parseInput("2", shapes)).toEqual({ kind: "press", control: 2, choice: null });
    expect(parseInput("6 B", shapes)).toEqual({ kind: "press", control: 6, choice: "b" });
    expect(parseInput("find Bakiyev landed in Taraz", shapes)).toEqual({
      kind: "find",
      text: "Bakiyev landed in Taraz",
    });
  });

  it("names the commands when one is unknown", () => {
    expect(parseInput("/nope", shapes)).toEqual({
      kind: "error",
      message: "No command /nope. Commands: /ask /sources /corpus",
    });
  });

  it("never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string(), (line) => {
        expect(parseInput(line, shapes).kind).toBeTypeOf("string");
      }),
    );
  });
});

describe("terminalText", () => {
  it("removes escapes and zero-width spaces and shows bold as ANSI", () => {
    expect(terminalText("**who** \\*mediated\\* @\u200beveryone", true)).toBe(
      "\x1b[1mwho\x1b[22m *mediated* @everyone",
    );
  });
});
