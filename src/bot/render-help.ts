import { embedColour, type View } from "./render.js";
import { type CorpusSummary, coverage, exampleQuestions } from "./render-results.js";

/** /help: what each command does, with examples drawn from the corpus. */
export function renderHelp(summary: CorpusSummary): View {
  const lines = [
    "**/ask** `question` `[outlet]` — the best-matching quotes, each with speaker, outlet, date and link; " +
      "buttons page through results, show a passage's context, or filter by outlet.",
    "**/quotes** `speaker` — everything one person is quoted as saying, across outlets (spelling variants merged).",
    "**/sources** — the outlets and articles in the corpus, and when it was last loaded.",
    "**Find sources** — right-click (or long-press) a message → Apps → Find sources: checks a claim against the corpus; only you see the answer.",
    "**/reload**, **/corpus** — moderators: re-read or change the corpus.",
    "",
    coverage(summary),
  ];
  const examples = exampleQuestions(summary);
  if (examples.length > 0) lines.push("Try:", ...examples.map((e) => `• ${e}`));
  return {
    embeds: [{ title: "How to use this bot", description: lines.join("\n"), color: embedColour }],
  };
}
