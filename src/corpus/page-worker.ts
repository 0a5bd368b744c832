// Worker-thread side of pageToMarkdownOffThread: Readability over a whole page's DOM takes tens to
// hundreds of milliseconds, which the bot's main thread must spend answering users instead.
import { parentPort, workerData } from "node:worker_threads";
import { type PageJob, pageToMarkdown } from "./page.js";

const job = workerData as PageJob;
parentPort?.postMessage(pageToMarkdown(job.bytes, job.url, job.charset));
