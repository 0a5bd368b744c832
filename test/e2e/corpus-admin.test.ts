import { cp, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchCorpus } from "../../src/library/watch.js";
import { createLogger } from "../../src/log.js";
import { articleText, tempCorpus, tree } from "../corpus/corpus-dir.js";
import type { FakeUser, StoredMessage } from "../fake-discord/index.js";
import { controlNamed, isEphemeral, messageText } from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";

const MODERATOR_ROLE = "400000000000000004";
const moderator: Partial<FakeUser> = {
  id: "200000000000000010",
  username: "mod",
  roles: [MODERATOR_ROLE],
};
const admin: Partial<FakeUser> = {
  id: "200000000000000011",
  username: "admin",
  permissions: PermissionFlagsBits.ManageGuild,
};
const reader: Partial<FakeUser> = { id: "200000000000000012", username: "reader" };

const ZEPPELIN = articleText(
  "Airship Gazette",
  "Zeppelin returns",
  'A restored zeppelin flew over the harbour on Friday. "We waited ten years for this flight," said pilot Greta Lindqvist.',
);

let h: Harness;
let dir: string;
beforeEach(async () => {
  dir = await tempCorpus();
  await cp(path.resolve("corpus"), dir, { recursive: true });
  h = await startHarness({
    corpusDir: dir,
    env: {
      MODERATOR_ROLE_IDS: MODERATOR_ROLE,
      MAX_FILE_BYTES: "100000",
      FETCH_ALLOW_HOSTS: "127.0.0.1",
    },
    fake: { roles: [MODERATOR_ROLE] },
  });
  await h.fake.connected();
});
afterEach(async () => {
  await h?.stop();
});

/** Runs a slash command and returns the message the user finally sees. */
async function run(
  command: string,
  options: Parameters<Harness["fake"]["slash"]>[1],
  as: Partial<FakeUser>,
) {
  return h.fake.slash(command, options, as).reply(10_000);
}

/** The text as Discord shows it: markdown escapes and bold markers gone. */
function seen(message: StoredMessage): string {
  return messageText(message).replace(/\*\*/g, "").replace(/\\(.)/g, "$1");
}

