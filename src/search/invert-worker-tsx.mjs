// Entry of a posting-list worker thread (see ../corpus/parse-worker-tsx.mjs).
import { startWorker } from "../corpus/start-worker.mjs";

await startWorker(new URL("./invert-worker.ts", import.meta.url));
