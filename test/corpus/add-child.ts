// Child process of the kill test: adds the article in `source` as `name` to each directory, one
// write after another's first step, announcing every step as "<write> <step>" on stdout and going
// on with a write only when its number comes in on stdin, so the parent can hold each write at its
// own step and then SIGKILL them all at once.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { addArticle } from "../../src/corpus/store.js";

const [name, source, ...dirs] = process.argv.slice(2) as [string, string, ...string[]];
const bytes = await readFile(source);

/** Per write, the turns granted by the parent and not yet taken, or the one waiting for a turn. */
const granted = dirs.map(() => 0);
const waiting: ((() => void) | undefined)[] = dirs.map(() => undefined);
createInterface({ input: process.stdin }).on("line", (line) => {
  const write = Number(line);
  const wake = waiting[write];
  waiting[write] = undefined;
  if (wake) wake();
  else granted[write] = (granted[write] ?? 0) + 1;
});
function turn(write: number): Promise<void> {
  if ((granted[write] ?? 0) > 0) {
    granted[write] = (granted[write] ?? 0) - 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    waiting[write] = resolve;
  });
}

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
        chunkBytes: 65_536,
        onStep: async (step) => {
          process.stdout.write(
            `${write} ${step.step === "chunk" ? `chunk ${step.written}/${step.total}` : "rename"}\n`,
          );
          started();
          await turn(write);
        },
      },
    },
  ).then(() => {
    process.stdout.write(`${write} done\n`);
  });
  adds.push(add);
  await firstStep;
}
await Promise.all(adds);
process.exit(0);
