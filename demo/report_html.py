#!/usr/bin/python3
"""The analyst report as one self-contained HTML page (make demo).

Runs after demo/report.sql in the same database (PG* environment): reads its
tables with psycopg and the project's client, draws with matplotlib (PNG as
data: URIs) and Graphviz (dot -Tsvg, inline SVG).  Nothing on the page is
fetched from the network.  Every figure printed is the extension's exact
text; floats are used only to draw bars.  Parties appear as per-network
labels ("phone #1"), never as names, phones or addresses.

Usage: demo/report_html.py OUT.html
"""
import base64
import html
import io
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients", "python"))

import matplotlib                       # noqa: E402
matplotlib.use("Agg")
import matplotlib.pyplot as plt         # noqa: E402
import psycopg                          # noqa: E402

from seizure import units as U                   # noqa: E402
from seizure.psycopg import register_types      # noqa: E402

ROUTES = ["traveler", "international_mail", "express_cargo", "air_cargo"]
COLOURS = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c"]


def esc(value):
    return html.escape("-" if value is None else str(value))


def table(headers, rows, cls=""):
    out = [f'<table class="{cls}"><thead><tr>']
    out += [f"<th>{esc(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def png(fig, alt):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img alt="{esc(alt)}" src="data:image/png;base64,{data}">'


def dot_svg(source):
    svg = subprocess.run(["dot", "-Tsvg"], input=source.encode("utf-8"), check=True,
                         capture_output=True).stdout.decode("utf-8")
    return svg[svg.index("<svg"):]     # drop the XML prolog and DOCTYPE: inline SVG


def dot_str(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_float(amount):
    return float(amount) if amount is not None else 0.0


def stacked_weekly(ax, weeks, groups, values, title, ylabel):
    bottom = [0.0] * len(weeks)
    labels = [w.strftime("%d %b") for w in weeks]
    for i, g in enumerate(groups):
        heights = [values.get((w, g), 0.0) for w in weeks]
        ax.bar(labels, heights, bottom=bottom, label=g, color=COLOURS[i % len(COLOURS)])
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_title(title, fontsize=10)
    ax.set_ylabel(ylabel)
    ax.set_xlabel("week of")


def weekly(conn, by, label):
    """Section (a): tallies per week and group; mass and counts drawn apart."""
    rows = conn.execute(f"""
        SELECT date_trunc('week', z.seized_on)::date AS week, {by} AS grp, tally(z.q) AS total
        FROM seizure z JOIN substance s ON s.key = z.substance
        GROUP BY 1, 2 ORDER BY 1, 2""").fetchall()
    weeks = sorted({r[0] for r in rows})
    groups = sorted({r[1] for r in rows}, key=lambda g: (ROUTES.index(g) if g in ROUTES else 99, g))
    mass = {(w, g): as_float(t.mass_kg) for w, g, t in rows}
    counts = {}
    units = []
    for w, g, t in rows:
        for part in t.parts():
            if part.dimension == "count":
                counts[(w, g)] = counts.get((w, g), 0.0) + float(part.amount)
                if U.KIND_UNIT[part.kind].plural not in units:
                    units.append(U.KIND_UNIT[part.kind].plural)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.4))
    stacked_weekly(left, weeks, groups, mass, f"mass by {label}", "kg")
    stacked_weekly(right, weeks, groups, counts, f"counted items by {label}", " / ".join(units) or "items")
    right.legend(fontsize=8, loc="upper right")
    picture = png(fig, f"weekly totals by {label}")
    cell = {(w, g): t for w, g, t in rows}
    text = table(["week of"] + groups, [[w] + [cell.get((w, g)) for g in groups] for w in weeks], "exact")
    return picture, text


