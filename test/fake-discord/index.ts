export { type Callback, FakeInteraction, isEphemeral } from "./interaction.js";
export type { Ping } from "./mentions.js";
export { pingsOf } from "./mentions.js";
export type { FakeUser, StoredMessage } from "./payloads.js";
export {
  defaultFakeDiscordOptions,
  type FakeAttachment,
  FakeDiscord,
  type FakeDiscordOptions,
  type OptionValue,
  type RecordedRequest,
} from "./server.js";
export { type Control, controlNamed, controlsOf, messageText } from "./text.js";
