import { describe, expect, it } from "vitest";
import { retryableAction } from "@/lib/forms/retryable";
import { isDatabaseOutage } from "@/lib/net/database-outage";

const FAILED_STATE = { message: "The save did not go through; try again." };
const outage = Object.assign(new Error("Can't reach database server at `127.0.0.1:5432`"), { code: "P1001" });

describe("a form's action when something fails (retryableAction)", () => {
  it("answers with the form's own state when the database is away, so nothing typed is lost", async () => {
    expect(isDatabaseOutage(outage)).toBe(true);
    const result = await retryableAction(
      "save",
      () => Promise.reject(outage),
      async () => FAILED_STATE,
    );
    expect(result).toBe(FAILED_STATE);
  });

  it("lets a bug through to Next.js (a logged 500), instead of telling the user to try again", async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    await expect(
      retryableAction(
        "save",
        () => Promise.reject(bug),
        async () => FAILED_STATE,
      ),
    ).rejects.toBe(bug);
  });

  it("passes the work's own answer through", async () => {
    expect(
      await retryableAction<object>(
        "save",
        async () => ({ ok: true }),
        async () => FAILED_STATE,
      ),
    ).toEqual({ ok: true });
  });
});
