import { expect, test, untilInteractive } from "./support/test";

// A browser makes each element id a global variable. Ids in posts follow the
// item-id rule (lowercase, digits, hyphens), so none can replace what Next.js
// reads at startup (`__next_f`, `TURBOPACK`: refused, test/hostile.test.ts);
// the MDX fixture gives lowercase names that scripts commonly test for, and
// its page still comes alive.
const PATH = "/en/posts/mdx-service-mesh-roundup";
const IDS = ["next", "process", "module", "define"];

test("a post whose ids are names scripts look for still hydrates", async ({ page }) => {
  const failures: string[] = [];
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto(PATH);
  await untilInteractive(page);
  for (const id of IDS) await expect(page.locator(`article [id="${id}"]`)).toHaveCount(1);

  const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? "");
  const before = await theme();
  await page.getByRole("button", { name: "Toggle dark mode" }).click();
  await expect.poll(theme).not.toBe(before);
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  await page.getByRole("banner").getByRole("link", { name: "Archive" }).click();
  await expect(page).toHaveURL("/en/archive");
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  expect(failures).toEqual([]);
});
