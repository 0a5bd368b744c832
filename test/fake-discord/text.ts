import type { StoredMessage } from "./payloads.js";

/** A button or select menu of a message, numbered in reading order. */
export interface Control {
  n: number;
  kind: "button" | "select";
  customId: string;
  label: string;
  disabled: boolean;
  options: Array<{ label: string; value: string; selected: boolean }>;
}

type Json = Record<string, unknown>;

/** The message's buttons and menus, in reading order, numbered from 1. */
export function controlsOf(message: StoredMessage): Control[] {
  const out: Control[] = [];
  for (const row of message.components as Json[]) {
    for (const c of (row.components ?? []) as Json[]) {
      const options = ((c.options ?? []) as Json[]).map((o) => ({
        label: String(o.label),
        value: String(o.value),
        selected: o.default === true,
      }));
      out.push({
        n: out.length + 1,
        kind: c.type === 2 ? "button" : "select",
        customId: String(c.custom_id ?? c.url ?? ""),
        label: String(c.label ?? c.placeholder ?? ""),
        disabled: c.disabled === true,
        options,
      });
    }
  }
  return out;
}

/** The control labelled `label` (exact, then case-insensitive prefix). */
export function controlNamed(message: StoredMessage, label: string): Control {
  const controls = controlsOf(message);
  const found =
    controls.find((c) => c.label === label) ??
    controls.find((c) => c.label.toLowerCase().startsWith(label.toLowerCase()));
  if (found === undefined) {
    throw new Error(
      `No control "${label}" in message; it has: ${controls.map((c) => c.label).join(", ")}`,
    );
  }
  return found;
}

/** The message as plain text: content, embeds (title, description, fields, footer), then controls. */
export function messageText(message: StoredMessage): string {
  const parts: string[] = [];
  if (message.content !== "") parts.push(message.content);
  for (const e of message.embeds as Json[]) {
    const lines: string[] = [];
    if (typeof e.title === "string")
      lines.push(`## ${e.title}${typeof e.url === "string" ? ` <${e.url}>` : ""}`);
    if (typeof e.description === "string") lines.push(e.description);
    for (const f of (e.fields ?? []) as Json[])
      lines.push(`**${String(f.name)}**: ${String(f.value)}`);
    const footer = e.footer as Json | undefined;
    if (footer !== undefined) lines.push(`(${String(footer.text)})`);
    parts.push(lines.join("\n"));
  }
  const controls = controlsOf(message);
  if (controls.length > 0) {
    parts.push(
      controls
        .map((c) =>
          c.kind === "button"
            ? `[${c.n}] ${c.label}${c.disabled ? " (disabled)" : ""}`
            : `[${c.n}] ${c.label}: ${c.options.map((o, i) => `${String.fromCharCode(97 + i)}) ${o.label}${o.selected ? " ✓" : ""}`).join("  ")}`,
        )
        .join("\n"),
    );
  }
  return parts.join("\n\n");
}
