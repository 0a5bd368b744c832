/**
 * Downloads a web page for /corpus add url:… and `npm run corpus -- add --url`: bounded in size,
 * time and redirects, HTML or plain text only, and never to the bot's own network. Loopback,
 * private, link-local (cloud metadata) and other special addresses are refused, checked on every
 * hop and on the address actually connected to (after DNS), unless the host is on the allow-list.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Why a link could not be added, in words a moderator can act on. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

/** Options of fetchPage. */
export interface FetchPageOptions {
  /** Largest body accepted, bytes; the transfer stops as soon as it goes over. Default 5,000,000. */
  maxBytes: number;
  /** Time allowed for the whole fetch, redirects included, ms. Default 15,000. */
  timeoutMs: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects: number;
  /**
   * Host names or IP addresses that may be fetched even on a private or loopback address (tests,
   * self-hosted mirrors; FETCH_ALLOW_HOSTS). Default none.
   */
  allowHosts: readonly string[];
}

export const defaultFetchPageOptions: FetchPageOptions = {
  maxBytes: 5_000_000,
  timeoutMs: 15_000,
  maxRedirects: 5,
  allowHosts: [],
};

/** A page fetched. */
export interface FetchedPage {
  /** The address it was finally served from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** "html" for text/html and XHTML, "text" for text/plain. */
  kind: "html" | "text";
  /** The charset the Content-Type header names, lower case; null when it names none. */
  charset: string | null;
}

/** Addresses never fetched unless allowed: this host, its networks, and what is not the internet. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv6");

/** Whether `address` (an IP) is one the fetcher refuses by default. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 ("::ffff:127.0.0.1") is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ? BLOCKED.check(mapped, "ipv4") : BLOCKED.check(address, "ipv6");
}

const refusal = (host: string) =>
  `${host} is a private or local address; links to it are refused (FETCH_ALLOW_HOSTS opens a host)`;

/** A DNS lookup that fails when any address of a host that is not allowed is blocked. */
function safeLookup(allowed: (name: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const bad = addresses.find((a) => isBlockedAddress(a.address) && !allowed(a.address));
      if (bad && !allowed(hostname))
        return callback(new FetchError(refusal(`${hostname} (${bad.address})`)), "", 0);
      if (options.all) return callback(null, addresses as unknown as string, 0);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function contentKind(type: string): "html" | "text" | null {
  const mime = type.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mime === "text/html" || mime === "application/xhtml+xml") return "html";
  if (mime === "text/plain") return "text";
  return null;
}

/** Fetches `link`, following redirects; throws a FetchError saying what went wrong. */
export async function fetchPage(
  link: string,
  options: Partial<FetchPageOptions> = {},
): Promise<FetchedPage> {
  const opts = { ...defaultFetchPageOptions, ...options };
  const allowList = new Set(opts.allowHosts.map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")));
  const allowed = (name: string) => allowList.has(name.toLowerCase());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let url = parseLink(link);
    for (let hops = 0; ; hops++) {
      const answer = await request(url, opts, allowed, controller.signal);
      if (answer.redirect === null) return answer.page;
      if (hops >= opts.maxRedirects)
        throw new FetchError(`${link} redirects more than ${opts.maxRedirects} times; refused`);
      url = parseLink(new URL(answer.redirect, url).href);
    }
  } catch (error) {
    if (controller.signal.aborted)
      throw new FetchError(
        `${link} did not answer within ${opts.timeoutMs / 1000} s; try again later or paste the article`,
      );
    if (error instanceof FetchError) throw error;
    throw new FetchError(`${link} could not be fetched (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new FetchError(`"${link}" is not a link; give an address like https://example.com/story`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError(`${url.protocol} links are not fetched; give an http(s) address`);
  if (url.username || url.password)
    throw new FetchError("links with a user name or password are not fetched");
  return url;
}

type Answer = { redirect: string; page: null } | { redirect: null; page: FetchedPage };

function request(
  url: URL,
  opts: FetchPageOptions,
  allowed: (name: string) => boolean,
  signal: AbortSignal,
): Promise<Answer> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Addresses written as IPs skip DNS: checked here.
  if (isIP(host) && isBlockedAddress(host) && !allowed(host))
    return Promise.reject(new FetchError(refusal(host)));
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const req = client.get(
      url,
      {
        signal,
        lookup: safeLookup(allowed),
        headers: {
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
          "user-agent": "NewsquoteBot/1.0 (+article import)",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const fail = (message: string) => {
          res.destroy();
          reject(new FetchError(message));
        };
        if (REDIRECTS.has(status)) {
          const location = res.headers.location;
          res.resume();
          if (!location) return fail(`${url.href} redirects (HTTP ${status}) to nowhere`);
          return resolve({ redirect: location, page: null });
        }
        if (status === 404 || status === 410)
          return fail(`${url.href} was not found (HTTP ${status}); check the link`);
        if (status === 401 || status === 403)
          return fail(
            `${url.href} refused the download (HTTP ${status}); the page may be for subscribers: paste its text instead`,
          );
        if (status < 200 || status > 299)
          return fail(`${url.href} answered HTTP ${status}; try again later or paste the article`);
        const type = res.headers["content-type"] ?? "";
        const kind = contentKind(type);
        if (kind === null)
          return fail(
            `${url.href} is ${type ? `"${type.split(";")[0]}"` : "of no declared type"}, not a web page; only HTML and plain text are added`,
          );
        const declared = Number(res.headers["content-length"] ?? 0);
        const tooBig = () =>
          fail(
            `${url.href} is over the ${opts.maxBytes}-byte limit (MAX_PAGE_BYTES); paste the article`,
          );
        if (declared > opts.maxBytes) return tooBig();
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) return tooBig();
          chunks.push(chunk);
        });
        res.on("end", () => {
          const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
          resolve({
            redirect: null,
            page: { url: url.href, bytes: Buffer.concat(chunks, size), kind, charset },
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}
