-- The statistics count reminder e-mails sent too (issue 16): the daily event rollup takes
-- 'reminder.send' events, as it takes packets generated, links opened and PDFs downloaded.
CREATE OR REPLACE FUNCTION stats_rebuild(p_municipality_id uuid) RETURNS void
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
    FROM "AuditEvent" WHERE "municipalityId" = p_municipality_id AND action IN ('packet.generate', 'link.open', 'packet.download', 'reminder.send')
   GROUP BY 1, 2, 3;
END
$$;

CREATE OR REPLACE FUNCTION stats_event_recorded() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stats_is_bulk_load() THEN
    RETURN NULL;
  END IF;
  INSERT INTO "StatsEventDay" ("municipalityId", action, day, count)
  SELECT "municipalityId", action, ("occurredAt" AT TIME ZONE 'Europe/Copenhagen')::date, count(*)::int
    FROM new_rows WHERE action IN ('packet.generate', 'link.open', 'packet.download', 'reminder.send')
   GROUP BY 1, 2, 3
  ON CONFLICT ("municipalityId", action, day) DO UPDATE SET count = "StatsEventDay".count + EXCLUDED.count;
  RETURN NULL;
END
$$;
-- No reminder was sent before this migration, so the counts need no rebuild.
