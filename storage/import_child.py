"""A large import's rows validated in a process of their own, so the writer runs at its speed.

Python runs one thread at a time: a thread validating rows (pydantic, the CSV reader) and the
writer's thread, which gives up that lock at every SQLite call and waits to get it back, slow
each other down. A child process validates instead, on the other core, and hands the rows on
as they come: the writer's thread reads them from a pipe, a batch at a time, while a thread
of this process receives the next batches (so the child keeps working while the writer is
busy with the search index).

The child reads the file from its standard input (the import's own open file, shared), and
writes frames to its standard output: an 8-byte length, then a pickled batch of rows (a list
of ``ImportRow``), and last the ``Findings``. It exits as soon as its parent is gone (a pipe
that nobody reads fails; its parent's pid changes) so that a killed import leaves no process.

Run as ``python -m storage.import_child PARAMETERS``; ``ChildRows`` starts and stops it.
"""

from __future__ import annotations

import base64
import contextlib
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import IO

from storage.bulk import ImportRow
from storage.errors import StorageError
from storage.import_report import Findings, ImportRefused
from storage.import_rows import FileFormat, valid_batches
from storage.lemmas import Lemmatiser
from storage.metrics import Vocabulary
from storage.rows import CountryResolver
from storage.words import Phrase

__all__ = ["ChildRows", "ImportStopped"]

_LENGTH = struct.Struct(">Q")
# Frames received and not yet stored: about 35,000 rows, 25 MB, so that the child goes on
# while the writer indexes a chunk for search (storage.bulk.SEARCH_CHUNK rows).
_FRAMES_QUEUED = 70
_POLL_S = 0.1
_STOP_WAIT_S = 5.0


class ImportStopped(StorageError):
    """The import was stopped before its file was read to the end; nothing was stored."""


class ChildRows:
    """The rows of ``stream``, validated by a child process, for the writer's thread."""

    def __init__(
        self,
        stream: IO[bytes],
        file_format: FileFormat,
        *,
        by: str,
        resolve_country: CountryResolver | None,
        metrics: Vocabulary,
        lemmatiser: Lemmatiser | None = None,
    ) -> None:
        """Start the child on ``stream`` (a file with a descriptor), from its start.

        ``resolve_country`` and ``lemmatiser`` must be picklable (a module's function, an
        instance of a module's class): the child imports them, and lemmatises the rows.
        """
        parameters = (file_format, by, resolve_country, metrics, lemmatiser, os.getpid())
        encoded = base64.b64encode(pickle.dumps(parameters)).decode("ascii")
        descriptor = stream.fileno()
        # The stream's buffer may have moved the descriptor past where the stream says it is.
        os.lseek(descriptor, 0, os.SEEK_SET)
        self._process = subprocess.Popen(  # noqa: S603 - our own module, by this Python
            [sys.executable, "-m", "storage.import_child", encoded],
            stdin=descriptor,
            stdout=subprocess.PIPE,
        )
        self._frames: queue.Queue[bytes | None] = queue.Queue(maxsize=_FRAMES_QUEUED)
        self._stop = threading.Event()
        self._receiving = threading.Thread(
            target=self._receive, name="factbot-import-receiver", daemon=True
        )
        self._receiving.start()

    def _put(self, frame: bytes | None) -> bool:
        while not self._stop.is_set():
            try:
                self._frames.put(frame, timeout=_POLL_S)
            except queue.Full:
                continue
            return True
        return False

    def _receive(self) -> None:
        """Move the child's frames to the queue, until it ends (None marks the end)."""
        out = self._process.stdout
        assert out is not None  # noqa: S101 - asked for in __init__
        try:
            while True:
                head = out.read(_LENGTH.size)
                if len(head) < _LENGTH.size:
                    break
                frame = out.read(_LENGTH.unpack(head)[0])
                if not self._put(frame):
                    return
        except (OSError, ValueError):
            pass  # the pipe was closed: the import is over
        self._put(None)

    def batches(self) -> Iterator[list[ImportRow]]:
        """The valid rows, a batch at a time; raises when the file is bad, in the writer's
        transaction, so that nothing of it is committed.

        Raises:
            ImportRefused: the file as a whole is not one to import.
            ImportInvalid: rows of it are invalid.
            ImportStopped: ``close`` was called first.
            StorageError: the child ended before it read the whole file.
        """
        while True:
            try:
                frame = self._frames.get(timeout=_POLL_S)
            except queue.Empty:
                if self._stop.is_set():
                    raise ImportStopped("the import was stopped; nothing was stored") from None
                continue
            if frame is None:
                code = self._process.wait()
                raise StorageError(f"the import's validating process ended early (exit {code})")
            message = pickle.loads(frame)  # noqa: S301 - from our own child, through a pipe
            if isinstance(message, Findings):
                problem = message.outcome()
                if problem is not None:
                    raise problem
                return
            yield message

    def close(self) -> None:
        """Stop the child, if it still runs, and the receiving thread; blocks briefly."""
        self._stop.set()
        if self._process.poll() is None:
            self._process.terminate()
        try:
            self._process.wait(timeout=_STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._receiving.join()
        if self._process.stdout is not None:
            self._process.stdout.close()


def _main() -> None:
    """The child: validate standard input, write frames to standard output."""
    # Ctrl-C reaches the whole process group: the parent decides when the child stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    file_format, by, resolve, metrics, lemmatiser, parent = pickle.loads(  # noqa: S301 - from our parent
        base64.b64decode(sys.argv[1])
    )
    # Frames go to the original standard output; anything printed goes to standard error.
    frames = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)

    def send(message: object) -> None:
        if os.getppid() != parent:
            os._exit(0)  # the import is gone: nobody will read this
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            frames.write(_LENGTH.pack(len(data)))
            frames.write(data)
            frames.flush()
        except BrokenPipeError:
            os._exit(0)

    found = Findings()
    try:
        for batch in valid_batches(
            sys.stdin.buffer, file_format, found, by=by, resolve_country=resolve,
            metrics=metrics, lemmatiser=lemmatiser,
        ):  # fmt: skip
            send(batch)
    except ImportRefused as refused:
        found.refusal = refused.phrase or Phrase(str(refused))
    send(found)
    with contextlib.suppress(BrokenPipeError):
        frames.close()


if __name__ == "__main__":
    _main()
