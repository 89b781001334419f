"use client";

import { useId, useState } from "react";
import { foldForSearch } from "@/lib/arrivals/search-name";
import type { TCountryOption } from "@/lib/countries/country-options";

type TCountrySelectProps = {
  id: string;
  name: string;
  value: string;
  onChange: (code: string) => void;
  options: readonly TCountryOption[];
  labels: { filter: string; filterHint: string; choose: string; matchCount: (count: number) => string };
  describedBy?: string;
  isInvalid: boolean;
};

/**
 * A native select (keyboard and screen reader friendly as it is) with a filter field above it:
 * typing "tys" or "germ" narrows the list to Germany.
 */
export function CountrySelect({ id, name, value, onChange, options, labels, describedBy, isInvalid }: TCountrySelectProps) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const folded = foldForSearch(filter);
  const isMatch = (option: TCountryOption) => foldForSearch(option.name).includes(folded) || option.code === folded.toUpperCase();
  // The chosen country stays in the list, so the select never shows a value it does not offer.
  const visible = folded ? options.filter((option) => isMatch(option) || option.code === value) : options;
  const matchCount = folded ? options.filter(isMatch).length : options.length;
  return (
    <>
      <div className="country-filter">
        <label className="form-label weight-normal" htmlFor={filterId}>
          {labels.filter}
        </label>
        <span className="form-hint" id={`${filterId}-hint`}>
          {labels.filterHint}
        </span>
        <input
          className="form-input input-width-m"
          id={filterId}
          type="search"
          value={filter}
          autoComplete="off"
          aria-describedby={`${filterId}-hint`}
          aria-controls={id}
          onChange={(event) => {
            setFilter(event.target.value);
            const match = options.filter((option) => foldForSearch(option.name).includes(foldForSearch(event.target.value)));
            if (match.length === 1 && match[0]) onChange(match[0].code);
          }}
        />
        {/* Screen reader users hear how far the list has narrowed, as they would see it. */}
        <span className="sr-only" aria-live="polite">
          {folded ? labels.matchCount(matchCount) : ""}
        </span>
      </div>
      <select
        className="form-select"
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={isInvalid || undefined}
      >
        <option value="">{labels.choose}</option>
        {visible.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </>
  );
}
