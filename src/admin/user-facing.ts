import { UserError } from "../bot/errors.js";
import { escapeText } from "../bot/escape.js";
import { StoreError } from "../corpus/store.js";
import { DownloadError } from "./download.js";

/** Runs `work`; a refusal from the store or the download reaches the user as is (escaped), other errors stay bugs. */
export async function userFacing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreError || error instanceof DownloadError) {
      throw new UserError(escapeText(error.message));
    }
    throw error;
  }
}
