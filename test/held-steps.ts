// Kill tests: one child process makes several writes, announcing each step as "<write> <step>" on
// stdout and going on with a write only when the parent sends its number on stdin. The parent holds
// each write at its own step and SIGKILLs the child once every write is held, so one child (one
// start-up of the program) leaves on disk what a kill at each of those steps leaves.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { bundledScript, ROOT } from "./bundled-child.js";

/**
 * Runs `script` (TypeScript, from the repository root) with `args`; holds write k once it has
 * announced `killAt[k]` steps (1-based) and SIGKILLs the child when every write is held.
 * Returns the steps each write announced. Throws when the child exits before that.
 */
export async function killAtSteps(
  script: string,
  args: readonly string[],
  killAt: readonly number[],
): Promise<string[][]> {
  const child = spawn(process.execPath, await bundledScript(script, args), {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const steps: string[][] = killAt.map(() => []);
  let killed = false;
  for await (const line of createInterface({ input: child.stdout })) {
    const space = line.indexOf(" ");
    const write = Number(line.slice(0, space));
    const announced = steps[write] as string[];
    announced.push(line.slice(space + 1));
    if (steps.every((s, k) => s.length === killAt[k])) {
      killed = child.kill("SIGKILL");
      break;
    }
    if (announced.length < (killAt[write] as number)) child.stdin.write(`${write}\n`);
  }
  const code = await exited;
  if (!killed)
    throw new Error(`the child exited (code ${code}) before every write reached its step`);
  return steps;
}

/** The child's side: announces steps and waits for the parent to let each write go on. */
export class StepGate {
  /** Per write, the turns granted by the parent and not yet taken. */
  private readonly granted = new Map<number, number>();
  /** Per write, the step waiting for its turn. */
  private readonly waiting = new Map<number, () => void>();

  constructor() {
    createInterface({ input: process.stdin }).on("line", (line) => {
      const write = Number(line);
      const wake = this.waiting.get(write);
      this.waiting.delete(write);
      if (wake) wake();
      else this.granted.set(write, (this.granted.get(write) ?? 0) + 1);
    });
  }

  /** Announces `step` of `write` and resolves when the parent lets that write go on. */
  step(write: number, step: string): Promise<void> {
    process.stdout.write(`${write} ${step}\n`);
    const granted = this.granted.get(write) ?? 0;
    if (granted > 0) {
      this.granted.set(write, granted - 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.set(write, resolve));
  }

  /** Announces that `write` is done (its last step; the parent never answers it). */
  done(write: number): void {
    process.stdout.write(`${write} done\n`);
  }
}
