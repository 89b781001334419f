import { DKFDS_ICON_PATHS, type TDkfdsIconName } from "./dkfds-icons";

/** A design-system icon, decorative (its meaning is in the text beside it), sized by DKFDS's `.icon-svg`. */
export function DkfdsIcon({ name, className }: { name: TDkfdsIconName; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ""}`} viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
      <path d={DKFDS_ICON_PATHS[name]} />
    </svg>
  );
}
