// Entry of the reload worker thread (see ../corpus/parse-worker-tsx.mjs).
import { startWorker } from "../corpus/start-worker.mjs";

await startWorker(new URL("./reload-worker.ts", import.meta.url));
