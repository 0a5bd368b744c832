/** What a line typed in the playground asks for. */
export type PlaygroundInput =
  | { kind: "command"; name: string; options: Record<string, string> }
  | { kind: "find"; text: string }
  | { kind: "press"; control: number; choice: string | null }
  | { kind: "quit" }
  | { kind: "help" }
  | { kind: "error"; message: string };

/** A registered command's name and its options, in order. */
export interface CommandShape {
  name: string;
  options: ReadonlyArray<{ name: string; required?: boolean; type: number; options?: unknown[] }>;
}

/**
 * Reads one typed line:
 * `/ask who mediated the departure` (text goes to the first option), `/ask question: … outlet: RFE/RL`,
 * `/corpus remove article: 000_x` (sub-command), `find <message text>`, `2` (press control 2), `6 b` (menu 6, option b).
 */
export function parseInput(line: string, commands: readonly CommandShape[]): PlaygroundInput {
  const text = line.trim();
  if (text === "quit" || text === "exit") return { kind: "quit" };
  if (text === "" || text === "help" || text === "?") return { kind: "help" };
  const press = /^(\d+)(?:\s+([a-z]))?$/i.exec(text);
  if (press !== null)
    return { kind: "press", control: Number(press[1]), choice: press[2]?.toLowerCase() ?? null };
  const find = /^find\s+(.+)$/is.exec(text);
  if (find !== null) return { kind: "find", text: find[1] ?? "" };
  if (!text.startsWith("/"))
    return { kind: "error", message: 'Commands start with "/"; type "help" for examples.' };

  const [head = "", ...words] = text.slice(1).split(/\s+/);
  const command = commands.find((c) => c.name === head.toLowerCase());
  if (command === undefined) {
    return {
      kind: "error",
      message: `No command /${head}. Commands: ${commands.map((c) => `/${c.name}`).join(" ")}`,
    };
  }
  let shape: ReadonlyArray<{ name: string; type: number; options?: unknown[] }> = command.options;
  const path = [command.name];
  // Sub-commands (type 1) and groups (type 2) come first, as words.
  while (shape.some((o) => o.type === 1 || o.type === 2)) {
    const sub = shape.find((o) => o.name === words[0]);
    if (sub === undefined) {
      return {
        kind: "error",
        message: `/${path.join(" ")} needs one of: ${shape.map((o) => o.name).join(", ")}`,
      };
    }
    path.push(sub.name);
    words.shift();
    shape = (sub.options ?? []) as typeof shape;
  }
  const rest = words.join(" ");
  const names = shape.map((o) => o.name);
  const options: Record<string, string> = {};
  const named = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join("|")}):\\s*`, "g");
  const marks = names.length === 0 ? [] : [...rest.matchAll(named)];
  if (marks.length === 0) {
    const first = shape[0];
    if (rest !== "" && first !== undefined) options[first.name] = rest;
  } else {
    marks.forEach((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = marks[i + 1]?.index ?? rest.length;
      options[m[1] ?? ""] = rest.slice(start, end).trim();
    });
  }
  return { kind: "command", name: path.join(" "), options };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Discord markdown made readable in a terminal: escapes and zero-width spaces removed, bold kept as ANSI when asked. */
export function terminalText(markdown: string, ansi: boolean): string {
  const bold = (s: string) => (ansi ? `\x1b[1m${s}\x1b[22m` : `*${s}*`);
  return markdown
    .replace(/\u200b/g, "")
    .replace(/\*\*((?:\\.|[^*\\\n])+)\*\*/g, (_, inner: string) => bold(inner))
    .replace(/\\([^\w\s])/g, "$1");
}
