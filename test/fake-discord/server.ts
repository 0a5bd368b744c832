import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { type WebSocket, WebSocketServer } from "ws";
import { FakeInteraction, type InteractionPayloadInput } from "./interaction.js";
import { pingsOf } from "./mentions.js";
import {
  apiGuild,
  apiMember,
  apiMessage,
  apiUser,
  type FakeUser,
  type MessageBody,
  type StoredMessage,
  snowflake,
} from "./payloads.js";
import { type Problem, validateChoices, validateMessage } from "./validate.js";

/** Options of FakeDiscord.start. */
export interface FakeDiscordOptions {
  /** The bot token the fake accepts (REST `Authorization: Bot …` and gateway IDENTIFY). */
  token: string;
  /** How long an interaction may wait for its first response, ms (Discord: 3,000). */
  responseWindowMs: number;
  /** How long follow-ups and edits are accepted after the interaction, ms (Discord: 15 minutes). */
  tokenLifetimeMs: number;
  /** Role ids that exist in the server (e.g. a moderator role). */
  roles: string[];
}

export const defaultFakeDiscordOptions: FakeDiscordOptions = {
  token: "fake-bot-token",
  responseWindowMs: 3_000,
  tokenLifetimeMs: 15 * 60_000,
  roles: [],
};

/** One REST call as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  at: number;
}

/** A file a user attaches to a slash command option. */
export interface FakeAttachment {
  id: string;
  filename: string;
  bytes: Uint8Array;
  contentType: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Problem[],
  ) {
    super(message);
  }
}

type Handler = (m: RegExpExecArray, req: Request) => Promise<unknown> | unknown;

interface Request {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: unknown;
  files: Array<{ filename: string; size: number }>;
}

/**
 * A small Discord: REST (the routes a bot uses) and a WebSocket gateway on 127.0.0.1, recording
 * everything and enforcing Discord's rules (size limits 50035, the 3 s window 10062, a second
 * acknowledgement 40060). Drive it with `slash`, `autocomplete`, `click`, `choose` and `messageCommand`.
 */
