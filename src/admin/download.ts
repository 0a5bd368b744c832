/** Why an attachment could not be fetched, in words a moderator can act on. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DownloadError";
  }
}

/** Options of download. */
export interface DownloadOptions {
  /** Largest body accepted, bytes; the transfer is aborted as soon as it goes over. */
  maxBytes: number;
  /** Time allowed for the whole transfer, ms. Default 15,000. */
  timeoutMs: number;
}

export const defaultDownloadOptions: Omit<DownloadOptions, "maxBytes"> = { timeoutMs: 15_000 };

/** Refuses an attachment of `size` bytes over `maxBytes`; /corpus add calls it before any transfer. */
export function checkSize(name: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new DownloadError(
      `"${name}" is ${size} bytes, over the ${maxBytes}-byte limit (MAX_FILE_BYTES); split the article`,
    );
  }
}

/** Redirects followed, each to the host the attachment's address names. */
const MAX_REDIRECTS = 3;

/**
 * GET `url`, following redirects only within its host: the interaction names where the attachment
 * is, and a redirect elsewhere (an internal address, another site) is not fetched.
 */
async function fetchSameHost(url: string, name: string, signal: AbortSignal): Promise<Response> {
  const host = new URL(url).host;
  let at = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(at, { signal, redirect: "manual" });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || location === null) return response;
    const next = new URL(location, at);
    if (next.host !== host || !/^https?:$/.test(next.protocol)) {
      throw new DownloadError(
        `"${name}" redirects to another host (${next.host}); only ${host} is fetched. Upload the file itself`,
      );
    }
    if (hop >= MAX_REDIRECTS) {
      throw new DownloadError(
        `"${name}" redirects more than ${MAX_REDIRECTS} times; upload it again`,
      );
    }
    at = next.href;
  }
}

/**
 * Fetches an attachment's bytes from `url` (the address Discord gives in `resolved.attachments`),
 * refusing before the transfer when the declared size is over the limit, and aborting during it when
 * the bytes actually received go over (a server may under-declare).
 */
export async function download(
  url: string,
  name: string,
  declaredSize: number,
  options: Pick<DownloadOptions, "maxBytes"> & Partial<DownloadOptions>,
): Promise<Uint8Array> {
  const { maxBytes, timeoutMs } = { ...defaultDownloadOptions, ...options };
  checkSize(name, declaredSize, maxBytes);
  if (!/^https?:\/\//i.test(url)) {
    throw new DownloadError(`"${name}" has no http(s) address to fetch it from`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchSameHost(url, name, controller.signal);
    if (!response.ok || response.body === null) {
      throw new DownloadError(
        `"${name}" could not be fetched (HTTP ${response.status}); upload it again`,
      );
    }
    checkSize(name, Number(response.headers.get("content-length")), maxBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.length;
      checkSize(name, size, maxBytes);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    const why = controller.signal.aborted
      ? `it took over ${timeoutMs / 1000} s`
      : (error as Error).message;
    throw new DownloadError(`"${name}" could not be fetched (${why}); upload it again`);
  } finally {
    // Also ends a transfer left half-read when the size limit stopped it.
    controller.abort();
    clearTimeout(timer);
  }
}
