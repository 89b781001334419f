import { InputField } from "./InputField";

type TDateRangeFieldsProps = {
  idPrefix?: string;
  labels: { from: string; to: string };
  from?: string;
  to?: string;
  errors?: { from?: string; to?: string };
};

/** The "from" and "to" date fields of a GET form (a search, a period), named from and to. */
export function DateRangeFields({ idPrefix = "", labels, from, to, errors }: TDateRangeFieldsProps) {
  return (
    <>
      <InputField id={`${idPrefix}from`} name="from" type="date" label={labels.from} defaultValue={from} error={errors?.from} />
      <InputField id={`${idPrefix}to`} name="to" type="date" label={labels.to} defaultValue={to} error={errors?.to} />
    </>
  );
}
