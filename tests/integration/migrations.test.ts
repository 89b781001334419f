import { describe, expect, it } from "vitest";
import { pendingSchemaChange } from "../../scripts/db/schema-engine";

describe("the migrations", () => {
  it("build exactly the data model in prisma/schema.prisma (no change left without a migration)", { timeout: 60_000 }, async () => {
    expect(await pendingSchemaChange(process.env.DATABASE_URL!)).toBeNull();
  });
});
