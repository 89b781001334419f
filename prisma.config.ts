import { defineConfig } from "prisma/config";

// Note: `prisma generate` needs no database; the URL only matters for CLI commands that connect.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ankomst" },
});
