/** `npm run db:seed`: loads the demo data into DATABASE_URL, on explicit request only. */
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "./seed-demo-data";

const db = createPrismaClient(process.env.DATABASE_URL, { purpose: "jobs" });
try {
  await seedDemoData(db);
  console.log("Demo data loaded.");
} finally {
  await db.$disconnect();
}