def network(conn):
    """Section (b): the linked seizures with pseudonymous parties, drawn by dot."""
    nets = conn.execute("""
        SELECT n.group_id, count(*), tally(z.q)
        FROM network n JOIN seizure z USING (seizure_id)
        GROUP BY n.group_id HAVING count(*) > 1 ORDER BY count(*) DESC, n.group_id""").fetchall()
    seizures = conn.execute("""
        SELECT n.group_id, z.seizure_id, z.q, z.route FROM network n JOIN seizure z USING (seizure_id)
        ORDER BY z.seizure_id""").fetchall()
    # the parties that link two or more seizures of a network: a label per
    # network and kind, numbered in order of first appearance
    links = conn.execute("""
        SELECT n.group_id, p.kind, p.key, p.role, p.seizure_id
        FROM seizure_party p JOIN network n USING (seizure_id)
        WHERE (p.kind, p.key) IN (SELECT kind, key FROM seizure_party GROUP BY 1, 2
                                   HAVING count(DISTINCT seizure_id) > 1)
        ORDER BY n.group_id, min(p.seizure_id) OVER (PARTITION BY p.kind, p.key), p.kind, p.key,
                 p.seizure_id, p.role""").fetchall()
    in_net = {g for g, _, _ in nets}
    # one connected component per network: packed into a grid of three
    lines = ["graph networks {", 'graph [rankdir=LR, pack=16, packmode="array_u3", fontname="DejaVu Sans", fontsize=11, '
             'nodesep=0.12, ranksep=0.5];',
             'node [fontname="DejaVu Sans", fontsize=9, margin="0.04,0.02"];', 'edge [fontname="DejaVu Sans", fontsize=7, color="#777777"];']
    for g, count, total in nets:
        lines.append(f"subgraph cluster_{g} {{")
        lines.append(f'label={dot_str(f"network {g}: {count} seizures, {total}")}; style=rounded; color="#4c72b0";')
        for ng, sid, q, route in seizures:
            if ng == g:
                label = dot_str(f"seizure {sid}|{q}|{route}").replace("|", "\\n")
                lines.append(f's{sid} [shape=box, style=filled, fillcolor="#eef2fa", label={label}];')
        numbers = {}
        for ng, kind, key, role, sid in links:
            if ng != g:
                continue
            if (kind, key) not in numbers:
                numbers[(kind, key)] = sum(1 for k in numbers if k[0] == kind) + 1
                roles = sorted({r for n2, k2, y2, r, _ in links if (n2, k2, y2) == (g, kind, key)})
                lines.append(f'p{g}_{kind}_{numbers[(kind, key)]} [shape=ellipse, style=filled, fillcolor="#fdf0e6", '
                             f'label={dot_str(" / ".join(roles) + f" {kind} #{numbers[(kind, key)]}")}];')
            lines.append(f'p{g}_{kind}_{numbers[(kind, key)]} -- s{sid};')
        lines.append("}")
    lines.append("}")
    svg = dot_svg("\n".join(lines))
    singles = [sid for g, sid, _, _ in seizures if g not in in_net]
    text = table(["network", "seizures", "total"], nets, "exact")
    return svg, text, singles


def screening(conn):
    """Section (c): the consignments screened, the hits per day, the ones to inspect."""
    present = conn.execute("SELECT to_regclass('hit') IS NOT NULL AND to_regclass('consignment') IS NOT NULL").fetchone()[0]
    if not present:
        return None
    total = conn.execute("SELECT count(*) FROM consignment").fetchone()[0]
    per_day = conn.execute("""
        SELECT c.arriving, c.route::text, count(DISTINCT h.consignment)
        FROM hit h JOIN consignment c ON c.id = h.consignment GROUP BY 1, 2 ORDER BY 1, 2""").fetchall()
    inspect = conn.execute("""
        SELECT c.id, c.arriving, c.route, string_agg(DISTINCT h.field, ', ' ORDER BY h.field),
               string_agg(DISTINCT h.matched, ', ' ORDER BY h.matched),
               string_agg(DISTINCT h.list, ', ' ORDER BY h.list),
               string_agg(DISTINCT h.reference, ',' ORDER BY h.reference)
        FROM hit h JOIN consignment c ON c.id = h.consignment
        GROUP BY c.id, c.arriving, c.route ORDER BY c.arriving, c.id""").fetchall()
    days = sorted({d for d, _, _ in per_day})
    routes = sorted({r for _, r, _ in per_day}, key=lambda g: ROUTES.index(g) if g in ROUTES else 99)
    fig, ax = plt.subplots(figsize=(7, 2.8))
    stacked_weekly(ax, days, routes, {(d, r): n for d, r, n in per_day},
                   f"consignments to inspect per day ({len(inspect)} of {total:,})", "consignments")
    ax.set_xlabel("arriving")
    ax.legend(fontsize=8)
    picture = png(fig, "consignments to inspect per day")
    text = table(["consignment", "arriving", "route", "matched fields", "how", "list", "US references"],
                 inspect, "exact")
    return picture, text, total, len(inspect)


