import type { Locale } from "@/i18n/routing";
import { NewsletterBox } from "./newsletter-box";
import { SubscribeLink } from "./subscribe-link";
import { WechatAccount } from "./wechat-account";
import { WechatShare } from "./wechat-share";

/**
 * The end of a post: sharing it to WeChat, the email form, the WeChat account
 * (Chinese posts: that is where Chinese readers follow a weekly) and the way
 * to every other feed.
 */
export function FollowLinks({ locale, url }: { locale: Locale; url: string }) {
  return (
    // Not part of the post for search: Pagefind would otherwise take the share QR code as the post's image.
    <div data-follow data-pagefind-ignore="all">
      <WechatShare url={url} />
      <NewsletterBox id="post-email" compact />
      {locale === "zh" && <WechatAccount />}
      <SubscribeLink locale={locale} />
    </div>
  );
}
