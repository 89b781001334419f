import type { ReactNode, Ref } from "react";
import { DkfdsIcon } from "./DkfdsIcon";

type TAlertProps = {
  variant: "success" | "error" | "warning" | "info";
  children: ReactNode;
  /** "status" for news that does not interrupt, "alert" for an error that must be heard now; none for a standing notice. */
  role?: "status" | "alert";
  id?: string;
  className?: string;
  tabIndex?: number;
  ref?: Ref<HTMLDivElement>;
};

/** A Det Fælles Designsystem alert with its icon; the body's paragraphs carry `alert-text`. */
export function Alert({ variant, children, role, id, className, tabIndex, ref }: TAlertProps) {
  return (
    <div className={`alert alert-${variant}${className ? ` ${className}` : ""}`} role={role} id={id} tabIndex={tabIndex} ref={ref}>
      <DkfdsIcon name={variant} className="alert-icon" />
      <div className="alert-body">{children}</div>
    </div>
  );
}

/** An alert that asks something of the reader, named by its heading: a region a screen reader can find. */
export function AlertRegion({
  variant,
  heading,
  headingId,
  id,
  className,
  children,
}: Omit<TAlertProps, "role" | "ref" | "tabIndex"> & { heading: ReactNode; headingId: string }) {
  return (
    <section className={`alert alert-${variant}${className ? ` ${className}` : ""}`} id={id} aria-labelledby={headingId}>
      <DkfdsIcon name={variant} className="alert-icon" />
      <div className="alert-body">
        <h3 className="alert-heading" id={headingId}>
          {heading}
        </h3>
        {children}
      </div>
    </section>
  );
}
