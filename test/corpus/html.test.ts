import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageOutlet, pageToMarkdown, withoutSiteName } from "../../src/corpus/page.js";
import { parseArticle } from "../../src/corpus/parse.js";

const enc = new TextEncoder();

const body = [
  "The river rose two metres overnight, flooding the lower town and cutting the only road to the valley.",
  "“We have never seen water this high in March,” said Aigul Bekova, the mayor, standing on the bridge.",
  "Engineers opened the dam's spillway at dawn to ease the pressure on the embankments downstream.",
  "Residents were told to move to higher ground until the level falls below the warning mark again.",
];

function page(head: string, extra = ""): string {
  return `<!doctype html><html lang="en-GB"><head><title>River floods town | Valley Herald</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>River floods town</h1>
<p>${body[0]}</p><p>${body[1]}</p>
<figure><img src="a.jpg"><figcaption>The bridge at dawn. Photograph: Jane Doe/Reuters</figcaption></figure>
<h2>Spillway opened</h2>
<p>${body[2]}</p><p>${body[3]}</p>${extra}</article>
<footer><p>© 2024 Valley Media Group. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>`;
}

const meta = `<link rel="canonical" href="https://www.valleyherald.example/news/river-floods">
<meta property="og:site_name" content="VALLEY HERALD">
<meta property="article:published_time" content="2024-03-12T06:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"NewsArticle","headline":"River floods town","datePublished":"2024-03-12T06:30:00Z",
  "author":{"@type":"Person","name":"Sam Lee"},"publisher":{"@id":"#org"}},
 {"@type":"Organization","@id":"#org","name":"Valley Media Group"}]}</script>`;