export class FakeDiscord extends EventEmitter {
  readonly options: FakeDiscordOptions;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly bot: FakeUser;
  /** Every REST call, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Registered commands by scope ("global" or a guild id). */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly attachments = new Map<string, FakeAttachment>();
  private readonly byToken = new Map<string, FakeInteraction>();
  /** Gateway connections that completed IDENTIFY. */
  private readonly sessions = new Set<WebSocket>();
  private sequence = 0;
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    super();
    this.setMaxListeners(0);
    this.options = options;
    this.bot = {
      id: this.applicationId,
      username: "newsquote",
      permissions: 0n,
      roles: [],
      bot: true,
    };
    this.http = createServer((req, res) => void this.serve(req, res));
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on("connection", (ws) => this.gateway(ws));
  }

  static async start(options: Partial<FakeDiscordOptions> = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord({ ...defaultFakeDiscordOptions, ...options });
    await new Promise<void>((resolve) => fake.http.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base without the version: what DISCORD_API_URL should be. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Resolves when a bot has identified on the gateway and received its server. */
  async connected(timeoutMs = 10_000): Promise<void> {
    if (this.sessions.size > 0) return;
    await this.until(() => this.sessions.size > 0, timeoutMs, "no bot connected to the gateway");
  }

  /** Resolves when no bot is connected to the gateway any more. */
  async disconnected(timeoutMs = 10_000): Promise<void> {
    await this.until(() => this.sessions.size === 0, timeoutMs, "the bot to close the gateway");
  }

  async stop(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- test driver ------------------------------------------------------------------------

  /** A person in the server; by default without Manage Server and without roles. */
  user(spec: Partial<FakeUser> = {}): FakeUser {
    return {
      id: spec.id ?? "200000000000000001",
      username: "reader",
      permissions: 0n,
      roles: [],
      ...spec,
    };
  }

  /** A file to pass as an attachment option value; served at its `url`. */
  attachment(
    filename: string,
    bytes: Uint8Array | string,
    contentType = "text/plain; charset=utf-8",
  ): FakeAttachment {
    const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
    const a = { id: snowflake(), filename, bytes: data, contentType };
    this.attachments.set(a.id, a);
    return a;
  }

  attachmentUrl(a: FakeAttachment): string {
    return `http://127.0.0.1:${this.port}/attachments/${a.id}/${encodeURIComponent(a.filename)}`;
  }

  /** `/name …` or `/name sub …`; option values: string, number, boolean or a FakeAttachment. */
  slash(
    command: string,
    options: Record<string, OptionValue> = {},
    as: Partial<FakeUser> = {},
  ): FakeInteraction {
    const data = this.commandData(command, options, null);
    return this.dispatch({ type: 2, data }, as);
  }

  /** Autocomplete while typing `focused` of `/command`. */
  autocomplete(
    command: string,
    options: Record<string, OptionValue>,
    focused: string,
    as: Partial<FakeUser> = {},
  ): FakeInteraction {
    return this.dispatch({ type: 4, data: this.commandData(command, options, focused) }, as);
  }

  /** A message context-menu command on a message someone posted. */
  messageCommand(
    name: string,
    target: { content: string; authorId?: string },
    as: Partial<FakeUser> = {},
  ) {
    const message = this.store({
      channelId: this.channelId,
      author: apiUser({ id: target.authorId ?? "300000000000000003", username: "poster" }),
      body: { content: target.content },
      interaction: null,
    });
    const id = this.commandId(name);
    return this.dispatch(
      {
        type: 2,
        data: {
          id,
          name,
          type: 3,
          target_id: message.id,
          resolved: { messages: { [message.id]: apiMessage(message) } },
        },
      },
      as,
    );
  }

  /** Presses the button `customId` on `message`. */
  click(message: StoredMessage, customId: string, as: Partial<FakeUser> = {}): FakeInteraction {
    this.requireComponent(message, customId);
    return this.dispatch(
      { type: 3, data: { custom_id: customId, component_type: 2 }, message },
      as,
    );
  }

  /** Picks `values` in the select menu `customId` on `message`. */
  choose(
    message: StoredMessage,
    customId: string,
    values: string[],
    as: Partial<FakeUser> = {},
  ): FakeInteraction {
    this.requireComponent(message, customId);
    return this.dispatch(
      { type: 3, data: { custom_id: customId, component_type: 3, values }, message },
      as,
    );
  }

  /** Sends a gateway dispatch `t` with data `d` exactly as given, for malformed-payload tests. */
  sendRaw(t: string, d: unknown): void {
    const ws = [...this.sessions][0];
    if (ws === undefined)
      throw new Error("No bot is connected to the fake gateway; await fake.connected() first.");
    ws.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d }));
  }

  /** Sends INTERACTION_CREATE to the connected bot. */
  dispatch(input: InteractionPayloadInput, as: Partial<FakeUser> = {}): FakeInteraction {
    const ws = [...this.sessions][0];
    if (ws === undefined)
      throw new Error("No bot is connected to the fake gateway; await fake.connected() first.");
    const user = this.user(as);
    const id = snowflake();
    const token = `tok_${id}_${Math.random().toString(36).slice(2)}`;
    const payload = {
      id,
      application_id: this.applicationId,
      type: input.type,
      data: input.data,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: "en-US", features: [] },
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: "general" },
      member: apiMember(user, new Date().toISOString()),
      token,
      version: 1,
      app_permissions: "2248473465835073",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...(input.message === undefined ? {} : { message: apiMessage(input.message) }),
    };
    const interaction = new FakeInteraction(this, payload, input.message ?? null);
    this.interactions.set(id, interaction);
    this.byToken.set(token, interaction);
    interaction.sentAt = performance.now();
    ws.send(JSON.stringify({ op: 0, t: "INTERACTION_CREATE", s: ++this.sequence, d: payload }));
    return interaction;
  }

  /** Resolves when `check()` holds, re-checked after every request the fake receives. */
  until<T>(check: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const test = (): boolean => {
        const v = check();
        if (v === undefined || v === false) return false;
        cleanup();
        resolve(v);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off("change", test);
      };
      if (!test()) this.on("change", test);
    });
  }

  private requireComponent(message: StoredMessage, customId: string): void {
    const ids = JSON.stringify(message.components);
    if (!ids.includes(JSON.stringify(customId))) {
      throw new Error(`Message ${message.id} has no component with custom_id ${customId}`);
    }
  }

  private commandId(name: string): string {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found !== undefined) return String(found.id);
    }
    return snowflake();
  }

  /** Builds `data` of a command interaction, typing options from the registered definition when known. */
  private commandData(
    command: string,
    options: Record<string, OptionValue>,
    focused: string | null,
  ) {
    const [name = "", ...path] = command.replace(/^\//, "").split(/\s+/);
    const definition = [...this.commands.values()].flat().find((c) => c.name === name);
    let defs = (definition?.options ?? []) as OptionDef[];
    for (const sub of path) defs = defs.find((o) => o.name === sub)?.options ?? [];
    const resolved: Record<string, Record<string, unknown>> = {};
    let opts: unknown[] = Object.entries(options).map(([key, value]) => {
      const def = defs.find((o) => o.name === key);
      if (isAttachment(value)) {
        resolved[value.id] = {
          id: value.id,
          filename: value.filename,
          size: value.bytes.byteLength,
          url: this.attachmentUrl(value),
          proxy_url: this.attachmentUrl(value),
          content_type: value.contentType,
        };
        return { name: key, type: 11, value: value.id };
      }
      const type =
        def?.type ?? (typeof value === "boolean" ? 5 : typeof value === "number" ? 10 : 3);
      return { name: key, type, value, ...(key === focused ? { focused: true } : {}) };
    });
    // Sub-commands nest the options: the innermost word is the sub-command (1), an outer one its group (2).
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const sub = path[depth] ?? "";
      const type = depth === path.length - 1 ? 1 : 2;
      opts = [{ name: sub, type, options: opts }];
    }
    return {
      id: definition?.id ?? snowflake(),
      name,
      type: 1,
      options: opts,
      ...(Object.keys(resolved).length > 0 ? { resolved: { attachments: resolved } } : {}),
    };
  }

  // ---- gateway ------------------------------------------------------------------------------

  private gateway(ws: WebSocket): void {
    const send = (payload: unknown) => ws.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on("message", (raw) => {
      let msg: { op?: number; d?: Record<string, unknown> };
      try {
        msg = JSON.parse(String(raw));
      } catch {
        ws.close(4002, "Decode error");
        return;
      }
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      else if (msg.op === 2) this.identify(ws, msg.d ?? {});
      else if (msg.op === 6) send({ op: 9, d: false, s: null, t: null });
    });
    ws.on("close", () => {
      this.sessions.delete(ws);
      this.emit("change");
    });
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.options.token) {
      ws.close(4004, "Authentication failed.");
      return;
    }
    const now = new Date().toISOString();
    const dispatch = (t: string, data: unknown) =>
      ws.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d: data }));
    dispatch("READY", {
      v: 10,
      user: { ...apiUser(this.bot), verified: true, mfa_enabled: false, flags: 0 },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: `session_${snowflake()}`,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
    });
    dispatch(
      "GUILD_CREATE",
      apiGuild({ guild: this.guildId, channel: this.channelId }, this.bot, this.options.roles, now),
    );
    this.sessions.add(ws);
    this.emit("change");
  }

  // ---- REST ---------------------------------------------------------------------------------

  private readonly routes: Array<[string, RegExp, Handler, boolean]> = [
    ["GET", /^\/gateway\/bot$/, () => this.gatewayInfo(), true],
    ["GET", /^\/gateway$/, () => ({ url: this.gatewayUrl }), false],
    ["GET", /^\/users\/@me$/, () => ({ ...apiUser(this.bot), verified: true, flags: 0 }), true],
    [
      "GET",
      /^\/applications\/@me$/,
      () => ({ id: this.applicationId, name: "newsquote", flags: 0 }),
      true,
    ],
    ["PUT", /^\/applications\/(\d+)\/commands$/, (m, r) => this.putCommands("global", m, r), true],
    ["GET", /^\/applications\/(\d+)\/commands$/, () => this.commands.get("global") ?? [], true],
    [
      "PUT",
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (m, r) => this.putCommands(m[2] ?? "", m, r),
      true,
    ],
    [
      "GET",
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (m) => this.commands.get(m[2] ?? "") ?? [],
      true,
    ],
    ["POST", /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (m, r) => this.callback(m, r), false],
    ["POST", /^\/webhooks\/(\d+)\/([^/]+)$/, (m, r) => this.followUp(m, r), false],
    ["PATCH", /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (m, r) => this.edit(m, r), false],
    [
      "GET",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
      (m) => apiMessage(this.webhookMessage(m)),
      false,
    ],
    ["DELETE", /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (m) => this.remove(m), false],
    ["POST", /^\/channels\/(\d+)\/messages$/, (m, r) => this.post(m, r), true],
    [
      "GET",
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      (m) => apiMessage(this.message(m[2] ?? "")),
      true,
    ],
  ];

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${this.port}`);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.search,
      body: null,
      status: 0,
      at: performance.now(),
    };
    let status = 200;
    let out: unknown;
    try {
      const attachment = /^\/attachments\/(\d+)\//.exec(url.pathname);
      if (attachment !== null && req.method === "GET") {
        const a = this.attachments.get(attachment[1] ?? "");
        if (a === undefined) throw new HttpError(404, 0, "404: Not Found");
        res.writeHead(200, { "content-type": a.contentType, "content-length": a.bytes.byteLength });
        res.end(a.bytes);
        record.status = 200;
        this.requests.push(record);
        return;
      }
      const { body, files } = await readBody(req);
      record.body = body;
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10(?=\/)/, "");
      if (!url.pathname.startsWith("/api/v10/"))
        throw new HttpError(404, 0, "404: Not Found (use /api/v10)");
      const route = this.routes.find(([method, re]) => method === req.method && re.test(path));
      if (route === undefined) throw new HttpError(404, 0, "404: Not Found");
      const [, re, handler, auth] = route;
      if (auth && req.headers.authorization !== `Bot ${this.options.token}`) {
        throw new HttpError(401, 0, "401: Unauthorized");
      }
      out = await handler(re.exec(path) as RegExpExecArray, {
        method: record.method,
        url,
        headers: req.headers,
        body,
        files,
      });
      if (out === undefined) status = 204;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      out = {
        message: error.message,
        code: error.code,
        ...(error.errors ? { errors: nest(error.errors) } : {}),
      };
    }
    record.status = status;
    this.requests.push(record);
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(out));
    this.emit("change");
  }

  private gatewayInfo() {
    return {
      url: this.gatewayUrl,
      shards: 1,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 14_400_000,
        max_concurrency: 1,
      },
    };
  }

  private putCommands(scope: string, m: RegExpExecArray, req: Request) {
    if (m[1] !== this.applicationId) throw new HttpError(403, 50001, "Missing Access");
    if (!Array.isArray(req.body)) throw new HttpError(400, 50035, "Invalid Form Body");
    const problems: Problem[] = [];
    const saved = req.body.map((c: Record<string, unknown>, i: number) => {
      const name = typeof c.name === "string" ? c.name : "";
      const chatInput = (c.type ?? 1) === 1;
      if (
        chatInput
          ? !/^[-_\p{L}\p{N}]{1,32}$/u.test(name) || name !== name.toLowerCase()
          : name.length > 32
      ) {
        problems.push({ path: `${i}.name`, message: "Invalid command name." });
      }
      if (
        chatInput &&
        (typeof c.description !== "string" ||
          c.description.length < 1 ||
          c.description.length > 100)
      ) {
        problems.push({
          path: `${i}.description`,
          message: "Must be between 1 and 100 in length.",
        });
      }
      return {
        id: snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        type: 1,
        ...c,
      };
    });
    if (problems.length > 0) throw new HttpError(400, 50035, "Invalid Form Body", problems);
    this.commands.set(scope, saved);
    return saved;
  }

  private interactionOf(id: string | undefined, token: string | undefined): FakeInteraction {
    const i = id === undefined ? undefined : this.interactions.get(id);
    if (i === undefined || i.token !== token)
      throw new HttpError(404, 10062, "Unknown interaction");
    return i;
  }

  private callback(m: RegExpExecArray, req: Request) {
    const interaction = this.interactionOf(m[1], m[2]);
    const body = req.body as { type?: number; data?: MessageBody & { choices?: unknown } } | null;
    const type = body?.type ?? 0;
    const at = performance.now();
    if (interaction.callbacks.length > 0) {
      throw new HttpError(400, 40060, "Interaction has already been acknowledged.");
    }
    if (at - interaction.sentAt > this.options.responseWindowMs)
      throw new HttpError(404, 10062, "Unknown interaction");
    const allowed: Record<number, number[]> = {
      2: [4, 5, 9],
      3: [4, 5, 6, 7, 9],
      4: [8],
      5: [4, 5, 6, 7],
    };
    if (!(allowed[interaction.type] ?? []).includes(type)) {
      throw new HttpError(400, 50035, "Invalid Form Body", [
        { path: "type", message: "Invalid interaction response type." },
      ]);
    }
    const data = body?.data ?? {};
    const problems =
      type === 8
        ? validateChoices(data)
        : type === 4 || type === 7
          ? validateMessage(data, type === 7)
          : [];
    if (problems.length > 0)
      throw new HttpError(400, 50035, "Invalid Form Body", prefix("data", problems));

    let message: StoredMessage | null = null;
    if (type === 4 || type === 5) {
      message = this.store({
        channelId: this.channelId,
        author: apiUser(this.bot),
        body: type === 5 ? { flags: (data.flags ?? 0) | 128 } : data,
        interaction,
        files: req.files,
      });
    } else if (type === 6 || type === 7) {
      message = interaction.source;
      if (message !== null && type === 7) this.apply(message, data, req.files);
    }
    interaction.acknowledge({ type, data: data as Record<string, unknown>, at, message });
    if (
      !req.url.searchParams.has("with_response") ||
      req.url.searchParams.get("with_response") === "false"
    ) {
      return undefined;
    }
    return {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        response_message_id: message?.id,
        response_message_loading: type === 5,
        response_message_ephemeral: ((message?.flags ?? 0) & 64) !== 0,
      },
      resource: { type, ...(message === null ? {} : { message: apiMessage(message) }) },
    };
  }

  private liveInteraction(appId: string | undefined, token: string | undefined): FakeInteraction {
    const interaction = this.byToken.get(token ?? "");
    if (appId !== this.applicationId || interaction === undefined)
      throw new HttpError(404, 10015, "Unknown Webhook");
    if (performance.now() - interaction.sentAt > this.options.tokenLifetimeMs) {
      throw new HttpError(401, 50027, "Invalid Webhook Token");
    }
    return interaction;
  }

  private followUp(m: RegExpExecArray, req: Request) {
    const interaction = this.liveInteraction(m[1], m[2]);
    if (interaction.callbacks.length === 0) throw new HttpError(404, 10015, "Unknown Webhook");
    const data = req.body as MessageBody;
    const problems = validateMessage(data, false);
    if (problems.length > 0) throw new HttpError(400, 50035, "Invalid Form Body", problems);
    const message = this.store({
      channelId: this.channelId,
      author: apiUser(this.bot),
      body: data,
      interaction,
      files: req.files,
    });
    interaction.followUps.push(message);
    return req.url.searchParams.get("wait") === "false" ? undefined : apiMessage(message);
  }

  private webhookMessage(m: RegExpExecArray): StoredMessage {
    const interaction = this.liveInteraction(m[1], m[2]);
    const message =
      m[3] === "@original"
        ? interaction.original
        : (interaction.followUps.find((f) => f.id === m[3]) ?? null);
    if (message === null) throw new HttpError(404, 10008, "Unknown Message");
    return message;
  }

  private edit(m: RegExpExecArray, req: Request) {
    const message = this.webhookMessage(m);
    const problems = validateMessage(req.body, true);
    if (problems.length > 0) throw new HttpError(400, 50035, "Invalid Form Body", problems);
    this.apply(message, req.body as MessageBody, req.files);
    // The first edit of a deferred reply is its answer.
    message.flags &= ~128;
    return apiMessage(message);
  }

  private remove(m: RegExpExecArray) {
    const message = this.webhookMessage(m);
    this.messages.delete(message.id);
    const interaction = this.liveInteraction(m[1], m[2]);
    interaction.deleted.push(message);
    return undefined;
  }

  private post(m: RegExpExecArray, req: Request) {
    const problems = validateMessage(req.body, false);
    if (problems.length > 0) throw new HttpError(400, 50035, "Invalid Form Body", problems);
    const message = this.store({
      channelId: m[1] ?? this.channelId,
      author: apiUser(this.bot),
      body: req.body as MessageBody,
      interaction: null,
      files: req.files,
    });
    return apiMessage(message);
  }

  private message(id: string): StoredMessage {
    const message = this.messages.get(id);
    if (message === undefined) throw new HttpError(404, 10008, "Unknown Message");
    return message;
  }

  private store(input: {
    channelId: string;
    author: StoredMessage["author"];
    body: MessageBody;
    interaction: FakeInteraction | null;
    files?: Array<{ filename: string; size: number }>;
  }): StoredMessage {
    const message: StoredMessage = {
      id: snowflake(),
      channelId: input.channelId,
      author: input.author,
      content: "",
      embeds: [],
      components: [],
      flags: input.body.flags ?? 0,
      allowedMentions: undefined,
      timestamp: new Date().toISOString(),
      editedTimestamp: null,
      interactionId: input.interaction?.id ?? null,
      interactionUser: input.interaction?.user ?? null,
      interactionType: input.interaction?.type ?? null,
      applicationId: input.interaction === null ? null : this.applicationId,
      attachments: [],
    };
    this.apply(message, input.body, input.files ?? []);
    message.editedTimestamp = null;
    this.messages.set(message.id, message);
    return message;
  }

  /** Writes a body over a message the way Discord does: fields present replace, absent stay. */
  private apply(
    message: StoredMessage,
    body: MessageBody,
    files: Array<{ filename: string; size: number }>,
  ): void {
    if (body.content !== undefined && body.content !== null) message.content = body.content;
    if (body.embeds !== undefined && body.embeds !== null) message.embeds = body.embeds;
    if (body.components !== undefined && body.components !== null)
      message.components = body.components;
    message.allowedMentions = body.allowed_mentions;
    if (files.length > 0) message.attachments = files;
    message.editedTimestamp = new Date().toISOString();
    this.emit("message", message, pingsOf(message.content, message.allowedMentions));
  }
}

/** Option values a test can pass. */
export type OptionValue = string | number | boolean | FakeAttachment;

interface OptionDef {
  name: string;
  type: number;
  options?: OptionDef[];
}

function isAttachment(v: OptionValue): v is FakeAttachment {
  return typeof v === "object" && v !== null && "bytes" in v;
}

function prefix(path: string, problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path === "" ? path : `${path}.${p.path}` }));
}

/** Discord nests 50035 errors by path: {data: {content: {_errors: [{code, message}]}}}. */
function nest(problems: Problem[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const p of problems) {
    let node = root;
    for (const key of p.path.split(".").filter((k) => k !== "")) {
      const child = (node[key] ?? {}) as Record<string, unknown>;
      node[key] = child;
      node = child;
    }
    const errors = (node._errors ?? []) as Array<{ code: string; message: string }>;
    errors.push({ code: "BASE_TYPE_INVALID", message: p.message });
    node._errors = errors;
  }
  return root;
}

/** JSON or multipart (payload_json plus files[n]) bodies, as discord.js sends them. */
async function readBody(
  req: IncomingMessage,
): Promise<{ body: unknown; files: Array<{ filename: string; size: number }> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.byteLength === 0) return { body: null, files: [] };
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const files: Array<{ filename: string; size: number }> = [];
    let body: unknown = null;
    for (const [key, value] of form) {
      if (key === "payload_json" && typeof value === "string") body = JSON.parse(value);
      else if (typeof value !== "string") files.push({ filename: value.name, size: value.size });
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString("utf8")), files: [] };
  } catch {
    throw new HttpError(400, 50109, "The request body contains invalid JSON.");
  }
}
