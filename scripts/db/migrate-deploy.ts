/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, like `prisma migrate deploy`. */
import { runDataBackfills } from "./data-backfills";
import { applyMigrations } from "./schema-engine";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set. (`npm start` applies migrations to its embedded database itself.)");
  process.exit(2);
}
const applied = await applyMigrations(databaseUrl);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
await runDataBackfills(databaseUrl);
