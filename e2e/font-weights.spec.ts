import { expect, test } from "./support/test";

// The site sets text in two weights, 400 and 700 (app/globals.css). Every
// further weight is another font face the browser must match and load before
// its first layout, so a stray `font-semibold` or a plugin's 600 is a cost on
// every page view, not only a style question.
const pages = [
  "/zh",
  "/en",
  "/zh/posts/sovereign-edge-ai-kubernetes",
  "/en/posts/sovereign-edge-ai-kubernetes",
  "/zh/posts/mdx-service-mesh-roundup",
  "/en/posts/year-end-observability-review",
  "/zh/tags",
  "/en/tags/kubernetes",
  "/zh/categories/社区",
  "/en/archive",
  "/zh/archive/2026",
  "/en/search",
  "/zh/posts/does-not-exist",
];

/** The computed weight of every element that holds visible text of its own, grouped by weight. */
function weightsOnPage() {
  const byWeight: Record<string, string[]> = {};
  for (const el of document.body.querySelectorAll("*")) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
    if (!ownText || !(el as HTMLElement).checkVisibility?.()) continue;
    const weight = getComputedStyle(el).fontWeight;
    (byWeight[weight] ??= []).push(`<${el.tagName.toLowerCase()}> ${el.textContent!.trim().slice(0, 40)}`);
  }
  return byWeight;
}

test.describe("two font weights", () => {
  for (const path of pages) {
    test(`${path} sets its text in 400 and 700 only`, async ({ page }) => {
      await page.goto(encodeURI(path));
      const byWeight = await page.evaluate(weightsOnPage);
      const others = Object.fromEntries(Object.entries(byWeight).filter(([w]) => w !== "400" && w !== "700"));
      expect(others, `text in other weights on ${path}`).toEqual({});
      // Not vacuous: body text is regular and the page's heading bold.
      expect(Object.keys(byWeight)).toContain("400");
      expect(await page.locator("h1").first().evaluate((h) => getComputedStyle(h).fontWeight)).toBe("700");
    });
  }

  test("a digest's section titles are as bold as headings, though they are links", async ({ page }) => {
    await page.goto("/en/posts/sovereign-edge-ai-kubernetes");
    await expect(page.locator("h2#main-news a")).toHaveCSS("font-weight", "700");
    await expect(page.locator("h2#analysis a")).toHaveCSS("font-weight", "700");
  });

  test("a post body's own elements map onto the two weights, bold inside bold included", async ({ page }) => {
    await page.goto("/zh/posts/sovereign-edge-ai-kubernetes");
    // Every element the typography plugin gives its own weight (500, 600, 800, 900),
    // as Markdown and MDX can write them, put into the post's body.
    const weights = await page.evaluate(() => {
      const body = document.querySelector("article .prose")!;
      const probe = document.createElement("div");
      probe.innerHTML = `<h1 data-w="h1">t <strong data-w="h1 strong">b</strong></h1><h2 data-w="h2">t <strong data-w="h2 strong">b</strong> <a data-w="h2 a" href="#y">l</a></h2>
        <h3 data-w="h3">t <strong data-w="h3 strong">b</strong></h3><h4 data-w="h4">t</h4>
        <p data-w="p">t <strong data-w="strong">b</strong> <a data-w="a" href="#x">l</a> <code data-w="code">c</code> <kbd data-w="kbd">k</kbd></p>
        <blockquote data-w="blockquote">q</blockquote><dl><dt data-w="dt">d</dt><dd>e</dd></dl>
        <table><thead><tr><th data-w="thead th">h</th></tr></thead><tbody><tr><td data-w="td">c</td></tr></tbody></table>`;
      body.append(probe);
      return Object.fromEntries([...probe.querySelectorAll("[data-w]")].map((el) => [el.getAttribute("data-w"), getComputedStyle(el).fontWeight]));
    });
    expect(weights).toEqual({
      h1: "700", "h1 strong": "700", h2: "700", "h2 strong": "700", "h2 a": "700", h3: "700", "h3 strong": "700", h4: "700",
      p: "400", strong: "700", a: "400", code: "700", kbd: "400", blockquote: "400", dt: "700", "thead th": "700", td: "400",
    });
  });
});
