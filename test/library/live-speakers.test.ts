import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Library } from "../../src/library/library.js";
import { SpeakerDirectory } from "../../src/search/speakers.js";
import { tempCorpus } from "../corpus/corpus-dir.js";

// Only the one quote: the fixture article's own quote (by its mayor) would be a speaker too.
const said = (who: string, words: string) =>
  `---\noutlet: Example News\ntitle: Talks\n---\nTalks went on.\n\n"${words} after two long days of hard talks in the capital," said ${who}.\n`;

describe("the speaker directory of a live library", () => {
  it("after adds, replacements and removals, equals one built afresh from the articles served", async () => {
    const dir = await tempCorpus({
      "a.md": said("Foreign Minister Kanat Saudabayev", "We will talk"),
      "b.md": said("Saudabaev", "Talks went well"),
    });
    const library = await Library.open(dir, { persist: false });
    const write = (file: string, text: string) => writeFile(path.join(dir, file), text);
    const speakers = () => {
      const { articles } = library.snapshot.corpus;
      return {
        live: library.snapshot.speakers.exportState(articles).state,
        fresh: SpeakerDirectory.build(articles).exportState(articles).state,
      };
    };

    await write("c.md", said("Kanat Saudabayev", "We agreed"));
    await library.reload(["c.md"]);
    await library.speakersReady();
    const added = speakers();
    await write("a.md", said("Roza Otunbayeva", "We will see"));
    await rm(path.join(dir, "b.md"));
    await library.reload(["a.md", "b.md"]);
    await library.speakersReady();
    const changed = speakers();

    expect(added.live).toEqual(added.fresh);
    expect(added.live.people.map((p) => p.name)).toEqual(["Kanat Saudabayev"]);
    expect(changed.live).toEqual(changed.fresh);
    expect(changed.live.people.map((p) => p.name)).toEqual(["Kanat Saudabayev", "Roza Otunbayeva"]);
    expect(library.snapshot.speakers.quotesOf("Saudabaev").map((q) => q.quote.text)).toEqual([
      "We agreed after two long days of hard talks in the capital",
    ]);
    await library.close();
  });

  it("applies a change while the start-up pass over the quotes is held, serving only speakers of articles it still serves", async () => {
    const dir = await tempCorpus({
      "a.md": said("Foreign Minister Kanat Saudabayev", "We will talk"),
      "b.md": said("Roza Otunbayeva", "Talks went well"),
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Every slice of the pass waits for `held`: without release, the pass never ends.
    const library = await Library.open(dir, {
      persist: false,
      sliceMs: 0,
      quotePassTurn: () => held,
    });
    const names = () => library.snapshot.speakers.suggest("", 5).map((s) => s.name);
    const before = names();

    await writeFile(path.join(dir, "c.md"), said("Almazbek Atambayev", "We agreed"));
    const added = await library.reload(["c.md"]);
    const found = library.snapshot.index.search("Atambayev agreed").results[0]?.article;
    // Only added since the directory was made: the older one serves, without the new speaker.
    const whileHeld = names();
    await rm(path.join(dir, "b.md"));
    const removed = await library.reload(["b.md"]);
    // Something was removed: no directory that might show it serves.
    const afterRemove = names();

    release();
    await library.speakersReady();
    const { articles } = library.snapshot.corpus;
    expect({
      before,
      added: added.added,
      found,
      whileHeld,
      removed: removed.removed,
      afterRemove,
    }).toEqual({
      before: ["Kanat Saudabayev", "Roza Otunbayeva"],
      added: ["c"],
      found: "c",
      whileHeld: ["Kanat Saudabayev", "Roza Otunbayeva"],
      removed: ["b"],
      afterRemove: [],
    });
    expect(library.snapshot.speakers.exportState(articles).state).toEqual(
      SpeakerDirectory.build(articles).exportState(articles).state,
    );
    expect(names()).toEqual(["Almazbek Atambayev", "Kanat Saudabayev"]);
    await library.close();
  });
});
