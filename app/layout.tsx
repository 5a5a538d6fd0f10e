import type { ReactNode } from "react";

// The root layout lives in app/[locale]/layout.tsx; this one exists only so that
// app/not-found.tsx can render for paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