describe("web pages", () => {
  it("loads an .html page: article text from Readability, metadata from the page", () => {
    const result = parseArticle("news/river.html", enc.encode(page(meta)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.article;
    expect(a.id).toBe("news/river");
    // The parent company in JSON-LD does not name the site; og:site_name does, its capitals tidied.
    expect(a.outlet).toBe("Valley Herald");
    expect(a.title).toBe("River floods town");
    expect(a.url).toBe("https://www.valleyherald.example/news/river-floods");
    expect(a.published).toBe("2024-03-12T06:30:00Z");
    expect(a.language).toBe("en-GB");
    // The section heading stays with the article, above its paragraph, out of the searched text.
    expect(a.paragraphs).toEqual(body);
    expect(a.subheads).toEqual([{ text: "Spillway opened", paragraph: 2 }]);
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["We have never seen water this high in March", "Aigul Bekova"],
    ]);
  });

  it("leaves an author's note closing the article out of the text", () => {
    const note = "<p>Sam Lee is a reporter for the Valley Herald.</p><p>Follow him on Twitter.</p>";
    const result = parseArticle("river.html", enc.encode(page(meta, note)));
    expect(result.ok && result.article.paragraphs).toEqual(body);
  });

  it("drops the headline repeated above the text, or a breadcrumb ending in it, and keeps it inside", () => {
    const md = (first: string) =>
      `---\noutlet: Valley Herald\ntitle: River floods town\nextractor: readability\n---\n${first}\n\n${body.join("\n\n")}\n`;
    for (const first of ["River floods town", "HomeLatest NewsRiver Floods Town"]) {
      const result = parseArticle("river.md", enc.encode(md(first)));
      expect(result.ok && result.article.paragraphs).toEqual(body);
    }
    const inside = `---\noutlet: Valley Herald\ntitle: River floods town\nextractor: readability\n---\n${body[0]}\n\nRiver floods town\n`;
    const result = parseArticle("river.md", enc.encode(inside));
    expect(result.ok && result.article.paragraphs).toEqual([body[0], "River floods town"]);
  });

  it("cuts the outlet's name off the end of a title, and nothing else", () => {
    expect(
      [
        ["Zeppelin returns | Airship Gazette", "Airship Gazette"],
        ["Opinion | Why - it matters - The New York Times", "The New York Times"],
        ["Storm hits coast - USA TODAY", "USA Today"],
        ["Doobie Brothers reunite \u2013 Rolling Stone", "Billboard"],
        ["Airship Gazette", "Airship Gazette"],
        [" | Airship Gazette", "Airship Gazette"],
      ].map(([title, outlet]) => withoutSiteName(title as string, outlet as string)),
    ).toEqual([
      "Zeppelin returns",
      "Opinion | Why - it matters",
      "Storm hits coast",
      "Doobie Brothers reunite \u2013 Rolling Stone",
      "Airship Gazette",
      " | Airship Gazette",
    ]);
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, outlet) => {
        const cut = withoutSiteName(title, outlet);
        expect(cut === title || (cut !== "" && title.trimStart().startsWith(cut))).toBe(true);
      }),
    );
  });

  it("stores a page as Markdown with front matter naming the extractor", () => {
    const md = pageToMarkdown(enc.encode(page(meta)));
    expect(md.ok && md.text.split("---\n")[1]).toBe(
      "outlet: Valley Herald\ntitle: River floods town\nurl: https://www.valleyherald.example/news/river-floods\npublished: 2024-03-12T06:30:00Z\nlanguage: en-GB\nextractor: readability\n",
    );
  });

  it("reads the charset the page declares", () => {
    const latin = `<html><head><meta charset="iso-8859-1"></head><body><article><p>${body[0]} Café crème.</p><p>${body[2]}</p></article></body></html>`;
    const bytes = Uint8Array.from(latin, (ch) => ch.charCodeAt(0));
    const md = pageToMarkdown(bytes);
    expect(md.ok && md.text).toContain("Café crème.");
  });

  it("when a page has no article text, says to paste it instead", () => {
    const result = parseArticle(
      "empty.html",
      enc.encode("<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        file: "empty.html",
        message: "empty.html: the page has no article text: paste it instead",
      },
    });
  });

  it("takes the name the site's address spells, else og:site_name unless it is a slogan", () => {
    const names = {
      outletNames: ["Gannett"],
      siteName: null,
      spelledOnly: [],
      title: "Story | Breaking news",
      documentTitle: null,
      url: "https://eu.usatoday.com/story/x",
      published: null,
      author: null,
      language: null,
    };
    expect(pageOutlet(names, null)).toBe("Gannett");
    expect(pageOutlet({ ...names, outletNames: [] }, null)).toBe(null);
    expect(pageOutlet({ ...names, outletNames: ["Gannett", "USA TODAY"] }, null)).toBe("USA Today");
    expect(pageOutlet({ ...names, title: "Story - USA Today" }, null)).toBe("USA Today");
    expect(
      pageOutlet({ ...names, outletNames: [], documentTitle: "Opinion | Story - USA TODAY" }, null),
    ).toBe("USA Today");
    expect(
      pageOutlet({ ...names, outletNames: [], documentTitle: "Story — www.usatoday.com" }, null),
    ).toBe("usatoday.com");
    // A title part the address does not spell is never taken.
    expect(pageOutlet({ ...names, outletNames: [], documentTitle: "Story - Breaking" }, null)).toBe(
      null,
    );
    expect(pageOutlet({ ...names, url: null, siteName: "Connecticut Post" }, null)).toBe(
      "Connecticut Post",
    );
    const slogan = { ...names, outletNames: [], siteName: "Expert how-to for English Riders" };
    expect(pageOutlet(slogan, null)).toBe(null);
  });

  it("takes a social handle or staff byline only when the address spells it, after the site's name", () => {
    const page = {
      outletNames: [],
      siteName: null,
      spelledOnly: ["comwrap"],
      title: null,
      documentTitle: null,
      url: "https://blog.comwrap.com/post",
      published: null,
      author: null,
      language: null,
    };
    expect(pageOutlet(page, null)).toBe("comwrap");
    expect(pageOutlet({ ...page, spelledOnly: ["ConnPost"] }, null)).toBe(null);
    // og:site_name that the address does not spell still comes before a handle it does.
    const mysa = { ...page, siteName: "San Antonio Express-News", spelledOnly: ["mySA"] };
    expect(pageOutlet({ ...mysa, url: "https://www.mysanantonio.com/a" }, null)).toBe(
      "San Antonio Express-News",
    );
    // A name only a sub-domain spells loses to a handle the domain spells.
    const hosted = { ...page, outletNames: ["Hosted"], siteName: "Hosted", spelledOnly: ["ap"] };
    expect(pageOutlet({ ...hosted, url: "https://hosted.ap.org/x" }, null)).toBe("ap");
    expect(pageOutlet({ ...hosted, url: "https://hosted.ap.org/x", spelledOnly: [] }, null)).toBe(
      "Hosted",
    );
  });

  it("reads a handle and an organisation's byline from the page", () => {
    const html = `<html><head><meta name="twitter:site" content="@horseman">
<meta name="author" content="Practical Horseman Editorial Staff">
<meta property="og:site_name" content="Expert how-to for English Riders">
<link rel="canonical" href="https://practicalhorsemanmag.com/news/x"></head>
<body><article><p>${body.join("</p><p>")}</p></article></body></html>`;
    const result = parseArticle("horse.html", enc.encode(html));
    expect(result.ok && result.article.outlet).toBe("Practical Horseman");
  });
});

describe("web pages from anywhere", () => {
  it("never throws on any markup: an article or a reason", () => {
    const tag = fc.constantFrom("p", "div", "h2", "article", "script", "li", "a", "br", "figure");
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.string(),
        fc
          .tuple(tag, fc.array(tie("node"), { maxLength: 4 }))
          .map(([t, kids]) => `<${t}>${kids.join("")}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(node, fc.string(), (body, head) => {
        const result = parseArticle(
          "p.html",
          enc.encode(`<html><head>${head}</head><body>${body}</body></html>`),
        );
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.error.message.startsWith("p.html: ")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
