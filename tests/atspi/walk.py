"""What a screen reader finds in medtech-guide through AT-SPI; run by tests/atspi.rs.

Waits for the app (open at the salary section) on the AT-SPI registry, walks its window and checks
1. the frame is named after the open section and the guide ("Medical Technician");
2. a table has column headers and cells;
3. a polite live region: an object attribute `live` or `container-live` of `polite`, or, since
   accesskit_atspi_common 0.21 exports neither, the years readout announced politely
   (`object:announcement`, detail1 1) when the years slider is set through the Value interface.
Prints what it found; on failure prints the tree and exits 1 naming what is missing.
Usage: walk.py SECONDS (how long to wait for the app).
"""

import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

APP = "medtech-guide"
TITLE = "Medical Technician"
POLITE = 1  # ATSPI_LIVE_POLITE, an announcement's detail1


def wait_for_frame(seconds):
    """The app's frame, once its content is on the bus; None after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            for app in pyatspi.Registry.getDesktop(0):
                if app is not None and app.name == APP and app.childCount and app[0].childCount:
                    return app[0]
        except GLib.Error:
            pass  # an application that went away while being listed
        time.sleep(0.2)
    return None


def walk(node, depth=0):
    """(depth, node) for `node` and everything under it, in order."""
    yield depth, node
    for child in node:
        if child is not None:
            yield from walk(child, depth + 1)


def text(node):
    """The node's name, or its descendants' names (egui puts a cell's text in a child label)."""
    return node.name or " ".join(n.name for _, n in walk(node) if n.name)


def attributes(node):
    return dict(a.split(":", 1) for a in node.getAttributes() if ":" in a)


def polite(node):
    """Whether the node's object attributes make it (or its container) a polite live region."""
    found = attributes(node)
    return "polite" in (found.get("live"), found.get("container-live"))


def announced_when_set(slider, value, seconds=5.0):
    """The (politeness, text) announcements made within `seconds` of setting `slider` to `value`."""
    heard = []

    def listener(event):
        heard.append((event.detail1, str(event.any_data)))

    pyatspi.Registry.registerEventListener(listener, "object:announcement")
    slider.queryValue().currentValue = value
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while not heard and time.monotonic() < deadline:
        if not context.iteration(False):
            time.sleep(0.02)
    pyatspi.Registry.deregisterEventListener(listener, "object:announcement")
    return heard


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    frame = wait_for_frame(seconds)
    if frame is None:
        print(f"FAIL: no application named {APP!r} with a window on the AT-SPI registry after {seconds} s")
        return 1
    nodes = [n for _, n in walk(frame)]
    missing = []

    print(f"window: {frame.getRoleName()} {frame.name!r}")
    if frame.getRole() not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW) or TITLE not in frame.name:
        missing.append(f"a frame or window named with the guide's title {TITLE!r}")

    tables = 0
    for table in (n for n in nodes if n.getRole() == pyatspi.ROLE_TABLE):
        under = [n for _, n in walk(table)]
        headers = [text(n) for n in under if n.getRole() == pyatspi.ROLE_COLUMN_HEADER]
        cells = [n for n in under if n.getRole() == pyatspi.ROLE_TABLE_CELL]
        print(f"table {table.name!r}: column headers {headers}, {len(cells)} cells")
        tables += bool(headers and cells)
    if not tables:
        missing.append("a table with column headers and cells")

    live = [n for n in nodes if polite(n)]
    for node in live:
        print(f"live region (attribute): {node.getRoleName()} {text(node)!r}")
    if not live:
        slider = next((n for n in nodes if n.getRole() == pyatspi.ROLE_SLIDER), None)
        heard = announced_when_set(slider, 10.0) if slider is not None else []
        for politeness, said in heard:
            print(f"announced (politeness {politeness}) after setting {slider.name!r} to 10: {said!r}")
        if not any(politeness == POLITE and said for politeness, said in heard):
            missing.append("a polite live region (no `live: polite` attribute, no polite announcement)")

    if missing:
        print("the tree:")
        for depth, node in walk(frame):
            print(f"{'  ' * depth}{node.getRoleName()} {node.name!r} {attributes(node) or ''}")
        for what in missing:
            print(f"FAIL: missing {what}")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
