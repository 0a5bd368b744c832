// `npm run playground`: the bot against a local fake Discord, driven from a terminal prompt. No token, no network.
import { createInterface } from "node:readline/promises";
import pino from "pino";
import { commands } from "../../commands/index.js";
import {
  controlsOf,
  FakeDiscord,
  type FakeInteraction,
  isEphemeral,
  messageText,
  type StoredMessage,
} from "../../test/fake-discord/index.js";
import { startBot } from "../bot/client.js";
import { registerCommands } from "../bot/register.js";
import { loadConfig } from "../config.js";
import { openCorpus } from "../library/corpus-service.js";
import { createLogger } from "../log.js";
import { type CommandShape, parseInput, terminalText } from "./playground-input.js";

const fake = await FakeDiscord.start();
const env = loadConfig(process.env);
const config = {
  ...env,
  token: fake.options.token,
  clientId: fake.applicationId,
  guildId: fake.guildId,
  apiUrl: fake.apiUrl,
  rateLimitCount: 0,
};
// Logs go to stderr at warn and above, so they do not interleave with the answers.
const logger = createLogger({
  level: process.env.LOG_LEVEL ? env.logLevel : "warn",
  destination: pino.destination(2),
});
console.log(`Loading the corpus from ${config.corpusDir} …`);
const service = openCorpus(config, logger);
const library = await service.ready;
await registerCommands(config, commands);
const bot = await startBot({ library, config, logger }, commands);
const shapes = commands.map((c) => ({
  name: c.data.name,
  options: "options" in c.data ? (c.data.options ?? []) : [],
})) as CommandShape[];
const ansi = process.stdout.isTTY === true;
// The person at the keyboard is a moderator, so /reload and /corpus can be previewed too.
const me = fake.user({ username: "you", permissions: 0x20n });

const usage = `Type a command as in Discord, for example:
  /ask who mediated the departure
  /ask question: where did Bakiyev land outlet: RFE/RL
  /quotes Bakiev          (Tab completes option values, like Discord's autocomplete)
  /sources   /help   /reload
  find Bakiyev landed in Taraz      (the "Find sources" message command)
  2        press button [2] of the last answer;   6 b   pick option b in menu [6]
  quit`;

const { corpus } = library.snapshot;
console.log(`${corpus.articles.length} articles loaded.\n\n${usage}\n`);

let current: StoredMessage | null = null;

function show(message: StoredMessage): void {
  const who = isEphemeral(message) ? "  (only you can see this)" : "";
  console.log(`\n── bot${who} ──\n${terminalText(messageText(message), ansi)}\n`);
  if (controlsOf(message).length > 0) current = message;
}

async function settle(interaction: FakeInteraction): Promise<void> {
  const message = await interaction.reply(10_000);
  show(message);
  for (const f of interaction.followUps) show(f);
}

async function complete(line: string): Promise<[string[], string]> {
  const input = parseInput(line, shapes);
  if (input.kind !== "command") return [[], line];
  const entries = Object.entries(input.options);
  const last = entries.at(-1);
  if (last === undefined) return [[], line];
  const [focused, typed] = last;
  try {
    const choices = await fake.autocomplete(input.name, input.options, focused, me).choices();
    const head = line.slice(0, line.length - typed.length);
    return [choices.map((c) => `${head}${String(c.value)}`), line];
  } catch {
    return [[], line];
  }
}

const rl = createInterface({
  input: process.stdin,
  output: process.stdout,
  prompt: "> ",
  completer: (line: string) => complete(line),
});

async function handle(line: string): Promise<boolean> {
  const input = parseInput(line, shapes);
  switch (input.kind) {
    case "quit":
      return false;
    case "help":
      console.log(usage);
      return true;
    case "error":
      console.log(input.message);
      return true;
    case "command":
      await settle(fake.slash(input.name, input.options, me));
      return true;
    case "find":
      await settle(fake.messageCommand("Find sources", { content: input.text }, me));
      return true;
    case "press": {
      const control = current === null ? undefined : controlsOf(current)[input.control - 1];
      if (current === null || control === undefined) {
        console.log("No such button in the last answer.");
      } else if (control.kind === "button") {
        await settle(fake.click(current, control.customId, me));
      } else {
        const option = control.options[(input.choice ?? "a").charCodeAt(0) - 97];
        if (option === undefined) console.log(`Pick an option letter, like "${input.control} b".`);
        else await settle(fake.choose(current, control.customId, [option.value], me));
      }
      return true;
    }
  }
}

rl.prompt();
for await (const line of rl) {
  try {
    if (!(await handle(line))) break;
  } catch (error) {
    console.log(`(${error instanceof Error ? error.message : String(error)})`);
  }
  rl.prompt();
}
rl.close();
await bot.stop();
await service.close();
await fake.stop();
