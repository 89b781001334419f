import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DKFDS_ICON_PATHS } from "@/components/ui/dkfds-icons";

describe("the design system's icons", () => {
  it.each(Object.entries(DKFDS_ICON_PATHS))("draws %s exactly as the dkfds package's own file", (name, pathData) => {
    const file = readFileSync(path.resolve("node_modules/dkfds/dist/img/svg-icons", `${name}.svg`), "utf8");
    expect(file).toContain('viewBox="0 -960 960 960"');
    expect([...file.matchAll(/ d="([^"]+)"/g)].map((match) => match[1])).toEqual([pathData]);
  });
});
