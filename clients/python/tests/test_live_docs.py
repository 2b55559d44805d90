"""Runs every Python example of docs/clients.md and compares what it prints with the
comment at the end of each print line."""
import contextlib
import io
import os
import re
import unittest

from common import HERE, connect

DOC = os.path.join(HERE, "..", "..", "..", "docs", "clients.md")


def examples():
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"```python\n(.*?)```", text, re.S)


def expected_output(code):
    out = []
    for line in code.splitlines():
        if line.lstrip().startswith("print(") or "print(" in line.split("#")[0]:
            m = re.search(r"\)\s+# (.*)$", line)
            if m is None:
                raise AssertionError(f"a print without its output in a comment: {line}")
            out.append(m.group(1).rstrip())
    return out


class Docs(unittest.TestCase):
    def test_every_python_example(self):
        with connect() as conn:
            conn.execute("DROP TABLE IF EXISTS doc_lots, doc_by_substance")
        blocks = examples()
        self.assertGreaterEqual(len(blocks), 4)
        for i, code in enumerate(blocks):
            with self.subTest(example=i):
                buf = io.StringIO()
                with contextlib.redirect_stdout(buf):
                    exec(compile(code, f"docs/clients.md example {i}", "exec"), {})
                self.assertEqual([ln.rstrip() for ln in buf.getvalue().splitlines()], expected_output(code))


if __name__ == "__main__":
    unittest.main()
