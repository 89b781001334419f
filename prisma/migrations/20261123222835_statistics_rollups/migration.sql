-- AlterTable
ALTER TABLE "Arrival" ADD COLUMN     "applicableStepIds" VARCHAR(64)[] DEFAULT ARRAY[]::VARCHAR(64)[];

-- CreateTable
CREATE TABLE "StatsArrivalDay" (
    "municipalityId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "dimension" VARCHAR(32) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatsArrivalDay_pkey" PRIMARY KEY ("municipalityId","day","dimension","key")
);

-- CreateTable
CREATE TABLE "StatsArrivalMonth" (
    "municipalityId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "dimension" VARCHAR(32) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatsArrivalMonth_pkey" PRIMARY KEY ("municipalityId","month","dimension","key")
);

-- CreateTable
CREATE TABLE "StatsEventDay" (
    "municipalityId" UUID NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatsEventDay_pkey" PRIMARY KEY ("municipalityId","action","day")
);

-- Existing arrivals get their steps from the app after migrating (scripts/db/data-backfills.ts).
UPDATE "Arrival" SET "applicableStepIds" = ARRAY[]::VARCHAR(64)[] WHERE "applicableStepIds" IS NULL;

CREATE FUNCTION stats_step_rule_key(step_id text) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(step_id, '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', '')::varchar
$$;

-- Statistics rollups (docs/decisions/007-statistics-rollups.md).
-- The counts of every (municipality, arrival day, dimension, key), computed from the records. Each
-- part groups on the arrival's municipality and day, so a filter on those two is pushed down into
-- every part and one day is recomputed from that day's arrivals only (index on municipalityId, arrivalDate).
CREATE VIEW stats_arrival_day_counts AS
SELECT a."municipalityId", a."arrivalDate" AS day, 'arrivals'::varchar AS dimension, ''::varchar AS key, count(*)::int AS count
  FROM "Arrival" a GROUP BY 1, 2
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'nationality', a.nationality::varchar, count(*)::int
  FROM "Arrival" a GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'basis', a."residenceBasis"::varchar, count(*)::int
  FROM "Arrival" a GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'language', a."packetLanguage"::varchar, count(*)::int
  FROM "Arrival" a GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'persons', 'adults', count(*)::int
  FROM "Arrival" a GROUP BY 1, 2
UNION ALL
-- Spouses are adults, children fall in an age band by their age at arrival (or "unknown").
SELECT a."municipalityId", a."arrivalDate", 'persons',
       CASE
         WHEN h.kind = 'SPOUSE' THEN 'spouses'
         WHEN h."dateOfBirth" IS NULL THEN 'child-unknown'
         WHEN date_part('year', age(a."arrivalDate", h."dateOfBirth")) <= 2 THEN 'child-0-2'
         WHEN date_part('year', age(a."arrivalDate", h."dateOfBirth")) <= 5 THEN 'child-3-5'
         WHEN date_part('year', age(a."arrivalDate", h."dateOfBirth")) <= 16 THEN 'child-6-16'
         ELSE 'child-17-plus'
       END::varchar,
       count(*)::int
  FROM "Arrival" a JOIN "HouseholdMember" h ON h."arrivalId" = a.id GROUP BY 1, 2, 4
UNION ALL
-- Compulsory schooling starts 1 August of the year a child turns 6: the key is that year.
SELECT a."municipalityId", a."arrivalDate", 'school-start', (date_part('year', h."dateOfBirth")::int + 6)::varchar, count(*)::int
  FROM "Arrival" a JOIN "HouseholdMember" h ON h."arrivalId" = a.id
 WHERE h.kind = 'CHILD' AND h."dateOfBirth" IS NOT NULL GROUP BY 1, 2, 4
UNION ALL
-- Days from arrival to CPR registration: a histogram, from which any period's median is exact.
SELECT a."municipalityId", a."arrivalDate", 'cpr-days', (a."cprRegisteredOn" - a."arrivalDate")::varchar, count(*)::int
  FROM "Arrival" a WHERE a."cprRegistered" AND a."cprRegisteredOn" IS NOT NULL GROUP BY 1, 2, 4