def reconciliation(conn):
    """Section (d): "totaling 31.4 kg" as the weighed drugs plus the tablets' gross estimate."""
    # report.sql's reconciliation, with each drug named by weight
    r = conn.execute("""
        WITH t AS (SELECT tally(q) AS all_seized FROM seizure),
             f AS (SELECT grams_per_unit, basis FROM conversion_factor
                   WHERE substance = 'narcotic_pharmaceutical' AND unit = 'tablet')
        SELECT part(all_seized, 'mass')::text, part(all_seized, 'tablet')::text,
               round(f.grams_per_unit, 4) || ' g/tablet (' || f.basis || ')',
               to_mass(part(all_seized, 'tablet'), 'narcotic_pharmaceutical')::text,
               (part(all_seized, 'mass')::quantity_tally
                 + to_mass(part(all_seized, 'tablet'), 'narcotic_pharmaceutical'))::text,
               mass_kg(part(all_seized, 'mass')),
               mass_kg(to_mass(part(all_seized, 'tablet'), 'narcotic_pharmaceutical'))
        FROM t, f""").fetchone()
    weighed, tablets, factor, tablets_mass, press, weighed_kg, tablets_kg = r
    # net and gross masses do not add up in the extension (mass_kg of the
    # press total is an error): the bar only places them end to end
    drugs = conn.execute("""
        SELECT s.name_en, sum(z.q)::text, mass_kg(sum(z.q))
        FROM seizure z JOIN substance s ON s.key = z.substance
        WHERE unit(z.q) IS NULL OR unit(z.q) <> 'tablet'
        GROUP BY s.name_en ORDER BY sum(z.q) DESC""").fetchall()
    fig, ax = plt.subplots(figsize=(10, 2.8))
    left = 0.0
    for i, (name, text, kg) in enumerate(drugs):
        width = float(kg)
        ax.barh([1], [width], left=left, color=COLOURS[i], edgecolor="white")
        if width >= 3:
            ax.text(left + width / 2, 1, f"{name}\n{text}", ha="center", va="center", fontsize=8, color="white")
        else:       # too narrow for its label: above the bar
            ax.annotate(f"{name} {text}", (left + width / 2, 1.3), (left + width / 2, 1.55),
                        ha="center", va="bottom", fontsize=8, arrowprops={"arrowstyle": "-", "color": "#888888"})
        left += width
    weighed_w, tablets_w = float(weighed_kg), float(tablets_kg)
    ax.barh([0], [weighed_w], color="#4c72b0", edgecolor="white")
    ax.text(weighed_w / 2, 0, f"weighed: {weighed}", ha="center", va="center", fontsize=9, color="white")
    ax.barh([0], [tablets_w], left=weighed_w, color="#c8c8c8", hatch="//", edgecolor="#888888")
    ax.text(weighed_w + tablets_w / 2, 0, tablets_mass, ha="center", va="center", fontsize=9,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
    ax.text(weighed_w + tablets_w, -0.5, f"{tablets} × {factor}", ha="right", va="top", fontsize=8)
    end = weighed_w + tablets_w
    ax.axvline(end, color="#c44e52", linestyle="--")
    ax.text(end, 1.95, f'press release: "totaling 31.4 kg" = {press}', ha="right", va="bottom",
            fontsize=9, color="#c44e52")
    ax.set_yticks([0, 1], ["press total", "by weight"])
    ax.set_ylim(-0.9, 2.3)
    ax.set_xlabel("kg")
    picture = png(fig, "the press release reconciled")
    text = table(["drugs weighed", "tablets", "factor", "tablets as mass", "press total"],
                 [(weighed, tablets, factor, tablets_mass, press)], "exact")
    return picture, text, press


STYLE = """
body { font-family: sans-serif; max-width: 1100px; margin: 1em auto; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; white-space: nowrap; }
th { background: #f2f2f2; }
.pair img { display: block; }
.pending { border: 2px dashed #c44e52; padding: 0.5em 1em; }
img, svg { max-width: 100%; height: auto; }
.note { color: #555; font-size: 0.9em; }
"""


def main(out):
    with psycopg.connect("", autocommit=True) as conn:
        register_types(conn)
        count, total = conn.execute("SELECT count(*), tally(q) FROM seizure").fetchone()
        by_route = weekly(conn, "z.route::text", "route")
        by_substance = weekly(conn, "s.name_en", "substance")
        net_svg, net_text, singles = network(conn)
        screened = screening(conn)
        recon, recon_text, press = reconciliation(conn)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>Silent Sweeper II: the analyst report</title>", f"<style>{STYLE}</style></head><body>",
        "<h1>Silent Sweeper II (Korea-US joint operation): the analyst report</h1>",
        f'<p class="note">Illustrative data. Made by <code>make demo</code> from demo/report.sql; '
        f"every figure is the extension's exact text.</p>",
        f'<p id="total">{count} seizures, in all: <b>{esc(total)}</b></p>',
        '<h2 id="weekly">Weekly totals by route</h2>', f'<div class="pair">{by_route[0]}{by_route[1]}</div>',
        '<h2 id="weekly-substance">Weekly totals by substance</h2>',
        f'<div class="pair">{by_substance[0]}{by_substance[1]}</div>',
        '<h2 id="networks">Networks of linked seizures</h2>',
        '<p class="note">Seizures that share a phone or address. Parties are shown by kind and a number '
        'within their network, never by name, phone or address.</p>',
        f'<div class="graph">{net_svg}</div>', net_text,
        f'<p class="note">Not linked to another seizure: {esc(", ".join(map(str, singles)) or "none")}.</p>',
        '<h2 id="screening">The next inspection: screening hits</h2>',
    ]
    if screened is None:
        # report.sql's section 5 (watch-list, pseudonyms, screening) leaves
        # the tables hit and consignment; without them there is nothing to show
        parts.append('<div class="pending" id="screening-pending">No screening in this database: '
                     "the tables <code>hit</code> and <code>consignment</code> that demo/report.sql's "
                     "section 5 makes are absent.</div>")
    else:
        picture, text, screened_total, to_inspect = screened
        parts += [f'<p>{screened_total:,} consignments screened, <b>{to_inspect}</b> to inspect. '
                  "Hits name the field that matched and the US case references only.</p>",
                  picture, text]
    parts += ['<h2 id="reconciliation">Reconciling the press release: "totaling 31.4 kg"</h2>',
              f'<p>The press release\'s 31.4 kg is <b id="press-total">{esc(press)}</b>: the drugs weighed, '
              "plus the tablets at the gross weight per tablet the release implies.</p>",
              recon, recon_text, "</body></html>"]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
