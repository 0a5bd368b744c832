// Entry of a parse-pool worker thread: plain JavaScript, since a worker does not inherit the tsx
// loader; start-worker.mjs loads the TypeScript module.
import { startWorker } from "./start-worker.mjs";

await startWorker(new URL("./parse-worker.ts", import.meta.url));
