import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { bundledModule } from "./bundled-child.js";

describe("createLogger", () => {
  it("when the reader of stdout has gone, logging right before exit does not keep the process alive", async () => {
    const log = await bundledModule("src/log.ts");
    // Two lines and an immediate exit: a buffered logger still holds the second one at exit.
    const script = `import { createLogger } from ${JSON.stringify(log)};
      const logger = createLogger();
      setTimeout(() => { logger.info("shutting down"); logger.info("stopped"); process.exit(0); }, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.destroy();
    const exited = once(child, "exit");
    const outcome = await Promise.race([
      exited,
      new Promise((r) => setTimeout(() => r("still running after 10 s"), 10_000)),
    ]);
    child.kill("SIGKILL");
    expect(outcome).toEqual([0, null]);
  }, 30_000);
});
