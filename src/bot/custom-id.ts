import { createHash } from "node:crypto";
import { limits } from "./limits.js";

/** Options of the custom_id codec. */
export interface CustomIdOptions {
  /** How many long states are remembered (least recently used are forgotten first). */
  cacheSize: number;
}

export const defaultCustomIdOptions: CustomIdOptions = { cacheSize: 20_000 };

/**
 * Buttons and menus carry their state (the question, the outlet, the page) in their custom_id, so
 * they keep working across restarts. State that does not fit Discord's 100 characters is kept in
 * an in-memory LRU cache under a short hash instead: those buttons work until the bot restarts
 * or the entry ages out, and then say so.
 */
export class CustomIds {
  private readonly cache = new Map<string, string>();

  constructor(private readonly options: CustomIdOptions = defaultCustomIdOptions) {}

  /** `prefix` (like "ask:page:") followed by the state. */
  pack(prefix: string, state: readonly unknown[]): string {
    const json = JSON.stringify(state);
    if (prefix.length + json.length <= limits.customId) return prefix + json;
    const key = createHash("sha256").update(json).digest("base64url").slice(0, 16);
    this.remember(key, json);
    return `${prefix}~${key}`;
  }

  /** The state packed after `prefix`, or undefined when it is malformed or forgotten. */
  unpack(prefix: string, customId: string): unknown[] | undefined {
    if (!customId.startsWith(prefix)) return undefined;
    const rest = customId.slice(prefix.length);
    const json = rest.startsWith("~") ? this.recall(rest.slice(1)) : rest;
    if (json === undefined) return undefined;
    try {
      const state: unknown = JSON.parse(json);
      return Array.isArray(state) ? state : undefined;
    } catch {
      return undefined;
    }
  }

  private remember(key: string, json: string): void {
    this.cache.delete(key);
    this.cache.set(key, json);
    if (this.cache.size > this.options.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private recall(key: string): string | undefined {
    const json = this.cache.get(key);
    if (json !== undefined) this.remember(key, json);
    return json;
  }
}

/** The process-wide codec used by the commands. */
export const customIds = new CustomIds();