UNION ALL
-- A step's checklist id is its rule key, for a child followed by the child's id: count it under
-- the rule. A tick counts while its step still applies to the record.
SELECT a."municipalityId", a."arrivalDate", 'step-applies', stats_step_rule_key(step.id), count(*)::int
  FROM "Arrival" a CROSS JOIN LATERAL unnest(a."applicableStepIds") AS step(id) GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'step-ticked', stats_step_rule_key(p."stepKey"), count(*)::int
  FROM "Arrival" a JOIN "StepProgress" p ON p."arrivalId" = a.id
 WHERE p."stepKey" = ANY(a."applicableStepIds") GROUP BY 1, 2, 4;

-- Recomputes the rollup rows of every given municipality on every given day (and of their months)
-- from the records. Refreshes of the same municipality-month take turns (an advisory lock held to
-- the end of the transaction): the second one starts after the first committed and, reading with a
-- fresh snapshot, counts both changes.
CREATE FUNCTION stats_refresh_arrival_days(p_municipality_ids uuid[], p_days date[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  month_key record;
BEGIN
  IF cardinality(p_municipality_ids) = 0 OR cardinality(p_days) = 0 THEN
    RETURN;
  END IF;
  FOR month_key IN
    SELECT DISTINCT m.id, date_trunc('month', d.day)::date AS month
      FROM unnest(p_municipality_ids) AS m(id) CROSS JOIN unnest(p_days) AS d(day) ORDER BY 1, 2
  LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('ankomst-stats:' || month_key.id || ':' || month_key.month, 0));
  END LOOP;

  DELETE FROM "StatsArrivalDay" WHERE "municipalityId" = ANY(p_municipality_ids) AND day = ANY(p_days);
  INSERT INTO "StatsArrivalDay" ("municipalityId", day, dimension, key, count)
  SELECT "municipalityId", day, dimension, key, count FROM stats_arrival_day_counts
   WHERE "municipalityId" = ANY(p_municipality_ids) AND day = ANY(p_days);

  DELETE FROM "StatsArrivalMonth" s
   USING (SELECT DISTINCT date_trunc('month', day)::date AS month FROM unnest(p_days) AS d(day)) changed
   WHERE s."municipalityId" = ANY(p_municipality_ids) AND s.month = changed.month;
  INSERT INTO "StatsArrivalMonth" ("municipalityId", month, dimension, key, count)
  SELECT s."municipalityId", changed.month, s.dimension, s.key, sum(s.count)::int
    FROM (SELECT DISTINCT date_trunc('month', day)::date AS month FROM unnest(p_days) AS d(day)) changed
    JOIN "StatsArrivalDay" s ON s."municipalityId" = ANY(p_municipality_ids)
     AND s.day >= changed.month AND s.day < (changed.month + interval '1 month')::date
   GROUP BY 1, 2, 3, 4;
END
$$;

-- A bulk load (npm run db:seed:synthetic) sets ankomst.stats_bulk_load = 'on' for its session and
-- calls stats_rebuild at the end, instead of refreshing the same days once per batch.
CREATE FUNCTION stats_is_bulk_load() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('ankomst.stats_bulk_load', true), '') = 'on'
$$;

CREATE FUNCTION stats_rebuild(p_municipality_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('ankomst-stats-rebuild:' || p_municipality_id, 0));
  DELETE FROM "StatsArrivalDay" WHERE "municipalityId" = p_municipality_id;
  DELETE FROM "StatsArrivalMonth" WHERE "municipalityId" = p_municipality_id;
  DELETE FROM "StatsEventDay" WHERE "municipalityId" = p_municipality_id;
  INSERT INTO "StatsArrivalDay" ("municipalityId", day, dimension, key, count)
  SELECT "municipalityId", day, dimension, key, count FROM stats_arrival_day_counts WHERE "municipalityId" = p_municipality_id;
  INSERT INTO "StatsArrivalMonth" ("municipalityId", month, dimension, key, count)
  SELECT "municipalityId", date_trunc('month', day)::date, dimension, key, sum(count)::int
    FROM "StatsArrivalDay" WHERE "municipalityId" = p_municipality_id GROUP BY 1, 2, 3, 4;
  INSERT INTO "StatsEventDay" ("municipalityId", action, day, count)
  SELECT "municipalityId", action, ("occurredAt" AT TIME ZONE 'Europe/Copenhagen')::date, count(*)::int
    FROM "AuditEvent" WHERE "municipalityId" = p_municipality_id AND action IN ('packet.generate', 'link.open', 'packet.download')
   GROUP BY 1, 2, 3;
