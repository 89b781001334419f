import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

// Runs before each test file's imports: a fresh database per file, so files never see each other's rows.
const adminUrl = inject("pgAdminUrl");
const template = inject("pgTemplateDatabase");
const database = `test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client(adminUrl);
await admin.connect();
await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
// The server's secret, as every deployment has one (links, packets and audit digests derive keys from it).
process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
