import { cp } from "node:fs/promises";
import path from "node:path";
import { it } from "vitest";
import { commands as registry } from "../../commands/index.js";
import { corpus } from "../../commands/corpus.js";
import { tempCorpus } from "../corpus-admin/corpus-dir.js";
import { startHarness } from "./harness.js";

it("debug", async () => {
  const dir = await tempCorpus();
  await cp(path.resolve("corpus"), dir, { recursive: true });
  const h = await startHarness({ corpusDir: dir, env: { MODERATOR_ROLE_IDS: "400000000000000004" }, fake: { roles: ["400000000000000004"] }, commands: [...registry, corpus] });
  await h.fake.connected();
  const i = h.fake.slash("corpus add", { file: h.fake.attachment("p.md", "\u0000\u0001PNG") }, { roles: ["400000000000000004"] });
  await new Promise((r) => setTimeout(r, 3000));
  console.log(i.callbacks.map((c) => c.type));
  console.log(h.fake.requests.map((r) => r.method + " " + r.path + " " + r.status));
  console.log(JSON.stringify(h.logs.slice(-3)));
  await h.stop();
});
