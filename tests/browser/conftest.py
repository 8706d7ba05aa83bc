"""Print what the browser tests want a human to see: where the screenshots are, axe's minor findings."""

from tests.browser.support import SUMMARY


def pytest_terminal_summary(terminalreporter):
    if SUMMARY:
        terminalreporter.section("browser tests")
        for line in SUMMARY:
            terminalreporter.write_line(line)
