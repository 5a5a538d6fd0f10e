import { termFeedRoute } from "@/components/feed/term-feed-route";

// Written once per tag and language at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = termFeedRoute("tags", "atom");
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
