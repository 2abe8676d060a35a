// The overlap picture: two overlapping profiles drawn as SVG from an assessment.
// Left (or top) is vitamin B12 deficiency, right (or bottom) is ALS; the middle is what both share.
// Under each profile, in a dashed box, is what argues against it.
import { s } from "./dom.js";

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
const TEXT = 15;
const LINE = 19;
const ITEM_GAP = 7;
const COLORS = {
  ink: "#1a1f2b",
  muted: "#4a5261",
  b12: "#047857",
  b12Fill: "#d1fae5",
  als: "#6d28d9",
  alsFill: "#ede9fe",
  both: "#dfe3f7",
};

let measureContext = null;

function textWidth(text, size, weight = "400") {
  measureContext ??= document.createElement("canvas").getContext("2d");
  if (!measureContext) return text.length * size * 0.56;
  measureContext.font = `${weight} ${size}px ${FAMILY}`;
  return measureContext.measureText(text).width;
}

/** Lines of at most `width` pixels; a single word longer than that gets a line of its own. */
export function wrap(text, width, size = TEXT) {
  const lines = [];
  let line = "";
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? line + " " + word : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

function listHeight(items, width) {
  if (items.length === 0) return LINE;
  return items.reduce((sum, item) => sum + wrap(item, width).length * LINE + ITEM_GAP, -ITEM_GAP);
}

/** A bulleted list of labels from (x, y); returns the SVG group. */
function list(items, x, y, width, marker, color) {
  const group = s("g", {});
  if (items.length === 0) {
    group.append(
      s("text", { x, y: y + TEXT, "font-size": TEXT, "font-style": "italic", fill: COLORS.muted }, "Nothing here yet")
    );
    return group;
  }
  let top = y;
  for (const item of items) {
    const lines = wrap(item, width);
    if (marker === "dot") {
      group.append(s("circle", { cx: x + 4, cy: top + TEXT * 0.62, r: 3.5, fill: color }));
    } else {
      const cy = top + TEXT * 0.62;
      group.append(
        s("path", {
          d: `M${x} ${cy - 4} l8 8 M${x + 8} ${cy - 4} l-8 8`,
          stroke: color,
          "stroke-width": 2,
          "stroke-linecap": "round",
        })
      );
    }
    const text = s("text", { x: x + 16, y: top + TEXT, "font-size": TEXT, fill: COLORS.ink });
    lines.forEach((line, index) => text.append(s("tspan", { x: x + 16, dy: index === 0 ? 0 : LINE }, line)));
    group.append(text);
    top += lines.length * LINE + ITEM_GAP;
  }
  return group;
}

function heading(text, x, y, { size = 13, weight = "700", fill = COLORS.ink, anchor = "start" } = {}) {
  return s("text", { x, y, "font-size": size, "font-weight": weight, fill, "text-anchor": anchor }, text);
}

function againstBox(title, items, x, y, width, color) {
  const inner = width - 32 - 16;
  const height = 40 + listHeight(items, inner) + 16;
  const group = s(
    "g",
    {},
    s("rect", {
      x,
      y,
      width,
      height,
      rx: 12,
      fill: "#ffffff",
      stroke: color,
      "stroke-width": 2,
      "stroke-dasharray": "7 5",
    }),
    heading(title, x + 16, y + 26, { size: 14, fill: color }),
    list(items, x + 16, y + 38, inner, "cross", color)
  );
  return { group, height };
}

function describe(groups, names) {
  const part = (title, items) => `${title}: ${items.length ? items.join("; ") : "nothing"}.`;
  return [
    part(`Points to ${names.b12short}`, groups.b12),
    part("Shared by both", groups.shared),
    part(`Points to ${names.alsShort}`, groups.als),
    part(`Argues against ${names.b12short}`, groups.againstB12),
    part(`Argues against ${names.alsShort}`, groups.againstAls),
  ].join(" ");
}

/**
 * The picture for groups {b12, shared, als, againstB12, againstAls} (arrays of labels).
 * `narrow` stacks the profiles vertically for phone-sized screens.
 */
export function drawOverlap(groups, names, narrow) {
  const parts = narrow ? stacked(groups, names) : sideBySide(groups, names);
  const svg = s(
    "svg",
    {
      viewBox: `0 0 ${parts.width} ${parts.height}`,
      width: parts.width,
      height: parts.height,
      role: "img",
      "aria-labelledby": "overlap-title overlap-desc",
      "data-layout": narrow ? "narrow" : "wide",
      "font-family": FAMILY,
    },
    s("title", { id: "overlap-title" }, `How your answers overlap between ${names.b12} and ${names.als}`),
    s("desc", { id: "overlap-desc" }, describe(groups, names)),
    ...parts.children
  );
  return svg;
}

function sideBySide(groups, names) {
  const width = 600;
  const pad = 10;
  const rectWidth = 370;
  const b12X = pad;
  const alsX = width - pad - rectWidth;
  const both = { from: alsX, to: b12X + rectWidth };
  const columns = {
    b12: { x: b12X + 16, width: both.from - b12X - 30 },
    shared: { x: both.from + 12, width: both.to - both.from - 24 },
    als: { x: both.to + 14, width: alsX + rectWidth - both.to - 30 },
  };
  const titleY = pad + 20; // the names sit above their profiles, so they never cross the overlap
  const top = pad + 32;
  const listTop = top + 44;
  const tallest = Math.max(
    listHeight(groups.b12, columns.b12.width - 16),
    listHeight(groups.shared, columns.shared.width - 16),
    listHeight(groups.als, columns.als.width - 16)
  );
  const height = Math.max(150, listTop - top + tallest + 22);
  const radius = 28;
  const children = [
    s("rect", { x: b12X, y: top, width: rectWidth, height, rx: radius, fill: COLORS.b12Fill }),
    s("rect", { x: alsX, y: top, width: rectWidth, height, rx: radius, fill: COLORS.alsFill }),
    s("rect", { x: both.from, y: top, width: both.to - both.from, height, rx: radius, fill: COLORS.both }),
    s("rect", { x: b12X, y: top, width: rectWidth, height, rx: radius, fill: "none", stroke: COLORS.b12, "stroke-width": 3 }),
    s("rect", { x: alsX, y: top, width: rectWidth, height, rx: radius, fill: "none", stroke: COLORS.als, "stroke-width": 3 }),
    heading(names.b12, b12X + 4, titleY, { size: 18, fill: COLORS.b12 }),
    heading(names.als, alsX + rectWidth - 4, titleY, { size: 18, fill: COLORS.als, anchor: "end" }),
    heading("Points this way", columns.b12.x, top + 28),
    heading("In both", (both.from + both.to) / 2, top + 28, { anchor: "middle" }),
    heading("Points this way", columns.als.x, top + 28),
    list(groups.b12, columns.b12.x, listTop, columns.b12.width - 16, "dot", COLORS.b12),
    list(groups.shared, columns.shared.x, listTop, columns.shared.width - 16, "dot", COLORS.ink),
    list(groups.als, columns.als.x, listTop, columns.als.width - 16, "dot", COLORS.als),
  ];
  const boxTop = top + height + 16;
  const boxWidth = (width - 2 * pad - 14) / 2;
  const left = againstBox("Argues against " + names.b12short, groups.againstB12, pad, boxTop, boxWidth, COLORS.b12);
  const right = againstBox(
    "Argues against " + names.alsShort,
    groups.againstAls,
    pad + boxWidth + 14,
    boxTop,
    boxWidth,
    COLORS.als
  );
  children.push(left.group, right.group);
  return { width, height: boxTop + Math.max(left.height, right.height) + pad, children };
}

function stacked(groups, names) {
  const width = 360;
  const pad = 8;
  const inner = width - 2 * pad - 32 - 16;
  const x = pad + 16;
  const radius = 24;
  let y = pad;
  const b12Top = y;
  const children = [];
  const texts = [];
  texts.push(heading(names.b12, x, y + 30, { size: 18, fill: COLORS.b12 }));
  texts.push(heading("Points to " + names.b12short, x, y + 58));
  texts.push(list(groups.b12, x, y + 68, inner, "dot", COLORS.b12));
  y += 68 + listHeight(groups.b12, inner) + 22;
  const bothTop = y;
  texts.push(heading("In both", x, y + 28));
  texts.push(list(groups.shared, x, y + 38, inner, "dot", COLORS.ink));
  y += 38 + listHeight(groups.shared, inner) + 20;
  const bothBottom = y;
  texts.push(heading("Points to " + names.alsShort, x, y + 28));
  texts.push(list(groups.als, x, y + 38, inner, "dot", COLORS.als));
  y += 38 + listHeight(groups.als, inner) + 14;
  texts.push(heading(names.als, x, y + 22, { size: 18, fill: COLORS.als }));
  y += 40;
  const alsBottom = y;
  const rectWidth = width - 2 * pad;
  children.push(
    s("rect", { x: pad, y: b12Top, width: rectWidth, height: bothBottom - b12Top, rx: radius, fill: COLORS.b12Fill }),
    s("rect", { x: pad, y: bothTop, width: rectWidth, height: alsBottom - bothTop, rx: radius, fill: COLORS.alsFill }),
    s("rect", { x: pad, y: bothTop, width: rectWidth, height: bothBottom - bothTop, rx: radius, fill: COLORS.both }),
    s("rect", {
      x: pad,
      y: b12Top,
      width: rectWidth,
      height: bothBottom - b12Top,
      rx: radius,
      fill: "none",
      stroke: COLORS.b12,
      "stroke-width": 3,
    }),
    s("rect", {
      x: pad,
      y: bothTop,
      width: rectWidth,
      height: alsBottom - bothTop,
      rx: radius,
      fill: "none",
      stroke: COLORS.als,
      "stroke-width": 3,
    }),
    ...texts
  );
  y += 14;
  for (const [title, items, color] of [
    ["Argues against " + names.b12short, groups.againstB12, COLORS.b12],
    ["Argues against " + names.alsShort, groups.againstAls, COLORS.als],
  ]) {
    const box = againstBox(title, items, pad, y, rectWidth, color);
    children.push(box.group);
    y += box.height + 12;
  }
  return { width, height: y - 12 + pad, children };
}