END
$$;

CREATE FUNCTION stats_arrival_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stats_is_bulk_load() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM stats_refresh_arrival_days(
      ARRAY(SELECT DISTINCT "municipalityId" FROM new_rows), ARRAY(SELECT DISTINCT "arrivalDate" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM stats_refresh_arrival_days(
      ARRAY(SELECT "municipalityId" FROM new_rows UNION SELECT "municipalityId" FROM old_rows),
      ARRAY(SELECT "arrivalDate" FROM new_rows UNION SELECT "arrivalDate" FROM old_rows));
  ELSE
    PERFORM stats_refresh_arrival_days(
      ARRAY(SELECT DISTINCT "municipalityId" FROM old_rows), ARRAY(SELECT DISTINCT "arrivalDate" FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

-- Household members and ticks change the counts of their arrival's day. When the arrival itself
-- is deleted, its own trigger refreshes the day (the join below then finds nothing).
CREATE FUNCTION stats_arrival_part_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stats_is_bulk_load() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM stats_refresh_arrival_days(
      ARRAY(SELECT DISTINCT a."municipalityId" FROM new_rows r JOIN "Arrival" a ON a.id = r."arrivalId"),
      ARRAY(SELECT DISTINCT a."arrivalDate" FROM new_rows r JOIN "Arrival" a ON a.id = r."arrivalId"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM stats_refresh_arrival_days(
      ARRAY(SELECT a."municipalityId" FROM (SELECT "arrivalId" FROM new_rows UNION SELECT "arrivalId" FROM old_rows) r JOIN "Arrival" a ON a.id = r."arrivalId"),
      ARRAY(SELECT a."arrivalDate" FROM (SELECT "arrivalId" FROM new_rows UNION SELECT "arrivalId" FROM old_rows) r JOIN "Arrival" a ON a.id = r."arrivalId"));
  ELSE
    PERFORM stats_refresh_arrival_days(
      ARRAY(SELECT DISTINCT a."municipalityId" FROM old_rows r JOIN "Arrival" a ON a.id = r."arrivalId"),
      ARRAY(SELECT DISTINCT a."arrivalDate" FROM old_rows r JOIN "Arrival" a ON a.id = r."arrivalId"));
  END IF;
  RETURN NULL;
END
$$;

-- Postgres allows transition tables only on single-event triggers: one trigger per event.
CREATE TRIGGER stats_arrival_inserted AFTER INSERT ON "Arrival" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_changed();
CREATE TRIGGER stats_arrival_updated AFTER UPDATE ON "Arrival" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_changed();
CREATE TRIGGER stats_arrival_deleted AFTER DELETE ON "Arrival" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_changed();
CREATE TRIGGER stats_household_inserted AFTER INSERT ON "HouseholdMember" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_part_changed();
CREATE TRIGGER stats_household_updated AFTER UPDATE ON "HouseholdMember" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_part_changed();
CREATE TRIGGER stats_household_deleted AFTER DELETE ON "HouseholdMember" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_part_changed();
CREATE TRIGGER stats_ticks_inserted AFTER INSERT ON "StepProgress" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_part_changed();
CREATE TRIGGER stats_ticks_updated AFTER UPDATE ON "StepProgress" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_part_changed();
CREATE TRIGGER stats_ticks_deleted AFTER DELETE ON "StepProgress" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_arrival_part_changed();

-- Counted events only ever grow: each recorded event adds one to its day, whatever happens to the
-- event row later (the audit log has its own retention).
CREATE FUNCTION stats_event_recorded() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stats_is_bulk_load() THEN
    RETURN NULL;
  END IF;
  INSERT INTO "StatsEventDay" ("municipalityId", action, day, count)
  SELECT "municipalityId", action, ("occurredAt" AT TIME ZONE 'Europe/Copenhagen')::date, count(*)::int
    FROM new_rows WHERE action IN ('packet.generate', 'link.open', 'packet.download')
   GROUP BY 1, 2, 3
  ON CONFLICT ("municipalityId", action, day) DO UPDATE SET count = "StatsEventDay".count + EXCLUDED.count;
  RETURN NULL;
END
$$;

CREATE TRIGGER stats_event_inserted AFTER INSERT ON "AuditEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_event_recorded();

-- Existing records: count them once.
SELECT stats_rebuild(id) FROM "Municipality";
