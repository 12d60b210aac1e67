"""serve(): the bot's life as a process, from start-up through outages to a graceful stop.

python-telegram-bot's ``run_polling`` exits when Telegram cannot be reached at start, and
waits without limit for the updates in hand when stopping. A container wants neither: it must
ride out a network outage, and stop within the 10 seconds ``docker stop`` gives it. Nor does it
want a process that lives on after its polling has died (a revoked token): ``bot.polling``
says when that happens, and the bot then stops as on SIGTERM, with exit code 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import Awaitable

import structlog
from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.app import build_application, set_command_menus
from bot.backups import BackupSchedule
from bot.context import BotData
from bot.handlers import SESSION_PARTS
from bot.heartbeat import Heartbeat
from bot.language.search_lemmas import LEMMATISER
from bot.lemma_fill import LemmaFill
from bot.notices.sender import NoticeSender
from bot.polling import PollingEnd, PollingWatch
from bot.sessions import SessionKeeper
from bot.settings import Settings
from bot.updates import PerChatUpdateProcessor
from storage import StorageError, Store
from storage.backends import open_store

__all__ = ["EXIT_FAILURE", "serve"]

log = structlog.get_logger(__name__)

EXIT_FAILURE = 1

# Waits between attempts to reach Telegram at start: doubling, then steady.
FIRST_RETRY_S = 1.0
LONGEST_RETRY_S = 60.0

# Stopping the updater ends with one more getUpdates to confirm the updates handled; with
# Telegram unreachable it must not eat the stop's time.
_UPDATER_STOP_S = 2.0
# After the grace, writes are rolled back; the handlers then finish within this.
_AFTER_ROLLBACK_S = 1.0
# How long a long poll waits for updates; short, so a stop does not wait on it.
_POLL_TIMEOUT = dt.timedelta(seconds=10)
# How long a claim on an update is kept: Telegram gives up on an update after 24 hours.
_UPDATES_KEPT = dt.timedelta(days=2)


async def serve(
    settings: Settings, stop: asyncio.Event, ready: asyncio.Event | None = None
) -> int:
    """Serve Telegram users until ``stop`` is set; return the process's exit code.

    Opens the store (a store that cannot be used is an exit code 1), then reaches Telegram,
    retrying with backoff for as long as it cannot; a token Telegram rejects is exit code 1.
    Once ``stop`` is set it stops taking updates, gives the ones in hand ``settings.stop_grace``
    seconds, rolls back whatever write is still running, closes the store and returns 0.
    Polling that ends for good (the token revoked, a Conflict lasting
    ``settings.conflict_give_up`` seconds) stops the bot the same way, and returns 1.

    Args:
        settings: everything, the token included (it must be set).
        stop: set it to stop the bot (the CLI sets it on SIGTERM and SIGINT).
        ready: set once the bot takes updates.
    """
    watch = _polling_watch(settings)
    application = build_application(settings, watch)
    try:
        store = await open_store(
            settings.db_path, settings.store_url, seeded=True, lemmatiser=LEMMATISER
        )
    except StorageError as error:
        log.error("store_unusable", reason=str(error))  # noqa: TRY400 - the reason is the line
        return EXIT_FAILURE
    bot_data: BotData = application.bot_data
    bot_data.store = store
    bot_data.admin_ids = settings.admin_ids
    await _keep_sessions(application, store, settings.admin_ids)
    if settings.mode == "webhook":
        await _claim_updates(application, store)
    code = 0
    backups = _backup_schedule(settings)
    # Delivers the outbox once the bot takes updates, in polling and webhook mode alike.
    notices = NoticeSender(application.bot, store, per_second=settings.notices_per_second)
    # Facts stored without lemmas (before migration 0014/0011) get them while the bot answers.
    lemmas = LemmaFill(store)
    lemmas.start()
    try:
        started = await _until_stopped(_start(application, settings), stop)
        if started:
            log.info(
                "bot_started",
                username=application.bot.username,
                mode=settings.mode,
                store=settings.store_name,
            )
            notices.start()
            if ready is not None:
                ready.set()
            end = await _until_stopped_or_ended(stop, watch)
            if end is not None:
                # No traceback: the reason and the hint are the line.
                log.error(end.event, reason=end.reason, hint=end.hint)
                code = EXIT_FAILURE
    except InvalidToken:
        # No traceback: the cause is the setting, and the line names it.
        log.error(  # noqa: TRY400
            "token_rejected", hint="Telegram refused FACTBOT_TOKEN; check it with @BotFather"
        )
        return EXIT_FAILURE
    except TelegramError as error:
        # Telegram answered, and said no: a setting is wrong (a webhook URL it will not use).
        log.error("start_refused", reason=error.message)  # noqa: TRY400
        return EXIT_FAILURE
    except OSError as error:
        # The webhook server could not listen: the port is taken, or the address is not ours.
        log.error(  # noqa: TRY400
            "webhook_server_failed",
            listen=f"{settings.webhook_listen}:{settings.webhook_port}",
            reason=str(error),
        )
        return EXIT_FAILURE
    finally:
        await lemmas.stop()
        if backups is not None:
            await backups.stop()
        await _stop(application, store, settings.stop_grace, watch, notices)
    return code


async def _keep_sessions(
    application: Application,  # type: ignore[type-arg]
    store: Store,
    admin_ids: frozenset[int],
) -> None:
    """Curators' conversations from now on live in the store (bot.sessions)."""
    try:
        # Sessions expired are as good as gone; this only gives their rows back.
        await store.drop_expired_sessions()
    except StorageError as error:
        log.warning("expired_sessions_kept", reason=str(error))
    keeper = SessionKeeper(application, store, admin_ids, SESSION_PARTS)
    application.bot_data.sessions = keeper
    processor = application.update_processor
    if isinstance(processor, PerChatUpdateProcessor):
        processor.sessions = keeper


