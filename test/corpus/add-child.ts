// Child process of the kill test: adds the article in `source` as `name` to each directory,
// `chunkBytes` at a time, one write after another's first step, holding every step until the parent lets it go on (see
// held-steps.ts).
import { readFile } from "node:fs/promises";
import { addArticle } from "../../src/corpus/store.js";
import { StepGate } from "../held-steps.js";

const [chunkBytes, name, source, ...dirs] = process.argv.slice(2) as [
  string,
  string,
  string,
  ...string[],
];
const bytes = await readFile(source);
const gate = new StepGate();

const adds: Promise<void>[] = [];
for (const [write, dir] of dirs.entries()) {
  // The next write starts once this one has parsed, so it parses on the same, idle worker.
  let started = () => {};
  const firstStep = new Promise<void>((resolve) => {
    started = resolve;
  });
  const add = addArticle(
    dir,
    name,
    bytes,
    {},
    {
      maxFileBytes: 10_000_000,
      // The test is about the write: a busy machine must not fail the parse before it.
      parseBudgetMs: 120_000,
      write: {
        chunkBytes: Number(chunkBytes),
        onStep: (step) => {
          started();
          return gate.step(
            write,
            step.step === "chunk" ? `chunk ${step.written}/${step.total}` : "rename",
          );
        },
      },
    },
  ).then(() => gate.done(write));
  adds.push(add);
  await firstStep;
}
await Promise.all(adds);
process.exit(0);
