import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { FakeDiscord } from "../fake-discord/index.js";

let fake: FakeDiscord;
let ws: WebSocket;

beforeAll(async () => {
  fake = await FakeDiscord.start({ responseWindowMs: 100 });
  // A bare gateway client: HELLO, then IDENTIFY with the token.
  ws = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json`);
  ws.on("message", (raw) => {
    const msg = JSON.parse(String(raw)) as { op: number };
    if (msg.op === 10)
      ws.send(JSON.stringify({ op: 2, d: { token: fake.options.token, intents: 1 } }));
  });
  await fake.connected();
});
afterAll(async () => {
  ws?.close();
  await fake?.stop();
});

async function callback(id: string, token: string, body: unknown) {
  const res = await fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>),
  };
}

describe("the fake Discord enforces Discord's rules", () => {
  it("gives the gateway address to an authorised bot only", async () => {
    const denied = await fetch(`${fake.apiUrl}/v10/gateway/bot`);
    expect(denied.status).toBe(401);
    const ok = await fetch(`${fake.apiUrl}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${fake.options.token}` },
    });
    expect(((await ok.json()) as { url: string }).url).toBe(fake.gatewayUrl);
  });

  it("refuses a reply over 2,000 characters with 50035 naming the field", async () => {
    const i = fake.slash("ask", { question: "x" });
    const res = await callback(i.id, i.token, { type: 4, data: { content: "x".repeat(2001) } });
    expect(res.status).toBe(400);
    expect(res.body?.code).toBe(50035);
    expect(res.body?.errors).toEqual({
      data: {
        content: {
          _errors: [{ code: "BASE_TYPE_INVALID", message: "Must be 2000 or fewer in length." }],
        },
      },
    });
  });

  it("refuses duplicate custom_ids, over-long custom_ids and more than 25 choices", async () => {
    const button = (id: string) => ({ type: 2, style: 2, label: "b", custom_id: id });
    const dup = fake.slash("ask", { question: "x" });
    const rows = [{ type: 1, components: [button("a"), button("a")] }];
    expect(
      (await callback(dup.id, dup.token, { type: 4, data: { content: "x", components: rows } }))
        .status,
    ).toBe(400);
    const long = fake.slash("ask", { question: "x" });
    const longRows = [{ type: 1, components: [button("x".repeat(101))] }];
    expect(
      (await callback(long.id, long.token, { type: 4, data: { components: longRows } })).status,
    ).toBe(400);
    const auto = fake.autocomplete("ask", { outlet: "" }, "outlet");
    const choices = Array.from({ length: 26 }, (_, n) => ({ name: `c${n}`, value: `c${n}` }));
    expect((await callback(auto.id, auto.token, { type: 8, data: { choices } })).body?.code).toBe(
      50035,
    );
  });

  it("refuses a second acknowledgement with 40060", async () => {
    const i = fake.slash("ask", { question: "x" });
    expect((await callback(i.id, i.token, { type: 4, data: { content: "first" } })).status).toBe(
      204,
    );
    const again = await callback(i.id, i.token, { type: 4, data: { content: "second" } });
    expect(again).toEqual({
      status: 400,
      body: { code: 40060, message: "Interaction has already been acknowledged." },
    });
  });

  it("refuses a first response after the window with 10062", async () => {
    const i = fake.slash("ask", { question: "x" });
    await sleep(150);
    const res = await callback(i.id, i.token, { type: 4, data: { content: "late" } });
    expect(res).toEqual({ status: 404, body: { code: 10062, message: "Unknown interaction" } });
  });

  it("returns the created message when asked with_response", async () => {
    const i = fake.slash("ask", { question: "x" });
    const res = await fetch(
      `${fake.apiUrl}/v10/interactions/${i.id}/${i.token}/callback?with_response=true`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: 4, data: { content: "hello", flags: 64 } }),
      },
    );
    const body = (await res.json()) as {
      interaction: Record<string, unknown>;
      resource: { message: { content: string } };
    };
    expect(body.interaction.response_message_ephemeral).toBe(true);
    expect(body.resource.message.content).toBe("hello");
  });
});
