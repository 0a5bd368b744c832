// A saved article file kept open after a restart, so that its quotes are read from disk when asked
// instead of held in memory. Read by descriptor, not by name: a later save deletes the files of a
// merged segment, and the open descriptor still reads their bytes.
import { readSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import type { ByteSource } from "../corpus/packed.js";

/** Closes a file once no article reads from it any more. */
const closing = new FinalizationRegistry<FileHandle>((handle) => {
  handle.close().catch(() => {});
});

/** An open file read at offsets; closed when it is garbage. */
export class OpenFile implements ByteSource {
  constructor(
    private readonly handle: FileHandle,
    /** Named in errors. */
    private readonly name: string,
  ) {
    closing.register(this, handle);
  }

  read(from: number, to: number): Buffer {
    const out = Buffer.allocUnsafe(to - from);
    let filled = 0;
    while (filled < out.length) {
      const n = readSync(this.handle.fd, out, filled, out.length - filled, from + filled);
      if (n === 0)
        throw new Error(
          `${this.name} ends before the quotes it lists: it was cut short on disk while in use; restart to rebuild the saved index`,
        );
      filled += n;
    }
    return out;
  }
}
