"""The ``factbot`` command's exit codes."""

__all__ = ["EXIT_FAILURE", "EXIT_USAGE"]

# 2 for a bad setting or usage (as argparse does), 1 for a failure at run time.
EXIT_USAGE = 2
EXIT_FAILURE = 1
