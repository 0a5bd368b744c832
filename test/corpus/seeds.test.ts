import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Article, Corpus } from "../../src/corpus/types.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
let corpus: Corpus;

function article(prefix: string): Article {
  const found = corpus.articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no article ${prefix} in the seed corpus`);
  return found;
}

beforeAll(async () => {
  corpus = await loadCorpus(path.join(repoRoot, "corpus"));
});

describe("the seed corpus", () => {
  it("loads all three seeds with their outlets and no errors", () => {
    expect(corpus.errors).toEqual([]);
    expect(corpus.articles.map((a) => [a.id, a.outlet])).toEqual([
      ["000_477e95ba24763a34", "The Independent"],
      ["001_ab4c76185435afb9", "RFE/RL"],
      ["002_df8243dfcb3cbccd", "RIA Novosti"],
    ]);
  });

  it("splits each article into its paragraphs", () => {
    expect(corpus.articles.map((a) => a.paragraphs.length)).toEqual([22, 24, 16]);
  });

  it("keeps page chrome out of the paragraphs", () => {
    const chrome = [
      "Sign up to our free newsletters",
      "Get the best updates",
      "mailing list",
      "unsubscribe",
      "Accessibility links",
      "Breaking News",
      "please wait",
      "No media source currently available",
      "0:00",
      "Direct link",
      "WATCH:",
      "Ousted President Bakiev Leaves Kyrgyzstan",
      "compiled from RFE/RL",
      "Interrupted Rally",
      "BISHKEK, April 15",
      "(RFE/RL) --",
    ];
    const text = corpus.articles.flatMap((a) => a.paragraphs).join("\n");
    for (const s of chrome) expect(text, s).not.toContain(s);
  });

  it("makes the headline the title and 'Interrupted Rally' a subhead", () => {
    const rfe = article("001");
    expect(rfe.title).toBe("Kyrgyz President Bakiev 'Resigns'");
    expect(rfe.subheads).toEqual([{ text: "Interrupted Rally", paragraph: 11 }]);
    expect(rfe.paragraphs[11]).toMatch(/^Head of the interim government, Roza Otunbaeva/);
    expect(rfe.paragraphs[0]).toBe(
      "Kyrgyz interim government officials say President Kurmanbek Bakiev has resigned.",
    );
  });

  it("keeps the repeated RFE/RL paragraph once, with a warning", () => {
    const rfe = article("001");
    const repeated = rfe.paragraphs.filter((p) =>
      p.startsWith('"According to one of the key conditions'),
    );
    expect(repeated).toHaveLength(1);
    expect(rfe.warnings).toHaveLength(1);
    expect(rfe.warnings[0]).toContain("repeated");
  });

  it("keeps credit, dateline place and title as metadata", () => {
    expect(article("001").credit).toBe("compiled from RFE/RL, Reuters, and other agency reporting");
    expect(article("002").place).toBe("Bishkek");
    expect(article("000").title).toBeNull();
  });

  it("keeps the body text of single-newline paragraphs exactly", () => {
    expect(article("002").paragraphs[15]).toBe(
      "The Russian President said on Russian television on Thursday he believes the collapse of the former Kyrgyz government was caused by corruption and nepotism.",
    );
  });

  it("attributes every direct quote to its speaker", () => {
    const speakers = (a: Article) => a.quotes.map((q) => [q.paragraph, q.speaker]);
    expect(speakers(article("000"))).toEqual([
      [1, "a spokesman for the interim government"],
      [4, "an official in Kyrgyzstan's interim government"],
      [9, "Kanat Saudabayev"],
      [9, "Kanat Saudabayev"],
      [14, "Kurmanbek Bakiyev"],
      [15, "Kurmanbek Bakiyev"],
      [19, "Robert Blake"],
    ]);
    expect(speakers(article("001"))).toEqual([
      [2, "Edil Baisalov"],
      [6, "Kanat Saudabaev"],
      [8, "Edil Baisalov"],
      [16, "Temir Sariev"],
      [18, "Temir Sariev"],
      [20, "Almazbek Atambaev"],
      [23, "Putin's press service"],
    ]);
    expect(speakers(article("002"))).toEqual([
      [8, "Roza Otunbayeva"],
      [10, "Roza Otunbayeva"],
      [14, "Dmitry Medvedev"],
    ]);
  });

  it("keeps the speaker's role apart from the name", () => {
    const q = article("000").quotes.find((x) => x.text.startsWith("As a result of joint efforts"));
    expect(q?.speaker).toBe("Kanat Saudabayev");
    expect(q?.role).toBe("Kazakh Foreign Minister");
  });
});
