import { scriptRuns } from "@/lib/text/script-language";

/**
 * A packet text whose names in another script carry their own language (WCAG 3.1.2, Language of
 * Parts), as the PDF's language spans do: a screen reader reads "Олена" in Ukrainian.
 */
export function NameLanguages({ text, nameLanguages }: { text: string; nameLanguages: Record<string, string> }) {
  const runs = scriptRuns(text);
  if (!runs.some((run) => nameLanguages[run.script ?? ""])) return text;
  return runs.map((run, index) => {
    const lang = nameLanguages[run.script ?? ""];
    return lang ? (
      <span lang={lang} key={index}>
        {run.text}
      </span>
    ) : (
      run.text
    );
  });
}
