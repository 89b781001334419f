import path from "node:path";

/** Where `scripts/start.ts --ephemeral` writes the e2e server's database URL (its owner's), for the fixtures that seed. */
export const E2E_DATABASE_URL_FILE = path.resolve(".data/e2e/database-url");
