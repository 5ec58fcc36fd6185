// Accessibility measurements for the browser tests: in-page functions that read colours and focus
// rings from the cards' real computed styles (self-contained, sent as source text), and the WCAG 2
// contrast ratio computed from them here.

/** The gallery's cards in the full layout (www/gallery.html), measured one by one. */
export const GALLERY_CARDS = ["card-mirtazapine", "card-gabapentin", "card-es", "card-ar", "card-dark", "card-strings", "card-error", "card-error-ar"];

// The two functions below run in the page, each serialised on its own (WebDriver's execute and
// Playwright's evaluate send a function's source), so each carries its own `background`: the
// first non-transparent background behind an element, across the shadow boundary up to the
// canvas, white when nothing sets one.

/**
 * In the page: every visible text node in every card's shadow tree, with the colour of its text
 * and the background behind it: [{ card, text, color, background, disclaimer }].
 */
export function cardTexts() {
  const background = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const value = getComputedStyle(node).backgroundColor;
      if (!/^rgba\(.*, 0\)$/.test(value) && value !== "transparent") return value;
    }
    return "rgb(255, 255, 255)";
  };
  const texts = [];
  for (const card of document.querySelectorAll("med-card")) {
    const walker = document.createTreeWalker(card.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent.trim() || parent.closest(".medcard__sr-only")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      texts.push({
        card: card.id,
        text: node.textContent.trim().slice(0, 50),
        color: getComputedStyle(parent).color,
        background: background(parent),
        disclaimer: Boolean(parent.closest(".medcard__disclaimer")),
      });
    }
  }
  return texts;
}

/** In the page: the focused control's outline and box-shadow ring in card `id`, and the background around it. */
export function focusIndicator(id) {
  const background = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const value = getComputedStyle(node).backgroundColor;
      if (!/^rgba\(.*, 0\)$/.test(value) && value !== "transparent") return value;
    }
    return "rgb(255, 255, 255)";
  };
  const focused = document.getElementById(id).shadowRoot.activeElement;
  const style = getComputedStyle(focused);
  // Computed box-shadow: "rgb(r, g, b) 0px 0px 0px 5px".
  const shadow = style.boxShadow.match(/^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px$/);
  return {
    focused: focused.localName,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    outlineColor: style.outlineColor,
    outlineOffset: parseFloat(style.outlineOffset) || 0,
    shadowColor: shadow?.[1] ?? "rgba(0, 0, 0, 0)",
    shadowSpread: shadow ? parseFloat(shadow[2]) : 0,
    background: background(focused.parentElement),
  };
}

function channels(color) {
  // color-mix() computes to color(srgb r g b [/ alpha]), with channels from 0 to 1.
  const srgb = color.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/);
  if (srgb) {
    return { rgb: srgb.slice(1, 4).map((channel) => Number(channel) * 255), alpha: srgb[4] === undefined ? 1 : Number(srgb[4]) };
  }
  const match = color.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
  if (!match) throw new Error(`cannot read colour ${color}`);
  return { rgb: match.slice(1, 4).map(Number), alpha: match[4] === undefined ? 1 : Number(match[4]) };
}

function luminance(rgb) {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of `foreground` over an opaque `background` (CSS colour strings). */
export function contrastRatio(foreground, background) {
  const back = channels(background).rgb;
  const front = channels(foreground);
  // Translucent text is blended over the background, as it is drawn.
  const blended = front.rgb.map((value, index) => value * front.alpha + back[index] * (1 - front.alpha));
  const [light, dark] = [luminance(blended), luminance(back)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
