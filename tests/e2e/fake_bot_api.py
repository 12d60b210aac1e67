"""In-process fake of the Telegram Bot API server for end-to-end tests.

Responsibility: let a real python-telegram-bot ``Bot``/``Application`` talk HTTP to something
that behaves like api.telegram.org: record every request (``calls``), deliver queued updates
through ``getUpdates`` long polling, serve registered/uploaded files, answer with realistic
Message dicts, and refuse what Telegram refuses (bad HTML, over-long texts, oversized callback
data, stale callback queries, no-op edits, ...) so bugs in the bot fail tests instead of
passing silently.  Refusals are also collected in ``refused``.

The server is a Starlette app run by uvicorn as a task in the *current* event loop (no
threads), so pytest-asyncio tests simply do ``async with FakeBotApi() as api: ...``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import mimetypes
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .telegram_html import TelegramHtmlError, parse_telegram_html, utf16_len

JSON = dict[str, Any]
_METHODS = (
    *("getMe", "deleteWebhook", "setWebhook", "getWebhookInfo", "close", "logOut", "getUpdates"),
    *("sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage", "sendPhoto"),
    *("sendDocument", "sendChatAction", "answerCallbackQuery", "answerInlineQuery", "getFile"),
    *("setMyCommands", "getMyCommands", "deleteMyCommands", "setChatMenuButton"),
    *("setMyDescription", "getMyDescription", "setMyShortDescription", "getMyShortDescription"),
    "getChatMember",
)
# PTB sends non-string parameters JSON-encoded but strings raw, so a form value like "123" is
# ambiguous; these parameters are strings in the Bot API and must never be JSON-decoded.
_STRING_PARAMS = frozenset({
    "text", "caption", "parse_mode", "callback_query_id", "inline_query_id", "url", "file_id",
    "next_offset", "query", "action", "secret_token", "language_code", "inline_message_id",
    "document", "photo", "thumbnail", "description", "short_description",
})  # fmt: skip
_STALE_QUERY = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are"
    " exactly the same as a content and reply markup of the current message"
)


@dataclass
class Call:
    """One request to the fake; parameters decoded to their JSON types, uploads as bytes."""

    method: str
    params: dict[str, Any]
    file_names: dict[str, str] = field(default_factory=dict)  # upload field -> client filename
    error: str | None = None  # description when refused or failed through fail_next()
    result: Any = None  # what the fake answered (the Message sent, for send methods)
    at: float = field(default_factory=time.monotonic)  # when the request arrived (monotonic)


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status, self.description = status, description
        self.body: JSON = {"ok": False, "error_code": status, "description": description}
        if parameters:
            self.body["parameters"] = parameters


class _ChatFault(_ApiError):
    """A refusal the test asked for (block_chat, migrate_chat): recorded on the call, like
    fail_next's faults, not in ``refused``, which holds what the bot got wrong."""


class _EmbeddedServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn would take over SIGINT/SIGTERM; inside pytest, Ctrl-C must stay pytest's.
        yield


def _decode(name: str, value: str) -> Any:
    if name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # e.g. chat_id="@channel"


async def _read_params(request: Request) -> tuple[JSON, dict[str, str]]:
    params: JSON = {key: _decode(key, value) for key, value in request.query_params.items()}
    names: dict[str, str] = {}
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        with contextlib.suppress(ValueError):
            body = json.loads(await request.body() or b"{}")
            params.update(body if isinstance(body, dict) else {})
    elif content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        async with request.form() as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    params[key], names[key] = await value.read(), value.filename or key
                else:
                    params[key] = _decode(key, value)
    return params, names


def _inline_markup(params: JSON) -> JSON | None:
    """Validate an inline keyboard; only inline keyboards are echoed back on messages."""
    markup = params.get("reply_markup")
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    for button in itertools.chain.from_iterable(markup["inline_keyboard"]):
        data = button.get("callback_data")
        if data is not None and not 1 <= len(str(data).encode()) <= 64:
            raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup


