type TDateRangeFieldsProps = { idPrefix?: string; labels: { from: string; to: string }; from?: string; to?: string };

/** The "from" and "to" date fields of a GET form (a search, a period), named from and to. */
export function DateRangeFields({ idPrefix = "", labels, from, to }: TDateRangeFieldsProps) {
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}from`}>
          {labels.from}
        </label>
        <input className="form-input" id={`${idPrefix}from`} name="from" type="date" defaultValue={from ?? ""} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}to`}>
          {labels.to}
        </label>
        <input className="form-input" id={`${idPrefix}to`} name="to" type="date" defaultValue={to ?? ""} />
      </div>
    </>
  );
}
