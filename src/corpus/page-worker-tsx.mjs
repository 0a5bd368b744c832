// Entry of a page-conversion worker thread (see parse-worker-tsx.mjs).
import { startWorker } from "./start-worker.mjs";

await startWorker(new URL("./page-worker.ts", import.meta.url));