async def _claim_updates(application: Application, store: Store) -> None:  # type: ignore[type-arg]
    """In webhook mode, an update posted twice (to this replica or another) is answered once:
    the first process to claim its id in the store handles it (bot.updates)."""
    try:
        # Telegram keeps an update it could not deliver for a day; older claims guard nothing.
        await store.forget_updates(before=dt.datetime.now(dt.UTC) - _UPDATES_KEPT)
    except StorageError as error:
        log.warning("old_update_claims_kept", reason=str(error))
    processor = application.update_processor
    if isinstance(processor, PerChatUpdateProcessor):
        processor.claims = store.claim_update


def _polling_watch(settings: Settings) -> PollingWatch | None:
    """In polling mode, the watch on getUpdates, its heartbeat file gone until Telegram answers."""
    if settings.mode != "polling":
        # Telegram posts to a webhook only when there is an update: silence proves nothing.
        return None
    if settings.store_url is not None and settings.heartbeat_path is None:
        # Beside FACTBOT_DB_PATH, in a folder the SQLite store would have made and a
        # PostgreSQL store never makes.
        with contextlib.suppress(OSError):
            settings.heartbeat_file.parent.mkdir(parents=True, exist_ok=True)
    heartbeat = Heartbeat(settings.heartbeat_file)
    # A heartbeat left by an earlier run must not vouch for this one.
    heartbeat.forget()
    return PollingWatch(conflict_give_up=settings.conflict_give_up, heartbeat=heartbeat)


async def _until_stopped_or_ended(
    stop: asyncio.Event, watch: PollingWatch | None
) -> PollingEnd | None:
    """Wait for ``stop``, or for polling to end for good (then return why)."""
    if watch is None:
        await stop.wait()
        return None
    stopped = asyncio.ensure_future(stop.wait())
    ended = asyncio.ensure_future(watch.ended.wait())
    await asyncio.wait({stopped, ended}, return_when=asyncio.FIRST_COMPLETED)
    for waiter in (stopped, ended):
        waiter.cancel()
    return watch.end


def _backup_schedule(settings: Settings) -> BackupSchedule | None:
    """The bot's own backups, started now (Telegram or not), if FACTBOT_BACKUP_DIR is set."""
    if settings.backup_dir is None:
        return None
    if settings.store_url is not None:
        # Its backups are SQLite's online copies of FACTBOT_DB_PATH; a PostgreSQL store is
        # backed up by the server's own tools (README, "PostgreSQL").
        log.warning("backups_not_taken", reason="FACTBOT_BACKUP_DIR backs up SQLite stores only")
        return None
    schedule = BackupSchedule(
        settings.db_path,
        settings.backup_dir,
        every=dt.timedelta(hours=settings.backup_every),
        keep=settings.backup_keep,
    )
    schedule.start()
    return schedule


