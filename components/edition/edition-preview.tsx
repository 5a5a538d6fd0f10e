import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ContentErrors } from "@/components/post/content-errors";
import type { LoadedEdition } from "@/lib/edition/load";
import { CopyButton } from "./copy-button";
import { renderEditions } from "./render";

type Props = { slug: string; loaded: Exclude<LoadedEdition, { kind: "missing" }> };

function Pane({ id, title, help, children }: { id: string; title: string; help: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 max-w-full">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-1 mb-3 max-w-[37.5rem] text-sm text-muted">{help}</p>
      {children}
    </section>
  );
}

/**
 * The email at 600 px and the WeChat article at 375 px, each in a frame of
 * its own (so the site's styles do not leak in) and with its copy button.
 */
export async function EditionPreview({ slug, loaded }: Props) {
  const t = await getTranslations("EditionPreview");
  const command = t.rich("command", { slug, code: (chunks) => <code className="font-mono text-sm">{chunks}</code> });
  if (loaded.kind === "invalid") {
    return (
      <>
        <p className="mt-2 text-muted">{command}</p>
        <ContentErrors issues={loaded.issues} />
      </>
    );
  }
  const { email, wechat } = await renderEditions(loaded.edition);
  // A ring, not a border: the frames are exactly 600 and 375 px wide inside.
  const frame = "mt-3 block h-[80vh] max-w-full rounded-lg bg-white ring-1 ring-line";
  return (
    <>
      <p className="mt-2 text-muted">{command}</p>
      {loaded.edition.post.status !== "published" && (
        <p className="mt-4 rounded-xl border-2 border-amber-500 bg-amber-100 px-4 py-3 font-bold text-amber-950">{t("unpublished")}</p>
      )}
      <div className="mt-8 flex flex-wrap items-start gap-8">
        <Pane id="edition-email" title={t("email")} help={t("emailHelp")}>
          <CopyButton as="source" html={email.html} label={t("copyEmail")} copied={t("copied")} failed={t("copyFailed")} />
          <iframe title={t("emailFrame")} srcDoc={email.html} width={600} sandbox="allow-popups allow-popups-to-escape-sandbox" className={frame} />
        </Pane>
        <Pane id="edition-wechat" title={t("wechat")} help={t("wechatHelp")}>
          <CopyButton as="rich" html={wechat.html} label={t("copyWechat")} copied={t("copied")} failed={t("copyFailed")} />
          <iframe title={t("wechatFrame")} srcDoc={wechat.document} width={375} sandbox="allow-popups allow-popups-to-escape-sandbox" className={frame} />
          {wechat.images.length > 0 && (
            <div className="mt-4 max-w-[23.4rem] text-sm">
              <p className="font-bold">{t("images")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 break-all">
                {wechat.images.map((src) => (
                  <li key={src}>
                    <code>{src}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Pane>
      </div>
    </>
  );
}
