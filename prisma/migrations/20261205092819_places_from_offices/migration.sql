-- A step done at one of the municipality's offices takes its address, opening hours and phone from
-- the office (lib/packet/build-packet.ts: whereOf): the copies its texts were seeded with go, so an
-- office's new hours show in every step at once.
UPDATE "CatalogueStepText" t SET "whereName" = NULL, "whereAddress" = NULL, "whereHours" = NULL, "wherePhone" = NULL
FROM "CatalogueStep" s WHERE s.id = t."stepId" AND s."placeId" IS NOT NULL;
