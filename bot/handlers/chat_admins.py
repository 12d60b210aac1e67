"""Who may change a chat's settings (its language, what it follows): anyone in a private chat,
only the group's Telegram admins in a group."""

from __future__ import annotations

import structlog
from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.context import FactContext

__all__ = ["may_change_chat"]

log = structlog.get_logger(__name__)

_ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def may_change_chat(update: Update, context: FactContext) -> bool:
    """Anyone changes their private chat; in a group only its Telegram admins do."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    message = update.effective_message
    # An admin posting anonymously writes as the group itself.
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as error:
        log.warning("chat_member_unknown", reason=str(error))
        return False
    return member.status in _ADMINS
