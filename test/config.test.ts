import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, loadConfig } from "../src/config.js";

function problems(
  env: Record<string, string>,
  required: Parameters<typeof loadConfig>[1] = [],
): string[] {
  try {
    loadConfig(env, required);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("with an empty environment, uses the defaults", () => {
    expect(loadConfig({})).toEqual(defaultConfig);
  });

  it("when the token is required and missing, names it and points to .env.example", () => {
    expect(problems({}, ["DISCORD_TOKEN"])).toEqual(["DISCORD_TOKEN is missing"]);
    expect(() => loadConfig({}, ["DISCORD_TOKEN"])).toThrow(/\.env\.example/);
  });

  it("names every invalid key at once", () => {
    const found = problems(
      {
        DISCORD_CLIENT_ID: "abc",
        DISCORD_API_URL: "ftp://x",
        LOG_LEVEL: "loud",
        MODERATOR_ROLE_IDS: "123456789012345678, nope",
        CORPUS_WATCH: "maybe",
        MAX_FILE_BYTES: "-1",
        RATE_LIMIT_COUNT: "x",
      },
      ["DISCORD_TOKEN"],
    );
    expect(found.map((p) => p.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_API_URL",
      "LOG_LEVEL",
      "CORPUS_WATCH",
      "MODERATOR_ROLE_IDS",
      "DISCORD_CLIENT_ID",
      "MAX_FILE_BYTES",
      "RATE_LIMIT_COUNT",
    ]);
  });

  it("reads every key", () => {
    const config = loadConfig({
      DISCORD_TOKEN: " secret ",
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_GUILD_ID: "223456789012345678",
      DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      CORPUS_DIR: "some/dir",
      LOG_LEVEL: "debug",
      MODERATOR_ROLE_IDS: "323456789012345678,423456789012345678",
      CORPUS_WATCH: "true",
      MAX_FILE_BYTES: "2000",
      MAX_PAGE_BYTES: "9000",
      FETCH_ALLOW_HOSTS: "127.0.0.1, Mirror.local,[::1]",
      RATE_LIMIT_COUNT: "0",
      RATE_LIMIT_WINDOW_MS: "500",
      DEFER_ABOVE_PARAGRAPHS: "0",
      SHUTDOWN_TIMEOUT_MS: "100",
    });
    expect(config).toEqual({
      token: "secret",
      clientId: "123456789012345678",
      guildId: "223456789012345678",
      apiUrl: "http://127.0.0.1:8080/api",
      corpusDir: resolve("some/dir"),
      logLevel: "debug",
      moderatorRoleIds: ["323456789012345678", "423456789012345678"],
      corpusWatch: true,
      maxFileBytes: 2000,
      maxPageBytes: 9000,
      fetchAllowHosts: ["127.0.0.1", "mirror.local", "[::1]"],
      rateLimitCount: 0,
      rateLimitWindowMs: 500,
      deferAboveParagraphs: 0,
      shutdownTimeoutMs: 100,
    });
  });

  it("refuses an allow-list entry that is no host name or address", () => {
    expect(problems({ FETCH_ALLOW_HOSTS: "127.0.0.1,http://x/" })).toEqual([
      'FETCH_ALLOW_HOSTS must be comma-separated host names or IP addresses (like 127.0.0.1,mirror.local), not "http://x/"',
    ]);
  });

  it("refuses an API URL that includes the version, since discord.js adds it", () => {
    expect(problems({ DISCORD_API_URL: "https://discord.com/api/v10" })).toHaveLength(1);
  });
});
