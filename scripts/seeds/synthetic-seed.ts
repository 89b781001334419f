/**
 * Bulk-loads synthetic arrivals into one municipality with COPY: arrivals, their households,
 * opened personal links and ticked steps. Used by `npm run db:seed:synthetic` and by tests and
 * benchmarks that need statistics over many arrivals.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { toSearchName } from "@/lib/arrivals/search-name";
import { addDays, addMonths, fromIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import { toRuleHousehold } from "@/lib/packet/load-packet-input";
import type { TDefinitionRow } from "@/lib/steps/load-step-definitions";
import { stepContextOf, type TStepContext } from "@/lib/steps/step-context";
import { applicableStepId, computeApplicableSteps, STEP_RULES_VERSION, stepMemberId } from "@/lib/steps/step-rules";
import { createRandom, syntheticArrival, type TSyntheticArrival } from "@/scripts/seeds/synthetic-arrivals";
import { syntheticName } from "@/scripts/seeds/synthetic-names";

const BATCH_SIZE = 10_000;

type TRow = (string | number | boolean | null)[];

/** A value in COPY's text format: \N for null, backslash, tab and newlines escaped. */
function copyValue(value: string | number | boolean | null): string {
  if (value === null) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (character) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[character]!);
}

async function copyRows(client: pg.PoolClient | pg.Client, table: string, columns: string[], rows: TRow[]) {
  if (rows.length === 0) return;
  const sql = `COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`;
  const lines = rows.map((row) => `${row.map(copyValue).join("\t")}\n`);
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
}

type TMunicipality = { id: string; postalCode: string; city: string; stepRulesRevision: number };

/**
 * Who registered the household, who it is assigned to and who last worked on it: the registrant
 * keeps most, one in five is handed to a colleague, one in three was last worked on by another.
 */
function caseworkersOf(index: number, caseworkers: readonly string[]): (string | null)[] {
  if (caseworkers.length === 0) return [null, null, null];
  const nth = (offset: number) => caseworkers[(index + offset) % caseworkers.length]!;
  const assignee = index % 5 === 0 ? nth(1) : nth(0);
  return [nth(0), assignee, index % 3 === 0 ? nth(2) : assignee];
}

type TRowOptions = { now: string; today: string; assignees: readonly string[]; hasRealisticNames: boolean; context: TStepContext };

