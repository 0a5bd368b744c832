/** One notification Discord would deliver for a message. */
export type Ping =
  | { type: "everyone" }
  | { type: "user"; id: string }
  | { type: "role"; id: string };

interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
}

/**
 * Who a message would ping, the way Discord decides it: mentions in the content (embeds never
 * ping), filtered by allowed_mentions (absent = everything allowed).
 */
export function pingsOf(content: string, allowed: AllowedMentions | undefined): Ping[] {
  const parse = new Set(
    allowed === undefined ? ["everyone", "users", "roles"] : (allowed.parse ?? []),
  );
  const pings: Ping[] = [];
  if (/@(everyone|here)\b/.test(content) && parse.has("everyone")) pings.push({ type: "everyone" });
  for (const m of content.matchAll(/<@(!?|&)(\d{1,20})>/g)) {
    const id = m[2] ?? "";
    if (m[1] === "&") {
      if (parse.has("roles") || allowed?.roles?.includes(id)) pings.push({ type: "role", id });
    } else if (parse.has("users") || allowed?.users?.includes(id)) {
      pings.push({ type: "user", id });
    }
  }
  return pings;
}
