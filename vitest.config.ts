import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests bind their own ports on 127.0.0.1; forks keep worker crashes contained.
    pool: "forks",
  },
});
