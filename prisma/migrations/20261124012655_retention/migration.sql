-- AlterTable
ALTER TABLE "Municipality" ALTER COLUMN "retentionMonths" SET DEFAULT 24;

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "status" VARCHAR(16) NOT NULL DEFAULT 'running',
    "anonymised" INTEGER NOT NULL DEFAULT 0,
    "auditRowsPurged" INTEGER NOT NULL DEFAULT 0,
    "perMunicipality" JSONB NOT NULL DEFAULT '{}',
    "error" VARCHAR(500),

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_startedAt_idx" ON "RetentionRun"("startedAt" DESC);

-- Municipalities still on the old default had never chosen a period: they get the new one (decision 010).
UPDATE "Municipality" SET "retentionMonths" = 24 WHERE "retentionMonths" = 60;

-- A birth date kept after anonymisation: the birth year, and the day within it that gives the same
-- age in whole years on the arrival date (1 January if the birthday had passed by then, else
-- 31 December). The statistics count children by age band on arrival and by school-start year,
-- so they stay exactly the same (docs/decisions/010).
CREATE FUNCTION anonymised_birth_date(p_birth date, p_arrival date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_birth IS NULL THEN NULL
    WHEN date_part('year', age(p_arrival, p_birth)) = date_part('year', p_arrival) - date_part('year', p_birth)
      THEN make_date(date_part('year', p_birth)::int, 1, 1)
    ELSE make_date(date_part('year', p_birth)::int, 12, 31)
  END
$$;

-- An anonymised arrival has no names left.
ALTER TABLE "Arrival" DROP CONSTRAINT "Arrival_names_not_blank",
  ADD CONSTRAINT "Arrival_names_not_blank" CHECK ("anonymisedAt" IS NOT NULL OR (btrim("givenName") <> '' AND btrim("familyName") <> ''));

-- The purge, per municipality, so each municipality's administrators see their own counts.
DROP FUNCTION audit_purge_expired(integer);
CREATE FUNCTION audit_purge_expired(p_municipality_id uuid, p_limit integer DEFAULT 10000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  purged integer;
BEGIN
  PERFORM set_config('ankomst.audit_purge', 'on', true);
  DELETE FROM "AuditEvent" WHERE id IN (
    SELECT a.id FROM "AuditEvent" a JOIN "Municipality" m ON m.id = a."municipalityId"
    WHERE a."municipalityId" = p_municipality_id
      AND a."occurredAt" < now() - make_interval(months => m."auditRetentionMonths")
    ORDER BY a.id LIMIT p_limit
  );
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('ankomst.audit_purge', 'off', true);
  RETURN purged;
END $$;
REVOKE ALL ON FUNCTION audit_purge_expired(uuid, integer) FROM PUBLIC;
