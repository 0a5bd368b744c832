import type { apiUser, StoredMessage } from "./payloads.js";
import type { FakeDiscord } from "./server.js";

/** What FakeDiscord.dispatch sends: the interaction type, its data, and the message of a component. */
export interface InteractionPayloadInput {
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  data: unknown;
  message?: StoredMessage;
}

/** One interaction response (POST /interactions/:id/:token/callback) as received. */
export interface Callback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete choices, 9 modal. */
  type: number;
  data: Record<string, unknown>;
  /** performance.now() when it arrived. */
  at: number;
  /** The message it created or updated. */
  message: StoredMessage | null;
}

/** An interaction the fake sent, and everything the bot did about it. */
export class FakeInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  /** Who acted. */
  readonly user: ReturnType<typeof apiUser>;
  /** performance.now() when INTERACTION_CREATE was sent. */
  sentAt = 0;
  readonly callbacks: Callback[] = [];
  /** The message "@original" refers to, once there is one. */
  original: StoredMessage | null = null;
  readonly followUps: StoredMessage[] = [];
  readonly deleted: StoredMessage[] = [];

  constructor(
    private readonly fake: FakeDiscord,
    readonly payload: {
      id: string;
      token: string;
      type: number;
      member: { user: ReturnType<typeof apiUser> };
    },
    /** For a component: the message it is on. */
    readonly source: StoredMessage | null,
  ) {
    this.id = payload.id;
    this.token = payload.token;
    this.type = payload.type;
    this.user = payload.member.user;
  }

  acknowledge(callback: Callback): void {
    this.callbacks.push(callback);
    this.original = callback.message;
  }

  /** Milliseconds from INTERACTION_CREATE to the first response, or null before it. */
  get latencyMs(): number | null {
    const first = this.callbacks[0];
    return first === undefined ? null : first.at - this.sentAt;
  }

  /** The first response. */
  response(timeoutMs = 5_000): Promise<Callback> {
    return this.fake.until(
      () => this.callbacks[0],
      timeoutMs,
      `a response to interaction ${this.id}`,
    );
  }

  /** The answer as the user sees it: the reply, or a deferred reply once edited. */
  reply(timeoutMs = 5_000): Promise<StoredMessage> {
    return this.fake.until(
      () =>
        this.original !== null && (this.original.flags & 128) === 0 ? this.original : undefined,
      timeoutMs,
      `the reply to interaction ${this.id}`,
    );
  }

  /** The `n`th follow-up message. */
  followUp(n = 0, timeoutMs = 5_000): Promise<StoredMessage> {
    return this.fake.until(
      () => this.followUps[n],
      timeoutMs,
      `follow-up ${n} of interaction ${this.id}`,
    );
  }

  /** Autocomplete choices offered. */
  async choices(timeoutMs = 5_000): Promise<Array<{ name: string; value: string | number }>> {
    const callback = await this.response(timeoutMs);
    if (callback.type !== 8)
      throw new Error(`Expected autocomplete choices, got response type ${callback.type}`);
    return (callback.data.choices ?? []) as Array<{ name: string; value: string | number }>;
  }
}

/** Whether only the user who acted sees the message. */
export function isEphemeral(message: StoredMessage): boolean {
  return (message.flags & 64) !== 0;
}
