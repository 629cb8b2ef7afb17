#!/usr/bin/python3
"""Walks Shortlist's real window over AT-SPI, as a screen reader sees it, and fails on any
control that takes the focus but has no name, or only a GTK class name for one.

It starts the demo, opens every section of the candidate's page (the folded fields, more
addresses, phone numbers and links), then shows the Tags, Result Links and History pages,
the page that connects a Kombo account, and, in a second run that is no demo, the
preferences.

Usage: test-accessibility.py SHORTLIST SCHEMA_DIR APP_ID GTK_VERSION
"""
import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("# python3-pyatspi is missing: build-aux/install-deps.sh installs it")
    sys.exit(77)  # skipped


def wait_for(what, find, timeout=20):
    """What @find finds within @timeout seconds; when @find says False, None is fine too"""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.2)
    if found is False:
        return None
    raise SystemExit(f"Timed out waiting for {what}")


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        try:
            if app is not None and app.name == "shortlist":
                return app
        except Exception:  # one that just went away
            pass
    return None


def find_window(app, title):
    """A window of @app by its title, whatever role GTK gives it (a dialog is a "filler")"""
    for window in app:
        try:
            if window is not None and window.name == title:
                return window
        except Exception:
            pass
    return None


def find(node, role, name):
    """The first object under @node with @role whose name is @name"""
    try:
        if node.getRoleName() == role and node.name == name:
            return node
        for child in node:
            if child is not None:
                found = find(child, role, name)
                if found is not None:
                    return found
    except Exception:  # objects can go away while being walked
        pass
    return None


def names(label):
    """What AT-SPI may call a control labelled @label (with its mnemonic): GTK 4.8 says the
    label twice, once as written; GTK 4.24 says it once"""
    plain = label.replace("_", "")
    return {plain, f"{label} {plain}"}


BUTTONS = ("push button", "toggle button", "button")


def find_button(node, label):
    """The first button under @node labelled @label: a push button on GTK 4.8, a toggle button
    where a menu button's is one on GTK 4.24"""
    try:
        if node.getRoleName() in BUTTONS and node.name in names(label):
            return node
        for child in node:
            if child is not None:
                found = find_button(child, label)
                if found is not None:
                    return found
    except Exception:
        pass
    return None


def act(app, role, name):
    if role == "button":
        target = wait_for(f"the button “{name}”", lambda: find_button(app, name))
    else:
        target = wait_for(f"the {role} “{name}”", lambda: find(app, role, name))
    target.queryAction().doAction(0)
    time.sleep(1)


def find_preferences(app):
    """The preferences: a dialog inside the window from libadwaita 1.5, a window before"""
    return find_window(app, "Preferences") or find(app, "dialog", "Preferences")


CONTROLS = {"push button", "toggle button", "combo box", "check box", "radio button", "text",
            "password text", "spin button", "slider", "page tab", "menu item", "switch"}


def shown(node):
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def takes_focus(node):
    try:
        states = node.getState()
        return states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def unnamed(node, path, found):
    """Focusable objects shown (visible) under @node whose name says nothing. A container that
    is focusable and holds focusable objects (a list, a scrolled area) hands the focus on to
    them, as GTK's lists and scrolled windows do: the screen reader never stops on it, and
    from GTK 4.14 it cannot be named at all. A control shown that is said by its class name
    is a problem all the same, whether it takes the focus or not. Returns whether anything under @node, or @node,
    takes the focus."""
    try:
        role = node.getRoleName()
        name = (node.name or "").strip()
        inner = False
        for child in node:
            if child is not None:
                inner = unnamed(child, path + [f"{role} “{name}”"], found) or inner
        if takes_focus(node) and not inner:
            unnamed.count += 1
            if name == "" or name.startswith(("Gtk", "Adw")):
                found.add(" > ".join(path[-3:] + [f"{role} “{name}”"]))
        elif role in CONTROLS and shown(node) and name.startswith(("Gtk", "Adw")):
            # A control said by its class, such as GTK 4.8's menu button around its toggle:
            # a screen reader reviewing the window meets it before the toggle
            found.add(" > ".join(path[-3:] + [f"{role} “{name}”"]))
        return inner or takes_focus(node)
    except Exception:
        return False


unnamed.count = 0


def check(app, where, problems):
    found = set()
    before = unnamed.count
    unnamed(app, [], found)
    print(f"# {where}: {unnamed.count - before} focusable, {len(found)} without a name")
    for problem in sorted(found - {p.split(": ", 1)[1] for p in problems}):
        print(f"#   {problem}")
    problems.update(f"{where}: {p}" for p in found)


def main():
    shortlist, schema_dir, app_id, gtk_version = sys.argv[1:5]
    home = tempfile.mkdtemp(prefix="shortlist-a11y-")
    env = dict(os.environ)
    for name in ("NO_AT_BRIDGE", "GTK_A11Y"):
        env.pop(name, None)
    env.update({
        "GSETTINGS_SCHEMA_DIR": schema_dir,
        "GSETTINGS_BACKEND": "memory",
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "GDK_BACKEND": "x11",
        "GSK_RENDERER": "cairo",
    })
    # Drawn with cairo, so GL is not even set up; GTK 4.16 renamed the switch
    if tuple(int(n) for n in gtk_version.split(".")[:2]) >= (4, 16):
        env["GDK_DISABLE"] = "gl"
    else:
        env["GDK_DEBUG"] = "gl-disable"
    app_process = subprocess.Popen([shortlist, "--demo"], env=env)
    problems = set()
    try:
        app = wait_for("Shortlist on the accessibility bus", find_app)
        wait_for("the demo's jobs", lambda: find_button(app, "Choose a Job"))

        # The candidate's page with every section open. The remote fields' expander has no
        # action over AT-SPI in GTK 4.8; what it folds away is walked all the same.
        act(app, "button", "Show _More Fields")
        for button in ("Add an Email Address", "Add a Phone Number", "Add a Link"):
            act(app, "button", button)
        check(app, "Candidate", problems)

        for page in ("Tags", "Result Links", "History"):
            act(app, "page tab", page)
            check(app, page, problems)

        act(app, "button", "_Connect Your Kombo Account")
        check(app, "Connect", problems)
    finally:
        app_process.terminate()
        app_process.wait(timeout=10)
    # Until the registry lets the demo go
    wait_for("the demo to leave the accessibility bus", lambda: find_app() is None or False, timeout=10)

    # A menu button has no action over AT-SPI in GTK 4.8, and the demo is a session of its
    # own: the preferences open through the action Shortlist exports on the session bus
    app_process = subprocess.Popen([shortlist], env=env)
    try:
        app = wait_for("Shortlist on the accessibility bus", find_app)
        wait_for("the page that connects an account",
                 lambda: find(app, "text", "API key") or find(app, "password text", "API key"))
        # Shortlist opens them once it has looked for a key in the keyring
        for _ in range(10):
            subprocess.run(["gapplication", "action", app_id, "preferences"], env=env, check=True)
            if wait_for("the preferences", lambda: find_preferences(app) or False, timeout=2):
                break
        wait_for("the preferences", lambda: find_preferences(app))
        time.sleep(1)
        check(app, "Preferences", problems)
    finally:
        app_process.terminate()
        app_process.wait(timeout=10)

    for problem in sorted(problems):
        print(f"No name: {problem}")
    print(f"{unnamed.count} focusable objects walked, {len(problems)} without a name")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
