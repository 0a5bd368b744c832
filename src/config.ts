import { resolve } from "node:path";
import { defaultLoadOptions } from "./corpus/options.js";

/** Everything the bot reads from the environment, validated. */
export interface Config {
  /** Bot token (DISCORD_TOKEN); required by `npm start` and `npm run deploy-commands`. */
  token: string | undefined;
  /** Application id (DISCORD_CLIENT_ID); required by `npm run deploy-commands`. */
  clientId: string | undefined;
  /** Server to register commands in while developing (DISCORD_GUILD_ID); unset = global. */
  guildId: string | undefined;
  /** REST API base without the version (DISCORD_API_URL), no trailing slash. */
  apiUrl: string;
  /** Absolute path of the corpus directory (CORPUS_DIR). */
  corpusDir: string;
  /** pino level (LOG_LEVEL). */
  logLevel: LogLevel;
  /** Roles whose members may manage the corpus, besides Manage Server (MODERATOR_ROLE_IDS, comma-separated). */
  moderatorRoleIds: string[];
  /** Reload automatically when files in the corpus change (CORPUS_WATCH). */
  corpusWatch: boolean;
  /** Largest article file accepted, bytes (MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** Largest web page (.html upload or fetched link) accepted, bytes (MAX_PAGE_BYTES). */
  maxPageBytes: number;
  /**
   * Hosts (names or IP addresses) links may be fetched from even when they are on a private or
   * loopback address: self-hosted mirrors, tests (FETCH_ALLOW_HOSTS, comma-separated). Default none.
   */
  fetchAllowHosts: string[];
  /** Commands and button presses one user may make per window; 0 turns the limit off (RATE_LIMIT_COUNT). */
  rateLimitCount: number;
  /** Length of the rate-limit window, ms (RATE_LIMIT_WINDOW_MS). */
  rateLimitWindowMs: number;
  /**
   * Searches over corpora with more paragraphs than this acknowledge first ("thinking…") and edit the
   * answer in, so a slow search never misses Discord's 3-second window (DEFER_ABOVE_PARAGRAPHS).
   */
  deferAboveParagraphs: number;
  /** How long shutdown waits for replies in flight before closing anyway, ms (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
}

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

export const defaultConfig: Config = {
  token: undefined,
  clientId: undefined,
  guildId: undefined,
  apiUrl: "https://discord.com/api",
  corpusDir: resolve("corpus"),
  logLevel: "info",
  moderatorRoleIds: [],
  corpusWatch: false,
  maxFileBytes: defaultLoadOptions.maxFileBytes,
  maxPageBytes: defaultLoadOptions.maxPageBytes,
  fetchAllowHosts: [],
  rateLimitCount: 8,
  rateLimitWindowMs: 10_000,
  deferAboveParagraphs: 100_000,
  shutdownTimeoutMs: 10_000,
};

/** Keys a particular entry point cannot run without. */
export type RequiredKey = "DISCORD_TOKEN" | "DISCORD_CLIENT_ID";

/** Thrown by loadConfig; `problems` names every missing or invalid key at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "See .env.example for every key (copy it to .env or set the variables in the environment).",
    );
    this.name = "ConfigError";
  }
}

const snowflake = /^\d{17,20}$/;

/**
 * Reads the configuration from `env` (process.env by default, which dotenv may have filled from `.env`).
 * Collects every problem before throwing, so one run shows everything to fix.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  required: readonly RequiredKey[] = [],
): Config {
  const problems: string[] = [];
  const value = (key: string): string | undefined => {
    const v = env[key]?.trim();
    return v === undefined || v === "" ? undefined : v;
  };

  for (const key of required) {
    if (value(key) === undefined) problems.push(`${key} is missing`);
  }

  const id = (key: string): string | undefined => {
    const v = value(key);
    if (v !== undefined && !snowflake.test(v))
      problems.push(`${key} must be a Discord id (digits)`);
    return v;
  };

  const integer = (key: string, fallback: number, min: number): number => {
    const v = value(key);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      problems.push(`${key} must be a whole number ≥ ${min}, got "${v}"`);
      return fallback;
    }
    return n;
  };

  let apiUrl = value("DISCORD_API_URL") ?? defaultConfig.apiUrl;
  // A loop, not /\/+$/, which is quadratic on a run of slashes (npm run lint:regex).
  while (apiUrl.endsWith("/")) apiUrl = apiUrl.slice(0, -1);
  if (!/^https?:\/\/[^/]/.test(apiUrl) || /\/v\d+$/.test(apiUrl)) {
    problems.push(
      `DISCORD_API_URL must be an http(s) URL without the API version, like https://discord.com/api, got "${apiUrl}"`,
    );
  }

  const logLevel = value("LOG_LEVEL") ?? defaultConfig.logLevel;
  if (!(logLevels as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(", ")}, got "${logLevel}"`);
  }

  const watch = value("CORPUS_WATCH")?.toLowerCase();
  if (watch !== undefined && !["true", "false", "1", "0"].includes(watch)) {
    problems.push(`CORPUS_WATCH must be true or false, got "${watch}"`);
  }

  const roles = (value("MODERATOR_ROLE_IDS") ?? "")
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r !== "");
  const badRoles = roles.filter((r) => !snowflake.test(r));
  if (badRoles.length > 0) {
    problems.push(
      `MODERATOR_ROLE_IDS must be comma-separated role ids, not "${badRoles.join(", ")}"`,
    );
  }

  const allowHosts = (value("FETCH_ALLOW_HOSTS") ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== "");
  const badHosts = allowHosts.filter(
    (h) => !/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|[0-9a-f:.]+|\[[0-9a-f:.]+\])$/.test(h),
  );
  if (badHosts.length > 0) {
    problems.push(
      `FETCH_ALLOW_HOSTS must be comma-separated host names or IP addresses (like 127.0.0.1,mirror.local), not "${badHosts.join(", ")}"`,
    );
  }

  const config: Config = {
    token: value("DISCORD_TOKEN"),
    clientId: id("DISCORD_CLIENT_ID"),
    guildId: id("DISCORD_GUILD_ID"),
    apiUrl,
    corpusDir: resolve(value("CORPUS_DIR") ?? defaultConfig.corpusDir),
    logLevel: logLevel as LogLevel,
    moderatorRoleIds: roles,
    corpusWatch: watch === "true" || watch === "1",
    maxFileBytes: integer("MAX_FILE_BYTES", defaultConfig.maxFileBytes, 1),
    maxPageBytes: integer("MAX_PAGE_BYTES", defaultConfig.maxPageBytes, 1),
    fetchAllowHosts: allowHosts,
    rateLimitCount: integer("RATE_LIMIT_COUNT", defaultConfig.rateLimitCount, 0),
    rateLimitWindowMs: integer("RATE_LIMIT_WINDOW_MS", defaultConfig.rateLimitWindowMs, 1),
    deferAboveParagraphs: integer("DEFER_ABOVE_PARAGRAPHS", defaultConfig.deferAboveParagraphs, 0),
    shutdownTimeoutMs: integer("SHUTDOWN_TIMEOUT_MS", defaultConfig.shutdownTimeoutMs, 0),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
