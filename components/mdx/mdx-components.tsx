import type { MDXComponents } from "mdx/types";
import { Analysis } from "@/components/digest/analysis";
import { Conclusion } from "@/components/digest/conclusion";
import { Lead } from "@/components/digest/lead";
import { MainNews } from "@/components/digest/main-news";
import { NewsCard } from "@/components/digest/news-card";
import { SourceList } from "@/components/digest/source-list";
import type { DIGEST_COMPONENTS } from "@/lib/content/compile";
import { MdxLink } from "./mdx-link";
import { MdxTable } from "./mdx-table";

/** The one registry of what a post's Markdown and MDX render with. */
export const mdxComponents = {
  a: MdxLink,
  table: MdxTable,
  Lead,
  MainNews,
  NewsItem: NewsCard,
  Analysis,
  Conclusion,
  SourceList,
} satisfies MDXComponents & Record<(typeof DIGEST_COMPONENTS)[number], unknown>;
