import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { download } from "../../src/admin/download.js";

let server: Server;
let base = "";
let served = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/small") {
      res.writeHead(200, { "content-length": 5 });
      res.end("hello");
    } else if (req.url === "/endless") {
      // No content-length: the size is only known by counting, and the body never ends on its own.
      res.writeHead(200);
      const timer = setInterval(() => {
        served += 1000;
        res.write("x".repeat(1000));
      }, 1);
      res.on("close", () => clearInterval(timer));
    } else if (req.url === "/moved") {
      res.writeHead(302, { location: "/small" });
      res.end();
    } else if (req.url === "/elsewhere") {
      res.writeHead(302, { location: `http://localhost:${port()}/small` });
      res.end();
    } else if (req.url === "/declared-big") {
      res.writeHead(200, { "content-length": 5000 });
      res.end("x".repeat(5000));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
const port = () => (server.address() as AddressInfo).port;
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("download", () => {
  it("when the attachment is within the limit, its exact bytes come back", async () => {
    const bytes = await download(`${base}/small`, "a.md", 5, { maxBytes: 10 });

    expect(new TextDecoder().decode(bytes)).toBe("hello");
  });

  it("when the address redirects within its host, the redirect is followed", async () => {
    const bytes = await download(`${base}/moved`, "a.md", 5, { maxBytes: 10 });

    expect(new TextDecoder().decode(bytes)).toBe("hello");
  });

  it("when the address redirects to another host, nothing is fetched from it", async () => {
    const fetching = download(`${base}/elsewhere`, "a.md", 5, { maxBytes: 10 });

    await expect(fetching).rejects.toThrow(
      `"a.md" redirects to another host (localhost:${port()}); only 127.0.0.1:${port()} is fetched. Upload the file itself`,
    );
  });

  it("when the bytes received go over the limit, the transfer is aborted", async () => {
    const fetching = download(`${base}/endless`, "a.md", 10, { maxBytes: 20_000 });

    await expect(fetching).rejects.toThrow(/^"a\.md" is \d+ bytes, over the 20000-byte limit/);
    expect(served).toBeLessThan(1_000_000);
  });

  it("when the server declares a size over the limit, nothing is read", async () => {
    const fetching = download(`${base}/declared-big`, "a.md", 10, { maxBytes: 100 });

    await expect(fetching).rejects.toThrow('"a.md" is 5000 bytes, over the 100-byte limit');
  });

  it("when the declared attachment size is over the limit, no request is made", async () => {
    const fetching = download("http://192.0.2.1/never", "a.md", 101, { maxBytes: 100 });

    await expect(fetching).rejects.toThrow('"a.md" is 101 bytes, over the 100-byte limit');
  });

  it.each([
    [`/missing`, "could not be fetched (HTTP 404)"],
    ["file:///etc/passwd", "has no http(s) address"],
  ])("when the address is %s, the error says so", async (url, reason) => {
    const full = url.startsWith("/") ? `${base}${url}` : url;

    await expect(download(full, "a.md", 1, { maxBytes: 100 })).rejects.toThrow(reason);
  });
});
