// Child process of the kill test: opens a library on each directory, one after another, and closes
// them all (each saves its index), holding every step of each save until the parent lets it go on
// (see held-steps.ts).
import { Library } from "../../src/library/library.js";
import { StepGate } from "../held-steps.js";

const dirs = process.argv.slice(2);
const gate = new StepGate();

const libraries: Library[] = [];
for (const [write, dir] of dirs.entries())
  libraries.push(
    await Library.open(dir, {
      saveDelayMs: 0,
      save: {
        onStep: (step) => gate.step(write, step.step === "file" ? `file ${step.name}` : step.step),
      },
    }),
  );
await Promise.all(libraries.map((library, write) => library.close().then(() => gate.done(write))));
process.exit(0);
