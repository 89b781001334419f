/**
 * What must not depend on which instance answers (docs/decisions/009-scaling-past-one-machine.md),
 * tried against the two instances directly, before the load starts:
 * - a session begun on one instance works on the other, and signing out on that one ends it on both;
 * - wrong-link guesses counted on either instance add up, and the refusal holds on both;
 * - a newcomer page cached by one instance shows a tick and a catalogue edit made on the other;
 * - the public page (cached per instance for a few seconds) shows an edit made on the other within 5 s.
 */
import { WRONG_LINK_RULE } from "@/lib/newcomer/open-welcome-link";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";
import { formFieldsOf, hiddenFieldsOf } from "./html-forms";
import { signInOverHttp, signOutOverHttp } from "./staff-sign-in";

export type TCheck = { name: string; ok: boolean; detail: string };

const DEMO_PASSWORD = "ankomst-demo";
const PUBLIC_EDIT_WITHIN_MS = 5_000;
/** A client address of its own (the instances trust one proxy hop), so the refusal it earns touches no one else. */
const GUESSER = "198.51.100.23";

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: "manual" });
  return { status: response.status, body: await response.text(), location: response.headers.get("location") };
}

async function post(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const response = await fetch(url, { method: "POST", body, headers: { Origin: new URL(url).origin, ...headers }, redirect: "manual" });
  return { status: response.status, body: await response.text(), location: response.headers.get("location") };
}

async function sessionsAcrossInstances(a: string, b: string): Promise<TCheck> {
  const cookie = await signInOverHttp(a, "caseworker@herning.demo", DEMO_PASSWORD);
  const onB = await get(`${b}/en/arrivals`, { Cookie: cookie });
  const signedOut = await signOutOverHttp(b, cookie);
  const afterOnA = await get(`${a}/en/arrivals`, { Cookie: cookie });
  const ok = onB.status === 200 && afterOnA.status !== 200 && (afterOnA.location ?? "").includes("/sign-in");
  return {
    name: "session: begun on A, used on B, ended on B, refused on A",
    ok,
    detail: `B with A's session ${onB.status}; sign-out on B ${signedOut}; A afterwards ${afterOnA.status} → ${afterOnA.location}`,
  };
}

async function wrongLinkLimitAcrossInstances(a: string, b: string, realToken: string): Promise<TCheck> {
  const asGuesser = { "X-Forwarded-For": GUESSER };
  const before = await get(`${b}/en/welcome/${realToken}`, asGuesser);
  const guesses: number[] = [];
  // More than WRONG_LINK_RULE.points (10) wrong guesses within its window refuse the client.
  for (let guess = 0; guess <= WRONG_LINK_RULE.points; guess++) {
    const wrong = `${realToken.slice(0, -6)}${String(guess).padStart(6, "x")}`;
    guesses.push((await get(`${guess % 2 ? b : a}/en/welcome/${wrong}`, asGuesser)).status);
  }
  const [afterOnA, afterOnB] = await Promise.all([get(`${a}/en/welcome/${realToken}`, asGuesser), get(`${b}/en/welcome/${realToken}`, asGuesser)]);
  return {
    name: "wrong-link limit: 11 guesses spread over A and B refuse the guesser on both",
    ok:
      before.status === 200 && guesses.slice(0, WRONG_LINK_RULE.points).every((status) => status === 404) && afterOnA.status === 429 && afterOnB.status === 429,
    detail: `real link before ${before.status}; guesses answered ${guesses.join(" ")}; real link after: A ${afterOnA.status}, B ${afterOnB.status}`,
  };
}

