"""A horizontal bar chart as a standalone SVG file, for the benchmark tables.

Hand-written SVG (no gnuplot, nothing to install): one bar per row, grouped under a
heading per group (an arch, or where the rows ran), the value printed at the end of
each bar. With log=True the bars are on a log10 scale, for rows that differ by 100x
(a vDSO call against int $0x80); the scale is then printed under the chart.
"""
import math
from html import escape

ROW = 22  # px per bar
LABEL_WIDTH = 300
BAR_WIDTH = 420
COLOURS = {"sysgate": "#2f6db5", "glibc": "#8a8a8a", "musl": "#c77c1e"}
OTHER = "#4b9a5a"  # raw entries and the vDSO itself


def colour(label):
    for key, value in COLOURS.items():
        if key in label:
            return value
    return OTHER


def chart(title, subtitle, unit, groups, log=False):
    """groups: [(heading, [(label, value), ...]), ...] -> the SVG text."""
    values = [v for _, rows in groups for _, v in rows if v > 0]
    top = max(values)
    bottom = min(values) / 2 if log else 0

    def length(value):
        if log:
            return BAR_WIDTH * math.log10(value / bottom) / math.log10(top / bottom)
        return BAR_WIDTH * value / top

    out = []
    y = 52
    for heading, rows in groups:
        out.append(f'<text x="8" y="{y + 14}" font-weight="bold">{escape(heading)}</text>')
        y += ROW
        for label, value in rows:
            width = max(length(value), 1)
            out.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">'
                       f'{escape(label)}</text>')
            out.append(f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width:.1f}" height="{ROW - 6}"'
                       f' fill="{colour(label)}"/>')
            out.append(f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 15}">{value:,.1f}</text>')
            y += ROW
        y += 8
    scale = f"bars on a log scale, {unit}" if log else f"{unit}, linear scale"
    out.append(f'<text x="{LABEL_WIDTH}" y="{y + 14}" fill="#555">{escape(scale)}</text>')
    width = LABEL_WIDTH + BAR_WIDTH + 90
    height = y + 24
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'font-family="sans-serif" font-size="13">\n'
            f'<rect width="100%" height="100%" fill="white"/>\n'
            f'<text x="8" y="22" font-size="15" font-weight="bold">{escape(title)}</text>\n'
            f'<text x="8" y="40" font-size="11" fill="#555">{escape(subtitle)}</text>\n')
    return head + "\n".join(out) + "\n</svg>\n"