describe("/corpus and /reload through a real discord.js client", () => {
  it("a non-moderator is refused, privately, and nothing changes", async () => {
    const before = await tree(dir);
    const upload = h.fake.attachment("zeppelin.md", ZEPPELIN);

    const replies = [
      await run("corpus add", { file: upload }, reader),
      await run("corpus remove", { article: "000_477e95ba24763a34" }, reader),
      await run("reload", {}, reader),
    ];

    for (const reply of replies) {
      expect(isEphemeral(reply)).toBe(true);
      expect(seen(reply)).toContain("Only moderators can manage the corpus");
    }
    expect(await tree(dir)).toEqual(before);
    expect(h.fake.requests.filter((r) => r.path.startsWith("/attachments/"))).toEqual([]);
  });

  it("the moderator commands carry Manage Server as default member permissions", async () => {
    const registered = [...h.fake.commands.values()].flat();
    const perms = Object.fromEntries(
      registered.map((c) => [c.name, c.default_member_permissions ?? null]),
    );

    expect(perms.corpus).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(perms.reload).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(perms.ask).toBeNull();
  });

  it.each([
    ["a binary", "photo.md", "\u0000\u0001PNG\u0002\u0003", "binary"],
    ["an oversize", "huge.md", "x".repeat(100_001), "over the 100000-byte limit"],
    [
      "a broken-front-matter",
      "broken.md",
      "---\noutlet: [x\n---\nText.\n",
      "front matter is not valid YAML",
    ],
    ["a wrong-extension", "notes.pdf", ZEPPELIN, "must end in .md or .txt"],
  ])(
    "%s upload is rejected with a clear message and the directory is unchanged",
    async (_, name, text, reason) => {
      const before = await tree(dir);

      const reply = await run("corpus add", { file: h.fake.attachment(name, text) }, moderator);

      expect(isEphemeral(reply)).toBe(true);
      expect(seen(reply)).toContain(reason);
      expect(await tree(dir)).toEqual(before);
    },
  );

  it("an oversize upload is refused from its declared size, before any download", async () => {
    const reply = await run(
      "corpus add",
      { file: h.fake.attachment("huge.md", "x".repeat(100_001)) },
      moderator,
    );

    expect(seen(reply)).toBe(
      '"huge.md" is 100001 bytes, over the 100000-byte limit (MAX_FILE_BYTES); split the article',
    );
    expect(h.fake.requests.filter((r) => r.path.startsWith("/attachments/"))).toEqual([]);
  });

  it("a hostile file name cannot write outside the corpus directory", async () => {
    const outside = await readdir(path.dirname(dir));

    const reply = await run(
      "corpus add",
      { file: h.fake.attachment("../../evil.md", ZEPPELIN) },
      admin,
    );

    expect(seen(reply)).toContain("Added evil (evil.md)");
    expect(await readdir(path.dirname(dir))).toEqual(outside);
    expect(Object.keys(await tree(dir))).toContain("evil.md");
  });

  it("a valid upload shows what was parsed and is found by /ask right after", async () => {
    const upload = h.fake.attachment("Zeppelin Story.md", ZEPPELIN);

    const added = seen(
      await run(
        "corpus add",
        { file: upload, title: "Zeppelin over the harbour", published: "2026-11-20" },
        moderator,
      ),
    );
    const answer = seen(
      await run("ask", { question: "who flew the zeppelin over the harbour" }, reader),
    );

    expect(added).toContain("Added zeppelin-story (zeppelin-story.md)");
    expect(added).toContain("Outlet: Airship Gazette · Title: Zeppelin over the harbour");
    expect(added).toContain("We waited ten years for this flight");
    expect(added).toContain("Added (1): zeppelin-story");
    expect(answer).toContain("Airship Gazette");
  });

  it("while a hostile file is added, every other user's /ask is answered in time", async () => {
    // 100 kB of "[" then "](": took a regex-based parser seconds on the thread that answers.
    const hostile = `${"[".repeat(50_000)}${"](".repeat(25_000)}`;
    const adding = h.fake.slash(
      "corpus add",
      { file: h.fake.attachment("h.md", hostile) },
      moderator,
    );
    const asks = Array.from({ length: 5 }, (_, i) =>
      h.fake.slash(
        "ask",
        { question: "who mediated the departure" },
        { id: `20000000000000020${i}` },
      ),
    );

    for (const ask of asks) expect(messageText(await ask.reply(10_000))).toContain("RFE/RL");
    expect(seen(await adding.reply(20_000))).toContain("h.md");
  }, 60_000);

  it("a link is downloaded and added, shown with its first paragraph, and Undo takes it out", async () => {
    const first =
      "A restored zeppelin flew over the harbour on Friday, watched by thousands from the quays.";
    const page = `<html lang="en"><head><title>Zeppelin returns | Airship Gazette</title>
<meta property="og:site_name" content="Airship Gazette">
<meta property="article:published_time" content="2026-11-20"></head><body><article>
<p>${first}</p><p>"We waited ten years for this flight," said pilot Greta Lindqvist after landing at the old airfield north of the city.</p>
</article></body></html>`;
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const link = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2026/zeppelin`;
      const reply = await run("corpus add", { url: link }, moderator);
      const added = seen(reply);
      expect(added).toContain("Added 127.0.0.1-zeppelin (127.0.0.1-zeppelin.md)");
      expect(added).toContain(
        "Outlet: Airship Gazette · Title: Zeppelin returns · Published: 2026-11-20",
      );
      expect(added).toContain(`> ${first}`);
      expect(added).toContain("2 paragraphs, 1 quote");

      const press = h.fake.click(reply, controlNamed(reply, "Undo: remove it").customId, moderator);
      // The button defers, then edits its message once the reload is done.
      let undone = "";
      for (let tries = 0; tries < 100 && !undone.includes("Removed"); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        undone = seen(await press.reply());
      }
      expect(undone).toContain("Removed 127.0.0.1-zeppelin");
      expect(
        Object.keys(await tree(dir))
          .filter((f) => f.includes("zeppelin"))
          .sort(),
      ).toEqual([".originals/127.0.0.1-zeppelin.html", ".trash/127.0.0.1-zeppelin.md"]);
    } finally {
      server.close();
    }
  });

  it("remove then restore round-trips, with autocomplete offering stable ids", async () => {
    const before = await tree(dir);
    const id = "001_ab4c76185435afb9";

    const offered = await h.fake
      .autocomplete("corpus remove", { article: "001" }, "article", moderator)
      .choices();
    const removed = seen(await run("corpus remove", { article: id }, moderator));
    const trashed = await h.fake
      .autocomplete("corpus restore", { article: "" }, "article", moderator)
      .choices();
    const gone = h.library.snapshot.article(id);
    const restored = seen(await run("corpus restore", { article: id }, moderator));

    expect(offered.map((c) => c.value)).toEqual([id]);
    expect(removed).toContain("Removed (1): 001_ab4c76185435afb9");
    expect(trashed).toEqual([{ name: id, value: id }]);
    expect(gone).toBeUndefined();
    expect(restored).toContain("Added (1): 001_ab4c76185435afb9");
    expect(h.library.snapshot.article(id)?.outlet).toBe("RFE/RL");
    expect(await tree(dir)).toEqual(before);
  });

  it("a reload that hits a broken file reports it and keeps serving the rest", async () => {
    await writeFile(path.join(dir, "broken.md"), "---\noutlet: [x\n---\nText.\n");

    const report = seen(await run("reload", {}, moderator));
    const answer = seen(await run("ask", { question: "who mediated the departure" }, reader));

    expect(report).toContain("3 articles");
    expect(report).toContain("Skipped 1 file:");
    expect(report).toContain("broken.md: line 3: front matter is not valid YAML");
    expect(answer).toContain("The Independent");
  });

  it("with the watcher on, a file copied into the directory is answered without /reload", async () => {
    const watcher = watchCorpus(h.library, createLogger({ level: "silent" }), { debounceMs: 100 });
    try {
      await writeFile(path.join(dir, "zeppelin.md"), ZEPPELIN);
      await vi.waitFor(() => expect(h.library.snapshot.article("zeppelin")).toBeDefined(), {
        timeout: 10_000,
      });

      const answer = seen(
        await run("ask", { question: "who flew the zeppelin over the harbour" }, reader),
      );

      expect(answer).toContain("Airship Gazette");
    } finally {
      watcher.close();
    }
  });

  it("every change is logged with who and what", async () => {
    await run("corpus add", { file: h.fake.attachment("zeppelin.md", ZEPPELIN) }, moderator);
    await run("corpus remove", { article: "zeppelin" }, moderator);

    const audit = h.logs.filter((l) => l.audit === "corpus");

    expect(audit.map((l) => [l.action, l.userId, l.userName])).toEqual([
      ["add", moderator.id, "mod"],
      ["remove", moderator.id, "mod"],
    ]);
    expect(audit[0]).toMatchObject({ article: "zeppelin", file: "zeppelin.md", previous: null });
    expect(typeof audit[0]?.time).toBe("number");
  });

  it("/corpus list pages through the articles", async () => {
    const reply = await run("corpus list", {}, moderator);

    expect(isEphemeral(reply)).toBe(true);
    expect(seen(reply)).toContain("Articles 1–3 of 3 (page 1 of 1)");
    expect(seen(reply)).toContain("001_ab4c76185435afb9 · RFE/RL");
  });
});