async def _until_stopped(work: Awaitable[None], stop: asyncio.Event) -> bool:
    """Run ``work`` unless ``stop`` comes first (then cancel it); whether it finished."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    stopped.cancel()
    if not task.done():
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return False
    task.result()
    return True


async def _start(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Reach Telegram and start taking updates, retrying while it cannot be reached."""
    delay = FIRST_RETRY_S
    attempt = 1
    while True:
        try:
            await application.initialize()
            await set_command_menus(application.bot, settings.admin_ids)
            await _start_updates(application, settings)
            break
        except InvalidToken:
            raise
        except NetworkError as error:
            # TimedOut is a NetworkError too; a 5xx from a proxy arrives as one.
            log.warning(
                "telegram_unreachable",
                attempt=attempt,
                retry_in_s=delay,
                error=f"{type(error).__name__}: {error}",
            )
        await asyncio.sleep(delay)
        delay = min(delay * 2, LONGEST_RETRY_S)
        attempt += 1
    await application.start()


async def _start_updates(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    updater = application.updater
    if updater is None:
        raise RuntimeError("the Application was built without an Updater")
    if settings.mode == "webhook" and settings.webhook_secret is not None:
        # Settings refuses webhook mode without a secret: there is no webhook without one.
        # Each update is handled once, by whichever replica the proxy gave it to, with no
        # table of handled update ids (a write per update, every read made a write): PTB's
        # server (telegram/ext/_utils/webhookhandler.py) answers 200 only after putting the
        # update on the queue, and Telegram posts again only what got no 2xx, which no
        # replica queued. The price is the other way: a replica SIGKILLed loses the updates
        # it had queued and not yet handled (README, "Two replicas behind one webhook").
        await updater.start_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=settings.webhook_path,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        await updater.start_polling(
            timeout=_POLL_TIMEOUT,
            allowed_updates=Update.ALL_TYPES,
            error_callback=_polling_failed,
        )


def _polling_failed(error: TelegramError) -> None:
    """Polling retries by itself, with backoff up to 30 s; one line per failure, no traceback."""
    # A Conflict (another instance polling with this token) is not an outage: say which.
    event = "telegram_unreachable" if isinstance(error, NetworkError) else "polling_failed"
    log.warning(event, error=f"{type(error).__name__}: {error}")


async def _stop(
    application: Application,  # type: ignore[type-arg]
    store: Store,
    grace: float,
    watch: PollingWatch | None,
    notices: NoticeSender,
) -> None:
    """Stop taking updates, let those in hand finish within ``grace``, then close everything.

    The notice sender stops meanwhile, within the same grace: a send under way is finished and
    marked before the store closes.
    """
    log.info("bot_stopping", grace_s=grace)
    notices_stopped = asyncio.ensure_future(notices.stop(grace))
    if watch is not None:
        watch.close()
    updater = application.updater
    if updater is not None and updater.running:
        try:
            await asyncio.wait_for(updater.stop(), _UPDATER_STOP_S)
        except InvalidToken:
            # The polling loop ended on it, and the log has said so: nothing left to stop.
            pass
        except (TimeoutError, TelegramError) as error:
            log.warning("updater_stop_incomplete", error=f"{type(error).__name__}: {error}")
    if application.running:
        stopping = asyncio.ensure_future(application.stop())
        done, _ = await asyncio.wait({stopping}, timeout=grace)
        if not done:
            log.warning("stop_grace_over", grace_s=grace, action="rolling back writes under way")
            store.stop_writes()
            done, _ = await asyncio.wait({stopping}, timeout=_AFTER_ROLLBACK_S)
        if not done:
            log.warning("updates_abandoned")
            stopping.cancel()
            await asyncio.gather(stopping, return_exceptions=True)
    try:
        await application.shutdown()
    except (RuntimeError, TelegramError) as error:
        log.warning("shutdown_incomplete", error=f"{type(error).__name__}: {error}")
    await notices_stopped
    await store.close()
    if watch is not None and watch.heartbeat is not None:
        # A stopped bot receives nothing; the last getUpdates of the stop may have beaten.
        watch.heartbeat.forget()
    log.info("bot_stopped")
