// Entry of a page-conversion worker thread: registers tsx first (see parse-worker-tsx.mjs).
import { register } from "tsx/esm/api";

register();
await import("./page-worker.ts");
