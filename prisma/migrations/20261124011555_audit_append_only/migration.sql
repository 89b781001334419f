-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_actorUserId_fkey";

-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_municipalityId_fkey";

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "auditRetentionMonths" INTEGER NOT NULL DEFAULT 60;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- The audit log is append-only for everyone, its owner included (docs/decisions/010-audit-log-and-retention.md):
-- no UPDATE, no TRUNCATE, and a DELETE only inside audit_purge_expired(), and only of a row older
-- than its municipality's audit retention.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('ankomst.audit_purge', true) = 'on' AND OLD."occurredAt" < (
    SELECT now() - make_interval(months => m."auditRetentionMonths") FROM "Municipality" m WHERE m.id = OLD."municipalityId"
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'The audit log is append-only: % on "AuditEvent" is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The retention job's purge: at most p_limit expired rows per call, oldest first; returns how many.
-- SECURITY DEFINER, so the app's role, which may not delete audit rows, can run exactly this.
CREATE FUNCTION audit_purge_expired(p_limit integer DEFAULT 10000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  purged integer;
BEGIN
  PERFORM set_config('ankomst.audit_purge', 'on', true);
  DELETE FROM "AuditEvent" WHERE id IN (
    SELECT a.id FROM "AuditEvent" a JOIN "Municipality" m ON m.id = a."municipalityId"
    WHERE a."occurredAt" < now() - make_interval(months => m."auditRetentionMonths")
    ORDER BY a.id LIMIT p_limit
  );
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('ankomst.audit_purge', 'off', true);
  RETURN purged;
END $$;
REVOKE ALL ON FUNCTION audit_purge_expired(integer) FROM PUBLIC;
