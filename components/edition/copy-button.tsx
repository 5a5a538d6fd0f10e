"use client";

import { useState } from "react";

type Props = {
  /** What goes on the clipboard: HTML to paste as rich text, or HTML source as text. */
  html: string;
  as: "rich" | "source";
  label: string;
  copied: string;
  failed: string;
};

/** Without the async Clipboard API (an insecure origin, an older browser): a copy event carries both types. */
function copyWithEvent(data: Record<string, string>) {
  const onCopy = (event: ClipboardEvent) => {
    for (const [type, value] of Object.entries(data)) event.clipboardData?.setData(type, value);
    event.preventDefault();
  };
  document.addEventListener("copy", onCopy, { once: true });
  const ok = document.execCommand("copy");
  document.removeEventListener("copy", onCopy);
  if (!ok) throw new Error("copy refused");
}

async function copy(html: string, as: Props["as"]) {
  if (as === "source") {
    if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(html);
    return copyWithEvent({ "text/plain": html });
  }
  const text = new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
  if (navigator.clipboard?.write && typeof ClipboardItem !== "undefined") {
    const blob = (value: string, type: string) => new Blob([value], { type });
    return navigator.clipboard.write([new ClipboardItem({ "text/html": blob(html, "text/html"), "text/plain": blob(text, "text/plain") })]);
  }
  return copyWithEvent({ "text/html": html, "text/plain": text });
}

/** Copies an edition: the WeChat article as rich text for the 公众号 editor, the email as its HTML source. */
export function CopyButton({ html, as, label, copied, failed }: Props) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const onClick = async () => {
    try {
      await copy(html, as);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={onClick} className="rounded-full bg-accent px-4 py-2 text-sm font-normal text-page hover:opacity-90">
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === "copied" ? copied : state === "failed" ? failed : ""}
      </span>
    </div>
  );
}
