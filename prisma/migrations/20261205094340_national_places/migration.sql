-- CreateEnum
CREATE TYPE "OfficeKind" AS ENUM ('LOCAL', 'NATIONAL');

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "kind" "OfficeKind" NOT NULL DEFAULT 'LOCAL',
ADD COLUMN     "website" VARCHAR(300);

-- Every municipality gets the two national bodies its steps are done at as places (lib/municipalities/national-places.ts).
INSERT INTO "Office" (id, "municipalityId", name, "addressLine", "postalCode", city, website, kind, position)
SELECT gen_random_uuid(), m.id, place.name, '', '', '', place.website, 'NATIONAL', 1000 + place.n
FROM "Municipality" m
CROSS JOIN (VALUES
  (0, 'SIRI – Styrelsen for International Rekruttering og Integration', 'https://siri.dk'),
  (1, 'Skattestyrelsen', 'https://skat.dk')
) AS place(n, name, website);

-- The EU residence document is applied for at SIRI, the tax card at Skattestyrelsen: their steps'
-- place is that body, and the name their texts were seeded with goes (the link stays).
UPDATE "CatalogueStep" s SET "placeId" = o.id
FROM "Office" o
WHERE o."municipalityId" = s."municipalityId" AND o.kind = 'NATIONAL' AND s."placeId" IS NULL
  AND ((s.key = 'eu-residence-document' AND o.name LIKE 'SIRI%') OR (s.key = 'tax-card' AND o.name = 'Skattestyrelsen'));
UPDATE "CatalogueStepText" t SET "whereName" = NULL
FROM "CatalogueStep" s WHERE s.id = t."stepId" AND s.key IN ('eu-residence-document', 'tax-card') AND s."placeId" IS NOT NULL;
