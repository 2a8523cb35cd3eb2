// @ts-check
// Redoc 3 (what `redocly build-docs` renders with since Redocly CLI 2) styles the page with CSS
// custom properties and no longer reads the Redoc 2 `theme` object. The Vivamo theme stays declared
// once, in the `openapi.theme` section of redocly.yaml (the schema Redocly validates), and this
// module turns it into those CSS variables for the page template.

/**
 * @typedef {{
 *   colors?: {
 *     primary?: { main?: string },
 *     text?: { primary?: string, secondary?: string },
 *     border?: { dark?: string, light?: string },
 *   },
 *   typography?: {
 *     fontSize?: string,
 *     lineHeight?: string,
 *     fontFamily?: string,
 *     headings?: { fontFamily?: string, fontWeight?: string },
 *     code?: { fontFamily?: string, fontSize?: string },
 *     links?: { color?: string, hover?: string, visited?: string },
 *   },
 *   sidebar?: { backgroundColor?: string, textColor?: string, activeTextColor?: string, width?: string },
 *   rightPanel?: { backgroundColor?: string, textColor?: string },
 * }} Theme
 */

/**
 * CSS for the page: Redoc 3 variables set from the theme. Unknown or absent values are skipped so
 * Redoc's defaults apply.
 * @param {Theme | undefined} theme
 * @returns {string}
 */
export function themeToCss(theme = {}) {
  /** @type {[string, string | undefined][]} Fonts and the brand palette: both colour modes. */
  const always = [];
  /** @type {[string, string | undefined][]} Text, link and sidebar colours: light mode only. */
  const light = [];
  /** @type {[string, string | undefined][]} The brand palette reversed, for Redoc's dark mode. */
  const dark = [];
  const primary = theme.colors?.primary?.main;
  if (primary) {
    // Redoc's brand palette: 1 is the lightest tint, 6 the colour itself, 11 the darkest shade.
    const steps = [0.92, 0.8, 0.64, 0.46, 0.24, 0, -0.12, -0.24, -0.36, -0.48, -0.6];
    steps.forEach((amount, index) =>
      always.push([`--color-brand-${index + 1}`, mix(primary, amount)]),
    );
    always.push(["--text-color-on-color", "#ffffff"]);
    // Dark mode: the same hue, darkest first, so that "light" backgrounds stay dark.
    steps.forEach((amount, index) =>
      dark.push([
        `--color-brand-${index + 1}`,
        mix(primary, amount >= 0 ? -amount * 0.85 : -amount),
      ]),
    );
    light.push(["--link-color-primary-palette", theme.typography?.links?.color ?? primary]);
  }
  const text = theme.colors?.text;
  light.push(["--text-color-primary", text?.primary], ["--heading-text-color", text?.primary]);
  light.push(
    ["--text-color-secondary", text?.secondary],
    ["--text-color-description", text?.secondary],
  );
  light.push(["--border-color-primary", theme.colors?.border?.dark]);
  light.push(["--border-color-secondary", theme.colors?.border?.light]);

  const typography = theme.typography ?? {};
  always.push(
    ["--font-family-base", typography.fontFamily],
    ["--font-size-base", typography.fontSize],
  );
  always.push(["--line-height-base", typography.lineHeight]);
  always.push(["--heading-font-family", typography.headings?.fontFamily]);
  always.push(["--heading-font-weight", typography.headings?.fontWeight]);
  always.push(["--font-family-monospaced", typography.code?.fontFamily]);
  always.push(["--code-font-size", typography.code?.fontSize]);
  light.push(["--link-color-primary", typography.links?.color]);
  light.push(["--link-color-primary-hover", typography.links?.hover]);
  light.push(["--link-color-visited", typography.links?.visited ?? typography.links?.color]);

  const sidebar = theme.sidebar ?? {};
  always.push(["--sidebar-width", sidebar.width]);
  light.push(
    ["--sidebar-bg-color", sidebar.backgroundColor],
    ["--sidebar-text-color", sidebar.textColor],
  );
  light.push(["--menu-item-text-color", sidebar.textColor]);
  light.push(["--menu-item-color-active", sidebar.activeTextColor]);
  light.push(["--menu-item-color-active-hover", sidebar.activeTextColor]);
  light.push(["--code-panel-bg-color", theme.rightPanel?.backgroundColor]);

  // `html:root` outranks Redoc's own `:root` rules whatever order the style sheets load in;
  // `:not(.dark)` leaves Redoc's dark mode (`:root.dark`) its own text and background colours.
  return [
    rule("html:root", always),
    rule("html:root:not(.dark)", light),
    rule("html:root.dark", dark),
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * @param {string} selector
 * @param {[string, string | undefined][]} vars
 */
function rule(selector, vars) {
  const declarations = vars
    .filter(
      /** @returns {entry is [string, string]} */ (entry) =>
        typeof entry[1] === "string" && entry[1] !== "",
    )
    .map(([name, value]) => `  ${name}: ${cssValue(value)};`);
  return declarations.length ? `${selector} {\n${declarations.join("\n")}\n}\n` : "";
}

/**
 * Guides have nothing to show in Redoc's right panel: their sections (the guide's tag and its
 * headings, whose ids start with the guide's slug) get the width instead.
 * @param {string[]} slugs
 * @returns {string}
 */
export function guidesCss(slugs) {
  if (!slugs.length) return "";
  const sections = slugs
    .map((slug) => {
      if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`Unexpected guide slug "${slug}"`);
      return `[id="${slug}"], [id^="${slug}/"]`;
    })
    .join(", ");
  return [
    `:is(${sections}) [data-testid="middle-panel"] {\n  width: min(100%, 920px) !important;\n}`,
    `:is(${sections}) [data-testid="right-panel"] {\n  display: none !important;\n}`,
    "",
  ].join("\n");
}

/**
 * Mixes a hex colour with white (amount > 0) or black (amount < 0).
 * @param {string} hex `#rgb` or `#rrggbb`
 * @param {number} amount -1..1
 * @returns {string}
 */
export function mix(hex, amount) {
  const rgb = parseHex(hex);
  const target = amount >= 0 ? 255 : 0;
  const weight = Math.abs(amount);
  return (
    "#" +
    rgb
      .map((channel) => Math.round(channel + (target - channel) * weight))
      .map((channel) => channel.toString(16).padStart(2, "0"))
      .join("")
  );
}

/** @param {string} hex */
function parseHex(hex) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Theme colours must be hex (#rgb or #rrggbb), got "${hex}"`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
}

/**
 * Refuses values that could close the style element or the declaration.
 * @param {string} value
 */
function cssValue(value) {
  if (/[;{}<>]/.test(value)) throw new Error(`Unsafe theme value: ${value}`);
  return value;
}
