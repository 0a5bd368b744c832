import { PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { describe, expect, it } from "vitest";
import { isModerator } from "../../src/bot/permissions.js";

const config = { moderatorRoleIds: ["400000000000000004"] };
const perms = (bits: bigint) => new PermissionsBitField(bits);

describe("isModerator", () => {
  it("accepts Manage Server", () => {
    const i = { memberPermissions: perms(PermissionFlagsBits.ManageGuild), member: null };
    expect(isModerator(i as never, config)).toBe(true);
  });

  it("accepts a moderator role, given as a plain id list (uncached member)", () => {
    const i = { memberPermissions: perms(0n), member: { roles: ["400000000000000004"] } };
    expect(isModerator(i as never, config)).toBe(true);
  });

  it("refuses everyone else, including outside a server", () => {
    expect(
      isModerator({ memberPermissions: perms(0n), member: { roles: ["1"] } } as never, config),
    ).toBe(false);
    expect(isModerator({ memberPermissions: null, member: null } as never, config)).toBe(false);
  });
});
