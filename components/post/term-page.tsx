import type { ReactNode } from "react";
import type { Alternate } from "@/components/layout/locale-switcher";
import { SiteHeader } from "@/components/layout/site-header";
import type { Post } from "@/lib/content";
import { PostList } from "./post-list";

type Props = { locale: string; alternate: Alternate; title: string; description: string; posts: Post[]; children?: ReactNode };

/** A list of posts sharing a tag or a category. */
export function TermPage({ locale, alternate, title, description, posts, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} alternate={alternate} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-extrabold tracking-tight">{title}</h1>
        <p className="mt-2 text-muted">{description}</p>
        {children}
        <div className="mt-8">
          <PostList posts={posts} />
        </div>
      </main>
    </>
  );
}