def _formatted(params: JSON, key: str, limit: int) -> tuple[str, list[JSON]]:
    """Apply parse_mode to ``params[key]`` as Telegram does; return (text, entities)."""
    raw, mode = str(params.get(key) or ""), str(params.get("parse_mode") or "").lower()
    if mode == "html":
        try:
            text, parsed = parse_telegram_html(raw)
        except TelegramHtmlError as exc:
            raise _ApiError(400, f"Bad Request: {exc}") from exc
        entities = [entity.to_api() for entity in parsed]
    elif mode in ("", "markdown", "markdownv2"):  # Markdown is echoed, not validated
        text = raw
        entities = list(params.get("caption_entities" if key == "caption" else "entities") or [])
    else:
        raise _ApiError(400, "Bad Request: unsupported parse_mode")
    if key != "caption" and not text.strip():
        raise _ApiError(400, "Bad Request: message text is empty")
    if utf16_len(text) > limit:
        what = "message caption" if key == "caption" else "message"
        raise _ApiError(400, f"Bad Request: {what} is too long")
    return text, entities


def _true(params: JSON, call: Call) -> bool:
    return True


def _commands_key(params: JSON) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


class FakeBotApi:
    """A fake api.telegram.org; see the module docstring."""

    def __init__(
        self,
        token: str = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz",
        bot_username: str = "FactBot",
        port: int = 0,
        last_update_id: int = 0,
    ) -> None:
        self.token = token
        self.port = port  # 0: any free port
        self.bot_user: JSON = {
            "id": 123456, "is_bot": True, "first_name": "FactBot", "username": bot_username,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }  # fmt: skip
        self.base_url = self.base_file_url = ""
        self.calls: list[Call] = []
        self.refused: list[tuple[Call, str]] = []
        self.webhook_url = ""
        self.commands: dict[str, list[JSON]] = {}  # keyed by (scope, language_code) JSON
        # The bot's description and short description by language code ("" for the default).
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.chat_admins: dict[int, set[int]] = {}  # group id -> its admins' user ids
        self._updates: list[JSON] = []
        # Webhook mode: each queued update is handed here (to post it to a bot) instead of
        # waiting for getUpdates.
        self.webhook_sink: Callable[[JSON], None] | None = None
        # Telegram numbers a bot's updates upwards, never twice: a second fake in front of the
        # same store (a benchmark's next stage) starts after the first one's.
        self._last_update_id = last_update_id
        self._ids = itertools.count(1)  # message/query/file numbers, always increasing
        self._chats: dict[int, JSON] = {}
        self._messages: dict[tuple[Any, Any], JSON] = {}  # (chat_id, message_id) -> message
        self._files: dict[str, tuple[JSON, str, bytes]] = {}  # file_id -> meta, path, content
        self._open_queries: set[str] = set()  # callback/inline query ids not yet answered
        self._faults: dict[str, list[tuple[int, int | None, float | None]]] = {}
        self._blocked: set[int] = set()  # chats whose user blocked the bot (block_chat)
        self._migrated: dict[int, int] = {}  # group id -> its supergroup's id (migrate_chat)
        self._wakeup = asyncio.Event()  # set when an update is queued or the server stops
        self._stopping = False
        self._server: _EmbeddedServer | None = None
        self._task: asyncio.Task[None] | None = None
        # Methods too simple for an _api_<snake_case> method of their own.
        self._simple: dict[str, Callable[[JSON, Call], Any]] = {
            "getMe": lambda p, call: self.bot_user,
            **dict.fromkeys(("close", "logOut", "sendChatAction", "setChatMenuButton"), _true),
            "getWebhookInfo": lambda p, call: {
                "url": self.webhook_url, "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            },
            "sendDocument": lambda p, call: self._send_media(p, call, "document"),
            "sendPhoto": lambda p, call: self._send_media(p, call, "photo"),
            "getMyCommands": lambda p, call: self.commands.get(_commands_key(p), []),
            "getMyDescription": lambda p, call: {
                "description": self.descriptions.get(str(p.get("language_code") or ""), "")
            },
            "getMyShortDescription": lambda p, call: {
                "short_description": self.short_descriptions.get(
                    str(p.get("language_code") or ""), ""
                )
            },
        }  # fmt: skip

    async def start(self) -> None:
        if self._task is not None:
            raise RuntimeError("FakeBotApi already started")
        app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._endpoint, methods=["GET", "POST"]),
                Route("/file/bot{token}/{path:path}", self._download, methods=["GET"]),
            ]
        )
        # log_config=None: uvicorn must not dictConfig() the process, pytest owns logging.
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
            log_config=None, access_log=False, timeout_graceful_shutdown=1,
        )  # fmt: skip
        self._stopping, self._server = False, _EmbeddedServer(config)
        self._task = asyncio.create_task(self._server.serve(), name="fake-bot-api")
        while not self._server.started:
            if self._task.done():
                await self._task  # re-raises the startup failure, if any
                raise RuntimeError("fake Bot API server exited during startup")
            await asyncio.sleep(0.005)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self.base_file_url = f"http://127.0.0.1:{port}/file/bot"

    async def stop(self) -> None:
        if self._server is None or self._task is None:
            return
        self._stopping = True
        self._wakeup.set()  # answer pending long polls now, so connections close promptly
        self._server.should_exit = True
        await self._task
        self._server = self._task = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        await self.stop()

    def sent(self, method: str = "sendMessage") -> list[Call]:
        """All recorded calls of ``method`` (case-insensitive), refused ones included."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10.0,  # noqa: ASYNC109 - public API
    ) -> list[Call]:
        """Wait until ``count`` calls of ``method`` were recorded; AssertionError on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(found := self.sent(method)) < count:
            if loop.time() >= deadline:
                seen = [call.method for call in self.calls]
                refused = [(call.method, text) for call, text in self.refused]
                raise AssertionError(
                    f"expected {count} {method} call(s) within {timeout}s, got {len(found)};"
                    f" methods seen: {seen}; refused: {refused}"
                )
            await asyncio.sleep(0.01)
        return found

    def fail_next(
        self, method: str, times: int = 1, *, status: int = 502, retry_after: int | None = None,
        hang: float | None = None,
    ) -> None:  # fmt: skip
        """Fault injection: the next ``times`` calls of ``method`` fail (or hang, then work)."""
        self._faults.setdefault(method.lower(), []).extend([(status, retry_after, hang)] * times)

    def block_chat(self, chat_id: int) -> None:
        """From now on sendMessage to ``chat_id`` is refused with 403, as Telegram refuses a
        user who blocked the bot (or a group that removed it)."""
        self._blocked.add(chat_id)

    def migrate_chat(self, old: int, new: int) -> None:
        """The group ``old`` became the supergroup ``new``: sendMessage to ``old`` is refused
        with 400 and ``migrate_to_chat_id``, as Telegram refuses it."""
        self._migrated[old] = new

    def revoke_token(self) -> None:
        """From now on the bot's token is refused with 401 Unauthorized, every method alike, as
        Telegram refuses a token revoked in @BotFather."""
        self.token = f"{self.token.partition(':')[0]}:revoked-{self.token.partition(':')[2]}"

    def queue_update(self, update: JSON) -> int:
        update = dict(update)
        update.setdefault("update_id", self._last_update_id + 1)
        self._last_update_id = max(self._last_update_id, update["update_id"])
        for kind in ("callback_query", "inline_query"):
            if kind in update:
                self._open_queries.add(str(update[kind]["id"]))
        if "message" in update:  # remember chats and messages so replies can refer to them
            message = update["message"]
            self._chats[message["chat"]["id"]] = message["chat"]
            self._messages[(message["chat"]["id"], message["message_id"])] = message
        if self.webhook_sink is not None:
            self.webhook_sink(update)
            return int(update["update_id"])
        self._updates.append(update)
        self._wakeup.set()
        return int(update["update_id"])

    @staticmethod
    def _user(
        user_id: int, username: str, first_name: str, language_code: str | None = "en"
    ) -> JSON:
        user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name,
                      "username": username}  # fmt: skip
        if language_code is not None:  # Telegram leaves it out when the client does not say
            user["language_code"] = language_code
        return user

    def message_update(
        self, text: str, *, chat_id: int = 1001, chat_type: str = "private", user_id: int = 1001,
        username: str = "reader", first_name: str = "Reader", chat_title: str | None = None,
        document: JSON | None = None, caption: str | None = None, extra: JSON | None = None,
        language_code: str | None = "en",
    ) -> int:  # fmt: skip
        """Queue a message; "@name" in its text gets a mention entity, as Telegram gives it.

        ``extra`` adds fields as they are (a sticker, a photo, ``reply_to_message``);
        ``language_code`` is the sender's client language (None: the client does not say).
        """
        chat: JSON = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(first_name=first_name, username=username)
        else:
            chat["title"] = chat_title or "Test Group"
        message: JSON = {
            "message_id": next(self._ids), "date": int(time.time()), "chat": chat,
            "from": self._user(user_id, username, first_name, language_code),
        }  # fmt: skip
        if text:
            message["text"] = text
        entities: list[JSON] = []
        skip = 0
        if text.startswith("/"):  # the entity spans "/cmd" or "/cmd@BotName"
            skip = len(text.split(maxsplit=1)[0])
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(text[:skip])})
        for match in re.finditer(r"@\w{5,32}", text[skip:]):
            offset = utf16_len(text[: skip + match.start()])
            entities.append({"type": "mention", "offset": offset, "length": utf16_len(match[0])})
        if entities:
            message["entities"] = entities
        message.update({k: v for k, v in (("document", document), ("caption", caption)) if v})
        message.update(extra or {})
        return self.queue_update({"message": message})

    def callback_update(
        self, data: str, *, message: JSON, user_id: int = 1001, username: str = "reader",
        first_name: str = "Reader", language_code: str | None = "en",
    ) -> int:  # fmt: skip
        # The button is pressed on the message as it is *now* (it may have been edited).
        current = self._messages.get((message["chat"]["id"], message["message_id"]), message)
        query = {
            "id": str(next(self._ids)),
            "from": self._user(user_id, username, first_name, language_code),
            "message": current,
            "chat_instance": f"ci{message['chat']['id']}",
            "data": data,
        }
        return self.queue_update({"callback_query": query})

    def inline_update(
        self, query: str, *, user_id: int = 1001, username: str = "reader",
        first_name: str = "Reader", offset: str = "", language_code: str | None = "en",
    ) -> int:  # fmt: skip
        inline = {"id": str(next(self._ids)),
                  "from": self._user(user_id, username, first_name, language_code),
                  "query": query, "offset": offset, "chat_type": "sender"}  # fmt: skip
        return self.queue_update({"inline_query": inline})

    def add_file(self, content: bytes, *, file_name: str, mime_type: str) -> JSON:
        """Register a downloadable file; returns a Document dict for message_update()."""
        n = next(self._ids)
        file_id = f"BQACAgIAAxk-file-{n}"
        meta: JSON = {"file_id": file_id, "file_unique_id": f"AgAD{n}", "file_name": file_name,
                      "mime_type": mime_type, "file_size": len(content)}  # fmt: skip
        self._files[file_id] = (meta, f"documents/file_{n}_{file_name.replace('/', '_')}", content)
        return dict(meta)

    async def _endpoint(self, request: Request) -> Response:
        name = request.path_params["method"]
        method = next((known for known in _METHODS if known.lower() == name.lower()), name)
        call = Call(method, *await _read_params(request))
        self.calls.append(call)
        try:
            if request.path_params["token"] != self.token:
                raise _ApiError(401, "Unauthorized")
            if method not in _METHODS:
                raise _ApiError(404, "Not Found")
            faults = self._faults.get(method.lower())
            status, retry_after, hang = faults.pop(0) if faults else (200, None, None)
            if hang is not None:
                await asyncio.sleep(hang)
            elif status != 200:
                error = self._fault(status, retry_after)
                call.error = error.description  # injected on purpose: not in `refused`
                return JSONResponse(error.body, status_code=status)
            handler = self._simple.get(method) or getattr(
                self, "_api_" + re.sub("([A-Z])", r"_\1", method).lower()
            )
            result = handler(call.params, call)
            if asyncio.iscoroutine(result):
                result = await result
            call.result = result
        except _ChatFault as err:
            call.error = err.description
            return JSONResponse(err.body, status_code=err.status)
        except _ApiError as err:
            call.error = err.description
            self.refused.append((call, err.description))
            return JSONResponse(err.body, status_code=err.status)
        return JSONResponse({"ok": True, "result": result})

    @staticmethod
    def _fault(status: int, retry_after: int | None) -> _ApiError:
        if status == 429:
            wait = retry_after or 1
            return _ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        texts = {403: "Forbidden: bot was blocked by the user", 502: "Bad Gateway"}
        text = texts.get(status) or HTTPStatus(status).phrase
        return _ApiError(status, text, {"retry_after": retry_after} if retry_after else None)

    async def _download(self, request: Request) -> Response:
        if request.path_params["token"] == self.token:
            for _meta, path, content in self._files.values():
                if path == request.path_params["path"]:
                    return Response(content, media_type="application/octet-stream")
        return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)

    # ----- Bot API methods, dispatched as _api_<snake_case>(params, call) --------------------
    def _api_set_webhook(self, p: JSON, call: Call) -> bool:
        self.webhook_url = str(p.get("url") or "")
        return True

    def _api_delete_webhook(self, p: JSON, call: Call) -> bool:
        self.webhook_url = ""
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_get_updates(self, p: JSON, call: Call) -> list[JSON]:
        if self.webhook_url:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(p.get("offset") or 0)
        # Telegram forgets updates before `offset`; a negative one keeps only the last -offset.
        if offset:
            keep = [u for u in self._updates if u["update_id"] >= offset]
            self._updates = keep if offset > 0 else self._updates[offset:]
        timeout = min(float(p.get("timeout") or 0), 1.0)  # capped to keep tests fast
        if not self._updates and timeout > 0 and not self._stopping:
            self._wakeup.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout)
        return self._updates[: min(max(int(p.get("limit") or 100), 1), 100)]

    def _send(self, p: JSON, **content: Any) -> JSON:
        chat_id = p.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _ApiError(400, "Bad Request: chat_id is empty")
        chat = self._chats.get(chat_id) or {"id": chat_id, "type": "private"}
        message = {
            "message_id": next(self._ids),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
            "reply_markup": _inline_markup(p),
            **content,
        }
        message = {key: value for key, value in message.items() if value}
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _api_send_message(self, p: JSON, call: Call) -> JSON:
        chat_id = p.get("chat_id")
        if chat_id in self._blocked:
            raise _ChatFault(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._migrated:
            raise _ChatFault(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )
        text, entities = _formatted(p, "text", 4096)
        return self._send(p, text=text, entities=entities)

    def _edit(self, p: JSON, **changes: Any) -> JSON | bool:
        changes["reply_markup"] = _inline_markup(p)  # omitting it removes the keyboard
        if p.get("inline_message_id"):
            return True  # messages sent through inline mode are not tracked
        key = (p.get("chat_id"), p.get("message_id"))
        old = self._messages.get(key)
        if old is None:
            raise _ApiError(400, "Bad Request: message to edit not found")
        if old["from"]["id"] != self.bot_user["id"]:
            raise _ApiError(400, "Bad Request: message can't be edited")
        if "text" in changes and "text" not in old:
            raise _ApiError(400, "Bad Request: there is no text in the message to edit")
        new = {key: value for key, value in {**old, **changes}.items() if value}
        if {**new, "edit_date": 0} == {**old, "edit_date": 0}:
            raise _ApiError(400, _NOT_MODIFIED)
        self._messages[key] = new = {**new, "edit_date": int(time.time())}
        return new

    def _api_edit_message_text(self, p: JSON, call: Call) -> JSON | bool:
        text, entities = _formatted(p, "text", 4096)
        return self._edit(p, text=text, entities=entities)

    def _api_edit_message_reply_markup(self, p: JSON, call: Call) -> JSON | bool:
        return self._edit(p)

    def _api_delete_message(self, p: JSON, call: Call) -> bool:
        if self._messages.pop((p.get("chat_id"), p.get("message_id")), None) is None:
            raise _ApiError(400, "Bad Request: message to delete not found")
        return True

    def _send_media(self, p: JSON, call: Call, kind: str) -> JSON:
        caption, entities = _formatted(p, "caption", 1024)
        value = p.get(kind)
        if isinstance(value, bytes):  # an upload: keep it downloadable through getFile
            name = call.file_names.get(kind, kind)
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            media: Any = self.add_file(value, file_name=name, mime_type=mime)
        elif isinstance(value, str) and value in self._files:  # re-sending a known file_id
            media = dict(self._files[value][0])
        else:
            raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        if kind == "photo":
            size = {key: media[key] for key in ("file_id", "file_unique_id", "file_size")}
            media = [{**size, "width": 320, "height": 240}]
        return self._send(p, **{kind: media}, caption=caption, caption_entities=entities)

    def _answer(self, query_id: Any) -> bool:
        if str(query_id) not in self._open_queries:  # unknown, or answered already
            raise _ApiError(400, _STALE_QUERY)
        self._open_queries.discard(str(query_id))
        return True

    def _api_answer_callback_query(self, p: JSON, call: Call) -> bool:
        if len(str(p.get("text") or "")) > 200:
            raise _ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return self._answer(p.get("callback_query_id"))

    def _api_answer_inline_query(self, p: JSON, call: Call) -> bool:
        results = p.get("results") or []
        if len(results) > 50:
            raise _ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        if len({str(result.get("id")) for result in results}) != len(results):
            raise _ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        for result in results:
            _inline_markup(result)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                _formatted(content, "message_text", 4096)
        return self._answer(p.get("inline_query_id"))

    def _api_set_my_commands(self, p: JSON, call: Call) -> bool:
        commands = p.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command"))):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description") or "").strip()) <= 256:
                raise _ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[_commands_key(p)] = commands
        return True

    def _api_set_my_description(self, p: JSON, call: Call) -> bool:
        description = str(p.get("description") or "")
        if len(description) > 512:
            raise _ApiError(400, "Bad Request: BOT_DESCRIPTION_INVALID")
        self.descriptions[str(p.get("language_code") or "")] = description
        return True

    def _api_set_my_short_description(self, p: JSON, call: Call) -> bool:
        description = str(p.get("short_description") or "")
        if len(description) > 120:
            raise _ApiError(400, "Bad Request: BOT_SHORT_DESCRIPTION_INVALID")
        self.short_descriptions[str(p.get("language_code") or "")] = description
        return True

    def _api_get_chat_member(self, p: JSON, call: Call) -> JSON:
        chat_id, user_id = int(p["chat_id"]), int(p["user_id"])
        status = "administrator" if user_id in self.chat_admins.get(chat_id, set()) else "member"
        member: JSON = {"status": status, "user": self._user(user_id, "member", "Member")}
        if status == "administrator":
            member.update(dict.fromkeys((
                "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                "can_delete_stories",
            ), False))  # fmt: skip
        return member

    def _api_delete_my_commands(self, p: JSON, call: Call) -> bool:
        self.commands.pop(_commands_key(p), None)
        return True

    def _api_get_file(self, p: JSON, call: Call) -> JSON:
        if str(p.get("file_id")) not in self._files:
            raise _ApiError(400, "Bad Request: invalid file_id")
        meta, path, content = self._files[str(p.get("file_id"))]
        if len(content) > 20 * 1024 * 1024:  # the public Bot API refuses files over 20 MB
            raise _ApiError(400, "Bad Request: file is too big")
        fields = ("file_id", "file_unique_id", "file_size")
        return {**{key: meta[key] for key in fields}, "file_path": path}
