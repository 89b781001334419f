"use client";

import { useState } from "react";

export function CopyLinkButton({ url, labels }: { url: string; labels: { copy: string; copied: string } }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(url);
          setIsCopied(true);
        }}
      >
        {labels.copy}
      </button>
      <span role="status" className="copy-status">
        {isCopied ? labels.copied : ""}
      </span>
    </>
  );
}
