// Child process of the kill test: adds an article, announcing each write step on stdout and waiting
// for a line on stdin before going on, so the parent can SIGKILL it at an exact point.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { addArticle } from "../../src/corpus/store.js";

const [dir, name, source] = process.argv.slice(2) as [string, string, string];
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

await addArticle(
  dir,
  name,
  await readFile(source),
  {},
  {
    maxFileBytes: 10_000_000,
    write: {
      chunkBytes: 65_536,
      onStep: async (step) => {
        process.stdout.write(
          `${step.step === "chunk" ? `chunk ${step.written}/${step.total}` : "rename"}\n`,
        );
        await lines.next();
      },
    },
  },
);
process.stdout.write("done\n");
process.exit(0);
