import { describe, expect, it } from "vitest";
import { adversarialQuestions } from "../../../src/app/bench/adversarial.js";

describe("adversarialQuestions", () => {
  it("makes the same questions every time, each of its kinds filled up to the length", () => {
    expect(adversarialQuestions(24, 8)).toEqual([
      "eedhyax fhuk xlelvig",
      "announclment oppositios",
      "did said president much",
      "a".repeat(24),
      "1234567890 1234567890",
      "?".repeat(24),
      "😀 😀 😀 😀 😀 😀 😀 😀",
      "x y x y x y x y x y x y",
    ]);
  });

  it("never makes a question longer than the length /ask takes", () => {
    const questions = adversarialQuestions(300);
    expect(questions).toHaveLength(40);
    expect(questions.filter((q) => q.length > 300)).toEqual([]);
  });
});