function rowsFor(arrivals: TSyntheticArrival[], municipality: TMunicipality, { now, today, assignees, hasRealisticNames, context }: TRowOptions) {
  const arrivalRows: TRow[] = [];
  const deadlineRows: TRow[] = [];
  const memberRows: TRow[] = [];
  const linkRows: TRow[] = [];
  const tickRows: TRow[] = [];
  const eventRows: TRow[] = [];
  const event = (arrivalId: string, action: string, day: string) => eventRows.push([municipality.id, action, "arrival", arrivalId, `${day}T10:00:00Z`]);
  for (const arrival of arrivals) {
    const id = randomUUID();
    const { givenName, familyName, latinName } = hasRealisticNames
      ? syntheticName(arrival.nationality, arrival.index, 0)
      : { givenName: "Syntetisk", familyName: `Tilflytter ${arrival.index}`, latinName: null };
    const members = arrival.household.map((member, position) => ({ ...member, id: randomUUID(), position }));
    // Registered on the day of arrival (or today, for one announced ahead).
    const registeredOn = arrival.arrivalDate < today ? arrival.arrivalDate : today;
    const household = toRuleHousehold({
      createdAt: new Date(`${registeredOn}T10:00:00Z`),
      arrivalDate: fromIsoDate(arrival.arrivalDate),
      dateOfBirth: fromIsoDate(arrival.dateOfBirth),
      residenceBasis: arrival.residenceBasis,
      employerOrSchool: arrival.hasEmployerOrSchool ? "x" : null,
      expectedStayMonths: arrival.expectedStayMonths,
      cprRegistered: arrival.cprRegisteredOn !== null,
      householdMembers: members.map((member) => ({
        id: member.id,
        kind: member.kind,
        givenName: "x",
        familyName: "x",
        dateOfBirth: fromIsoDate(member.dateOfBirth),
        seekingWork: member.seekingWork,
        // A household registers in CPR together.
        cprRegisteredOn: arrival.cprRegisteredOn ? fromIsoDate(arrival.cprRegisteredOn) : null,
      })),
    });
    const applicableSteps = computeApplicableSteps(household, context.definitions, { today, isOpenDay: context.isOpenDay });
    const tickedSteps = arrival.linkOpenedOn ? applicableSteps.slice(0, arrival.ticks) : [];
    const openSteps: { key: string; deadline: string }[] = [];
    for (const step of applicableSteps) {
      if (step.deadline === null) continue;
      const isDone = tickedSteps.includes(step);
      deadlineRows.push([randomUUID(), id, municipality.id, step.key, stepMemberId(step), step.deadline, isDone]);
      if (!isDone) openSteps.push({ key: step.key, deadline: step.deadline });
    }
    // As worklist_refresh_arrival orders them: by deadline, then key.
    openSteps.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.key.localeCompare(b.key));
    arrivalRows.push([
      id,
      municipality.id,
      givenName,
      familyName,
      latinName,
      toSearchName(givenName, familyName, latinName ?? ""),
      arrival.dateOfBirth,
      arrival.nationality,
      arrival.packetLanguage,
      arrival.arrivalDate,
      `Syntetisk Vej ${(arrival.index % 200) + 1}`,
      municipality.postalCode,
      municipality.city,
      arrival.residenceBasis,
      arrival.hasEmployerOrSchool ? "Syntetisk arbejdsgiver" : null,
      arrival.expectedStayMonths,
      arrival.cprRegisteredOn !== null,
      arrival.cprRegisteredOn,
      1,
      `${registeredOn}T10:00:00Z`,
      now,
      `{${applicableSteps.map(applicableStepId).join(",")}}`,
      STEP_RULES_VERSION,
      municipality.stepRulesRevision,
      // Seven in ten gave an e-mail address; the households are shared among the caseworkers.
      arrival.index % 10 < 7 ? `syntetisk.${arrival.index}@example.invalid` : null,
      ...caseworkersOf(arrival.index, assignees),
      openSteps[0]?.deadline ?? null,
      openSteps.at(-1)?.deadline ?? null,
      `{${openSteps.map((step) => step.key).join(",")}}`,
      `{${openSteps.map((step) => step.deadline).join(",")}}`,
      arrival.packetGeneratedOn && !arrival.linkOpenedOn ? `${arrival.packetGeneratedOn}T10:00:00Z` : null,
    ]);
    for (const member of members) {
      const memberGivenName = hasRealisticNames
        ? syntheticName(arrival.nationality, arrival.index, member.position + 1, familyName).givenName
        : member.kind === "SPOUSE"
          ? "Syntetisk"
          : "Barn";
      memberRows.push([
        member.id,
        id,
        member.kind,
        memberGivenName,
        familyName,
        toSearchName(memberGivenName, familyName),
        member.dateOfBirth,
        member.seekingWork,
        member.position,
        arrival.cprRegisteredOn,
      ]);
    }
    if (arrival.linkOpenedOn) {
      // An unreachable link: random hash and salt, so no token exists for it.
      const createdAt = `${arrival.arrivalDate}T09:00:00Z`;
      linkRows.push([
        randomUUID(),
        id,
        createHash("sha256").update(randomBytes(16)).digest("hex"),
        `\\x${randomBytes(32).toString("hex")}`,
        createdAt,
        `${addMonths(arrival.arrivalDate, 12)}T09:00:00Z`,
        `${arrival.linkOpenedOn}T12:00:00Z`,
      ]);
      event(id, "link.open", arrival.linkOpenedOn);
      for (const [offset, step] of tickedSteps.entries()) {
        const tickedOn = addDays(arrival.linkOpenedOn, offset);
        tickRows.push([randomUUID(), id, step.key, stepMemberId(step), `${tickedOn < today ? tickedOn : today}T06:00:00Z`]);
      }
    }
    // Packets themselves are not stored (no synthetic PDF): their generation and download are, as audit events.
    if (arrival.packetGeneratedOn) event(id, "packet.generate", arrival.packetGeneratedOn);
    if (arrival.pdfDownloadedOn) event(id, "packet.download", arrival.pdfDownloadedOn);
  }
  return { arrivalRows, memberRows, linkRows, tickRows, eventRows, deadlineRows };
}

export type TSyntheticSeedOptions = {
  municipalityId: string;
  count: number;
  seed?: number;
  today?: Date;
  /**
   * Names as each nationality writes them (scripts/seeds/synthetic-names.ts), for the benchmarks of
   * search; otherwise "Syntetisk Tilflytter <n>", which no demo household or test name can meet.
   */
  hasRealisticNames?: boolean;
  /** Caseworkers the households are assigned to in turn (none: nobody's). */
  assignees?: readonly string[];
  onProgress?: (done: number) => void;
  /** Called when the rows are in and the statistics rollups are being rebuilt (about a minute per million). */
  onStatisticsRebuild?: () => void;
};

