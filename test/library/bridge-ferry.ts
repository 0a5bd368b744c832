// Two one-paragraph articles from two outlets, shared by the library tests.
import { articleText } from "../corpus/corpus-dir.js";

export const BRIDGE = articleText(
  "Example News",
  "Bridge opens",
  "The new bridge over the river opened on Monday.",
);
export const FERRY = articleText(
  "Harbour Daily",
  "Ferry stops",
  "The old ferry made its last crossing on Sunday.",
);
