/** Discord-shaped JSON for the fake server: ids, users, the guild, messages. */

const discordEpoch = 1_420_070_400_000n;
let counter = 0n;

/** A fresh snowflake (time-ordered, unique within the process). */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now()) - discordEpoch) << 22n) | counter).toString();
}

/** A person (or the bot) as the fake knows them. */
export interface FakeUser {
  id: string;
  username: string;
  /** Permission bits in the channel (Discord sends them as a decimal string). */
  permissions: bigint;
  roles: string[];
  bot?: boolean;
}

export function apiUser(u: Pick<FakeUser, "id" | "username" | "bot">) {
  return {
    id: u.id,
    username: u.username,
    global_name: u.username,
    discriminator: "0",
    avatar: null,
    bot: u.bot ?? false,
    public_flags: 0,
  };
}

export function apiMember(u: FakeUser, joinedAt: string) {
  return {
    user: apiUser(u),
    roles: u.roles,
    permissions: u.permissions.toString(),
    joined_at: joinedAt,
    nick: null,
    avatar: null,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
  };
}

/** A server with one text channel, as GUILD_CREATE delivers it. */
export function apiGuild(
  ids: { guild: string; channel: string },
  bot: FakeUser,
  roles: string[],
  now: string,
) {
  return {
    id: ids.guild,
    name: "Newsroom",
    icon: null,
    owner_id: bot.id,
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 1,
    features: [],
    preferred_locale: "en-US",
    premium_tier: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    system_channel_flags: 0,
    afk_timeout: 300,
    roles: [ids.guild, ...roles].map((id, position) => ({
      id,
      name: position === 0 ? "@everyone" : `role-${position}`,
      permissions: position === 0 ? "1024" : "0",
      position,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    channels: [
      {
        id: ids.channel,
        type: 0,
        name: "general",
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
      },
    ],
    members: [apiMember(bot, now)],
    emojis: [],
    stickers: [],
    voice_states: [],
    presences: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The fields of a message that a bot controls. */
export interface MessageBody {
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
  attachments?: unknown[];
}

/** A message in the fake's store. */
export interface StoredMessage {
  id: string;
  channelId: string;
  author: ReturnType<typeof apiUser>;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  /** allowed_mentions of the latest write, absent when the bot sent none. */
  allowedMentions: MessageBody["allowed_mentions"];
  timestamp: string;
  editedTimestamp: string | null;
  /** The interaction that created it, if any, and who ran it. */
  interactionId: string | null;
  interactionUser: ReturnType<typeof apiUser> | null;
  interactionType: number | null;
  applicationId: string | null;
  attachments: Array<{ filename: string; size: number }>;
}

export function apiMessage(m: StoredMessage) {
  return {
    id: m.id,
    channel_id: m.channelId,
    author: m.author,
    content: m.content,
    timestamp: m.timestamp,
    edited_timestamp: m.editedTimestamp,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: m.attachments.map((a, i) => ({
      id: `${m.id.slice(0, -2)}${String(i).padStart(2, "0")}`,
      filename: a.filename,
      size: a.size,
      url: `https://cdn.invalid/${a.filename}`,
      proxy_url: `https://cdn.invalid/${a.filename}`,
    })),
    embeds: m.embeds,
    components: m.components,
    pinned: false,
    type: m.interactionId === null ? 0 : 20,
    flags: m.flags,
    ...(m.applicationId === null
      ? {}
      : { application_id: m.applicationId, webhook_id: m.applicationId }),
    ...(m.interactionId === null || m.interactionUser === null
      ? {}
      : {
          interaction_metadata: {
            id: m.interactionId,
            type: m.interactionType ?? 2,
            user: m.interactionUser,
            authorizing_integration_owners: {},
          },
        }),
  };
}
