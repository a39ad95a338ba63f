"""The one error type the CLI turns into a one-line message instead of a traceback."""


class KgError(Exception):
    """A problem with the user's input; ``str()`` is the whole message, naming the file (and line)."""
