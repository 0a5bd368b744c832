import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests bind their own ports on 127.0.0.1; forks keep worker crashes contained.
    pool: "forks",
    // Transformed modules are kept under node_modules between runs (keyed by their content), so
    // a rerun does not compile every source file again.
    experimental: { fsModuleCache: true },
  },
});
