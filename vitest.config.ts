/** Test projects: unit (no services), integration (real Neo4j), e2e (real Chromium against the real server). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/integration/**", "tests/e2e/**", "tests/reliability/**"],
          environment: "node",
          // Pipeline tests extract the whole corpus and dev set (some on worker threads): seconds on a busy
          // 2-core machine. Speed is measured by the benchmarks, not by these limits.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          // Integration and e2e share the one Neo4j database: their groups run one after the other.
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "reliability",
          // Shares the one Neo4j database with integration and e2e: its group runs after theirs.
          sequence: { groupOrder: 3 },
          include: ["tests/reliability/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          include: ["tests/e2e/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