async function newcomerCacheAcrossInstances(a: string, b: string, link: { token: string; stepId: string; stepKey: string }): Promise<TCheck[]> {
  const page = `/en/welcome/${link.token}`;
  const stepButton = (html: string) => new RegExp(`<button[^>]*value="${link.stepKey}:(yes|no)"`).exec(html)?.[1];
  const first = await get(`${b}${page}`); // B renders and caches the page's packet model
  const checklist = hiddenFieldsOf(first.body, "form.checklist-form");
  // Whichever way the load left the step (its newcomers tick at random), A turns it over.
  const offered = stepButton(first.body);
  const ticked = checklist && offered ? await post(`${a}${page}`, { ...checklist, toggle: `${link.stepKey}:${offered}` }) : null;
  const afterTick = await get(`${b}${page}`);
  const tickCheck: TCheck = {
    name: "newcomer page: a tick made on A shows on B, which had the page cached",
    ok: offered !== undefined && ticked?.status === 303 && stepButton(afterTick.body) === (offered === "yes" ? "no" : "yes"),
    detail: `before on B: offers "${stepButton(first.body)}"; tick on A ${ticked?.status}; after on B: offers "${stepButton(afterTick.body)}"`,
  };

  const admin = await signInOverHttp(a, "admin@herning.demo", DEMO_PASSWORD);
  const editorPath = `/en/admin/catalogue/${link.stepId}/en`;
  const editor = await get(`${a}${editorPath}`, { Cookie: admin });
  const fields = formFieldsOf(editor.body, "form.step-text-form");
  const newTitle = `Register for a CPR number (edited ${Date.now().toString(36)})`;
  const saved = fields ? await post(`${a}${editorPath}`, { ...fields, title: newTitle }, { Cookie: admin }) : null;
  const afterEdit = await get(`${b}${page}`);
  const editCheck: TCheck = {
    name: "newcomer page: a catalogue edit saved on A shows on B at once",
    ok: editor.status === 200 && saved?.status === 200 && afterEdit.body.includes(newTitle),
    detail: `editor on A ${editor.status}; save on A ${saved?.status}; new title on B: ${afterEdit.body.includes(newTitle)}`,
  };
  return [tickCheck, editCheck];
}

async function publicPageAcrossInstances(a: string, b: string): Promise<TCheck> {
  const before = await get(`${b}${publicWelcomePath("en", "herning")}`); // B renders its public page first
  const admin = await signInOverHttp(a, "admin@herning.demo", DEMO_PASSWORD);
  const settings = await get(`${a}/en/admin/settings`, { Cookie: admin });
  const fields = formFieldsOf(settings.body, "form.letterhead-form");
  const phone = `+45 ${String(Date.now() % 100_000_000)
    .padStart(8, "1")
    .replace(/(\d{2})(?=\d)/g, "$1 ")}`;
  const saved = fields ? await post(`${a}/en/admin/settings`, { ...fields, phone }, { Cookie: admin }) : null;
  const savedAt = Date.now();
  const onA = await get(`${a}${publicWelcomePath("en", "herning")}`);
  // B keeps its rendered copy until its short lifetime ends (docs/decisions/005): asked every quarter second.
  let secondsOnB: number | null = null;
  while (secondsOnB === null && Date.now() - savedAt < PUBLIC_EDIT_WITHIN_MS) {
    if ((await get(`${b}${publicWelcomePath("en", "herning")}`)).body.includes(phone)) secondsOnB = (Date.now() - savedAt) / 1000;
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    name: `public page: the municipality's contact edited on A shows on A at once and on B within ${PUBLIC_EDIT_WITHIN_MS / 1000} s`,
    ok: before.status === 200 && saved?.status === 200 && onA.body.includes(phone) && secondsOnB !== null,
    detail: `B before ${before.status}; save on A ${saved?.status}; new phone on A: ${onA.body.includes(phone)}; on B after ${secondsOnB ?? "more than 5"} s`,
  };
}

export async function checkAcrossInstances(
  instances: [string, string],
  link: { token: string; stepId: string; stepKey: string },
  spareToken: string,
): Promise<TCheck[]> {
  const [a, b] = instances;
  const run = async (name: string, check: () => Promise<TCheck | TCheck[]>): Promise<TCheck[]> => {
    try {
      return [await check()].flat();
    } catch (error) {
      return [{ name, ok: false, detail: error instanceof Error ? error.message : String(error) }];
    }
  };
  return [
    ...(await run("sessions", () => sessionsAcrossInstances(a, b))),
    ...(await run("wrong-link limit", () => wrongLinkLimitAcrossInstances(a, b, spareToken))),
    ...(await run("newcomer cache", () => newcomerCacheAcrossInstances(a, b, link))),
    ...(await run("public page", () => publicPageAcrossInstances(a, b))),
  ];
}
