import type { PrismaClient } from "@/lib/db-client";

export async function listMunicipalityUsers(db: PrismaClient, options: { municipalityId: string }) {
  return db.user.findMany({
    where: { municipalityId: options.municipalityId },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
  });
}
