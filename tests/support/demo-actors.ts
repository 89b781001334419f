import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";

/** Loads the demo data and returns the two municipalities' caseworkers and two of Herning's arrivals. */
export async function seedDemoActors(db: PrismaClient): Promise<{ herning: TActingUser; holbaek: TActingUser; jonasId: string; priyaId: string }> {
  await seedDemoData(db);
  const caseworker = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, municipalityId: true } });
  const arrivalId = async (givenName: string) => (await db.arrival.findFirstOrThrow({ where: { givenName } })).id;
  return {
    herning: await caseworker("caseworker@herning.demo"),
    holbaek: await caseworker("caseworker@holbaek.demo"),
    jonasId: await arrivalId("Jonas"),
    priyaId: await arrivalId("Priya"),
  };
}
