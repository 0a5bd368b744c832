// Child process of the kill test: opens a library (which saves its index), announcing each step of
// the save on stdout and waiting for a line on stdin before going on, so the parent can SIGKILL it
// at an exact point.
import { createInterface } from "node:readline";
import { Library } from "../../src/library/library.js";

const [dir] = process.argv.slice(2) as [string];
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

const library = await Library.open(dir, {
  saveDelayMs: 0,
  save: {
    onStep: async (step) => {
      process.stdout.write(`${step.step === "file" ? `file ${step.name}` : step.step}\n`);
      await lines.next();
    },
  },
});
await library.close();
process.stdout.write("done\n");
process.exit(0);
