import type { Command } from "../src/bot/command.js";
import { ask } from "./ask.js";
import { corpus } from "./corpus.js";
import { findSources } from "./find-sources.js";
import { help } from "./help.js";
import { quotes } from "./quotes.js";
import { reload } from "./reload.js";
import { sources } from "./sources.js";

/** The one registry: the bot dispatches to these and `npm run deploy-commands` registers them. */
export const commands: readonly Command[] = [
  ask,
  quotes,
  sources,
  help,
  findSources,
  reload,
  corpus,
];
