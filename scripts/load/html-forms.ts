/** Reading pages as a browser without JavaScript does: which fields a form posts, which buttons it has. */
import { parse } from "node-html-parser";

/** The hidden fields of the first form that matches (they carry the server action's id and its bound state). */
export function hiddenFieldsOf(html: string, formSelector: string): Record<string, string> | null {
  const form = parse(html).querySelector(formSelector);
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const input of form.querySelectorAll('input[type="hidden"]')) {
    const name = input.getAttribute("name");
    if (name) fields[name] = input.getAttribute("value") ?? "";
  }
  return fields;
}

export function attributeValues(html: string, selector: string, attribute: string): string[] {
  return parse(html)
    .querySelectorAll(selector)
    .map((element) => element.getAttribute(attribute))
    .filter((value): value is string => value !== undefined);
}

/** Every field of the first form that matches as the browser would post it unchanged: inputs, checked boxes, selects, text areas. */
export function formFieldsOf(html: string, formSelector: string): Record<string, string> | null {
  const form = parse(html).querySelector(formSelector);
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const input of form.querySelectorAll("input")) {
    const name = input.getAttribute("name");
    const type = input.getAttribute("type") ?? "text";
    if (!name || type === "submit" || type === "button") continue;
    if ((type === "radio" || type === "checkbox") && !input.hasAttribute("checked")) continue;
    fields[name] = input.getAttribute("value") ?? (type === "checkbox" ? "on" : "");
  }
  for (const select of form.querySelectorAll("select")) {
    const name = select.getAttribute("name");
    const option = select.querySelector("option[selected]") ?? select.querySelector("option");
    if (name) fields[name] = option?.getAttribute("value") ?? option?.textContent ?? "";
  }
  for (const area of form.querySelectorAll("textarea")) {
    const name = area.getAttribute("name");
    if (name) fields[name] = area.textContent;
  }
  return fields;
}
