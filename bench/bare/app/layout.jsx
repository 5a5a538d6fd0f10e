// The reference "bare Next.js page" the JavaScript budget is measured against:
// the framework's own runtime and nothing else.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
