import type { Post } from "@/lib/content";
import { PostCard } from "./post-card";

export function PostList({ posts, headingLevel }: { posts: Post[]; headingLevel?: 2 | 3 }) {
  return (
    <ol className="grid gap-5">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
