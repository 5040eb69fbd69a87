import type { Locator, Page } from "@playwright/test";

/**
 * Every breadcrumb separator that is not on the same line as the first line of the link it
 * introduces, measured from the boxes the browser laid out (a separator at the end of one line
 * with its link on the next reads as a stray mark, and the trail as two). Also every crumb after
 * the first without a separator.
 */
export async function strandedSeparators(page: Page): Promise<string[]> {
  return page.locator("nav.breadcrumbs li").evaluateAll((items) =>
    items.flatMap((item, index) => {
      const link = item.querySelector("a");
      const separator = item.querySelector(".breadcrumbs__separator");
      const name = link?.textContent ?? "";
      if (index === 0) return separator ? [`"${name}" is first but has a separator`] : [];
      if (!link || !separator) return [`"${name}" has no separator`];
      const range = document.createRange();
      range.selectNodeContents(link);
      const firstLine = range.getClientRects()[0];
      const mark = separator.getBoundingClientRect();
      if (!firstLine) return [`"${name}" is not laid out`];
      const middle = (mark.top + mark.bottom) / 2;
      const sameLine = middle > firstLine.top && middle < firstLine.bottom;
      const before = mark.right <= firstLine.left + 0.5;
      return sameLine && before
        ? []
        : [
            `the separator before "${name}" is at (${Math.round(mark.left)}, ${Math.round(mark.top)}), ` +
              `its first line at (${Math.round(firstLine.left)}, ${Math.round(firstLine.top)})`,
          ];
    }),
  );
}

/**
 * How light the background is just inside the left and right edges of an element, as drawn on
 * screen (0 black, 1 white): the median of a column of pixels 2 px in from each side, so words
 * crossing the edge do not count. Read from a screenshot, decoded by the page's own canvas.
 */
export async function edgeLightness(
  page: Page,
  element: Locator,
): Promise<{ left: number; right: number }> {
  const png = (await element.screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const column = (x: number) => {
      const { data: pixels } = context.getImageData(x, 0, 1, image.height);
      const values: number[] = [];
      for (let i = 0; i < pixels.length; i += 4) {
        values.push(
          (0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!) / 255,
        );
      }
      values.sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)]!;
    };
    return { left: column(2), right: column(image.width - 3) };
  }, png);
}
