// Entry of a parse-pool worker thread: the project runs TypeScript through tsx, and a worker does not
// inherit the loader under every runner (vitest, `tsx`), so register it here before loading the worker.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
