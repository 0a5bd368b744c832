// Entry of the reload worker thread: the project runs TypeScript through tsx, and a worker does not
// inherit the loader under every runner (vitest, `tsx`), so register it here before loading the worker.
import { register } from "tsx/esm/api";

register();
await import("./reload-worker.ts");
