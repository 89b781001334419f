import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { getActivePersonalLink, issuePersonalLink, resolvePersonalLink, revokePersonalLinks } from "@/lib/links/personal-links";
import { LINK_CHECKS_AT_ONCE, openWelcomeLink, WRONG_LINK_RULE } from "@/lib/newcomer/open-welcome-link";
import { buildCurrentPacket } from "@/lib/packet/packet-service";
import { getStepProgress, setStepDone } from "@/lib/progress/step-progress";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;
let jonasId: string;
let priyaId: string;

beforeAll(async () => {
  process.env.LINK_TOKEN_SECRET = "integration-test-secret";
  ({ herning, holbaek, jonasId, priyaId } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

describe("personal links", () => {
  it("never stores the token in plain text", async () => {
    const { token } = await issuePersonalLink(db, { user: herning, arrivalId: jonasId });
    const rows = await db.personalLink.findMany({ where: { arrivalId: jonasId } });
    const stored = JSON.stringify(rows, (_key, value) => (value instanceof Uint8Array ? Buffer.from(value).toString("base64url") : value));
    expect(stored).not.toContain(token);
    expect(rows.at(-1)?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await resolvePersonalLink(db, token))?.arrivalId).toBe(jonasId);
  });

  it("opens only its own arrival's packet", async () => {
    const { token } = await issuePersonalLink(db, { user: herning, arrivalId: priyaId });
    const link = await resolvePersonalLink(db, token);
    const packet = await buildCurrentPacket(db, { municipalityId: link!.municipalityId, arrivalId: link!.arrivalId, language: "en" });
    const text = JSON.stringify(packet);
    expect(text).toContain("Priya Raman");
    expect(text).not.toContain("Jonas");
    expect(text).not.toContain("Müller");
  });

  it("stops working at once when revoked or reissued, and after it expires", async () => {
    const first = await issuePersonalLink(db, { user: herning, arrivalId: jonasId });
    const second = await issuePersonalLink(db, { user: herning, arrivalId: jonasId });
    expect(await resolvePersonalLink(db, first.token)).toBeNull();
    expect(await resolvePersonalLink(db, second.token)).not.toBeNull();
    expect((await getActivePersonalLink(db, { municipalityId: herning.municipalityId, arrivalId: jonasId }))?.token).toBe(second.token);
    await revokePersonalLinks(db, { user: herning, arrivalId: jonasId });
    expect(await resolvePersonalLink(db, second.token)).toBeNull();
    const third = await issuePersonalLink(db, { user: herning, arrivalId: jonasId });
    const inThirteenMonths = new Date(Date.now() + 400 * 24 * 3600 * 1000);
    expect(await resolvePersonalLink(db, third.token, inThirteenMonths)).toBeNull();
  });

  it("cannot be issued or revoked for another municipality's arrival", async () => {
    await expect(issuePersonalLink(db, { user: holbaek, arrivalId: jonasId })).rejects.toThrow("NOT_FOUND");
    await expect(revokePersonalLinks(db, { user: holbaek, arrivalId: jonasId })).rejects.toThrow("NOT_FOUND");
  });
});

describe("opening welcome links", () => {
  it("slows down a client that tries wrong links, then refuses it, also for a valid link", async () => {
    const { token } = await issuePersonalLink(db, { user: herning, arrivalId: priyaId });
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    const results = [];
    for (let attempt = 0; attempt <= WRONG_LINK_RULE.points; attempt++) {
      results.push((await openWelcomeLink(db, { token: `x${"a".repeat(42)}`, clientKey: "198.51.100.9", sleep })).status);
    }
    expect(results.slice(0, WRONG_LINK_RULE.points).every((status) => status === "invalid")).toBe(true);
    expect(results.at(-1)).toBe("refused");
    expect(delays.length).toBeGreaterThan(0);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect((await openWelcomeLink(db, { token, clientKey: "198.51.100.9" })).status).toBe("refused");
    expect((await openWelcomeLink(db, { token, clientKey: "198.51.100.10" })).status).toBe("ok");
  });

  it("looks up at most LINK_CHECKS_AT_ONCE of thirty wrong links sent at the same moment by one client", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        openWelcomeLink(db, { token: `p${String(index).padStart(42, "q")}`, clientKey: "198.51.100.31", sleep: async () => {} }),
      ),
    );
    expect(results.filter((result) => result.status === "invalid")).toHaveLength(LINK_CHECKS_AT_ONCE);
    expect(results.filter((result) => result.status === "refused")).toHaveLength(30 - LINK_CHECKS_AT_ONCE);
  });

  it("never counts a link that opens: newcomers behind one address opening their pages at once are never locked out", async () => {
    const { token } = await issuePersonalLink(db, { user: herning, arrivalId: priyaId });
    const delays: number[] = [];
    for (let view = 0; view < WRONG_LINK_RULE.points * 2; view++) {
      expect((await openWelcomeLink(db, { token, clientKey: "198.51.100.32", sleep: async (ms) => void delays.push(ms) })).status).toBe("ok");
    }
    expect((await openWelcomeLink(db, { token: `w${"a".repeat(42)}`, clientKey: "198.51.100.32", sleep: async (ms) => void delays.push(ms) })).status).toBe(
      "invalid",
    );
    expect(delays).toEqual([]);
    // Thirty at the same moment: those past the cap are turned away only while the others run.
    const burst = await Promise.all(Array.from({ length: 30 }, () => openWelcomeLink(db, { token, clientKey: "198.51.100.33" })));
    expect(burst.filter((result) => result.status === "ok").length).toBeGreaterThanOrEqual(LINK_CHECKS_AT_ONCE);
    expect((await openWelcomeLink(db, { token, clientKey: "198.51.100.33" })).status).toBe("ok");
  });

  it("does not count a token that cannot be one as a guess: it never matches anybody's link", async () => {
    const { token } = await issuePersonalLink(db, { user: herning, arrivalId: priyaId });
    for (let attempt = 0; attempt <= WRONG_LINK_RULE.points * 2; attempt++) {
      expect((await openWelcomeLink(db, { token: "no-such-link", clientKey: "198.51.100.11" })).status).toBe("invalid");
    }
    expect((await openWelcomeLink(db, { token, clientKey: "198.51.100.11" })).status).toBe("ok");
  });
});

