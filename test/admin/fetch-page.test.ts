import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLink, linkFileName } from "../../src/admin/add-link.js";
import { FetchError, fetchPage, isBlockedAddress } from "../../src/admin/fetch-page.js";
import { tempCorpus, tree } from "../corpus/corpus-dir.js";

const paragraphs = [
  "The river rose two metres overnight, flooding the lower town and cutting the only road.",
  "Engineers opened the dam's spillway at dawn to ease the pressure on the embankments.",
  "Residents were told to move to higher ground until the level falls below the mark.",
];
const article = `<html lang="en"><head><title>River floods town</title>
<meta property="og:site_name" content="Valley Herald"></head><body>
<nav><a href="/">Home</a></nav><article><h1>River floods town</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    if (url === "/story") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(article);
    } else if (url.startsWith("/hop/")) {
      const n = Number(url.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/story" });
      res.end();
    } else if (url === "/to-private") {
      res.writeHead(301, { location: "http://10.1.2.3/story" });
      res.end();
    } else if (url === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>");
      // Never ends: the fetch must give up on its own.
    } else if (url === "/big") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<html><body>${"<p>x</p>".repeat(2000)}</body></html>`);
    } else if (url === "/paper.pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.4");
    } else if (url === "/photo") {
      res.writeHead(200, { "content-type": "image/jpeg" });
      res.end("\xff\xd8\xff");
    } else if (url === "/empty") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body><nav><a href='/'>Home</a></nav><p>Subscribe to read.</p></body></html>");
    } else if (url === "/notes.txt") {
      res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" });
      res.end(
        Buffer.from(
          `---\noutlet: Valley Herald\n---\n${paragraphs[0]} Caf\xe9.\n\n${paragraphs[1]}\n`,
          "latin1",
        ),
      );
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<html><body><p>Not found</p></body></html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowHosts: ["127.0.0.1"] };

describe("fetching a link", () => {
  it("fetches a page through a redirect chain and says where it ended", async () => {
    const page = await fetchPage(`${base}/hop/3`, local);
    expect([page.url, page.kind, page.charset]).toEqual([`${base}/story`, "html", "utf-8"]);
    expect(new TextDecoder().decode(page.bytes)).toBe(article);
  });

  it("gives up after too many redirects", async () => {
    await expect(fetchPage(`${base}/hop/9`, { ...local, maxRedirects: 5 })).rejects.toThrow(
      `${base}/hop/9 redirects more than 5 times; refused`,
    );
  });

  it("refuses loopback, private, link-local and metadata addresses by default", async () => {
    await expect(fetchPage(`${base}/story`)).rejects.toThrow(
      "127.0.0.1 is a private or local address; links to it are refused (FETCH_ALLOW_HOSTS opens a host)",
    );
    await expect(fetchPage("http://169.254.169.254/latest/meta-data/")).rejects.toThrow(
      "169.254.169.254 is a private or local address",
    );
    await expect(fetchPage("http://[::1]/")).rejects.toThrow("::1 is a private or local address");
    // A name is checked on the address it resolves to.
    await expect(fetchPage(`${base.replace("127.0.0.1", "localhost")}/story`)).rejects.toThrow(
      /^localhost \((?:127\.0\.0\.1|::1)\) is a private or local address/,
    );
    expect(
      [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "fd00::1",
        "fe80::1",
      ].map(isBlockedAddress),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(["93.184.216.34", "2606:4700::1111"].map(isBlockedAddress)).toEqual([false, false]);
  });

  it("refuses a redirect to a private address even when the first host is allowed", async () => {
    await expect(fetchPage(`${base}/to-private`, local)).rejects.toThrow(
      "10.1.2.3 is a private or local address",
    );
  });

  it("says when a page is not found, too slow, too big or not a web page", async () => {
    await expect(fetchPage(`${base}/gone`, local)).rejects.toThrow(
      `${base}/gone was not found (HTTP 404); check the link`,
    );
    await expect(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toThrow(
      `${base}/slow did not answer within 0.3 s; try again later or paste the article`,
    );
    await expect(fetchPage(`${base}/big`, { ...local, maxBytes: 1000 })).rejects.toThrow(
      `${base}/big is over the 1000-byte limit (MAX_PAGE_BYTES); paste the article`,
    );
    await expect(fetchPage(`${base}/paper.pdf`, local)).rejects.toThrow(
      `${base}/paper.pdf is "application/pdf", not a web page; only HTML and plain text are added`,
    );
    await expect(fetchPage(`${base}/photo`, local)).rejects.toThrow(
      `${base}/photo is "image/jpeg", not a web page`,
    );
    await expect(fetchPage("ftp://example.com/a", local)).rejects.toBeInstanceOf(FetchError);
  });
});

describe("adding a link", () => {
  it("adds the page's article as Markdown and keeps the page in .originals", async () => {
    const dir = await tempCorpus();
    const added = await addLink(dir, `${base}/hop/1`, {}, { fetch: local });
    expect([added.file, added.article.outlet, added.article.title]).toEqual([
      "127.0.0.1-story.md",
      "Valley Herald",
      "River floods town",
    ]);
    expect(added.article.paragraphs).toEqual(paragraphs);
    const files = await tree(dir);
    expect(Object.keys(files).sort()).toEqual([
      ".originals/127.0.0.1-story.html",
      "127.0.0.1-story.md",
    ]);
    expect(files[".originals/127.0.0.1-story.html"]).toBe(article);
    expect(files["127.0.0.1-story.md"]).toBe(
      `---\noutlet: Valley Herald\ntitle: River floods town\nurl: ${base}/story\nlanguage: en\nextractor: readability\n---\n${paragraphs.join("\n\n")}\n`,
    );
  });

  it("adds plain text in the charset the server names", async () => {
    const dir = await tempCorpus();
    const added = await addLink(dir, `${base}/notes.txt`, {}, { fetch: local });
    expect(added.article.paragraphs).toEqual([`${paragraphs[0]} Café.`, paragraphs[1]]);
    expect(added.article.url).toBe(`${base}/notes.txt`);
  });

  it("leaves the corpus unchanged after every kind of failure", async () => {
    const dir = await tempCorpus({ "kept.md": "---\noutlet: X\n---\nA paragraph that stays.\n" });
    const before = await tree(dir);
    const failures: Array<[string, string | RegExp]> = [
      [`${base}/gone`, "was not found (HTTP 404)"],
      [`${base}/slow`, "did not answer within"],
      [`${base}/big`, "byte limit"],
      [`${base}/paper.pdf`, "not a web page"],
      [`${base}/photo`, "not a web page"],
      [`${base}/hop/9`, "redirects more than 5 times"],
      [`${base}/to-private`, "10.1.2.3 is a private or local address"],
      [`${base}/empty`, "the page has no article text: paste it instead"],
    ];
    for (const [link, message] of failures) {
      await expect(
        addLink(
          dir,
          link,
          {},
          { fetch: { ...local, timeoutMs: 300, maxBytes: 1000, maxRedirects: 5 } },
        ),
      ).rejects.toThrow(message);
    }
    await expect(addLink(dir, `${base}/story`, {})).rejects.toThrow("private or local address");
    expect(await tree(dir)).toEqual(before);
  });

  it("names the file after the site and the last part of the path", () => {
    expect(
      linkFileName("https://www.usatoday.com/story/news/2019/11/19/big-storm/123/", "html"),
    ).toBe("usatoday.com-123.html");
    expect(linkFileName("https://example.com/", "text")).toBe("example.com-index.txt");
  });
});
