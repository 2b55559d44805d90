"""The shape of src/, read from the includes and declarations:

- a plain-C core file (one that starts with "c.h") reaches, through its
  includes, no server header: only "c.h", other core headers and <libc>;
- every .c starts with "c.h" or "postgres.h";
- no include cycle, and no cycle between modules: a module is a .c file
  with its own .h, and it depends on every module whose header its .c or
  .h includes (party_text.c -> party_korean.h and party_korean.c ->
  party_text.h are a cycle of two modules, though of no two files);
- every function or variable declared extern in X.h is defined in X.c,
  and is used outside X.c (otherwise it would be static).

Prints one line per problem and exits 1 if there is any.
"""
import glob
import os
import re
import sys

args = sys.argv[1:]
graph_only = bool(args) and args[0] == "--graph"   # print the module graph and stop
if graph_only:
    args = args[1:]
src = args[0] if args else "src"
others = args[1:]              # more trees that may use the declarations (fuzz/)
files = {os.path.basename(p): open(p, encoding="utf-8").read()
         for p in glob.glob(os.path.join(src, "*.[ch]"))}
problems = []


def local_includes(name):
    return re.findall(r'^#include "([^"]+)"', files[name], re.M)


def server_includes(name):
    return [h for h in local_includes(name) if h not in files and h != "c.h"]


for name, text in sorted(files.items()):
    if name.endswith(".c"):
        first = re.search(r'^#include "([^"]+)"', text, re.M)
        if not first or first.group(1) not in ("c.h", "postgres.h"):
            problems.append(f"{name}: the first include is not \"c.h\" or \"postgres.h\"")

# core: every .c starting with c.h, and every header such a file includes
core = set()
todo = [n for n in files if n.endswith(".c") and re.search(r'^#include "c.h"', files[n], re.M)]
while todo:
    n = todo.pop()
    if n in core:
        continue
    core.add(n)
    for h in local_includes(n):
        if h in files:
            todo.append(h)
for n in sorted(core):
    for h in server_includes(n):
        problems.append(f"{n}: a plain-C core file includes the server header \"{h}\"")

# cycles, by depth-first search over the local includes
state = {}


def visit(n, path):
    state[n] = 1
    for h in local_includes(n):
        if h not in files:
            continue
        if state.get(h) == 1:
            problems.append("include cycle: " + " -> ".join(path[path.index(h):] + [h]))
        elif h not in state:
            visit(h, path + [h])
    state[n] = 2


for n in sorted(files):
    if n not in state:
        visit(n, [n])

# cycles between modules: strongly connected components of the module graph
modules = sorted(n[:-2] for n in files if n.endswith(".c") and n[:-2] + ".h" in files)
deps = {m: sorted({h[:-2] for f in (m + ".c", m + ".h") for h in local_includes(f)
                   if h[:-2] in modules and h[:-2] != m})
        for m in modules}
index, low, stack, on_stack, counter = {}, {}, [], set(), [0]


def strongconnect(m):
    index[m] = low[m] = counter[0]
    counter[0] += 1
    stack.append(m)
    on_stack.add(m)
    for d in deps[m]:
        if d not in index:
            strongconnect(d)
            low[m] = min(low[m], low[d])
        elif d in on_stack:
            low[m] = min(low[m], index[d])
    if low[m] == index[m]:
        component = []
        while True:
            d = stack.pop()
            on_stack.discard(d)
            component.append(d)
            if d == m:
                break
        if len(component) > 1:
            edges = [f"{a} -> {b}" for a in sorted(component) for b in deps[a] if b in component]
            problems.append("module cycle: " + ", ".join(edges))


for m in modules:
    if m not in index:
        strongconnect(m)

if graph_only:
    # one line a module, its layer and the modules it depends on, lowest first
    def depth(m, seen=()):
        return 0 if not deps[m] or m in seen else 1 + max(depth(d, seen + (m,)) for d in deps[m])
    for m in sorted(modules, key=lambda m: (m + ".c" not in core, depth(m), m)):
        layer = "core" if m + ".c" in core else "glue"
        print(f"{layer}  {m:<16} -> {' '.join(deps[m]) or '(none)'}")
    sys.exit(0)

# externs: defined in the file the header is named after, used elsewhere
others_text = ""
for tree in others:
    for p in glob.glob(os.path.join(tree, "**", "*.[ch]"), recursive=True):
        others_text += open(p, encoding="utf-8").read()
for h in sorted(n for n in files if n.endswith(".h")):
    body = re.sub(r"/\*.*?\*/", "", files[h], flags=re.S)
    names = re.findall(r"^extern\s[^;]*?\b(\w+)\s*(?:\(|\[|;)", body, re.M)
    c = h[:-2] + ".c"
    for sym in names:
        definition = re.compile(r"^(?!extern|static|\s)[^;{(]*\b" + sym + r"\s*(\(|\[|=)", re.M)
        if c not in files or not definition.search(files[c]):
            where = [n for n in files if n.endswith(".c") and definition.search(files[n])]
            problems.append(f"{h}: {sym} is defined in {', '.join(where) or 'no file'}, not {c}")
            continue
        use = re.compile(r"\b" + sym + r"\b")
        if not any(use.search(t) for n, t in files.items() if n not in (h, c)) \
                and not use.search(others_text):
            problems.append(f"{h}: {sym} is used only in {c}; it would be static there")

for p in problems:
    print(p)
print(f"layers: {len(files)} files, {len(modules)} modules, {len(core)} files in the plain-C core, "
      f"{len(problems)} problems")
sys.exit(1 if problems else 0)