/**
 * Adds `count` synthetic arrivals to the municipality, in batches, each batch in one transaction.
 * The statistics rollups are rebuilt once at the end rather than refreshed by every batch's triggers.
 */
export async function seedSyntheticArrivals(client: pg.Client, options: TSyntheticSeedOptions): Promise<void> {
  const found = await client.query<TMunicipality>(`SELECT id, "postalCode", city, "stepRulesRevision" FROM "Municipality" WHERE id = $1`, [
    options.municipalityId,
  ]);
  const municipality = found.rows[0];
  if (!municipality) throw new Error(`No municipality ${options.municipalityId}`);
  const random = createRandom(options.seed ?? 1);
  const today = toIsoDate(options.today ?? new Date());
  const now = new Date().toISOString();
  const offset = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Arrival" WHERE "municipalityId" = $1`, [municipality.id])).rows[0]!.n);
  await client.query("SET ankomst.stats_bulk_load = 'on'");
  try {
    await copyBatches(client, municipality, options, random, today, now, offset);
  } finally {
    options.onStatisticsRebuild?.();
    await client.query("RESET ankomst.stats_bulk_load");
    await client.query("SELECT stats_rebuild($1)", [municipality.id]);
  }
  await client.query(
    `ANALYZE "Arrival", "HouseholdMember", "PersonalLink", "StepProgress", "StepDeadline", "AuditEvent", "StatsArrivalDay", "StatsArrivalMonth", "StatsEventDay"`,
  );
}

async function copyBatches(
  client: pg.Client,
  municipality: TMunicipality,
  options: TSyntheticSeedOptions,
  random: () => number,
  today: string,
  now: string,
  offset: number,
) {
  const steps = await client.query<TDefinitionRow>(
    `SELECT key, section, position, rules, "deadlineRule", "placeId" FROM "CatalogueStep" WHERE "municipalityId" = $1 AND "isActive"`,
    [municipality.id],
  );
  const offices = await client.query<{ id: string; weeklyHours: unknown }>(`SELECT id, "weeklyHours" FROM "Office" WHERE "municipalityId" = $1`, [
    municipality.id,
  ]);
  // As refreshStoredSteps computes them: the municipality's steps, deadlines on days their places are open.
  const context = stepContextOf(steps.rows, offices.rows);
  for (let start = 0; start < options.count; start += BATCH_SIZE) {
    const size = Math.min(BATCH_SIZE, options.count - start);
    const arrivals = Array.from({ length: size }, (_, index) => syntheticArrival(random, offset + start + index + 1, today));
    const { arrivalRows, memberRows, linkRows, tickRows, eventRows, deadlineRows } = rowsFor(arrivals, municipality, {
      now,
      today,
      context,
      assignees: options.assignees ?? [],
      hasRealisticNames: options.hasRealisticNames ?? false,
    });
    await client.query("BEGIN");
    try {
      await copyRows(client, "Arrival", ARRIVAL_COLUMNS, arrivalRows);
      await copyRows(
        client,
        "HouseholdMember",
        ["id", "arrivalId", "kind", "givenName", "familyName", "searchName", "dateOfBirth", "seekingWork", "position", "cprRegisteredOn"],
        memberRows,
      );
      await copyRows(client, "PersonalLink", ["id", "arrivalId", "tokenHash", "tokenSalt", "createdAt", "expiresAt", "lastOpenedAt"], linkRows);
      await copyRows(client, "StepProgress", ["id", "arrivalId", "stepKey", "householdMemberId", "completedAt"], tickRows);
      await copyRows(client, "StepDeadline", ["id", "arrivalId", "municipalityId", "stepKey", "householdMemberId", "deadline", "isDone"], deadlineRows);
      await copyRows(client, "AuditEvent", ["municipalityId", "action", "entityType", "entityId", "occurredAt"], eventRows);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    options.onProgress?.(start + size);
  }
}

const ARRIVAL_COLUMNS = [
  "id",
  "municipalityId",
  "givenName",
  "familyName",
  "latinName",
  "searchName",
  "dateOfBirth",
  "nationality",
  "packetLanguage",
  "arrivalDate",
  "addressLine",
  "postalCode",
  "city",
  "residenceBasis",
  "employerOrSchool",
  "expectedStayMonths",
  "cprRegistered",
  "cprRegisteredOn",
  "version",
  "createdAt",
  "updatedAt",
  "applicableStepIds",
  "stepRulesVersion",
  "stepRulesRevision",
  "email",
  "createdById",
  "assignedToId",
  "lastWorkedById",
  "nextOpenDeadline",
  "lastOpenDeadline",
  "openStepKeys",
  "openStepDeadlines",
  "unopenedPacketSince",
];