describe("progress", () => {
  it("records ticked steps once, shows them to the caseworker, and never to another municipality", async () => {
    await setStepDone(db, { arrivalId: jonasId, step: { stepKey: "cpr-registration", householdMemberId: null }, isDone: true });
    await setStepDone(db, { arrivalId: jonasId, step: { stepKey: "cpr-registration", householdMemberId: null }, isDone: true });
    await setStepDone(db, { arrivalId: jonasId, step: { stepKey: "nemkonto", householdMemberId: null }, isDone: true });
    await setStepDone(db, { arrivalId: jonasId, step: { stepKey: "nemkonto", householdMemberId: null }, isDone: false });
    expect([...(await getStepProgress(db, { municipalityId: herning.municipalityId, arrivalId: jonasId })).keys()]).toEqual(["cpr-registration"]);
    expect((await getStepProgress(db, { municipalityId: holbaek.municipalityId, arrivalId: jonasId })).size).toBe(0);
  });

  it("takes the same tick from two members of a household at the same moment without an error", async () => {
    await setStepDone(db, { arrivalId: priyaId, step: { stepKey: "mitid", householdMemberId: null }, isDone: false });
    const ticks = Array.from({ length: 8 }, () => setStepDone(db, { arrivalId: priyaId, step: { stepKey: "mitid", householdMemberId: null }, isDone: true }));
    await expect(Promise.all(ticks)).resolves.toHaveLength(8);
    expect(await db.stepProgress.count({ where: { arrivalId: priyaId, stepKey: "mitid" } })).toBe(1);
  });
});
