type Props = { href: string; note: string; link: string };

/** Said plainly, instead of a 404 or a silent switch of language. */
export function NotTranslated({ href, note, link }: Props) {
  return (
    <p data-not-translated className="mb-6 rounded-xl border border-line bg-card px-4 py-3 text-sm">
      {note}{" "}
      <a href={href} className="font-bold text-accent underline">
        {link}
      </a>
    </p>
  );
}
